/**
 * The start and end (exclusive) of the calendar day that contains `now` in the
 * IANA time zone `timeZone`, as instants. "Today" for a manager in Berlin is
 * not the UTC day.
 */
export function dayBounds(now: Date, timeZone = 'UTC'): { start: Date; end: Date } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
      .formatToParts(now)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  ) as { year: number; month: number; day: number };
  const start = zonedMidnight(parts.year, parts.month, parts.day, timeZone);
  const end = zonedMidnight(parts.year, parts.month, parts.day + 1, timeZone);
  return { start, end };
}

/** The instant of 00:00 local time on a date in a time zone. */
function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const utcGuess = Date.UTC(year, month - 1, day);
  // The zone's offset at that moment, read back from how it shows the guess.
  const shown = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
    .formatToParts(new Date(utcGuess))
    .filter((p) => p.type !== 'literal')
    .reduce<Record<string, number>>((acc, p) => ((acc[p.type] = Number(p.value)), acc), {});
  const asUtc = Date.UTC(
    shown.year,
    shown.month - 1,
    shown.day,
    shown.hour,
    shown.minute,
    shown.second,
  );
  return new Date(utcGuess - (asUtc - utcGuess));
}

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
