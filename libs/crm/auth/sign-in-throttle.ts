import { Injectable } from '@nestjs/common';
import { LockMode, MikroORM } from '@mikro-orm/postgresql';
import { SignInThrottle } from './sign-in-throttle.entity';

export interface ThrottleLimits {
  /** Failures in a window before each further one is answered slowly. */
  slowAfter: number;
  /** Failures in a window that lock the key. */
  lockAfter: number;
}

/**
 * Per account a person mistyping is barely slowed and someone guessing is stopped after five; per
 * address an office behind one NAT gets more room, a script trying many accounts does not.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  delayStepMs: 1_000,
  maxDelayMs: 4_000,
  account: { slowAfter: 3, lockAfter: 5 } satisfies ThrottleLimits,
  address: { slowAfter: 10, lockAfter: 30 } satisfies ThrottleLimits,
};

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  lockedUntil?: Date | null;
}

/** The state after one more failure at `now`: a new window once the old one is over; locked at the limit. */
export function afterFailure(
  state: ThrottleState,
  now: Date,
  limits: ThrottleLimits,
): ThrottleState {
  const fresh = now.getTime() - state.windowStartedAt.getTime() >= THROTTLE.windowMs;
  const failures = fresh ? 1 : state.failures + 1;
  const windowStartedAt = fresh ? now : state.windowStartedAt;
  if (failures >= limits.lockAfter) {
    // Locked; once the lock is over the count starts again.
    return {
      failures: 0,
      windowStartedAt: now,
      lockedUntil: new Date(now.getTime() + THROTTLE.lockMs),
    };
  }
  return { failures, windowStartedAt, lockedUntil: state.lockedUntil ?? null };
}

/** How long to hold the answer to a failure that brought the count to `failures`. */
export function delayAfter(failures: number, limits: ThrottleLimits, locked: boolean): number {
  if (locked) return THROTTLE.maxDelayMs;
  return Math.min(
    Math.max(0, failures - limits.slowAfter) * THROTTLE.delayStepMs,
    THROTTLE.maxDelayMs,
  );
}

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `address:${ip}`;

@Injectable()
export class SignInThrottleService {
  constructor(private readonly orm: MikroORM) {}

  /** The end of the latest lock on any of the keys, if one is in force. */
  async lockedUntil(keys: string[], now = new Date()): Promise<Date | null> {
    const rows = await this.orm.em
      .fork()
      .find(SignInThrottle, { key: { $in: keys }, lockedUntil: { $gt: now } });
    const ends = rows.map((row) => row.lockedUntil!.getTime());
    return ends.length ? new Date(Math.max(...ends)) : null;
  }

  /**
   * Counts a failure against the key; answers how long to hold the answer back, and until when
   * the key is locked if this failure locked it.
   */
  async fail(
    key: string,
    limits: ThrottleLimits,
    now = new Date(),
  ): Promise<{ delayMs: number; lockedUntil: Date | null }> {
    return this.orm.em.fork().transactional(async (tx) => {
      await tx
        .getConnection()
        .execute(
          'insert into sign_in_throttle (key, failures, window_started_at) values (?, 0, ?) on conflict do nothing',
          [key, now],
          'run',
          tx.getTransactionContext(),
        );
      const row = await tx.findOneOrFail(
        SignInThrottle,
        { key },
        {
          lockMode: LockMode.PESSIMISTIC_WRITE,
        },
      );
      const next = afterFailure(row, now, limits);
      row.failures = next.failures;
      row.windowStartedAt = next.windowStartedAt;
      row.lockedUntil = next.lockedUntil;
      const lockedUntil = next.lockedUntil && next.lockedUntil > now ? next.lockedUntil : null;
      return { delayMs: delayAfter(next.failures, limits, !!lockedUntil), lockedUntil };
    });
  }

  /** A successful sign-in clears the account's count (the address keeps its own). */
  async succeed(key: string): Promise<void> {
    await this.orm.em.fork().nativeDelete(SignInThrottle, { key });
  }
}
