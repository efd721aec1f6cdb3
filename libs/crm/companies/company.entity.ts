import { Embedded, Entity, Property } from '@mikro-orm/core';
import { CrmRecord } from '../records/crm-record.entity';
import { ContactPoints } from '../contact-points/contact-points.embeddable';

/** A legal entity the team sells to. */
@Entity({ tableName: 'company' })
export class Company extends CrmRecord {
  @Property({ type: 'string', length: 300 })
  name!: string;

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
}
