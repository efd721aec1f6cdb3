import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A source a lead (or deal) may name, kept by admins and sales ops, so that the reports by
 * source group by a known list instead of whatever was typed. Deactivated, it stays for the
 * records that already name it but new writes cannot name it.
 */
@Entity({ tableName: 'lead_source' })
export class LeadSource {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** What records store in `source`, e.g. `web`. */
  @Unique()
  @Property({ type: 'string', length: 100 })
  code!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
