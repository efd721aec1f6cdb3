import { sinceStart, versionOf } from './timeline-time';

describe('sinceStart', () => {
  it('says simulated times in days, hours and minutes', () => {
    expect(sinceStart(0)).toBe('+0m');
    expect(sinceStart(5 * 3_600_000)).toBe('+5h');
    expect(sinceStart(14 * 86_400_000)).toBe('+14d 0h');
    expect(sinceStart(3 * 86_400_000 + 2 * 3_600_000)).toBe('+3d 2h');
    expect(sinceStart(86_400_000 + 30 * 60_000)).toBe('+1d 0h 30m');
    expect(sinceStart(90 * 60_000)).toBe('+1h 30m');
  });
});

describe('versionOf', () => {
  it('reads the version of a rules text', () => {
    expect(versionOf('kind: pipeline\nversion: 4 # raised\nstages: []')).toBe(4);
    expect(versionOf('kind: pipeline\n  version: 4\n')).toBeUndefined();
    expect(versionOf('')).toBeUndefined();
  });
});
