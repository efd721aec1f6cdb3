import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed sign-ins counted per account (`account:<email>`) and per address (`address:<ip>`) in a
 * window: past a few they are slowed, past more refused until `lockedUntil`. Counted for emails
 * that belong to nobody too, so a lock-out does not tell whether an account exists.
 */
@Entity({ tableName: 'sign_in_throttle' })
export class SignInThrottle {
  @PrimaryKey({ type: 'string', length: 400 })
  key: string;

  @Property({ type: 'integer' })
  failures: number = 0;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  windowStartedAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;

  constructor(key: string) {
    this.key = key;
  }
}
