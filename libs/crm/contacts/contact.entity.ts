import { Collection, Entity, Index, ManyToMany, Property } from '@mikro-orm/core';
import { Company } from '../companies/company.entity';
import { CrmRecord } from '../records/crm-record.entity';
import { normalizeEmail, normalizePhone } from '../contact-points/normalize';

/** A person; may belong to several companies. */
@Entity({ tableName: 'contact' })
export class Contact extends CrmRecord {
  @Property({ type: 'string', length: 200 })
  firstName!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  lastName?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  position?: string | null;

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

  @ManyToMany(() => Company, undefined, { pivotTable: 'contact_company', owner: true })
  companies = new Collection<Company>(this);

  get name(): string {
    return [this.firstName, this.lastName].filter(Boolean).join(' ');
  }

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
