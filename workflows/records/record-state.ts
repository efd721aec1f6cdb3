import { ApplicationFailure, condition } from '@temporalio/workflow';
import {
  checkManualMove,
  checkMigration,
  type Firing,
  handle,
  type MachineState,
  type PendingTimer,
  type RuleSet,
  type RulesEvent,
} from '../../libs/rules';
import type {
  AutomationEvent,
  AutomationView,
  CarriedState,
  DocumentDeadline,
  EffectTarget,
  ExternalEvent,
  MoveRequest,
  MoveResult,
  RecordWorkflowInput,
  RulesMigrationRequest,
} from '../../libs/automation/contract/automation.contract';
import { automationView, toRulesEvent } from './record-events';
import { RunPatches } from './run-patches';

/** Events kept for the automation view. */
const RECENT_EVENTS = 50;

export interface Queued {
  event: RulesEvent;
  /** Set for moves: the update waits until its event is processed. */
  ticket?: number;
}

/**
 * What a lead's or deal's workflow knows, and what its signal, updates and query do with it (in
 * the manner of the Temporal samples' entity workflows): events are queued for the main loop
 * (record.workflow.ts), a move is checked against the state as it will be once the queue is
 * handled, a migration waits for the next safe point. Deterministic, like all workflow code.
 */
export class RecordState {
  /** The rules version the record runs: read by the first effect, before any handler needs it. */
  rules!: RuleSet;
  /** Undefined until the record has started (its first step carried out, or carried over). */
  carried: CarriedState | undefined;
  readonly inbox: Queued[] = [];
  migration: RulesMigrationRequest | null = null;
  /**
   * Deals: when each of the deal's documents lapses (`<document>/<id>`), carried over as
   * `CarriedState.deadlines`; undefined until known (read by `begin`, or at the first wake-up of
   * a run from before them).
   */
  deadlines: Record<string, DocumentDeadline> | undefined;
  /** Deadlines signalled before they were known: applied over what is read (null: none). */
  private earlyDeadlines: Record<string, DocumentDeadline | null> = {};
  eventsThisRun = 0;
  /** Which patches this run has (asked at its start: RunPatches). */
  readonly patches = new RunPatches();
  private tickets = 0;
  private done = 0;

  constructor(
    readonly input: RecordWorkflowInput,
    readonly workflowId: string,
  ) {
    this.carried = input.carried;
    this.deadlines = input.carried?.deadlines;
  }

  /** The state of a started record. */
  get machine(): MachineState {
    return this.carried!.state;
  }

  /** Notes what happened for the automation view (the newest RECENT_EVENTS are kept). */
  remember(at: number, rule: string, what: string): AutomationEvent {
    const recent = this.carried!.recent;
    const event: AutomationEvent = { at, rule, what, caused: [] };
    recent.push(event);
    if (recent.length > RECENT_EVENTS) recent.splice(0, recent.length - RECENT_EVENTS);
    return event;
  }

  /**
   * Notes the rules that fired and the actions they ran as what `event` caused; without an
   * event, the first rule that fired is the event (a timer, a person's move, the start).
   * Returns the event, so that what its effects cause in turn (a quote sent) is added to it.
   */
  noteFired(fired: Firing[], event?: AutomationEvent): AutomationEvent | undefined {
    for (const f of fired) {
      if (!event) event = this.remember(f.at, f.rule, f.what);
      else event.caused!.push({ rule: f.rule, what: f.what });
      for (const a of f.actions)
        event.caused!.push({ rule: a.rule, what: a.what, action: a.action, key: a.key });
    }
    return event;
  }

  /** Whose an effect is, and its key. */
  target(key: string): EffectTarget {
    return {
      kind: this.input.kind,
      recordId: this.input.recordId,
      workflowId: this.workflowId,
      key,
      ruleSetId: this.machine.ruleSetId,
      version: this.machine.version,
    };
  }

  // ---- signal `recordEvent` ------------------------------------------------------------------

  receive(event: ExternalEvent): void {
    if (event.type === 'document_deadline') {
      const key = `${event.document}/${event.documentId}`;
      const deadline =
        event.at === null
          ? null
          : { document: event.document, documentId: event.documentId, at: event.at };
      if (!this.deadlines) this.earlyDeadlines[key] = deadline;
      else if (deadline) this.deadlines[key] = deadline;
      else delete this.deadlines[key];
      return;
    }
    // A paid invoice, an answered quote: nothing lapses any more (the effect would find so too).
    if (this.deadlines) {
      if (event.type === 'invoice_paid') delete this.deadlines[`invoice/${event.invoiceId}`];
      if (event.type === 'quote_accepted' || event.type === 'quote_declined')
        delete this.deadlines[`quote/${event.quoteId}`];
    }
    const rulesEvent = toRulesEvent(event, this.carried, Date.now());
    if (rulesEvent) this.inbox.push({ event: rulesEvent });
  }

  // ---- update `move` -------------------------------------------------------------------------

  /** The validator: a record still starting is checked again by the handler. */
  validateMove(request: MoveRequest): void {
    if (this.carried) this.refuseForbiddenMove(request);
  }

  async move(request: MoveRequest): Promise<MoveResult> {
    // A move that arrives while the record is starting waits for it, then is checked again.
    await condition(() => this.carried !== undefined);
    this.refuseForbiddenMove(request);
    const ticket = ++this.tickets;
    this.inbox.push({
      ticket,
      event: {
        type: 'manual_move',
        at: Date.now(),
        to: request.to,
        by: request.by,
        override: request.override,
        ...(request.lossReason !== undefined ? { lossReason: request.lossReason } : {}),
        ...(request.lossNote !== undefined ? { lossNote: request.lossNote } : {}),
      },
    });
    await condition(() => this.done >= ticket);
    return { stage: this.machine.stage, closed: this.machine.closed !== undefined };
  }

  /** The state once what is queued is handled: what a move arriving now will meet. */
  private projected(): MachineState {
    return this.inbox.reduce(
      (state, queued) => handle(this.rules, state, queued.event).state,
      this.machine,
    );
  }

  private refuseForbiddenMove(request: MoveRequest): void {
    const refusal = checkManualMove(
      this.rules,
      this.projected(),
      request.to,
      request.by,
      request.override,
      request.lossReason,
    );
    if (refusal)
      throw ApplicationFailure.create({
        type: refusal.code,
        message: refusal.reason,
        nonRetryable: true,
      });
  }

  /** The main loop has handled a queued event: a move waiting for it answers. */
  handled(queued: Queued): void {
    if (queued.ticket) this.done = Math.max(this.done, queued.ticket);
  }

  // ---- update `migrateRules` -----------------------------------------------------------------

  validateMigration(request: RulesMigrationRequest): void {
    if (!this.carried)
      throw ApplicationFailure.create({
        type: 'not_started',
        message: 'the record is starting; try again',
      });
    if (this.migration)
      throw ApplicationFailure.create({
        type: 'migration_pending',
        message: 'a migration is already pending',
      });
    const reason = checkMigration(this.carried.state, request.rules);
    if (reason)
      throw ApplicationFailure.create({
        type: 'migration_refused',
        message: reason,
        nonRetryable: true,
      });
  }

  async migrateRules(request: RulesMigrationRequest): Promise<{ version: number }> {
    this.migration = request;
    await condition(() => this.migration === null);
    return { version: this.machine.version };
  }

  // ---- query `automation` --------------------------------------------------------------------

  view(): AutomationView {
    return automationView(
      this.workflowId,
      this.input,
      this.carried,
      this.migration,
      this.deadlines,
    );
  }

  // ---- for the main loop ---------------------------------------------------------------------

  /** The deal's deadlines as read, with those signalled meanwhile over them. */
  knowDeadlines(read: DocumentDeadline[]): void {
    const deadlines: Record<string, DocumentDeadline> = {};
    for (const d of read) deadlines[`${d.document}/${d.documentId}`] = d;
    for (const [key, d] of Object.entries(this.earlyDeadlines)) {
      if (d) deadlines[key] = d;
      else delete deadlines[key];
    }
    this.earlyDeadlines = {};
    this.deadlines = deadlines;
  }

  /** When the earliest timer is due: a rule's, or a document's deadline. */
  nextWakeAt(): number | undefined {
    let next = this.nextTimerAt();
    for (const d of Object.values(this.deadlines ?? {})) {
      const at = d.retryAt ?? d.at;
      if (next === undefined || at < next) next = at;
    }
    return next;
  }

  /** The earliest document deadline that is due now, taken off the list. */
  takeDueDeadline(): DocumentDeadline | undefined {
    const due = Object.entries(this.deadlines ?? {})
      .filter(([, d]) => (d.retryAt ?? d.at) <= Date.now())
      .sort(
        ([ka, a], [kb, b]) => (a.retryAt ?? a.at) - (b.retryAt ?? b.at) || ka.localeCompare(kb),
      )[0];
    if (!due) return undefined;
    delete this.deadlines![due[0]];
    return due[1];
  }

  /** Lapsing it failed: tried again later (under the same key). */
  retryDeadline(d: DocumentDeadline, at: number): void {
    const key = `${d.document}/${d.documentId}`;
    // A deadline signalled meanwhile (the date moved) stands.
    if (this.deadlines && !this.deadlines[key]) this.deadlines[key] = { ...d, retryAt: at };
  }

  /** What goes over continue-as-new. */
  carriedOver(): CarriedState {
    return { ...this.carried!, ...(this.deadlines ? { deadlines: this.deadlines } : {}) };
  }

  /** When the earliest pending rule timer is due. */
  nextTimerAt(): number | undefined {
    let next: number | undefined;
    for (const t of Object.values(this.machine.timers))
      if (next === undefined || t.at < next) next = t.at;
    return next;
  }

  /** The earliest timer that is due now. */
  dueTimer(): PendingTimer | undefined {
    return Object.values(this.machine.timers)
      .filter((t) => t.at <= Date.now())
      .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))[0];
  }
}
