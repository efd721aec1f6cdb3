import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An effect that ran: its workflow, its key and what it returned. Written in the same transaction
 * as the effect's own rows, so a retry (after a crash, or after the commit but before Temporal
 * heard of it) finds it and returns the same result without writing again.
 */
@Entity({ tableName: 'effect_run' })
// The record of the workflow (`deal-<uuid>`): the automation facts' triggers find its runs.
@Index({
  name: 'effect_run_workflow_record_index',
  expression: `create index "effect_run_workflow_record_index" on "effect_run" (substring("workflow_id" from 6 for 36))`,
})
export class EffectRun {
  @PrimaryKey({ type: 'string', length: 200 })
  workflowId: string;

  @PrimaryKey({ type: 'string', length: 300 })
  key: string;

  @Property({ type: 'json', nullable: true })
  result?: unknown;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at: Date = new Date();

  constructor(workflowId: string, key: string, result: unknown) {
    this.workflowId = workflowId;
    this.key = key;
    this.result = result;
  }
}
