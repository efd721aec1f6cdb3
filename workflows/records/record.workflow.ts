import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  log,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  checkManualMove,
  checkMigration,
  type Command,
  handle,
  migrate,
  type RecordSnapshot,
  type RuleSet,
  type RulesEvent,
  start,
  type Step,
} from '../../libs/rules';
import type { AutomationEffectsApi } from '../../libs/automation/contract/effects.contract';
import type {
  AutomationView,
  CarriedState,
  EffectTarget,
  ExternalEvent,
  MoveResult,
  RecordWorkflowInput,
  RulesMigrationRequest,
} from '../../libs/automation/contract/automation.contract';
import {
  automationQuery,
  migrateRulesUpdate,
  moveUpdate,
  recordEventSignal,
} from '../../libs/automation/contract/record-workflow.definitions';

// Effects are short (a few rows, one mail with a PDF). The timeout is also how long an effect
// lost with a crashed worker waits before another worker retries it.
const effects = proxyActivities<AutomationEffectsApi>({
  startToCloseTimeout: '20 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    maximumAttempts: 8,
  },
});

// The effects that only write a few rows run as local activities: in the worker that runs the
// workflow task, without a round trip through the server per effect (mail and documents, slower
// and with outside parties, stay ordinary activities). Idempotent all the same (effect_run).
const rows = proxyLocalActivities<AutomationEffectsApi>({
  startToCloseTimeout: '10 seconds',
  retry: {
    initialInterval: '200 ms',
    backoffCoefficient: 2,
    maximumInterval: '30 seconds',
    maximumAttempts: 10,
  },
});

/** Events kept for the automation view. */
const RECENT_EVENTS = 50;

/** A deal: runs its pipeline's rules from its first stage until won or lost. */
export async function dealWorkflow(input: RecordWorkflowInput): Promise<MoveResult> {
  return runRecord(input);
}

/** A lead: runs the lead rules until converted or junk. */
export async function leadWorkflow(input: RecordWorkflowInput): Promise<MoveResult> {
  return runRecord(input);
}

interface Queued {
  event: RulesEvent;
  /** Set for moves: the update waits until its event is processed. */
  ticket?: number;
}

/**
 * The record workflow: the rules interpreter, driven by events (signals, updates) and by one
 * durable timer for the earliest pending rule timer; every command it returns is carried out by
 * an effect, keyed by the workflow and the interpreter's key, so a retry or a replay writes and
 * sends nothing twice. The state goes over continue-as-new when Temporal suggests it.
 */
async function runRecord(input: RecordWorkflowInput): Promise<MoveResult> {
  const { workflowId } = workflowInfo();
  let rules: RuleSet = undefined as unknown as RuleSet; // read before anything runs (below)
  const inbox: Queued[] = [];
  let tickets = 0;
  let done = 0;
  let migration: RulesMigrationRequest | null = null;
  let eventsThisRun = 0;
  let carried: CarriedState | undefined = input.carried;

  const remember = (at: number, rule: string, what: string) => {
    carried!.recent.push({ at, rule, what });
    if (carried!.recent.length > RECENT_EVENTS)
      carried!.recent.splice(0, carried!.recent.length - RECENT_EVENTS);
  };

  setHandler(recordEventSignal, (event: ExternalEvent) => {
    const rulesEvent = toRulesEvent(event, carried, Date.now());
    if (rulesEvent) inbox.push({ event: rulesEvent });
  });

  /** The state once what is queued is handled: what a move arriving now will meet. */
  const projected = () =>
    inbox.reduce((state, queued) => handle(rules, state, queued.event).state, carried!.state);

  setHandler(
    moveUpdate,
    async (request) => {
      // A move that arrives while the record is starting waits for it, then is checked again.
      await condition(() => carried !== undefined);
      const refusal = checkManualMove(rules, projected(), request.to, request.by, request.override);
      if (refusal)
        throw ApplicationFailure.create({
          type: refusal.code,
          message: refusal.reason,
          nonRetryable: true,
        });
      const ticket = ++tickets;
      inbox.push({
        ticket,
        event: {
          type: 'manual_move',
          at: Date.now(),
          to: request.to,
          by: request.by,
          override: request.override,
        },
      });
      await condition(() => done >= ticket);
      return { stage: carried!.state.stage, closed: carried!.state.closed !== undefined };
    },
    {
      validator: (request) => {
        if (!carried) return;
        const refusal = checkManualMove(
          rules,
          projected(),
          request.to,
          request.by,
          request.override,
        );
        if (refusal)
          throw ApplicationFailure.create({
            type: refusal.code,
            message: refusal.reason,
            nonRetryable: true,
          });
      },
    },
  );

  setHandler(
    migrateRulesUpdate,
    async (request) => {
      migration = request;
      await condition(() => migration === null);
      return { version: carried!.state.version };
    },
    {
      validator: (request) => {
        if (!carried)
          throw ApplicationFailure.create({
            type: 'not_started',
            message: 'the record is starting; try again',
          });
        if (migration)
          throw ApplicationFailure.create({
            type: 'migration_pending',
            message: 'a migration is already pending',
          });
        const reason = checkMigration(carried.state, request.rules);
        if (reason)
          throw ApplicationFailure.create({
            type: 'migration_refused',
            message: reason,
            nonRetryable: true,
          });
      },
    },
  );

  setHandler(automationQuery, (): AutomationView => view(workflowId, input, carried, migration));

  const target = (key: string): EffectTarget => ({
    kind: input.kind,
    recordId: input.recordId,
    workflowId,
    key,
    ruleSetId: carried!.state.ruleSetId,
    version: carried!.state.version,
  });

  /** Carries out a step's commands; events they cause (a quote sent) are handled right after. */
  const execute = async (step: Step): Promise<void> => {
    carried!.state = step.state;
    for (const f of step.fired) remember(f.at, f.rule, f.what);
    const caused: RulesEvent[] = [];
    for (const command of step.commands) {
      try {
        const event = await carryOut(command);
        if (event) caused.push(event);
      } catch (error) {
        // An effect that failed for good (a missing contact email, a template error) is noted and
        // the record goes on: one broken email must not stall a deal.
        const message = error instanceof Error ? error.message : String(error);
        log.warn('effect failed', { workflowId, command: command.type, message });
        remember(Date.now(), `effect:${command.type}`, `failed: ${message}`);
      }
    }
    for (const event of caused) await execute(handle(rules, carried!.state, event));
  };

  const carryOut = async (c: Command): Promise<RulesEvent | undefined> => {
    switch (c.type) {
      case 'move_stage':
        // Every record is created with its first stage written in the same transaction: since
        // this change the workflow no longer writes it again (histories from before replay it).
        if (c.from === null && patched('first-stage-written-with-record')) return undefined;
        await rows.recordStage({
          ...target(`stage/${++carried!.seq}`),
          from: c.from,
          to: c.to,
          at: c.at,
          cause: describeCause(c.cause),
          byUserId: c.cause.kind === 'manual' ? (c.cause.by ?? null) : null,
        });
        return undefined;
      case 'close':
        await rows.closeRecord({
          ...target(`close/${carried!.seq}`),
          outcome: c.outcome,
          at: c.at,
        });
        return undefined;
      case 'create_activity': {
        const { activityId } = await rows.createActivity({
          ...target(c.key),
          activity: c.activity,
          subject: c.subject,
          ...(c.description !== undefined ? { description: c.description } : {}),
          dueAt: c.dueAt,
          assignee: c.assignee,
        });
        carried!.activityIds[c.key] = activityId;
        return undefined;
      }
      case 'send_email':
        await effects.sendEmail({ ...target(c.key), template: c.template, to: c.to });
        return undefined;
      case 'notify':
        await effects.notify({
          ...target(c.key),
          template: c.template,
          to: c.to,
          ...(c.activityKey ? { activityKey: c.activityKey } : {}),
        });
        return undefined;
      case 'send_quote': {
        const sent = await effects.sendQuote({
          ...target(c.key),
          template: c.template,
          validUntil: c.validUntil,
        });
        if (!sent.quoteId)
          remember(Date.now(), 'effect:send_quote', sent.note ?? 'no quote to send');
        return sent.quoteId ? { type: 'quote_sent', at: Date.now() } : undefined;
      }
      case 'issue_invoice': {
        const issued = await effects.issueInvoice({
          ...target(c.key),
          dueAt: c.dueAt,
          send: c.send,
          ...(c.template ? { template: c.template } : {}),
        });
        return issued.paid ? { type: 'invoice_paid', at: Date.now() } : undefined;
      }
      case 'assign':
        await rows.assign({ ...target(c.key), assignee: c.assignee });
        return undefined;
      case 'set_field':
        await rows.setField({ ...target(c.key), field: c.field, value: c.value });
        return undefined;
      case 'convert': {
        const converted = await effects.convertLead({
          ...target(c.key),
          ...(c.pipeline ? { pipeline: c.pipeline } : {}),
        });
        if (converted.dealId) remember(Date.now(), 'effect:convert', `deal ${converted.dealId}`);
        return { type: 'lead_converted', at: Date.now() };
      }
      case 'start_timer':
      case 'cancel_timer':
        // The interpreter keeps its timers in the state; the loop below waits for the earliest.
        return undefined;
    }
  };

  let snapshot: RecordSnapshot | undefined;
  if (patched('one-begin-effect')) {
    // One effect instead of two: a round through the worker less for every start and replay.
    const begun = await rows.begin({
      ruleSetId: input.ruleSetId,
      version: input.version,
      kind: input.kind,
      recordId: input.recordId,
      snapshot: !carried,
    });
    rules = begun.rules;
    snapshot = begun.snapshot;
  } else {
    rules = await rows.loadRules({ ruleSetId: input.ruleSetId, version: input.version });
    if (!carried)
      snapshot = await rows.loadSnapshot({ kind: input.kind, recordId: input.recordId });
  }
  if (!carried) {
    const step = start(rules, snapshot!, Date.now());
    carried = { state: step.state, seq: 0, recent: [], activityIds: {} };
    await execute(step);
  }

  while (!carried.state.closed) {
    const next = nextTimerAt(carried);
    const wait = next === undefined ? undefined : next - Date.now();
    const woken = () => inbox.length > 0 || migration !== null;
    if (wait === undefined) await condition(woken);
    else if (wait > 0) await condition(woken, wait);

    if (migration) {
      const request: RulesMigrationRequest = migration;
      const from = carried.state.version;
      if (!checkMigration(carried.state, request.rules)) {
        const step = migrate(request.rules, carried.state, Date.now());
        rules = request.rules;
        await execute(step);
        await rows.recordRulesVersion({
          ...target(`rules/v${rules.version}`),
          from,
          by: request.by,
        });
      }
      migration = null;
    }

    // Timers that are due, earliest first.
    for (;;) {
      const due = Object.values(carried.state.timers)
        .filter((t) => t.at <= Date.now())
        .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))[0];
      if (!due || carried.state.closed) break;
      await execute(
        handle(rules, carried.state, { type: 'timer_fired', at: Date.now(), timerId: due.id }),
      );
    }

    while (inbox.length > 0) {
      const queued = inbox.shift()!;
      if (!carried.state.closed) {
        const step = handle(rules, carried.state, queued.event);
        if (step.refused) remember(Date.now(), 'manual', `move refused: ${step.refused.reason}`);
        else if (queued.event.type !== 'manual_move' && queued.event.type !== 'timer_fired')
          remember(Date.now(), `event:${queued.event.type}`, describeEvent(queued.event));
        await execute(step);
      }
      if (queued.ticket) done = Math.max(done, queued.ticket);
      eventsThisRun++;
    }

    const enough =
      workflowInfo().continueAsNewSuggested ||
      (input.continueAfterEvents !== undefined && eventsThisRun >= input.continueAfterEvents);
    if (enough && !carried.state.closed && inbox.length === 0 && migration === null) {
      await condition(allHandlersFinished);
      if (inbox.length === 0) {
        await continueAsNew<typeof runRecord>({
          ...input,
          ruleSetId: rules.id,
          version: rules.version,
          carried,
        });
      }
    }
  }

  // Closed: let updates in flight answer, then finish.
  while (inbox.length > 0) {
    const queued = inbox.shift()!;
    if (queued.ticket) done = Math.max(done, queued.ticket);
  }
  await condition(allHandlersFinished);
  return { stage: carried.state.stage, closed: true };
}

function nextTimerAt(carried: CarriedState): number | undefined {
  let next: number | undefined;
  for (const t of Object.values(carried.state.timers))
    if (next === undefined || t.at < next) next = t.at;
  return next;
}

/** The event as the interpreter takes it; undefined for one about an activity the rules do not track. */
function toRulesEvent(
  event: ExternalEvent,
  carried: CarriedState | undefined,
  at: number,
): RulesEvent | undefined {
  const keyOf = (activityId: string) =>
    Object.entries(carried?.activityIds ?? {}).find(([, id]) => id === activityId)?.[0];
  switch (event.type) {
    case 'activity_completed': {
      const key = keyOf(event.activityId);
      return {
        type: 'activity_completed',
        at,
        activity: event.activity,
        ...(event.outcome ? { outcome: event.outcome } : {}),
        ...(key ? { key } : {}),
      };
    }
    case 'activity_rescheduled': {
      const key = keyOf(event.activityId);
      return key ? { type: 'activity_rescheduled', at, key, dueAt: event.dueAt } : undefined;
    }
    case 'activity_cancelled': {
      const key = keyOf(event.activityId);
      return key ? { type: 'activity_cancelled', at, key } : undefined;
    }
    case 'field_changed':
      return { type: 'field_changed', at, field: event.field, value: event.value };
    default:
      return { type: event.type, at };
  }
}

function describeCause(cause: Extract<Command, { type: 'move_stage' }>['cause']): string {
  switch (cause.kind) {
    case 'manual':
      return cause.override ? 'manual (override)' : 'manual';
    case 'start':
      return 'created';
    default:
      return `rule ${cause.rule ?? cause.kind}${cause.event ? ` on ${cause.event}` : ''}`;
  }
}

function describeEvent(event: RulesEvent): string {
  if (event.type === 'activity_completed')
    return `${event.activity} completed${event.outcome ? ` (${event.outcome})` : ''}`;
  if (event.type === 'field_changed') return `${event.field} changed`;
  return event.type.replace(/_/g, ' ');
}

function view(
  workflowId: string,
  input: RecordWorkflowInput,
  carried: CarriedState | undefined,
  migration: RulesMigrationRequest | null,
): AutomationView {
  const iso = (ms: number) => new Date(ms).toISOString();
  const state = carried?.state;
  return {
    workflowId,
    kind: input.kind,
    recordId: input.recordId,
    ruleSetId: state?.ruleSetId ?? input.ruleSetId,
    rulesVersion: state?.version ?? input.version,
    stage: state?.stage ?? '',
    enteredAt: state ? iso(state.enteredAt) : '',
    closed: state?.closed ? { kind: state.closed.kind, at: iso(state.closed.at) } : null,
    pendingTimers: Object.values(state?.timers ?? {})
      .sort((a, b) => a.at - b.at)
      .map((t) => ({ id: t.id, at: iso(t.at), kind: t.kind, description: t.description })),
    openFollowUps: Object.values(state?.activities ?? {}).map((a) => ({
      key: a.key,
      activityId: carried?.activityIds[a.key] ?? null,
      activity: a.activity,
      subject: a.subject,
      dueAt: iso(a.dueAt),
    })),
    lastEvents: [...(carried?.recent ?? [])]
      .reverse()
      .map((e) => ({ at: iso(e.at), rule: e.rule, what: e.what })),
    pendingMigration: migration ? (migration as RulesMigrationRequest).rules.version : null,
  };
}
