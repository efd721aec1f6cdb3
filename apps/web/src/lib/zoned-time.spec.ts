import { fromWallTime, toWallTime } from './zoned-time';

describe('wall times in a time zone', () => {
  it('shows an instant as the zone’s clock shows it', () => {
    expect(toWallTime('2026-12-03T15:30:00Z', 'Europe/Berlin')).toBe('2026-12-03T16:30');
    expect(toWallTime('2026-07-03T15:30:00Z', 'Europe/Berlin')).toBe('2026-07-03T17:30');
    expect(toWallTime('2026-12-03T15:30:00Z', 'America/New_York')).toBe('2026-12-03T10:30');
    expect(toWallTime('2026-12-03T23:30:00Z', 'Asia/Tokyo')).toBe('2026-12-04T08:30');
  });

  it('reads a wall time in the zone back as the same instant', () => {
    expect(fromWallTime('2026-12-03T16:30', 'Europe/Berlin')).toBe('2026-12-03T15:30:00.000Z');
    expect(fromWallTime('2026-07-03T17:30', 'Europe/Berlin')).toBe('2026-07-03T15:30:00.000Z');
    expect(fromWallTime('2026-12-04T08:30', 'Asia/Tokyo')).toBe('2026-12-03T23:30:00.000Z');
    for (const zone of ['Europe/Moscow', 'America/Los_Angeles', 'UTC'])
      expect(fromWallTime(toWallTime('2026-03-29T10:15:00Z', zone), zone)).toBe(
        '2026-03-29T10:15:00.000Z',
      );
  });

  it('reads a time a daylight-saving change skips or repeats as one instant', () => {
    // Berlin skips 02:00–03:00 on 29 March 2026 and repeats 02:00–03:00 on 25 October.
    expect(fromWallTime('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    expect(toWallTime('2026-03-29T01:30:00Z', 'Europe/Berlin')).toBe('2026-03-29T03:30');
    // The earlier 02:30 (still summer time, UTC+2).
    expect(fromWallTime('2026-10-25T02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses what is not a wall time', () => {
    expect(() => fromWallTime('tomorrow', 'UTC')).toThrow(RangeError);
  });
});
