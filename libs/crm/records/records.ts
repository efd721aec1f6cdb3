import { type EntityManager, type EntityName, type FilterQuery } from '@mikro-orm/postgresql';
import { AccessPolicy } from '../auth/access-policy';
import { type Principal } from '../users/role';
import { type CrmRecord } from './crm-record.entity';
import { dateRanges, type ListQueryDto } from '../lists/list-query.dto';
import { invalidField, NotFoundError } from '../../errors';

/**
 * One record the caller may read (404 when it does not exist, 403 when it is
 * not theirs to see), with its responsible and their team loaded for the
 * access checks. With `forWrite`, 403 unless the caller may also change it.
 */
export async function findRecord<T extends CrmRecord>(
  em: EntityManager,
  entity: EntityName<T>,
  id: string,
  principal: Principal,
  what: string,
  options: { forWrite?: boolean; populate?: string[] } = {},
): Promise<T> {
  const record = await em.findOne(entity, { id } as FilterQuery<T>, {
    populate: ['responsible', 'responsible.team', ...(options.populate ?? [])] as never,
  });
  if (!record) throw new NotFoundError(`no ${what} ${id}`);
  if (options.forWrite) AccessPolicy.assertWrite(principal, record, `${what} ${id}`);
  else AccessPolicy.assertRead(principal, record, `${what} ${id}`);
  return record;
}

/** The conditions every record list shares: the caller's scope, archived or not, date ranges, responsible. */
export function recordListWhere(
  principal: Principal,
  q: Omit<ListQueryDto, 'limit'> & { responsibleId?: string; teamId?: string; archived?: boolean },
): Record<string, unknown> {
  // The scope is its own condition: a filter on responsible narrows it, never replaces it.
  return and(
    AccessPolicy.readScope(principal),
    {
      ...dateRanges(q),
      archivedAt: q.archived ? { $ne: null } : null,
      ...(q.responsibleId ? { responsible: q.responsibleId } : {}),
    },
    // The responsible's team: a condition of its own, beside the responsible filter.
    q.teamId ? { responsible: { team: q.teamId } } : {},
  );
}

/** `from <= property < to`, either end optional, as a condition (empty when neither is given). */
export function range(
  property: string,
  from: Date | string | undefined,
  to: Date | string | undefined,
): Record<string, unknown> {
  if (from === undefined && to === undefined) return {};
  return {
    [property]: {
      ...(from !== undefined ? { $gte: from } : {}),
      ...(to !== undefined ? { $lt: to } : {}),
    },
  };
}

/** Merges two conditions on `responsible` (scope and filter) without one overwriting the other. */
export function and(...conditions: Record<string, unknown>[]): Record<string, unknown> {
  const nonEmpty = conditions.filter((c) => Object.keys(c).length > 0);
  return nonEmpty.length <= 1 ? (nonEmpty[0] ?? {}) : { $and: nonEmpty };
}

/**
 * A record named in a request body (companyId, contactId, dealId, …): 422
 * naming the field when it does not exist, 403 when the caller may not see it.
 */
export async function findLinkedRecord<T extends CrmRecord>(
  em: EntityManager,
  entity: EntityName<T>,
  id: string,
  principal: Principal,
  field: string,
): Promise<T> {
  const record = await em.findOne(entity, { id } as FilterQuery<T>, {
    populate: ['responsible', 'responsible.team'] as never,
  });
  if (!record) throw invalidField(field, `no such record ${id}`);
  AccessPolicy.assertRead(principal, record, `${field} ${id}`);
  // A merged contact or company is kept for its history; links go to its survivor.
  const mergedInto = (record as { mergedIntoId?: string | null }).mergedIntoId;
  if (mergedInto) throw invalidField(field, `${id} was merged into ${mergedInto}: use that`);
  return record;
}
