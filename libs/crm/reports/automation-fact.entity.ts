import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One action of the rules on a record that the automation report counts (a follow-up created or
 * done, an email, an escalation firing, a quote, an invoice, a stage move, a timer pending now),
 * with the rules version it counts for and the record's scope now. Written only by the triggers
 * of Migration20261204140000_automation_facts, in the transaction of each write to its sources,
 * the records and the rules; read by the automation report for the edges of its period; checked
 * by `npm run reports -- verify` (docs/reports.md, "Automation").
 */
@Entity({ tableName: 'automation_fact' })
@Index({
  name: 'automation_fact_at_index',
  expression: `create index "automation_fact_at_index" on "automation_fact" ("at") where "at" is not null`,
})
export class AutomationFact {
  @PrimaryKey({ type: 'string', length: 8 })
  recordType!: 'deal' | 'lead';

  @PrimaryKey({ type: 'uuid' })
  recordId!: string;

  /** The action, unique for its record: `activity <id> done`, `email <id>`, `move <id>`, … */
  @PrimaryKey({ type: 'text' })
  key!: string;

  /** The report's figure (AUTOMATION_FIGURES). */
  @Property({ type: 'string', length: 32 })
  figure!: string;

  /** When it counts; null for a timer pending now. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  at?: Date | null;

  /** The rule set and version it counts for (the one its record ran then). */
  @Property({ type: 'string', length: 64 })
  ruleSetId!: string;

  @Property({ type: 'integer' })
  rulesVersion!: number;

  /** Copied from the record, now: its pipeline (deals) or lead rules, responsible and source. */
  @Property({ type: 'string', length: 64 })
  pipelineId!: string;

  @Property({ type: 'uuid' })
  responsibleId!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  source?: string | null;
}

/** The automation facts counted per UTC day (null: pending now), kept by triggers on them. */
@Entity({ tableName: 'automation_rollup' })
@Index({
  name: 'automation_rollup_key_unique',
  expression: `create unique index "automation_rollup_key_unique" on "automation_rollup" ("day", "record_type", "pipeline_id", "rule_set_id", "rules_version", "figure", "responsible_id", "source") nulls not distinct`,
})
@Index({
  name: 'automation_rollup_empty_index',
  expression: `create index "automation_rollup_empty_index" on "automation_rollup" ("figure") where "count" = 0`,
})
export class AutomationRollup {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'date', nullable: true })
  day?: string | null;

  @Property({ type: 'string', length: 8 })
  recordType!: 'deal' | 'lead';

  @Property({ type: 'string', length: 64 })
  pipelineId!: string;

  @Property({ type: 'string', length: 64 })
  ruleSetId!: string;

  @Property({ type: 'integer' })
  rulesVersion!: number;

  @Property({ type: 'string', length: 32 })
  figure!: string;

  @Property({ type: 'uuid' })
  responsibleId!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  source?: string | null;

  @Property({ type: 'integer' })
  count!: number;
}
