import { textArray } from '../stages/stage-reach';
import { type Principal } from '../users/role';

/** The filters every report takes where they apply; each narrows the caller's scope. */
export interface ReportFilters {
  pipelineId?: string;
  teamId?: string;
  responsibleId?: string;
  source?: string;
}

/** A piece of SQL with its `?` parameters (knex style, as MikroORM's `execute` takes them). */
export interface Sql {
  sql: string;
  params: unknown[];
}

/** Joins conditions with `and`; an empty list is `true`. */
export function all(parts: Sql[]): Sql {
  const kept = parts.filter((p) => p.sql !== '');
  return {
    sql: kept.length ? kept.map((p) => `(${p.sql})`).join(' and ') : 'true',
    params: kept.flatMap((p) => p.params),
  };
}

/**
 * Whose records the caller's reports count, as the lists: a manager their own, a head their
 * team's, admins and sales ops everyone's, integrations nobody's. `alias` names a row with a
 * `responsible_id`.
 */
export function scopeSql(alias: string, p: Principal): Sql {
  switch (p.role) {
    case 'admin':
    case 'salesops':
      return { sql: '', params: [] };
    case 'head':
      return {
        sql: `${alias}.responsible_id = any(?::uuid[])`,
        params: [textArray(p.teamMemberIds ?? [p.userId])],
      };
    case 'manager':
      return { sql: `${alias}.responsible_id = ?`, params: [p.userId] };
    default:
      return { sql: 'false', params: [] };
  }
}

/**
 * The caller's scope and the filters on a record row (`alias`): team (the responsible's team),
 * responsible and, when the row has one, source. Never wider than the scope: the filters are
 * conditions added to it.
 */
export function recordConditions(
  alias: string,
  p: Principal,
  f: ReportFilters,
  options: { source?: boolean } = { source: true },
): Sql {
  return all([
    scopeSql(alias, p),
    f.teamId
      ? {
          sql: `${alias}.responsible_id in (select u.id from crm_user u where u.team_id = ?)`,
          params: [f.teamId],
        }
      : { sql: '', params: [] },
    f.responsibleId
      ? { sql: `${alias}.responsible_id = ?`, params: [f.responsibleId] }
      : { sql: '', params: [] },
    f.source && options.source !== false
      ? { sql: `${alias}.source = ?`, params: [f.source] }
      : { sql: '', params: [] },
  ]);
}
