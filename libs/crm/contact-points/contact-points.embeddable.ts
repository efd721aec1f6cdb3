import { Embeddable, Index, Property } from '@mikro-orm/core';
import { normalizeEmail, normalizePhone } from './normalize';

/**
 * How to reach a company, a contact or a lead: an email and a phone as written, each beside its
 * normalised form, which is what searches and the lead's duplicate check compare. Embedded without
 * a prefix, so its columns are the record's own (`email`, `email_normalized`, `phone`,
 * `phone_normalized`), as they were before it was one class.
 */
@Embeddable()
export class ContactPoints {
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

  /** Writes what is given (undefined leaves it), keeping the normalised columns in step. */
  set(email: string | null | undefined, phone: string | null | undefined): void {
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
