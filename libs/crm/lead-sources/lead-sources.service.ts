import { Injectable } from '@nestjs/common';
import {
  type EntityManager,
  type FilterQuery,
  MikroORM,
  UniqueConstraintViolationException,
} from '@mikro-orm/postgresql';
import { checkIfMatch } from '../concurrency/if-match';
import { pageRequest, type PageQueryDto } from '../lists/list-query.dto';
import { type Page, paginate, type Sortable } from '../lists/pagination';
import { LeadSource } from './lead-source.entity';
import { DuplicateError, NotFoundError } from '../../errors';

export interface LeadSourceInput {
  code?: string;
  name?: string;
  active?: boolean;
}

const SOURCE_SORTS: Sortable = {
  code: { property: 'code', kind: 'string' },
  name: { property: 'name', kind: 'string' },
  createdAt: { property: 'createdAt', kind: 'date' },
};

export function leadSourceView(s: LeadSource) {
  return {
    id: s.id,
    code: s.code,
    name: s.name,
    active: s.active,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    version: s.version,
  };
}

/** The catalogue of lead sources: everyone reads it; admins and sales ops keep it. */
@Injectable()
export class LeadSourcesService {
  constructor(private readonly orm: MikroORM) {}

  async create(input: LeadSourceInput & { code: string; name: string }): Promise<LeadSource> {
    const em = this.orm.em.fork();
    const source = new LeadSource();
    this.apply(source, input);
    em.persist(source);
    await this.flushUnique(em, source.code);
    return source;
  }

  async get(id: string): Promise<LeadSource> {
    const source = await this.orm.em.fork().findOne(LeadSource, { id });
    if (!source) throw new NotFoundError(`no lead source ${id}`);
    return source;
  }

  /** The code stays: records store it, so renaming one would orphan them. */
  async update(id: string, input: LeadSourceInput, ifMatch?: string): Promise<LeadSource> {
    const em = this.orm.em.fork();
    const source = await em.findOne(LeadSource, { id });
    if (!source) throw new NotFoundError(`no lead source ${id}`);
    checkIfMatch(ifMatch, source.version);
    this.apply(source, { name: input.name, active: input.active });
    await em.flush();
    return source;
  }

  async deactivate(id: string, ifMatch?: string): Promise<void> {
    await this.update(id, { active: false }, ifMatch);
  }

  async list(q: PageQueryDto & { active?: boolean }): Promise<Page<LeadSource>> {
    const where: Record<string, unknown> = {};
    if (q.active !== undefined) where.active = q.active;
    return paginate(
      this.orm.em.fork(),
      LeadSource,
      where as FilterQuery<LeadSource>,
      pageRequest(q, 'code'),
      SOURCE_SORTS,
    );
  }

  private apply(source: LeadSource, input: LeadSourceInput) {
    if (input.code !== undefined) source.code = input.code;
    if (input.name !== undefined) source.name = input.name;
    if (input.active !== undefined) source.active = input.active;
  }

  private async flushUnique(em: EntityManager, code: string) {
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw new DuplicateError('code', `a lead source with code ${code} exists`);
      throw error;
    }
  }
}
