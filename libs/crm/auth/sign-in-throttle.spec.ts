import { afterFailure, delayAfter, THROTTLE, type ThrottleState } from './sign-in-throttle';

describe('sign-in throttle', () => {
  const limits = THROTTLE.account;
  const start = new Date('2026-03-01T10:00:00Z');
  const at = (ms: number) => new Date(start.getTime() + ms);

  function failTimes(n: number, state: ThrottleState = { failures: 0, windowStartedAt: start }) {
    for (let i = 0; i < n; i += 1) state = afterFailure(state, at(i * 1000), limits);
    return state;
  }

  it('lets a mistyped password or two pass at full speed, then slows each failure', () => {
    expect(delayAfter(failTimes(1).failures, limits, false)).toBe(0);
    expect(delayAfter(failTimes(3).failures, limits, false)).toBe(0);
    expect(delayAfter(failTimes(4).failures, limits, false)).toBe(1000);
  });

  it('locks the account at the fifth failure in a window, for a while', () => {
    const locked = failTimes(5);
    expect(locked.lockedUntil).toEqual(at(4000 + THROTTLE.lockMs));
    expect(locked.failures).toBe(0);
  });

  it('starts a new window once the old one is over', () => {
    const four = failTimes(4);
    const later = afterFailure(four, at(THROTTLE.windowMs + 5000), limits);
    expect(later.failures).toBe(1);
    expect(later.lockedUntil ?? null).toBeNull();
  });

  it('gives an address more room than an account', () => {
    let state: ThrottleState = { failures: 0, windowStartedAt: start };
    for (let i = 0; i < THROTTLE.address.lockAfter - 1; i += 1)
      state = afterFailure(state, at(i), THROTTLE.address);
    expect(state.lockedUntil ?? null).toBeNull();
    expect(afterFailure(state, at(100), THROTTLE.address).lockedUntil).not.toBeNull();
  });

  it('never holds an answer longer than the cap', () => {
    expect(delayAfter(100, THROTTLE.address, false)).toBe(THROTTLE.maxDelayMs);
  });
});
