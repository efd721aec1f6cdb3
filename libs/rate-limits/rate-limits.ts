import { Global, Inject, Injectable, Module } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { type Response } from 'express';
import { APP_CONFIG, type AppConfig, type RateLimit } from '../config';
import { DomainError } from '../errors';

/**
 * The named limits (configured by RATE_LIMIT_*): `public` counts the requests of an address to
 * the public quote pages and web forms; `webhook` the deliveries of an integration's API key;
 * `signIn` the failed sign-ins of an address (an unknown or revoked API key; the web app's sign-in
 * too); `webForm` the posts of an address to the web forms.
 */
export type RateLimitName = keyof AppConfig['rateLimits'];

/** Over the limit: wait this long. */
export interface RateLimited {
  retryAfterSeconds: number;
}

/**
 * Counters per caller in this process's memory (rate-limiter-flexible), each for a fixed window.
 * Several API replicas count apart: each lets a caller through up to the limit.
 */
@Injectable()
export class RateLimits {
  private readonly limiters = new Map<RateLimitName, RateLimiterMemory>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    for (const [name, limit] of Object.entries(config.rateLimits) as [
      RateLimitName,
      RateLimit | null,
    ][]) {
      if (limit)
        this.limiters.set(
          name,
          new RateLimiterMemory({ points: limit.points, duration: limit.seconds }),
        );
    }
  }

  /** Counts one request of `caller`; over the limit, how long to wait. */
  async consume(name: RateLimitName, caller: string): Promise<RateLimited | null> {
    const limiter = this.limiters.get(name);
    if (!limiter) return null;
    try {
      await limiter.consume(caller);
      return null;
    } catch (result) {
      if (result instanceof RateLimiterRes) return waitOf(result);
      throw result;
    }
  }

  /** Whether `caller` has used up the limit already, without counting this request. */
  async exhausted(name: RateLimitName, caller: string): Promise<RateLimited | null> {
    const limiter = this.limiters.get(name);
    const used = limiter ? await limiter.get(caller) : null;
    if (!limiter || !used || used.consumedPoints < limiter.points) return null;
    return waitOf(used);
  }
}

function waitOf(result: RateLimiterRes): RateLimited {
  return { retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) };
}

/** The 429 answer: Retry-After set on the response, the error thrown for the filter to answer. */
export function rateLimited(response: Response, wait: RateLimited): DomainError {
  response.setHeader('Retry-After', String(wait.retryAfterSeconds));
  return new DomainError(
    'rate-limited',
    `too many requests: try again in ${wait.retryAfterSeconds} seconds`,
    { extensions: { retryAfter: wait.retryAfterSeconds } },
  );
}

@Global()
@Module({ providers: [RateLimits], exports: [RateLimits] })
export class RateLimitsModule {}
