import {
  ActivityFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  patched,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  checkMigration,
  handle,
  migrate,
  type RecordSnapshot,
  type RulesEvent,
  start,
  type Step,
} from '../../libs/rules';
import type {
  AutomationEvent,
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
import { carryOut } from './carry-out';
import { lapseDueDocuments, readDeadlinesIfUnknown, watchesDocuments } from './document-deadlines';
import { rows } from './effects';
import { logInput, startLogFromState, writeInputs } from './input-log';
import { PendingTimersSync } from './pending-timers';
import { describeEvent } from './record-events';
import { RecordState } from './record-state';

/** A deal: runs its pipeline's rules from its first stage until won or lost. */
export async function dealWorkflow(input: RecordWorkflowInput): Promise<MoveResult> {
  return runRecord(input);
}

/** A lead: runs the lead rules until converted or junk. */
export async function leadWorkflow(input: RecordWorkflowInput): Promise<MoveResult> {
  return runRecord(input);
}

/**
 * The record workflow: the rules interpreter, driven by events (signals, updates) and by one
 * durable timer for the earliest pending rule timer; every command it returns is carried out by
 * an effect (carry-out.ts). The handlers delegate to the record's state (record-state.ts); this
 * loop handles what they queue. The state goes over continue-as-new when Temporal suggests it.
 */
async function runRecord(input: RecordWorkflowInput): Promise<MoveResult> {
  const record = new RecordState(input, workflowInfo().workflowId);
  setHandler(recordEventSignal, (event) => record.receive(event));
  setHandler(moveUpdate, (request) => record.move(request), {
    validator: (request) => record.validateMove(request),
  });
  setHandler(migrateRulesUpdate, (request) => record.migrateRules(request), {
    validator: (request) => record.validateMigration(request),
  });
  setHandler(automationQuery, () => record.view());

  /** Carries out a step's commands; events they cause (a quote sent) are handled right after. */
  const execute = async (step: Step, event?: AutomationEvent): Promise<void> => {
    record.carried!.state = step.state;
    event = record.noteFired(step.fired, event);
    const caused: RulesEvent[] = [];
    for (const command of step.commands) {
      try {
        const event = await carryOut(record, command);
        if (event) caused.push(event);
      } catch (error) {
        // An effect that failed for good (a missing contact email, a template error) is noted and
        // the record goes on: one broken email must not stall a deal.
        const message = failureMessage(error);
        log.warn('effect failed', {
          workflowId: record.workflowId,
          command: command.type,
          message,
        });
        record.remember(Date.now(), `effect:${command.type}`, `failed: ${message}`);
      }
    }
    for (const next of caused) {
      logInput(record, { type: 'event', at: next.at, version: record.rules.version, event: next });
      await execute(handle(record.rules, record.machine, next), event);
    }
  };

  let snapshot: RecordSnapshot | undefined;
  record.patches.decideAtStart();
  if (patched('one-begin-effect')) {
    // One effect instead of two: a round through the worker less for every start and replay.
    // A deal's run reads its documents' deadlines with it, unless it carries them over.
    const deadlines = record.deadlines === undefined && watchesDocuments(record);
    const begun = await rows.begin({
      ruleSetId: input.ruleSetId,
      version: input.version,
      kind: input.kind,
      recordId: input.recordId,
      snapshot: !record.carried,
      ...(deadlines ? { deadlines } : {}),
    });
    record.rules = begun.rules;
    snapshot = begun.snapshot;
    if (deadlines) record.knowDeadlines(begun.deadlines ?? []);
  } else {
    record.rules = await rows.loadRules({ ruleSetId: input.ruleSetId, version: input.version });
    if (!record.carried)
      snapshot = await rows.loadSnapshot({ kind: input.kind, recordId: input.recordId });
  }
  if (!record.carried) {
    const at = Date.now();
    const step = start(record.rules, snapshot!, at);
    record.carried = { state: step.state, seq: 0, recent: [], activityIds: {} };
    logInput(record, { type: 'start', at, version: record.rules.version, snapshot: snapshot! });
    await execute(step);
  } else startLogFromState(record, Date.now());

  const pendingTimers = new PendingTimersSync();
  while (!record.machine.closed) {
    await writeInputs(record);
    await pendingTimers.sync(record);
    await readDeadlinesIfUnknown(record);
    // The earliest of the rules' timers and the documents' deadlines (none before they existed).
    const next = record.nextWakeAt();
    const wait = next === undefined ? undefined : next - Date.now();
    const woken = () =>
      record.inbox.length > 0 ||
      record.migration !== null ||
      // A deadline signalled meanwhile may be earlier than the one waited for.
      (record.deadlines !== undefined && record.nextWakeAt() !== next);
    if (wait === undefined) await condition(woken);
    else if (wait > 0) await condition(woken, wait);

    if (record.migration) {
      const request: RulesMigrationRequest = record.migration;
      const from = record.machine.version;
      if (!checkMigration(record.machine, request.rules)) {
        const at = Date.now();
        // Escalations that already fired stay done; runs that migrated before replay as they did.
        const keepsFired = record.patches.has('migration-keeps-fired-escalations');
        logInput(record, {
          type: 'migrate',
          at,
          version: request.rules.version,
          from,
          by: request.by,
          ...(keepsFired ? { keepsFired } : {}),
        });
        const step = migrate(
          request.rules,
          record.machine,
          at,
          keepsFired ? { from: record.rules } : {},
        );
        record.rules = request.rules;
        await execute(step);
        await rows.recordRulesVersion({
          ...record.target(`rules/v${record.rules.version}`),
          from,
          by: request.by,
        });
      }
      record.migration = null;
    }

    // Timers that are due, earliest first.
    for (;;) {
      const due = record.dueTimer();
      if (!due || record.machine.closed) break;
      const fired: RulesEvent = { type: 'timer_fired', at: Date.now(), timerId: due.id };
      logInput(record, {
        type: 'event',
        at: fired.at,
        version: record.rules.version,
        event: fired,
      });
      await execute(handle(record.rules, record.machine, fired));
    }

    // Documents whose date is over: an invoice overdue, a quote expired.
    await lapseDueDocuments(record, execute, failureMessage);

    while (record.inbox.length > 0) {
      const queued = record.inbox.shift()!;
      if (!record.machine.closed) {
        logInput(record, {
          type: 'event',
          at: queued.event.at,
          version: record.rules.version,
          event: queued.event,
        });
        const step = handle(record.rules, record.machine, queued.event);
        let event: AutomationEvent | undefined;
        if (step.refused)
          record.remember(Date.now(), 'manual', `move refused: ${step.refused.reason}`);
        else if (queued.event.type !== 'manual_move' && queued.event.type !== 'timer_fired')
          event = record.remember(
            Date.now(),
            `event:${queued.event.type}`,
            describeEvent(queued.event),
          );
        await execute(step, event);
      }
      record.handled(queued);
      record.eventsThisRun++;
    }

    const enough =
      workflowInfo().continueAsNewSuggested ||
      (input.continueAfterEvents !== undefined &&
        record.eventsThisRun >= input.continueAfterEvents);
    if (
      enough &&
      !record.machine.closed &&
      record.inbox.length === 0 &&
      record.migration === null
    ) {
      await condition(allHandlersFinished);
      if (record.inbox.length === 0) {
        await continueAsNew<typeof runRecord>({
          ...input,
          ruleSetId: record.rules.id,
          version: record.rules.version,
          carried: record.carriedOver(),
        });
      }
    }
  }

  await writeInputs(record);
  await pendingTimers.sync(record);
  // Closed: let updates in flight answer, then finish.
  while (record.inbox.length > 0) record.handled(record.inbox.shift()!);
  await condition(allHandlersFinished);
  return { stage: record.machine.stage, closed: true };
}

/** Why an effect failed: the effect's own error, not the SDK's "Activity task failed" around it. */
function failureMessage(error: unknown): string {
  const cause = error instanceof ActivityFailure ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}
