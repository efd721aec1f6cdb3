import { dayBounds, isTimeZone } from './day-bounds';

describe('dayBounds', () => {
  it('is the UTC day by default', () => {
    const { start, end } = dayBounds(new Date('2026-11-28T15:30:00Z'));
    expect(start.toISOString()).toBe('2026-11-28T00:00:00.000Z');
    expect(end.toISOString()).toBe('2026-11-29T00:00:00.000Z');
  });

  it('is the local day of a time zone', () => {
    // 23:30 UTC on the 28th is already the 29th in Berlin (UTC+1 in winter).
    const berlin = dayBounds(new Date('2026-11-28T23:30:00Z'), 'Europe/Berlin');
    expect(berlin.start.toISOString()).toBe('2026-11-28T23:00:00.000Z');
    expect(berlin.end.toISOString()).toBe('2026-11-29T23:00:00.000Z');
    const ny = dayBounds(new Date('2026-11-28T03:00:00Z'), 'America/New_York');
    expect(ny.start.toISOString()).toBe('2026-11-27T05:00:00.000Z');
  });

  it('spans 23 hours on the day clocks go forward', () => {
    const { start, end } = dayBounds(new Date('2026-03-29T12:00:00Z'), 'Europe/Berlin');
    expect((end.getTime() - start.getTime()) / 3600_000).toBe(23);
  });

  it('knows a time zone from a typo', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Europe/Berlinn')).toBe(false);
  });
});
