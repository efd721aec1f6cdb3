import { invalidField } from '../../errors';
import { startOfDay } from '../calendar/zoned-days';

/** The longest period a report covers, in days (a leap year, `from` and `to` included). */
export const MAX_PERIOD_DAYS = 366;

/** A calendar date, `2026-03-31`. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An IANA zone name (`Europe/Berlin`, `UTC`, `America/Argentina/Buenos_Aires`, `Etc/GMT+5`). */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/**
 * A report's period: the calendar days `from` to `to` (both included) in `timeZone`, as the
 * instants `start` (00:00 of `from` there) and `end` (00:00 of the day after `to`, exclusive).
 */
export interface ReportPeriod {
  from: string;
  to: string;
  timeZone: string;
  start: Date;
  end: Date;
  days: number;
}

/**
 * The canonical name of an IANA time zone, or null when it is none. Offsets like `+03:00` and
 * abbreviations like `MSK` are refused: PostgreSQL reads POSIX offsets with the opposite sign.
 */
export function canonicalTimeZone(name: string): string | null {
  if (!ZONE_NAME.test(name) || name.length > 64) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function parseDate(value: string, field: string): { y: number; m: number; d: number } {
  const match = DATE.exec(value);
  const [y, m, d] = match ? match.slice(1).map(Number) : [0, 0, 0];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (
    !match ||
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== m - 1 ||
    check.getUTCDate() !== d
  )
    throw invalidField(field, 'must be a calendar date like 2026-03-31', { malformed: true });
  return { y, m, d };
}

/** The period of the calendar days `from`..`to` in `timeZone`; 400 naming the field if wrong. */
export function reportPeriod(from: string, to: string, timeZone = 'UTC'): ReportPeriod {
  const zone = canonicalTimeZone(timeZone);
  if (!zone)
    throw invalidField('timeZone', 'must be an IANA time zone, like Europe/Berlin or UTC', {
      malformed: true,
    });
  const f = parseDate(from, 'from');
  const t = parseDate(to, 'to');
  const days = (Date.UTC(t.y, t.m - 1, t.d) - Date.UTC(f.y, f.m - 1, f.d)) / 86_400_000 + 1;
  if (days < 1) throw invalidField('to', `must not be before from (${from})`, { malformed: true });
  if (days > MAX_PERIOD_DAYS)
    throw invalidField(
      'to',
      `the period is ${days} days; a report covers at most ${MAX_PERIOD_DAYS}`,
      {
        malformed: true,
      },
    );
  return {
    from,
    to,
    timeZone: zone,
    start: startOfDay(f.y, f.m, f.d, zone),
    end: startOfDay(t.y, t.m, t.d + 1, zone),
    days,
  };
}

/** The period of equal length just before (`from` − days .. `from` − 1), for comparisons. */
export function previousPeriod(p: ReportPeriod): ReportPeriod {
  const f = parseDate(p.from, 'from');
  const shift = (days: number) => {
    const date = new Date(Date.UTC(f.y, f.m - 1, f.d + days));
    return date.toISOString().slice(0, 10);
  };
  return reportPeriod(shift(-p.days), shift(-1), p.timeZone);
}
