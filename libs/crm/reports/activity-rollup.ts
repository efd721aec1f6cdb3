import { type Connection } from '@mikro-orm/core';

/** The rollup's figures, as its columns name them. */
export const ROLLUP_FIGURES = [
  'due',
  'due_planned',
  'due_cancelled',
  'done',
  'done_on_time',
  'created_by_rules',
  'created_by_hand',
] as const;

/** A rollup figure that differs from the raw rows' count. */
export interface RollupDrift {
  day: string;
  responsibleId: string;
  type: string;
  figure: (typeof ROLLUP_FIGURES)[number];
  /** Counted from the activities. */
  expected: number;
  /** Held by activity_rollup. */
  actual: number;
}

/**
 * activity_rollup recomputed from the activities (with separate counts per date column rather
 * than the triggers' SQL, so a mistake in one does not hide in the other) and compared with what
 * it holds; a row of zeros is no row. Empty when they agree.
 */
export async function activityRollupDrift(connection: Connection): Promise<RollupDrift[]> {
  const utcDay = (column: string) => `(${column} at time zone 'UTC')::date`;
  const sums = ROLLUP_FIGURES.map((f) => `sum(${f})::int as ${f}`).join(', ');
  type Row = { day: string; responsible_id: string; type: string } & Record<string, number>;
  const rows: Row[] = await connection.execute<Row[]>(
    `with counted as (
       select ${utcDay('due_at')} as day, responsible_id, type, count(*) as due,
              count(*) filter (where status = 'planned') as due_planned,
              count(*) filter (where status = 'cancelled') as due_cancelled,
              0 as done, 0 as done_on_time, 0 as created_by_rules, 0 as created_by_hand
         from activity where archived_at is null group by 1, 2, 3
       union all
       select ${utcDay('completed_at')}, responsible_id, type, 0, 0, 0, count(*),
              count(*) filter (where completed_at <= due_at), 0, 0
         from activity where archived_at is null and status = 'done' and completed_at is not null
        group by 1, 2, 3
       union all
       select ${utcDay('created_at')}, responsible_id, type, 0, 0, 0, 0, 0,
              count(*) filter (where automation_key is not null),
              count(*) filter (where automation_key is null)
         from activity where archived_at is null group by 1, 2, 3),
     expected as (select day, responsible_id, type, ${sums} from counted group by 1, 2, 3)
     select coalesce(e.day, r.day)::text as day, coalesce(e.responsible_id, r.responsible_id)::text as responsible_id,
            coalesce(e.type, r.type) as type,
            ${ROLLUP_FIGURES.map((f) => `coalesce(e.${f}, 0) as ${f}, coalesce(r.${f}, 0) as held_${f}`).join(', ')}
       from expected e
       full join activity_rollup r on r.day = e.day and r.responsible_id = e.responsible_id and r.type = e.type
      where ${ROLLUP_FIGURES.map((f) => `coalesce(e.${f}, 0) <> coalesce(r.${f}, 0)`).join(' or ')}
      order by 1, 2, 3`,
  );
  return rows.flatMap((r) =>
    ROLLUP_FIGURES.filter((f) => r[f] !== r[`held_${f}`]).map((figure) => ({
      day: r.day,
      responsibleId: r.responsible_id,
      type: r.type,
      figure,
      expected: r[figure],
      actual: r[`held_${figure}`],
    })),
  );
}
