/**
 * Calendar days in an IANA time zone, as instants: where a manager's "today" or a report's
 * period starts and ends. One place for it, so that My day and the reports agree on midnight.
 */

/** One formatter per zone: building one costs far more than formatting with it. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** What the wall clock shows in `timeZone` at `instant`, read as if it were UTC (ms). */
function wallClock(instant: number, timeZone: string): number {
  const parts = formatter(timeZone)
    .formatToParts(new Date(instant))
    .reduce<Record<string, number>>((acc, p) => {
      if (p.type !== 'literal') acc[p.type] = Number(p.value);
      return acc;
    }, {});
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/**
 * The first instant of a calendar day in a time zone: 00:00 there, or the first moment after it
 * when a daylight-saving change skips midnight (as in America/Havana or Asia/Beirut).
 */
export function startOfDay(y: number, m: number, d: number, timeZone: string): Date {
  const midnight = Date.UTC(y, m - 1, d);
  // Two rounds of "guess, read the offset back" settle on the offset in force at that midnight.
  let guess = midnight - (wallClock(midnight, timeZone) - midnight);
  guess = midnight - (wallClock(guess, timeZone) - guess);
  // Where midnight does not exist (a gap), the day starts when the gap ends.
  if (wallClock(guess, timeZone) < midnight) {
    let lo = guess;
    let hi = guess + 3 * 3_600_000;
    while (hi - lo > 1000) {
      const mid = Math.floor((lo + hi) / 2 / 1000) * 1000;
      if (wallClock(mid, timeZone) < midnight) lo = mid;
      else hi = mid;
    }
    guess = hi;
  }
  return new Date(guess);
}

/** The calendar date (`YYYY-MM-DD`) of an instant in a time zone. */
export function dateIn(instant: Date, timeZone: string): string {
  return new Date(wallClock(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}
