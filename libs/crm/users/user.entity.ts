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
import { ROLES, type Role } from './role';
import { Team } from './team.entity';

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
