import { type MikroORM } from '@mikro-orm/postgresql';
import { type ReportPeriod } from './report-period';

/** A report's period as its answer shows it. */
export interface PeriodView {
  from: string;
  to: string;
  timeZone: string;
  start: string;
  end: string;
}

export function periodView(period: ReportPeriod): PeriodView {
  return {
    from: period.from,
    to: period.to,
    timeZone: period.timeZone,
    start: period.start.toISOString(),
    end: period.end.toISOString(),
  };
}

/** The names of the users or teams that key a report's groups. */
export async function groupLabels(
  orm: MikroORM,
  table: 'crm_user' | 'team',
  rows: { key: string | null }[],
): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.key).filter((k): k is string => k !== null))];
  if (ids.length === 0) return new Map();
  const found = await orm.em
    .fork()
    .getConnection()
    .execute<{ id: string; name: string }[]>(
      `select id::text, name from ${table} where id::text = any(?::text[])`,
      [`{${ids.join(',')}}`],
    );
  return new Map(found.map((r) => [r.id, r.name]));
}

/**
 * The labels of loss reasons, by code: as the latest published pipeline version naming each code
 * says it (of `pipelineId` only, when given), for the codes in `rows`.
 */
export async function lossReasonLabels(
  orm: MikroORM,
  rows: { key: string | null }[],
  pipelineId?: string,
): Promise<Map<string, string>> {
  const codes = [...new Set(rows.map((r) => r.key).filter((k): k is string => k !== null))];
  if (codes.length === 0) return new Map();
  const found = await orm.em
    .fork()
    .getConnection()
    .execute<{ code: string; label: string }[]>(
      `select distinct on (r->>'code') r->>'code' as code, r->>'label' as label
       from rule_set_version v,
            jsonb_array_elements(coalesce(v.content::jsonb->'lossReasons', '[]'::jsonb)) r
       where v.kind = 'pipeline' and r->>'code' = any(?::text[])
         ${pipelineId ? 'and v.rule_set_id = ?' : ''}
       order by r->>'code', v.published_at desc`,
      [`{${codes.join(',')}}`, ...(pipelineId ? [pipelineId] : [])],
    );
  return new Map(found.map((r) => [r.code, r.label]));
}

/**
 * A report's query, without PostgreSQL's JIT: a report's plan is costed high enough to be
 * compiled, and compiling it took seconds where running it takes milliseconds (measured with
 * bench/reports). With 64 MB of work memory: the funnels hash and sort a year's facts, which
 * the default 4 MB spilled to disk. `set_config(…, true)` keeps both to this transaction.
 */
export function reportRows<T extends object[]>(
  orm: MikroORM,
  sql: string,
  params: unknown[],
): Promise<T> {
  return orm.em.fork().transactional(async (em) => {
    const connection = em.getConnection();
    const context = em.getTransactionContext();
    await connection.execute(
      "select set_config('jit', 'off', true), set_config('work_mem', '64MB', true)",
      [],
      'run',
      context,
    );
    return connection.execute<T>(sql, params, 'all', context);
  });
}
