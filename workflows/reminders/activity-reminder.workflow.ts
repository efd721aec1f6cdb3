import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import {
  type ActivityReminderInput,
  type ReminderEffectsApi,
  type ReminderOutcome,
  reminderTimeSignal,
} from '../../libs/automation/contract/activity-reminder.contract';

// Sending the reminder is one email; retried for a while (an SMTP server down for minutes), not
// for ever: a reminder hours late is no reminder.
const effects = proxyActivities<ReminderEffectsApi>({
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    maximumAttempts: 10,
  },
});

/**
 * An activity's reminder (`activity-reminder-<activityId>`): a durable timer until the time the
 * API signals (started by signal-with-start, so the time arrives as the first signal), then the
 * reminder effect. A later signal re-times it (the activity was rescheduled, its minutes
 * changed) or ends it (null: done, cancelled, archived, or no reminder any more). Once it sent,
 * it completes; a new time for the same activity starts a new run.
 */
export async function activityReminderWorkflow(
  input: ActivityReminderInput,
): Promise<ReminderOutcome> {
  let remindAt: number | null | undefined;
  let retimed = false;
  setHandler(reminderTimeSignal, (time) => {
    remindAt = time.remindAt;
    retimed = true;
  });
  await condition(() => remindAt !== undefined);
  for (;;) {
    if (remindAt === null || remindAt === undefined) return { sent: false, why: 'taken off' };
    const at: number = remindAt;
    retimed = false;
    const wait = at - Date.now();
    // Woken early by a new time: wait for that one instead.
    if (wait > 0 && (await condition(() => retimed, wait))) continue;
    const outcome = await effects.remindOfActivity({ activityId: input.activityId, remindAt: at });
    // A new time that came while it was sending (the effect checks the activity as it is, so a
    // stale time sends nothing): that one is what counts.
    if (!retimed) return outcome;
  }
}
