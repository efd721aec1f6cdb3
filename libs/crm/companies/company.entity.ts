import { Embedded, Entity, Index, Property } from '@mikro-orm/core';
import { normalizeCompanyName } from '../contact-points/normalize';
import { CrmRecord } from '../records/crm-record.entity';
import { ContactPoints } from '../contact-points/contact-points.embeddable';

/** A legal entity the team sells to. */
@Entity({ tableName: 'company' })
// Custom-field filters (`?custom=segment:enterprise`) are jsonb containment: this index.
@Index({
  name: 'company_custom_index',
  expression: `create index "company_custom_index" on "company" using gin ("custom" jsonb_path_ops)`,
})
export class Company extends CrmRecord {
  @Property({ type: 'string', length: 300 })
  name!: string;

  /** The name as the duplicate check compares it (normalizeCompanyName); kept by `rename`. */
  @Index()
  @Property({ type: 'string', length: 300, nullable: true })
  nameNormalized?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  industry?: string | null;

  /** ISO 3166-1 alpha-2. */
  @Property({ type: 'string', length: 2, nullable: true })
  country?: string | null;

  /** Email and phone, in the record's own columns. */
  @Embedded(() => ContactPoints, { prefix: false })
  contactPoints = new ContactPoints();

  @Property({ type: 'string', length: 500, nullable: true })
  website?: string | null;

  @Property({ type: 'text', nullable: true })
  address?: string | null;

  /** Custom field values by code (libs/crm/custom-fields checks them). */
  @Property({ type: 'json', default: "'{}'" })
  custom: Record<string, unknown> = {};

  /** Set when the company was merged into another (the survivor's id); it is kept, read no more. */
  @Property({ type: 'uuid', nullable: true })
  mergedIntoId?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  mergedAt?: Date | null;

  /** Sets the name and its normalised form together. */
  rename(name: string): void {
    this.name = name;
    this.nameNormalized = normalizeCompanyName(name);
  }
}
