/**
 * Dates, money and numbers in the user's locale and time zone, through Intl only. Amounts come
 * from the API as decimal strings and are formatted as such (Intl formats a numeric string
 * exactly, no float in between).
 */
export interface Formatter {
  date(iso: string | Date): string;
  dateTime(iso: string | Date): string;
  time(iso: string | Date): string;
  money(amount: string, currency: string): string;
  number(value: number | string): string;
  /** A share: 0.6667 → "66.7%". */
  percent(share: number): string;
  /** A span of time in the largest fitting unit: "3.5 days", "5 hours", "20 minutes". */
  duration(seconds: number): string;
  /** "in 3 hours", "2 days ago", relative to `now`. */
  relative(iso: string | Date, now?: Date): string;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

export function createFormatter(locale: string, timeZone: string): Formatter {
  const date = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const time = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const spans = (['day', 'hour', 'minute'] as const).map(
    (unit) =>
      [
        unit,
        new Intl.NumberFormat(locale, {
          style: 'unit',
          unit,
          unitDisplay: 'long',
          maximumFractionDigits: 1,
        }),
      ] as const,
  );
  const spanSize = { day: 86400, hour: 3600, minute: 60 };
  const money = new Map<string, Intl.NumberFormat>();
  const toDate = (v: string | Date) => (typeof v === 'string' ? new Date(v) : v);
  return {
    date: (v) => date.format(toDate(v)),
    dateTime: (v) => dateTime.format(toDate(v)),
    time: (v) => time.format(toDate(v)),
    money(amount, currency) {
      let format = money.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency });
        money.set(currency, format);
      }
      // A numeric string is formatted exactly (Intl.NumberFormat v3).
      return format.format(amount as unknown as number);
    },
    number: (v) => number.format(v as number),
    percent: (share) => percent.format(share),
    duration(seconds) {
      const [unit, format] = spans.find(([u]) => seconds >= spanSize[u]) ?? spans[2];
      return format.format(seconds / spanSize[unit]);
    },
    relative(v, now = new Date()) {
      const seconds = Math.round((toDate(v).getTime() - now.getTime()) / 1000);
      const [unit, size] = UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
      return relative.format(Math.round(seconds / size), unit);
    },
  };
}
