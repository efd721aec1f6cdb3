import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Company } from '../companies/company.entity';
import { CrmRecord } from '../records/crm-record.entity';
import { Contact } from '../contacts/contact.entity';
import { type RuleFieldValue, type StagedRecord } from '../stages/staged-record';
import { RuleFields } from '../stages/rule-fields';

export const DEAL_OUTCOMES = ['open', 'won', 'lost'] as const;
export type DealOutcome = (typeof DEAL_OUTCOMES)[number];

/**
 * A sales opportunity in a pipeline, at a stage. The stage is a projection of
 * the deal's workflow (DESIGN.md invariant 1): it changes only through a move,
 * which writes the stage history.
 */
@Entity({ tableName: 'deal' })
// Custom-field filters (`?custom=segment:enterprise`) are jsonb containment: this index.
@Index({
  name: 'deal_custom_index',
  expression: `create index "deal_custom_index" on "deal" using gin ("custom" jsonb_path_ops)`,
})
// A pipeline's (or a stage's) deals, newest first: the board and the default list order.
@Index({ properties: ['pipelineId', 'stage', 'createdAt', 'id'] })
@Index({ properties: ['pipelineId', 'createdAt', 'id'] })
// The open deals, index-only: per stage (the funnel's "now"), per responsible (the counters).
@Index({
  name: 'deal_open_stage_index',
  expression: `create index "deal_open_stage_index" on "deal" ("pipeline_id", "stage", "responsible_id") where "outcome" = 'open' and "archived_at" is null`,
})
@Index({
  name: 'deal_open_responsible_index',
  expression: `create index "deal_open_responsible_index" on "deal" ("responsible_id", "id") where "outcome" = 'open' and "archived_at" is null`,
})
// The closed deals, index-only: the sales report's raw rows at its period's edges.
@Index({
  name: 'deal_closed_sales_index',
  expression: `create index "deal_closed_sales_index" on "deal" ("closed_at") include ("outcome", "responsible_id", "pipeline_id", "source", "currency", "amount", "won_amount", "created_at", "loss_reason") where "archived_at" is null and "outcome" in ('won', 'lost')`,
})
// The board's column heads, index-only: each stage's count and amounts per currency.
@Index({
  name: 'deal_board_totals_index',
  expression: `create index "deal_board_totals_index" on "deal" ("pipeline_id", "stage", "currency") include ("amount", "responsible_id", "source") where "archived_at" is null`,
})
export class Deal extends CrmRecord implements StagedRecord {
  @Property({ type: 'string', length: 300 })
  title!: string;

  /** The pipeline (a published rule set of kind pipeline). */
  @Property({ type: 'string', length: 64 })
  pipelineId!: string;

  /** The rules version the deal started with and keeps until migrated explicitly. */
  @Property({ type: 'integer' })
  rulesVersion!: number;

  @Property({ type: 'string', length: 64 })
  stage!: string;

  @Enum({ items: [...DEAL_OUTCOMES] })
  outcome: DealOutcome = 'open';

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  amount: string = '0';

  /**
   * Whether the amount was set by hand (a create or change naming it, or the rules' set_field):
   * then it stays; else it follows the total of the deal's product rows.
   */
  @Property({ type: 'boolean' })
  amountManual: boolean = false;

  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'integer', nullable: true })
  probability?: number | null;

  @Property({ type: 'date', nullable: true })
  expectedCloseDate?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  source?: string | null;

  @ManyToOne(() => Contact, { ref: true, nullable: true })
  contact?: Ref<Contact> | null;

  @ManyToOne(() => Company, { ref: true, nullable: true })
  company?: Ref<Company> | null;

  /** The lead this deal was converted from. */
  @Property({ type: 'uuid', nullable: true })
  sourceLeadId?: string | null;

  @Property({ type: 'json' })
  custom: Record<string, unknown> = {};

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'decimal', precision: 19, scale: 4, nullable: true })
  wonAmount?: string | null;

  /** Why it was lost: a code of its rules version's loss reasons (null: open, won, or none given). */
  @Index({ name: 'deal_loss_reason_index' })
  @Property({ type: 'string', length: 64, nullable: true })
  lossReason?: string | null;

  /** The note of the person who moved it to lost. */
  @Property({ type: 'text', nullable: true })
  lossNote?: string | null;

  /** When its workflow was started; null rows are what the reconciler starts. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  workflowStartedAt?: Date | null;

  get kind(): 'deal' {
    return 'deal';
  }

  get ruleSetId(): string {
    return this.pipelineId;
  }

  get stageId(): string {
    return this.stage;
  }

  set stageId(stage: string) {
    this.stage = stage;
  }

  noteLoss(reason: string | null, note: string | null): void {
    this.lossReason = reason;
    this.lossNote = note;
  }

  ruleFields(): Record<string, unknown> {
    return DEAL_FIELDS.read(this);
  }

  setRuleField(field: string, value: RuleFieldValue): void {
    DEAL_FIELDS.write(this, field, value);
  }
}

/** A deal's fields by their names in the rules. */
const DEAL_FIELDS = new RuleFields<Deal>('deal', {
  title: { read: (d) => d.title, write: (d, v) => (d.title = RuleFields.text(v, 'title')) },
  amount: {
    read: (d) => d.amount,
    write: (d, v) => {
      d.amount = RuleFields.decimal(v, 'amount');
      d.amountManual = true;
    },
  },
  source: { read: (d) => d.source ?? null, write: (d, v) => (d.source = RuleFields.textOrNull(v)) },
  probability: {
    read: (d) => d.probability ?? null,
    write: (d, v) => (d.probability = RuleFields.integerOrNull(v, 'probability')),
  },
  expected_close_date: {
    read: (d) => d.expectedCloseDate ?? null,
    write: (d, v) => (d.expectedCloseDate = RuleFields.dateOrNull(v, 'expected_close_date')),
  },
});
