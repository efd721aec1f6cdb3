import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { LANGUAGES, type Language } from './language';
import { ROLES, type Role } from './role';
import { Team } from './team.entity';

/** The first admin, made at the first start (ADMIN_API_KEY, ADMIN_PASSWORD). */
export const FIRST_ADMIN_EMAIL = 'admin@voronka.local';

/** A salesperson, head of sales, sales-ops person, admin, or an integration. */
@Entity({ tableName: 'crm_user' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 200 })
  name: string;

  /** Stored lowercased; unique. */
  @Unique()
  @Property({ type: 'string', length: 320 })
  email: string;

  @Enum({ items: [...ROLES] })
  role: Role;

  @Index()
  @ManyToOne(() => Team, { nullable: true, ref: true })
  team?: Ref<Team> | null;

  @Property({ type: 'boolean' })
  active: boolean = true;

  /** argon2id (libs/crm/auth/password.ts); null until the user sets a password. */
  @Property({ type: 'text', nullable: true, hidden: true })
  passwordHash?: string | null;

  /** When the password last changed: set-password links name it, so a new password voids them. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true, hidden: true })
  passwordChangedAt?: Date | null;

  /** The language of the web app and of emails to the user; null: the browser's. */
  @Enum({ items: [...LANGUAGES], nullable: true })
  language?: Language | null;

  /** An IANA time zone for dates in the web app; null: the browser's. */
  @Property({ type: 'string', length: 64, nullable: true })
  timeZone?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Optimistic concurrency: sent as the ETag, checked against If-Match. */
  @Property({ type: 'integer', version: true })
  version!: number;

  constructor(name: string, email: string, role: Role) {
    this.name = name;
    this.email = email.trim().toLowerCase();
    this.role = role;
  }
}
