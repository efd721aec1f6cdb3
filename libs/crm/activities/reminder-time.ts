// The rules' create_activity (remind_before) and the API share the limit.
export { MAX_REMIND_BEFORE_MINUTES } from '../../rules/values/remind-before';

/** When an activity reminds its responsible (epoch ms), for its due time and minutes; null: never. */
export function reminderTimeOf(a: {
  dueAt: Date;
  remindBeforeMinutes?: number | null;
}): number | null {
  if (a.remindBeforeMinutes === null || a.remindBeforeMinutes === undefined) return null;
  return a.dueAt.getTime() - a.remindBeforeMinutes * 60_000;
}
