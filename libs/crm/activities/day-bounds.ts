import { dateIn, startOfDay } from '../calendar/zoned-days';

/**
 * The start and end (exclusive) of the calendar day that contains `now` in the
 * IANA time zone `timeZone`, as instants. "Today" for a manager in Berlin is
 * not the UTC day.
 */
export function dayBounds(now: Date, timeZone = 'UTC'): { start: Date; end: Date } {
  const [year, month, day] = dateIn(now, timeZone).split('-').map(Number);
  return {
    start: startOfDay(year, month, day, timeZone),
    end: startOfDay(year, month, day + 1, timeZone),
  };
}

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
