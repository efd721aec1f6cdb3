import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { User } from '../users/user.entity';

/**
 * A signed-in browser: the session cookie holds a random token of which only the SHA-256 is kept.
 * Ends at sign-out (revokedAt), after a day without use, or two weeks after sign-in.
 */
@Entity({ tableName: 'user_session' })
export class UserSession {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'string', length: 64, hidden: true })
  tokenHash: string;

  @Index()
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user: Ref<User>;

  /** Sent back by the web app in X-CSRF-Token with every write (synchronizer token). */
  @Property({ type: 'string', length: 64, hidden: true })
  csrfToken: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  lastSeenAt: Date = new Date();

  /** The later of: idle expiry (a day after it was last seen), capped by the absolute expiry. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  @Property({ type: 'string', length: 300, nullable: true })
  userAgent?: string | null;

  constructor(user: Ref<User>, tokenHash: string, csrfToken: string, expiresAt: Date) {
    this.user = user;
    this.tokenHash = tokenHash;
    this.csrfToken = csrfToken;
    this.expiresAt = expiresAt;
  }
}
