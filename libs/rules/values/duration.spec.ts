import { addDuration, formatSpan, parseDuration } from './duration';

const ms = (text: string) => {
  const r = parseDuration(text);
  if (!r.ok) throw new Error(r.reason);
  return r.duration.ms;
};

describe('durations', () => {
  it('reads the short forms and ISO 8601', () => {
    expect(ms('30m')).toBe(30 * 60_000);
    expect(ms('45min')).toBe(45 * 60_000);
    expect(ms('4h')).toBe(4 * 3600_000);
    expect(ms('3d')).toBe(3 * 86400_000);
    expect(ms('2w')).toBe(14 * 86400_000);
    expect(ms('PT4H')).toBe(4 * 3600_000);
    expect(ms('P1DT12H')).toBe(36 * 3600_000);
    expect(ms('P1W')).toBe(7 * 86400_000);
    expect(ms('PT90S')).toBe(90_000);
  });

  it('refuses what is not a duration, with the forms it accepts', () => {
    for (const bad of ['', '4', '4 hours', '-1d', 'P', 'PT', '1y', 'P1Y', '3.5d', null, {}]) {
      const r = parseDuration(bad);
      expect(r.ok).toBe(false);
    }
    expect(parseDuration('4 hours')).toEqual({
      ok: false,
      reason:
        '"4 hours" is not a duration: write it like 30m, 4h, 3d, 2w, 5wd (working days) or ISO 8601 such as PT4H',
    });
  });

  it('counts working days Monday to Friday', () => {
    const friday = Date.UTC(2026, 10, 27, 15, 0); // Fri 27 Nov 2026, 15:00 UTC
    const r = parseDuration('3wd');
    if (!r.ok) throw new Error(r.reason);
    expect(new Date(addDuration(friday, r.duration)).toISOString()).toBe(
      '2026-12-02T15:00:00.000Z',
    ); // Wednesday
    const oneDay = parseDuration('1d');
    if (!oneDay.ok) throw new Error(oneDay.reason);
    expect(addDuration(friday, oneDay.duration) - friday).toBe(86400_000);
  });

  it('prints spans for people', () => {
    expect(formatSpan(0)).toBe('+0m');
    expect(formatSpan(90 * 60_000)).toBe('+1h 30m');
    expect(formatSpan(3 * 86400_000 + 4 * 3600_000)).toBe('+3d 4h');
    expect(formatSpan(30_000)).toBe('+30s');
  });
});
