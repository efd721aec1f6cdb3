import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { ACTIVITY_TYPES, type ActivityType } from '../../rules/language/rule-set';
import { Company } from '../companies/company.entity';
import { CrmRecord } from '../records/crm-record.entity';
import { Contact } from '../contacts/contact.entity';
import { Deal } from '../deals/deal.entity';
import { Lead } from '../leads/lead.entity';

export const ACTIVITY_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const MEETING_MODES = ['in_person', 'remote'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

/**
 * A CRM activity: a call, email, meeting, event or task with a due time and
 * an owner, bound to one record. (Not a Temporal activity: those are "effects".)
 */
@Entity({ tableName: 'activity' })
// Today's and overdue lists of one user, in due order: an index range scan, no sort; partial
// (not archived) so that their counts are index-only scans.
@Index({
  name: 'activity_agenda_index',
  expression:
    'create index "activity_agenda_index" on "activity" ("responsible_id", "status", "due_at", "id") where "archived_at" is null',
})
// The activity report's supervisor counters: each open deal's (lead's) planned activities and the
// earliest due, read index-only (records with an overdue activity, records with nothing planned).
@Index({
  name: 'activity_planned_deal_index',
  expression:
    'create index "activity_planned_deal_index" on "activity" ("deal_id", "due_at") where "status" = \'planned\' and "archived_at" is null and "deal_id" is not null',
})
@Index({
  name: 'activity_planned_lead_index',
  expression:
    'create index "activity_planned_lead_index" on "activity" ("lead_id", "due_at") where "status" = \'planned\' and "archived_at" is null and "lead_id" is not null',
})
// The activity report reads the raw rows only at the edges of its period (the rollup holds
// whole days): due, completed and created in a few hours.
@Index({ properties: ['createdAt'] })
export class Activity extends CrmRecord {
  @Enum({ items: [...ACTIVITY_TYPES] })
  type!: ActivityType;

  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Index()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  dueAt!: Date;

  @Property({ type: 'integer', nullable: true })
  durationMinutes?: number | null;

  @Enum({ items: [...MEETING_MODES], nullable: true })
  meetingMode?: MeetingMode | null;

  @Enum({ items: [...ACTIVITY_STATUSES] })
  status: ActivityStatus = 'planned';

  @Property({ type: 'string', length: 100, nullable: true })
  outcome?: string | null;

  @Index()
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  @Index()
  @ManyToOne(() => Deal, { ref: true, nullable: true })
  deal?: Ref<Deal> | null;

  @Index()
  @ManyToOne(() => Contact, { ref: true, nullable: true })
  contact?: Ref<Contact> | null;

  @Index()
  @ManyToOne(() => Company, { ref: true, nullable: true })
  company?: Ref<Company> | null;

  @Index()
  @ManyToOne(() => Lead, { ref: true, nullable: true })
  lead?: Ref<Lead> | null;

  /**
   * Remind the responsible this many minutes before it is due (by email, from a durable timer:
   * the activity's reminder workflow); null: no reminder.
   */
  @Property({ type: 'integer', nullable: true })
  remindBeforeMinutes?: number | null;

  /** When the reminder went out (for the due time it was set for); null: not yet, or none. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  remindedAt?: Date | null;

  /** Activities the rules created: `<workflow id>/<effect key>`, so a retried effect finds its row. */
  @Property({ type: 'string', length: 400, nullable: true, unique: true })
  automationKey?: string | null;
}
