import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { CrmRecord } from '../records/crm-record.entity';
import { normalizeEmail, normalizePhone } from '../contact-points/normalize';

export const LEAD_OUTCOMES = ['open', 'converted', 'junk'] as const;
export type LeadOutcome = (typeof LEAD_OUTCOMES)[number];

/**
 * Unqualified interest of a person or an organisation. Its status is a stage
 * of the lead rules; converting it creates (or links) a contact, a company and
 * a deal.
 */
@Entity({ tableName: 'lead' })
@Index({ properties: ['status', 'createdAt'] })
export class Lead extends CrmRecord {
  @Property({ type: 'string', length: 300 })
  title!: string;

  /** The person's name. */
  @Property({ type: 'string', length: 200, nullable: true })
  name?: string | null;

  @Property({ type: 'string', length: 320, nullable: true })
  email?: string | null;

  @Index()
  @Property({ type: 'string', length: 320, nullable: true })
  emailNormalized?: string | null;

  @Property({ type: 'string', length: 50, nullable: true })
  phone?: string | null;

  @Index()
  @Property({ type: 'string', length: 50, nullable: true })
  phoneNormalized?: string | null;

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

  setContact(email: string | null | undefined, phone: string | null | undefined) {
    if (email !== undefined) {
      this.email = email;
      this.emailNormalized = normalizeEmail(email);
    }
    if (phone !== undefined) {
      this.phone = phone;
      this.phoneNormalized = normalizePhone(phone);
    }
  }

  /** When its workflow was started; null rows are what the reconciler starts. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  workflowStartedAt?: Date | null;
}
