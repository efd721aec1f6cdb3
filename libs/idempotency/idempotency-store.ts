import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { IdempotentRequest } from './idempotent-request.entity';

/** How long a key and its answer are kept: a retry within this time replays the answer. */
export const IDEMPOTENCY_KEY_HOURS = 24;
/** How long a first request may run before a repeat may take its key over (its process died). */
export const IDEMPOTENCY_LOCK_SECONDS = 60;

export interface StoredAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'answered'; answer: StoredAnswer }
  | { kind: 'other-request' }
  | { kind: 'running' };

/**
 * The idempotency keys of create requests. A request claims its key (one insert, or a take-over
 * of an expired key or of one whose request died); a repeat finds the answer, or the request
 * still running, or that the key came with another request.
 */
@Injectable()
export class IdempotencyStore {
  constructor(private readonly orm: MikroORM) {}

  async claim(principalId: string, key: string, fingerprint: string, attempt = 1): Promise<Claim> {
    const em = this.orm.em.fork();
    const now = new Date();
    const claimed = await em.getConnection().execute<{ key: string }[]>(
      `insert into idempotent_request
         (principal_id, key, fingerprint, status, headers, body, locked_until, created_at, expires_at)
       values (?, ?, ?, null, null, null, ?, ?, ?)
       on conflict (principal_id, key) do update
         set fingerprint = excluded.fingerprint, status = null, headers = null, body = null,
             locked_until = excluded.locked_until, created_at = excluded.created_at,
             expires_at = excluded.expires_at
         where idempotent_request.expires_at < excluded.created_at
            or (idempotent_request.status is null
                and idempotent_request.locked_until < excluded.created_at)
       returning key`,
      [
        principalId,
        key,
        fingerprint,
        new Date(now.getTime() + IDEMPOTENCY_LOCK_SECONDS * 1000),
        now,
        new Date(now.getTime() + IDEMPOTENCY_KEY_HOURS * 3600 * 1000),
      ],
    );
    if (claimed.length > 0) return { kind: 'claimed' };
    const found = await em.findOne(IdempotentRequest, { principalId, key });
    // Released meanwhile (the first request failed): claim it again.
    if (!found)
      return attempt < 3
        ? this.claim(principalId, key, fingerprint, attempt + 1)
        : { kind: 'running' };
    if (found.fingerprint !== fingerprint) return { kind: 'other-request' };
    if (found.status === null || found.status === undefined) return { kind: 'running' };
    return {
      kind: 'answered',
      answer: { status: found.status, headers: found.headers ?? {}, body: found.body ?? '' },
    };
  }

  /** Keeps the answer of the request that claimed the key. */
  async answer(principalId: string, key: string, answer: StoredAnswer): Promise<void> {
    await this.orm.em
      .fork()
      .nativeUpdate(
        IdempotentRequest,
        { principalId, key, status: null },
        { status: answer.status, headers: answer.headers, body: answer.body },
      );
  }

  /** Frees the key of a request that created nothing (it failed): a retry runs it again. */
  async release(principalId: string, key: string): Promise<void> {
    await this.orm.em.fork().nativeDelete(IdempotentRequest, { principalId, key, status: null });
  }

  /** Forgets the keys past their time. */
  async purgeExpired(): Promise<number> {
    return this.orm.em.fork().nativeDelete(IdempotentRequest, { expiresAt: { $lt: new Date() } });
  }
}
