import { parseDuration } from './duration';

/** The longest an activity may remind ahead of its due time: a week, in minutes (API and rules). */
export const MAX_REMIND_BEFORE_MINUTES = 10_080;

export type RemindBeforeResult = { ok: true; minutes: number } | { ok: false; reason: string };

/**
 * How long before its due time an activity reminds its responsible: whole minutes (`30`), or a
 * duration in minutes, hours, days or weeks (`30m`, `2h`, `1d`, `PT90M`), at most a week.
 * Working days are refused: the reminder is a fixed span before the due time.
 */
export function parseRemindBefore(input: unknown): RemindBeforeResult {
  const range = `at most a week (${MAX_REMIND_BEFORE_MINUTES} minutes)`;
  if (typeof input === 'number') {
    if (!Number.isInteger(input) || input < 0 || input > MAX_REMIND_BEFORE_MINUTES)
      return { ok: false, reason: `${input} is not whole minutes from 0 to ${range}` };
    return { ok: true, minutes: input };
  }
  const parsed = parseDuration(input);
  if (!parsed.ok) return { ok: false, reason: `${parsed.reason}, or whole minutes like 30` };
  const { duration } = parsed;
  if (duration.workingDays !== undefined)
    return {
      ok: false,
      reason: `"${duration.text}": a reminder comes a fixed span before the due time, not working days (write ${duration.workingDays}d)`,
    };
  if (duration.ms % 60_000 !== 0)
    return { ok: false, reason: `"${duration.text}" is not whole minutes` };
  const minutes = duration.ms / 60_000;
  if (minutes > MAX_REMIND_BEFORE_MINUTES)
    return { ok: false, reason: `"${duration.text}" is longer than ${range}` };
  return { ok: true, minutes };
}
