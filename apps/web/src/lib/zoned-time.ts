/**
 * A wall-clock time in the user's time zone (what `<input type="datetime-local">` shows and
 * takes, `2026-12-03T16:30`), to and from an instant. The user's zone may differ from the
 * browser's, so the browser's own conversion cannot be used.
 */

/** The zone's offset from UTC at an instant, in minutes (Berlin in winter: 60). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** `2026-12-03T16:30` in the zone, for an instant. */
export function toWallTime(instant: string | Date, timeZone: string): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  const shifted = new Date(at.getTime() + offsetMinutes(at, timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/**
 * The instant a wall time in the zone names (RFC 3339, UTC). A time a daylight-saving change
 * repeats is read as the earlier instant; one it skips, with the offset before the change (02:30
 * on the night clocks jump from 02:00 to 03:00 is 03:30).
 */
export function fromWallTime(wall: string, timeZone: string): string {
  const asUtc = Date.parse(`${wall.length === 16 ? `${wall}:00` : wall}Z`);
  if (Number.isNaN(asUtc)) throw new RangeError(`not a wall time: ${wall}`);
  const day = 24 * 3600_000;
  const before = asUtc - offsetMinutes(new Date(asUtc - day), timeZone) * 60_000;
  const after = asUtc - offsetMinutes(new Date(asUtc + day), timeZone) * 60_000;
  const shown = wall.slice(0, 16);
  const matching = [before, after].filter((t) => toWallTime(new Date(t), timeZone) === shown);
  return new Date(matching.length ? Math.min(...matching) : before).toISOString();
}
