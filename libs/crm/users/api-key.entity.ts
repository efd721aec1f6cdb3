import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { User } from './user.entity';

/**
 * An API key of a user. Only its SHA-256 is stored: keys are long random
 * strings, so a fast hash is enough, and a lookup is one indexed read.
 */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => User, { ref: true })
  user: Ref<User>;

  @Property({ type: 'string', length: 200 })
  name: string;

  /** The first characters of the key, to recognise it in lists. */
  @Property({ type: 'string', length: 16 })
  prefix: string;

  @Unique()
  @Property({ type: 'string', length: 64, hidden: true })
  hash: string;

  /**
   * Integration keys: the shared secret their webhook deliveries are signed with (HMAC). Unlike
   * the key it is kept as is, since the server must compute the same HMAC; shown once, like the key.
   */
  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  signingSecret?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  constructor(user: Ref<User>, name: string, prefix: string, hash: string) {
    this.user = user;
    this.name = name;
    this.prefix = prefix;
    this.hash = hash;
  }
}
