import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../users/user.entity';

/**
 * One stage change of a deal or a lead: from, to, when, by whom or by which
 * rule, under which rules version. Written once, never changed.
 */
@Entity({ tableName: 'stage_change' })
@Index({ properties: ['recordType', 'recordId', 'at'] })
// The records a rules migration moved (the automation report: which version an action ran under).
@Index({
  name: 'stage_change_rules_migration_index',
  expression: `create index "stage_change_rules_migration_index" on "stage_change" ("record_type", "record_id") where "cause" like 'rules v%'`,
})
export class StageChange {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 8 })
  recordType!: 'deal' | 'lead';

  @Property({ type: 'uuid' })
  recordId!: string;

  /** Null for the first stage. */
  @Property({ type: 'string', length: 64, nullable: true })
  fromStage?: string | null;

  @Property({ type: 'string', length: 64 })
  toStage!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at: Date = new Date();

  /** The person who moved it; null when a rule did. */
  @ManyToOne(() => User, { ref: true, nullable: true })
  by?: Ref<User> | null;

  /** The rule that moved it (its path in the rules), or `manual`, `created`, `converted`. */
  @Property({ type: 'string', length: 200 })
  cause!: string;

  /** A move to a lost stage: why (a code of the rules' loss reasons). */
  @Property({ type: 'string', length: 64, nullable: true })
  lossReason?: string | null;

  /** A person's note with the loss reason. */
  @Property({ type: 'text', nullable: true })
  lossNote?: string | null;

  @Property({ type: 'string', length: 64 })
  ruleSetId!: string;

  @Property({ type: 'integer' })
  rulesVersion!: number;
}
