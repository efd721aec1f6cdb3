import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import { TemporalAvailability, workflowUiUrl } from '../../temporal';
import { type MoveRefusal, type RecordSnapshot, type RuleSet } from '../../rules';
import {
  DomainError,
  invalidField,
  StateConflictError,
  TransitionRefusedError,
} from '../../errors';
import {
  automationQuery,
  migrateRulesUpdate,
  moveUpdate,
  recordEventSignal,
} from '../contract/record-workflow.definitions';
import {
  type AutomationView,
  type ExternalEvent,
  type MoveRequest,
  type MoveResult,
  type RecordKind,
  type RecordWorkflowInput,
  workflowIdOf,
} from '../contract/automation.contract';
import {
  cancelMigrationUpdate,
  migrationWorkflowId,
  pauseMigrationUpdate,
  resumeMigrationUpdate,
  type RulesMigrationInput,
  type RulesMigrationStatus,
} from '../contract/rules-migration.contract';
import {
  type ActivityReminderInput,
  reminderTimeSignal,
  reminderWorkflowId,
} from '../contract/activity-reminder.contract';
import { importWorkflowId, type RecordImportInput } from '../contract/record-import.contract';
import { renderedView } from './rendered-view';

/** How long the API waits for the workflow to carry out a move before it answers 503. */
const UPDATE_TIMEOUT_MS = 15_000;
/** How long a start may take before the record is left to the reconciler. */
const START_DEADLINE_MS = 5000;

/**
 * The API's (and the worker's) side of the record workflows: starts them (idempotently, by the id
 * derived from the record), sends them events, moves and migrates through updates, and asks them
 * what they are doing.
 */
/** The workflow's refusals of a move's loss reason (checkLossReason): 400 naming lossReason. */
const LOSS_REASON_REFUSALS: readonly string[] = [
  'loss_reason_required',
  'unknown_loss_reason',
  'loss_reason_not_lost',
] satisfies MoveRefusal['code'][];

@Injectable()
export class AutomationClient {
  private readonly logger = new Logger('Automation');

  constructor(
    private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly availability: TemporalAvailability,
  ) {}

  workflowType(kind: RecordKind): string {
    return kind === 'deal' ? 'dealWorkflow' : 'leadWorkflow';
  }

  /**
   * Starts the record's workflow on the rules version it is pinned to; harmless when it runs (or
   * ran) already. (The workflow marks the record when it runs: what the reconciler looks for.)
   * While Temporal is down it fails at once, and otherwise within START_DEADLINE_MS, rather than
   * hold up the request that created the record.
   */
  async start(
    kind: RecordKind,
    recordId: string,
    ruleSetId: string,
    version: number,
  ): Promise<void> {
    const workflowId = workflowIdOf(kind, recordId);
    try {
      await this.availability.call(() =>
        this.client.connection.withDeadline(Date.now() + START_DEADLINE_MS, () =>
          this.client.workflow.start(this.workflowType(kind), {
            taskQueue: this.config.temporal.taskQueue,
            workflowId,
            args: [{ kind, recordId, ruleSetId, version } satisfies RecordWorkflowInput],
            workflowIdConflictPolicy: 'USE_EXISTING',
            workflowIdReusePolicy: 'REJECT_DUPLICATE',
          }),
        ),
      );
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }

  /** Starts it, logging instead of failing: the record is written; the reconciler retries. */
  async startOrLog(kind: RecordKind, recordId: string, ruleSetId: string, version: number) {
    try {
      await this.start(kind, recordId, ruleSetId, version);
    } catch (error) {
      this.logger.warn(
        `could not start ${workflowIdOf(kind, recordId)} now (${(error as Error).message}); the reconciler will`,
      );
    }
  }

  /** Tells the record's workflow something happened. A closed record's workflow is gone: ignored. */
  async signal(kind: RecordKind, recordId: string, event: ExternalEvent): Promise<void> {
    try {
      await this.availability.call(() =>
        this.client.workflow
          .getHandle(workflowIdOf(kind, recordId))
          .signal(recordEventSignal, event),
      );
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) {
        this.logger.warn(
          `${workflowIdOf(kind, recordId)} is not running; ${event.type} not delivered`,
        );
        return;
      }
      throw error;
    }
  }

  async signalOrLog(kind: RecordKind, recordId: string, event: ExternalEvent): Promise<void> {
    try {
      await this.signal(kind, recordId, event);
    } catch (error) {
      this.logger.warn(
        `could not tell ${workflowIdOf(kind, recordId)} of ${event.type}: ${(error as Error).message}`,
      );
    }
  }

  /** A manual move, through the workflow: refused moves answer 409 or 422 and write nothing. */
  async move(kind: RecordKind, recordId: string, request: MoveRequest): Promise<MoveResult> {
    const handle = this.client.workflow.getHandle(workflowIdOf(kind, recordId));
    return this.update(kind, recordId, () => handle.executeUpdate(moveUpdate, { args: [request] }));
  }

  async migrate(
    kind: RecordKind,
    recordId: string,
    rules: RuleSet,
    by: string,
  ): Promise<{ version: number }> {
    const handle = this.client.workflow.getHandle(workflowIdOf(kind, recordId));
    return this.update(kind, recordId, () =>
      handle.executeUpdate(migrateRulesUpdate, { args: [{ rules, by }] }),
    );
  }

  /** Starts a bulk rules migration's workflow (workflows/rules-migration). */
  async startMigration(input: RulesMigrationInput): Promise<void> {
    await this.availability.call(() =>
      this.client.workflow.start('rulesMigrationWorkflow', {
        taskQueue: this.config.temporal.taskQueue,
        workflowId: migrationWorkflowId(input.migrationId),
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
      }),
    );
  }

  /** Starts a CSV import's workflow (workflows/record-import): once per import. */
  async startImport(input: RecordImportInput): Promise<void> {
    await this.availability.call(() =>
      this.client.workflow.start('recordImportWorkflow', {
        taskQueue: this.config.temporal.taskQueue,
        workflowId: importWorkflowId(input.importId),
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
      }),
    );
  }

  /**
   * Pauses, resumes or cancels a bulk migration: answered once its workflow has written the new
   * status (after the batch in hand). One that is over answers 409.
   */
  async controlMigration(
    migrationId: string,
    action: 'pause' | 'resume' | 'cancel',
  ): Promise<RulesMigrationStatus> {
    const workflowId = migrationWorkflowId(migrationId);
    const update = {
      pause: pauseMigrationUpdate,
      resume: resumeMigrationUpdate,
      cancel: cancelMigrationUpdate,
    }[action];
    try {
      return await this.availability.call(() =>
        this.client.workflow.getHandle(workflowId).executeUpdate(update),
      );
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure)
        throw new StateConflictError(error.cause.message);
      if (error instanceof WorkflowNotFoundError)
        throw new StateConflictError(`the migration ${migrationId} is over`);
      throw error;
    }
  }

  /**
   * Times an activity's reminder (workflows/reminders): starts its workflow with the time, or
   * re-times the one waiting (signal-with-start; a run that already sent is followed by a new
   * one); null ends a waiting one (none waiting: nothing to do). Logged, not thrown, when
   * Temporal cannot be reached: the activity is written either way.
   */
  async timeReminder(activityId: string, remindAt: number | null): Promise<void> {
    const workflowId = reminderWorkflowId(activityId);
    try {
      await this.availability.call(async () => {
        if (remindAt === null) {
          await this.client.workflow
            .getHandle(workflowId)
            .signal(reminderTimeSignal, { remindAt: null });
          return;
        }
        await this.client.workflow.signalWithStart('activityReminderWorkflow', {
          taskQueue: this.config.temporal.taskQueue,
          workflowId,
          args: [{ activityId } satisfies ActivityReminderInput],
          signal: reminderTimeSignal,
          signalArgs: [{ remindAt }],
          workflowIdReusePolicy: 'ALLOW_DUPLICATE',
        });
      });
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return;
      this.logger.warn(`could not time ${workflowId}: ${(error as Error).message}`);
    }
  }

  /** What the record's workflow is doing; its templated texts rendered for `snapshot`. */
  async automation(
    kind: RecordKind,
    recordId: string,
    snapshot: RecordSnapshot,
  ): Promise<AutomationView & { temporalUiUrl: string | null }> {
    const workflowId = workflowIdOf(kind, recordId);
    try {
      const view = await this.availability.call(() =>
        this.client.workflow.getHandle(workflowId).query(automationQuery),
      );
      return {
        ...renderedView(view, snapshot),
        temporalUiUrl: workflowUiUrl(this.config.temporal, workflowId) ?? null,
      };
    } catch (error) {
      if (error instanceof WorkflowNotFoundError)
        throw new DomainError(
          'workflow-unavailable',
          `${workflowId} is not running yet; try again shortly`,
        );
      throw error;
    }
  }

  private async update<T>(kind: RecordKind, recordId: string, call: () => Promise<T>): Promise<T> {
    const workflowId = workflowIdOf(kind, recordId);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new DomainError(
              'workflow-unavailable',
              `${workflowId} did not answer within ${UPDATE_TIMEOUT_MS / 1000} s; is the worker running?`,
            ),
          ),
        UPDATE_TIMEOUT_MS,
      );
    });
    try {
      return await this.availability.call(() => Promise.race([call(), timeout]));
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
        const failure = error.cause;
        if (failure.type === 'unknown_stage') throw invalidField('to', failure.message);
        if (failure.type === 'migration_refused') throw invalidField('version', failure.message);
        if (LOSS_REASON_REFUSALS.includes(failure.type ?? ''))
          throw invalidField('lossReason', failure.message, { malformed: true });
        throw new TransitionRefusedError(failure.message, failure.type ?? 'refused');
      }
      if (error instanceof WorkflowNotFoundError)
        throw new StateConflictError(
          `${workflowId} is not running: the record is closed, or not started yet`,
        );
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}
