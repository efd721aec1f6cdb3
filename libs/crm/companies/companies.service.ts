import { Injectable } from '@nestjs/common';
import { type FilterQuery, MikroORM, ref } from '@mikro-orm/postgresql';
import { AccessPolicy } from '../auth/access-policy';
import { checkIfMatch } from '../concurrency/if-match';
import { type ListQueryDto } from '../lists/list-query.dto';
import { type Page, paginate, type Sortable } from '../lists/pagination';
import { and, findRecord, recordListWhere } from '../records/records';
import { nameEmailPhoneSearch } from '../lists/text-search';
import { type Principal } from '../users/role';
import { Company } from './company.entity';
import { refuseDuplicates } from '../duplicates/duplicate-check';
import { notMerged } from '../duplicates/merged';
import { customFilterWhere, customValuesFor } from '../custom-fields/custom-fields.service';

export interface CompanyInput {
  name?: string;
  industry?: string | null;
  country?: string | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  address?: string | null;
  /** Custom values by code: over the company's own on a change (null clears one). */
  custom?: Record<string, unknown>;
  responsibleId?: string;
}

export const COMPANY_SORTS: Sortable = {
  name: { property: 'name', kind: 'string' },
  createdAt: { property: 'createdAt', kind: 'date' },
  updatedAt: { property: 'updatedAt', kind: 'date' },
};

export function companyView(c: Company) {
  return {
    id: c.id,
    name: c.name,
    industry: c.industry ?? null,
    country: c.country ?? null,
    email: c.contactPoints.email ?? null,
    phone: c.contactPoints.phone ?? null,
    website: c.website ?? null,
    address: c.address ?? null,
    custom: c.custom ?? {},
    responsibleId: c.responsible.id,
    archivedAt: c.archivedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}

@Injectable()
export class CompaniesService {
  constructor(private readonly orm: MikroORM) {}

  /**
   * A new company; refused (`duplicate-record`) when a company with its normalised name, email or
   * phone exists, unless `allowDuplicate`.
   */
  async create(
    principal: Principal,
    input: CompanyInput & { name: string; allowDuplicate?: boolean },
  ): Promise<Company> {
    return this.orm.em.fork().transactional(async (em) => {
      const company = new Company();
      company.responsible = ref(
        await AccessPolicy.responsibleFor(em, principal, input.responsibleId),
      );
      this.apply(company, input);
      company.custom = await customValuesFor(em, 'company', input.custom ?? {}, {});
      await refuseDuplicates(em, 'company', 'the company', input, input.allowDuplicate);
      em.persist(company);
      return company;
    });
  }

  async get(principal: Principal, id: string): Promise<Company> {
    return notMerged(await findRecord(this.orm.em.fork(), Company, id, principal, 'company'));
  }

  async update(
    principal: Principal,
    id: string,
    input: CompanyInput,
    ifMatch?: string,
  ): Promise<Company> {
    const em = this.orm.em.fork();
    const company = notMerged(
      await findRecord(em, Company, id, principal, 'company', { forWrite: true }),
    );
    checkIfMatch(ifMatch, company.version);
    if (input.responsibleId !== undefined) {
      company.responsible = ref(
        await AccessPolicy.responsibleFor(em, principal, input.responsibleId),
      );
    }
    this.apply(company, input);
    if (input.custom !== undefined)
      company.custom = await customValuesFor(em, 'company', input.custom, company.custom);
    await em.flush();
    return company;
  }

  /** Archives (history refers to companies); archiving twice is harmless. */
  async archive(principal: Principal, id: string, ifMatch?: string): Promise<void> {
    const em = this.orm.em.fork();
    const company = notMerged(
      await findRecord(em, Company, id, principal, 'company', { forWrite: true }),
    );
    checkIfMatch(ifMatch, company.version);
    company.archivedAt ??= new Date();
    await em.flush();
  }

  async list(
    principal: Principal,
    q: ListQueryDto & {
      responsibleId?: string;
      q?: string;
      archived?: boolean;
      custom?: string[];
    },
  ): Promise<Page<Company>> {
    const em = this.orm.em.fork();
    const where = and(
      recordListWhere(principal, q),
      { mergedIntoId: null },
      q.q ? nameEmailPhoneSearch(q.q, ['name']) : {},
      await customFilterWhere(em, 'company', q.custom),
    );
    return paginate(
      em,
      Company,
      where as FilterQuery<Company>,
      { limit: q.limit, cursor: q.cursor, offset: q.offset, sort: q.sort ?? 'name' },
      COMPANY_SORTS,
    );
  }

  private apply(company: Company, input: CompanyInput) {
    if (input.name !== undefined) company.rename(input.name);
    if (input.industry !== undefined) company.industry = input.industry;
    if (input.country !== undefined) company.country = input.country;
    if (input.website !== undefined) company.website = input.website;
    if (input.address !== undefined) company.address = input.address;
    company.contactPoints.set(input.email, input.phone);
  }
}
