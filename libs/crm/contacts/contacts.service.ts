import { Injectable } from '@nestjs/common';
import { type EntityManager, type FilterQuery, MikroORM, ref } from '@mikro-orm/postgresql';
import { AccessPolicy } from '../auth/access-policy';
import { Company } from '../companies/company.entity';
import { checkIfMatch } from '../concurrency/if-match';
import { type ListQueryDto } from '../lists/list-query.dto';
import { type Page, paginate, type Sortable } from '../lists/pagination';
import { and, findRecord, recordListWhere } from '../records/records';
import { nameEmailPhoneSearch } from '../lists/text-search';
import { type Principal } from '../users/role';
import { Contact } from './contact.entity';
import { invalidField } from '../../errors';
import { refuseDuplicates } from '../duplicates/duplicate-check';
import { notMerged } from '../duplicates/merged';
import { customFilterWhere, customValuesFor } from '../custom-fields/custom-fields.service';

export interface ContactInput {
  firstName?: string;
  lastName?: string | null;
  position?: string | null;
  email?: string | null;
  phone?: string | null;
  companyIds?: string[];
  /** Custom values by code: over the contact's own on a change (null clears one). */
  custom?: Record<string, unknown>;
  responsibleId?: string;
}

export const CONTACT_SORTS: Sortable = {
  firstName: { property: 'firstName', kind: 'string' },
  createdAt: { property: 'createdAt', kind: 'date' },
  updatedAt: { property: 'updatedAt', kind: 'date' },
};

export function contactView(c: Contact) {
  return {
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName ?? null,
    name: c.name,
    position: c.position ?? null,
    email: c.contactPoints.email ?? null,
    phone: c.contactPoints.phone ?? null,
    companyIds: c.companies.isInitialized()
      ? c.companies
          .getItems()
          .map((co) => co.id)
          .sort()
      : [],
    custom: c.custom ?? {},
    responsibleId: c.responsible.id,
    archivedAt: c.archivedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}

@Injectable()
export class ContactsService {
  constructor(private readonly orm: MikroORM) {}

  /**
   * A new contact; refused (`duplicate-record`) when a contact with its normalised email or phone
   * exists, unless `allowDuplicate`.
   */
  async create(
    principal: Principal,
    input: ContactInput & { firstName: string; allowDuplicate?: boolean },
  ): Promise<Contact> {
    return this.orm.em.fork().transactional(async (em) => {
      const contact = new Contact();
      contact.responsible = ref(
        await AccessPolicy.responsibleFor(em, principal, input.responsibleId),
      );
      await this.apply(em, principal, contact, input);
      contact.custom = await customValuesFor(em, 'contact', input.custom ?? {}, {});
      await refuseDuplicates(em, 'contact', 'the contact', input, input.allowDuplicate);
      em.persist(contact);
      return contact;
    });
  }

  async get(principal: Principal, id: string): Promise<Contact> {
    return notMerged(
      await findRecord(this.orm.em.fork(), Contact, id, principal, 'contact', {
        populate: ['companies'],
      }),
    );
  }

  async update(
    principal: Principal,
    id: string,
    input: ContactInput,
    ifMatch?: string,
  ): Promise<Contact> {
    const em = this.orm.em.fork();
    const contact = notMerged(
      await findRecord(em, Contact, id, principal, 'contact', {
        forWrite: true,
        populate: ['companies'],
      }),
    );
    checkIfMatch(ifMatch, contact.version);
    if (input.responsibleId !== undefined)
      contact.responsible = ref(
        await AccessPolicy.responsibleFor(em, principal, input.responsibleId),
      );
    await this.apply(em, principal, contact, input);
    if (input.custom !== undefined)
      contact.custom = await customValuesFor(em, 'contact', input.custom, contact.custom);
    await em.flush();
    return contact;
  }

  async archive(principal: Principal, id: string, ifMatch?: string): Promise<void> {
    const em = this.orm.em.fork();
    const contact = notMerged(
      await findRecord(em, Contact, id, principal, 'contact', { forWrite: true }),
    );
    checkIfMatch(ifMatch, contact.version);
    contact.archivedAt ??= new Date();
    await em.flush();
  }

  async list(
    principal: Principal,
    q: ListQueryDto & {
      responsibleId?: string;
      companyId?: string;
      q?: string;
      archived?: boolean;
      custom?: string[];
    },
  ): Promise<Page<Contact>> {
    const em = this.orm.em.fork();
    const where = and(
      recordListWhere(principal, q),
      { mergedIntoId: null },
      q.companyId ? { companies: q.companyId } : {},
      q.q ? nameEmailPhoneSearch(q.q, ['firstName', 'lastName']) : {},
      await customFilterWhere(em, 'contact', q.custom),
    );
    return paginate(
      em,
      Contact,
      where as FilterQuery<Contact>,
      { limit: q.limit, cursor: q.cursor, offset: q.offset, sort: q.sort ?? 'firstName' },
      CONTACT_SORTS,
      {
        populate: ['companies'] as never,
      },
    );
  }

  private async apply(
    em: EntityManager,
    principal: Principal,
    contact: Contact,
    input: ContactInput,
  ) {
    if (input.firstName !== undefined) contact.firstName = input.firstName;
    if (input.lastName !== undefined) contact.lastName = input.lastName;
    if (input.position !== undefined) contact.position = input.position;
    contact.contactPoints.set(input.email, input.phone);
    if (input.companyIds !== undefined) {
      const ids = [...new Set(input.companyIds)];
      const companies = ids.length
        ? await em.find(
            Company,
            { id: { $in: ids } },
            { populate: ['responsible', 'responsible.team'] as never },
          )
        : [];
      const missing = ids.filter((id) => !companies.some((c) => c.id === id));
      if (missing.length > 0) throw invalidField('companyIds', `no company ${missing.join(', ')}`);
      for (const c of companies) {
        AccessPolicy.assertRead(principal, c, `company ${c.id}`);
        if (c.mergedIntoId)
          throw invalidField('companyIds', `${c.id} was merged into ${c.mergedIntoId}: use that`);
      }
      contact.companies.set(companies);
      // A change of links is a change of the contact: touch it so its version moves.
      contact.updatedAt = new Date();
    }
  }
}
