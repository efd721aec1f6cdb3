import { defineSignal } from '@temporalio/workflow';

// An activity's reminder: a small workflow per activity that sleeps until the reminder is due
// (a durable timer, not a sweep) and then sends it. Plain definitions: the workflow, the worker
// and the API share them.

/** The reminder workflow's input. */
export interface ActivityReminderInput {
  activityId: string;
}

/**
 * When to remind (epoch milliseconds), or null: no reminder any more (the activity was done,
 * cancelled or archived, or its reminder taken off). A later one re-times the timer.
 */
export interface ReminderTime {
  remindAt: number | null;
}

export const reminderTimeSignal = defineSignal<[ReminderTime]>('reminderTime');

/** What the reminder effect did: sent, or not (and why: the activity changed meanwhile). */
export interface ReminderOutcome {
  sent: boolean;
  why?: string;
}

/** The effects of the reminder workflow (the worker's `reminders` group). */
export interface ReminderEffectsApi {
  /**
   * Emails the activity's responsible that it is due soon, once per (activity, remindAt), when
   * it still holds: the activity planned, not archived, and its due time less its minutes still
   * `remindAt` (else it was changed, and its new time has its own signal).
   */
  remindOfActivity(input: { activityId: string; remindAt: number }): Promise<ReminderOutcome>;
}

export function reminderWorkflowId(activityId: string): string {
  return `activity-reminder-${activityId}`;
}
