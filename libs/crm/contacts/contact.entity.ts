import { Collection, Embedded, Entity, Index, ManyToMany, Property } from '@mikro-orm/core';
import { Company } from '../companies/company.entity';
import { CrmRecord } from '../records/crm-record.entity';
import { ContactPoints } from '../contact-points/contact-points.embeddable';

/** A person; may belong to several companies. */
@Entity({ tableName: 'contact' })
// Custom-field filters (`?custom=segment:enterprise`) are jsonb containment: this index.
@Index({
  name: 'contact_custom_index',
  expression: `create index "contact_custom_index" on "contact" using gin ("custom" jsonb_path_ops)`,
})
export class Contact extends CrmRecord {
  @Property({ type: 'string', length: 200 })
  firstName!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  lastName?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  position?: string | null;

  /** Email and phone, in the record's own columns. */
  @Embedded(() => ContactPoints, { prefix: false })
  contactPoints = new ContactPoints();

  @ManyToMany(() => Company, undefined, { pivotTable: 'contact_company', owner: true })
  companies = new Collection<Company>(this);

  /** Custom field values by code (libs/crm/custom-fields checks them). */
  @Property({ type: 'json', default: "'{}'" })
  custom: Record<string, unknown> = {};

  /** Set when the contact was merged into another (the survivor's id); it is kept, read no more. */
  @Property({ type: 'uuid', nullable: true })
  mergedIntoId?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  mergedAt?: Date | null;

  get name(): string {
    return [this.firstName, this.lastName].filter(Boolean).join(' ');
  }
}
