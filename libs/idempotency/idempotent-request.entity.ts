import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A create request sent with an `Idempotency-Key`, and the answer it got: a repeat of the same
 * request by the same caller answers these bytes instead of creating again. `status` is null while
 * the first request runs; `lockedUntil` lets a repeat take over a request whose process died.
 */
@Entity({ tableName: 'idempotent_request' })
export class IdempotentRequest {
  /** Keys are the caller's own: two callers may use the same key for different requests. */
  @PrimaryKey({ type: 'uuid' })
  principalId!: string;

  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  /** SHA-256 of the method, path and body: the same key with another request is refused. */
  @Property({ type: 'string', length: 64 })
  fingerprint!: string;

  @Property({ type: 'integer', nullable: true })
  status?: number | null;

  /** The answer's Content-Type, Location and ETag. */
  @Property({ type: 'json', nullable: true })
  headers?: Record<string, string> | null;

  @Property({ type: 'text', nullable: true })
  body?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  lockedUntil!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Index()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;
}
