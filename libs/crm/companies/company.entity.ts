import { Entity, Index, Property } from '@mikro-orm/core';
import { CrmRecord } from '../records/crm-record.entity';
import { normalizeEmail, normalizePhone } from '../contact-points/normalize';

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

  @Property({ type: 'string', length: 500, nullable: true })
  website?: string | null;

  @Property({ type: 'text', nullable: true })
  address?: string | null;

  /** Keeps the normalised columns in step with what was written. */
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
}
