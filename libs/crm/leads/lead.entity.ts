import { Embedded, Entity, Enum, Index, Property } from '@mikro-orm/core';
import { CrmRecord } from '../records/crm-record.entity';
import { ContactPoints } from '../contact-points/contact-points.embeddable';
import { type RuleFieldValue, type StagedRecord } from '../stages/staged-record';
import { RuleFields } from '../stages/rule-fields';

export const LEAD_OUTCOMES = ['open', 'converted', 'junk'] as const;
export type LeadOutcome = (typeof LEAD_OUTCOMES)[number];

/**
 * Unqualified interest of a person or an organisation. Its status is a stage
 * of the lead rules; converting it creates (or links) a contact, a company and
 * a deal.
 */
@Entity({ tableName: 'lead' })
// Custom-field filters (`?custom=segment:enterprise`) are jsonb containment: this index.
@Index({
  name: 'lead_custom_index',
  expression: `create index "lead_custom_index" on "lead" using gin ("custom" jsonb_path_ops)`,
})
@Index({ properties: ['status', 'createdAt'] })
// The open leads, index-only: per status (the funnel's "now"), per responsible (the counters).
@Index({
  name: 'lead_open_status_index',
  expression: `create index "lead_open_status_index" on "lead" ("rule_set_id", "status", "responsible_id") where "outcome" = 'open' and "archived_at" is null`,
})
@Index({
  name: 'lead_open_responsible_index',
  expression: `create index "lead_open_responsible_index" on "lead" ("responsible_id", "id") where "outcome" = 'open' and "archived_at" is null`,
})
export class Lead extends CrmRecord implements StagedRecord {
  @Property({ type: 'string', length: 300 })
  title!: string;

  /** The person's name. */
  @Property({ type: 'string', length: 200, nullable: true })
  name?: string | null;

  /** Email and phone, in the record's own columns. */
  @Embedded(() => ContactPoints, { prefix: false })
  contactPoints = new ContactPoints();

  @Property({ type: 'string', length: 300, nullable: true })
  companyName?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  source?: string | null;

  /** The lead rules and the version the lead started with. */
  @Property({ type: 'string', length: 64 })
  ruleSetId!: string;

  @Property({ type: 'integer' })
  rulesVersion!: number;

  /** A stage of the lead rules. */
  @Property({ type: 'string', length: 64 })
  status!: string;

  @Enum({ items: [...LEAD_OUTCOMES] })
  outcome: LeadOutcome = 'open';

  @Property({ type: 'json' })
  custom: Record<string, unknown> = {};

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  convertedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  convertedDealId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  convertedContactId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  convertedCompanyId?: string | null;

  /** When its workflow was started; null rows are what the reconciler starts. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  workflowStartedAt?: Date | null;

  get kind(): 'lead' {
    return 'lead';
  }

  get stageId(): string {
    return this.status;
  }

  set stageId(stage: string) {
    this.status = stage;
  }

  ruleFields(): Record<string, unknown> {
    return LEAD_FIELDS.read(this);
  }

  setRuleField(field: string, value: RuleFieldValue): void {
    LEAD_FIELDS.write(this, field, value);
  }
}

/** A lead's fields by their names in the rules. */
const LEAD_FIELDS = new RuleFields<Lead>('lead', {
  title: { read: (l) => l.title, write: (l, v) => (l.title = RuleFields.text(v, 'title')) },
  name: { read: (l) => l.name ?? null, write: (l, v) => (l.name = RuleFields.textOrNull(v)) },
  email: {
    read: (l) => l.contactPoints.email ?? null,
    write: (l, v) => l.contactPoints.set(RuleFields.textOrNull(v), undefined),
  },
  phone: {
    read: (l) => l.contactPoints.phone ?? null,
    write: (l, v) => l.contactPoints.set(undefined, RuleFields.textOrNull(v)),
  },
  company: {
    read: (l) => l.companyName ?? null,
    write: (l, v) => (l.companyName = RuleFields.textOrNull(v)),
  },
  source: { read: (l) => l.source ?? null, write: (l, v) => (l.source = RuleFields.textOrNull(v)) },
});
