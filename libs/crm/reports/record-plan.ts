import { type Connection } from '@mikro-orm/core';

/** A record whose record_plan row differs from its planned activities. */
export interface RecordPlanDrift {
  kind: 'deal' | 'lead';
  recordId: string;
  /** From the activities: `planned count, earliest due` (`0, -` for none). */
  expected: string;
  /** Held by record_plan (no row: `0, -`). */
  actual: string;
}

/**
 * record_plan recomputed from the activities (planned, not archived, by deal and by lead) and
 * compared with what it holds; a row with nothing planned is no row. Empty when they agree.
 */
export async function recordPlanDrift(connection: Connection): Promise<RecordPlanDrift[]> {
  const due = (column: string) =>
    `coalesce(to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '-')`;
  type Row = { kind: 'deal' | 'lead'; record_id: string; expected: string; actual: string };
  const rows: Row[] = await connection.execute<Row[]>(
    `with expected as (
       select 'deal' as kind, deal_id as record_id, count(*)::int as planned, min(due_at) as first_due
         from activity where status = 'planned' and archived_at is null and deal_id is not null group by deal_id
       union all
       select 'lead', lead_id, count(*)::int, min(due_at)
         from activity where status = 'planned' and archived_at is null and lead_id is not null group by lead_id),
     held as (select record_type as kind, record_id, planned, first_due from record_plan
               where planned <> 0 or first_due is not null)
     select coalesce(e.kind, h.kind) as kind, coalesce(e.record_id, h.record_id)::text as record_id,
            coalesce(e.planned, 0) || ', ' || ${due('e.first_due')} as expected,
            coalesce(h.planned, 0) || ', ' || ${due('h.first_due')} as actual
       from expected e full join held h on h.kind = e.kind and h.record_id = e.record_id
      where (e.planned, e.first_due) is distinct from (h.planned, h.first_due)
      order by 1, 2`,
  );
  return rows.map((r) => ({
    kind: r.kind,
    recordId: r.record_id,
    expected: r.expected,
    actual: r.actual,
  }));
}
