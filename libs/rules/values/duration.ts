/** A duration as written, and what it means: a fixed span, or working days (Mon–Fri, UTC). */
export interface Duration {
  text: string;
  ms: number;
  workingDays?: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

const UNITS: Record<string, number> = {
  m: MINUTE,
  min: MINUTE,
  h: HOUR,
  d: DAY,
  w: WEEK,
};

/** Longest duration a rule may name: a year. A timer further out is almost surely a typo. */
const MAX_MS = 366 * DAY;

const SHORT = /^(\d{1,6})\s*(m|min|h|d|w|wd)$/;
const ISO = /^P(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,6})S)?)?$/;

export type DurationResult = { ok: true; duration: Duration } | { ok: false; reason: string };

/**
 * `30m`, `4h`, `3d`, `2w`, `5wd` (working days: Monday to Friday), or ISO 8601
 * (`PT4H`, `P3D`, `P1W`, `P1DT12H`).
 */
export function parseDuration(input: unknown): DurationResult {
  const text = typeof input === 'number' ? String(input) : input;
  const hint = 'write it like 30m, 4h, 3d, 2w, 5wd (working days) or ISO 8601 such as PT4H';
  if (typeof text !== 'string' || text.trim() === '') {
    return { ok: false, reason: `a duration is needed: ${hint}` };
  }
  const trimmed = text.trim();
  const short = SHORT.exec(trimmed);
  let duration: Duration | undefined;
  if (short) {
    const n = Number(short[1]);
    duration =
      short[2] === 'wd'
        ? { text: trimmed, ms: n * DAY, workingDays: n }
        : { text: trimmed, ms: n * UNITS[short[2]] };
  } else {
    const iso = ISO.exec(trimmed);
    if (iso && trimmed !== 'P' && trimmed !== 'PT' && !trimmed.endsWith('T')) {
      const [w, d, h, m, s] = iso.slice(1).map((v) => Number(v ?? 0));
      duration = { text: trimmed, ms: w * WEEK + d * DAY + h * HOUR + m * MINUTE + s * 1000 };
    }
  }
  if (!duration) return { ok: false, reason: `"${trimmed}" is not a duration: ${hint}` };
  if (duration.ms <= 0) return { ok: false, reason: `"${trimmed}" must be longer than zero` };
  if (duration.ms > MAX_MS) return { ok: false, reason: `"${trimmed}" is longer than a year` };
  return { ok: true, duration };
}

/** The instant `duration` after `from` (epoch ms). Working days skip Saturdays and Sundays (UTC). */
export function addDuration(from: number, duration: Duration): number {
  if (duration.workingDays === undefined) return from + duration.ms;
  let at = from;
  let left = duration.workingDays;
  while (left > 0) {
    at += DAY;
    const weekday = new Date(at).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return at;
}

/** `+3d 4h`, `+45m`: a span for people, as the simulator prints it. */
export function formatSpan(ms: number): string {
  if (ms === 0) return '+0m';
  const sign = ms < 0 ? '-' : '+';
  let left = Math.abs(ms);
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', DAY],
    ['h', HOUR],
    ['m', MINUTE],
  ] as const) {
    const n = Math.floor(left / size);
    if (n > 0) parts.push(`${n}${unit}`);
    left -= n * size;
  }
  if (left > 0 || parts.length === 0) parts.push(`${Math.round(left / 1000)}s`);
  return sign + parts.join(' ');
}
