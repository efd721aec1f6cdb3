import { type Connection } from '@mikro-orm/core';

/** The rollup's figures, as its columns name them. */
export const STAGE_REACH_ROLLUP_FIGURES = [
  'count',
  'amount',
  'won_amount',
  'contacts',
  'companies',
  'deals',
  'seconds',
] as const;

/** A stage_reach_rollup figure that differs from the facts'. */
export interface StageReachRollupDrift {
  /**
   * `deal b2b 2026-03 next 2026-04 first 2026-02 rank 3 from - USD <responsible> <source|->`.
   */
  bucket: string;
  figure: (typeof STAGE_REACH_ROLLUP_FIGURES)[number];
  /** Recomputed from stage_reach. */
  expected: string;
  /** Held by stage_reach_rollup. */
  actual: string;
}

/**
 * stage_reach_rollup recomputed from the stage facts (the months by `to_char` rather than the
 * triggers' `date_trunc`, so that a mistake in one does not hide in the other) and compared with
 * what it holds; a bucket of zeros is no bucket. Empty when they agree. (The facts themselves are
 * checked against the stage history by stageFactsDrift.)
 */
export async function stageReachRollupDrift(
  connection: Connection,
): Promise<StageReachRollupDrift[]> {
  const month = (at: string) => `to_date(to_char(${at} at time zone 'UTC', 'YYYY-MM'), 'YYYY-MM')`;
  const key = `record_type, rule_set_id, month, next_month, first_month, rank, from_stage, currency, responsible_id, source`;
  const figures = STAGE_REACH_ROLLUP_FIGURES;
  type Row = { bucket: string } & Record<string, string | boolean>;
  const rows: Row[] = await connection.execute<Row[]>(
    `with counted as (
       select record_type, rule_set_id, ${month('at')} as month, ${month('next_at')} as next_month,
              ${month('first_at')} as first_month, rank, from_stage, currency, responsible_id, source,
              count(*)::numeric as count, sum(coalesce(amount, 0)) as amount,
              sum(case when won_amount is not null then won_amount else coalesce(amount, 0) end) as won_amount,
              count(converted_contact_id)::numeric as contacts,
              count(converted_company_id)::numeric as companies,
              count(converted_deal_id)::numeric as deals,
              sum(extract(epoch from at) - extract(epoch from created_at)) as seconds
         from stage_reach where archived_at is null
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
     -- Both sides in one grouping (a full join would not match null keys).
     sides as (
       select ${key}, ${figures.map((f) => `${f} as e_${f}, 0 as h_${f}`).join(', ')} from counted
       union all
       select ${key}, ${figures.map((f) => `0, ${f}`).join(', ')} from stage_reach_rollup),
     compared as (
       select ${key}, ${figures.map((f) => `sum(e_${f}) as e_${f}, sum(h_${f}) as h_${f}`).join(', ')}
         from sides group by ${key})
     select concat_ws(' ', record_type, rule_set_id, to_char(month, 'YYYY-MM'),
                      'next', coalesce(to_char(next_month, 'YYYY-MM'), '-'),
                      'first', coalesce(to_char(first_month, 'YYYY-MM'), '-'), 'rank', rank,
                      'from', coalesce(from_stage, '-'), coalesce(currency, '-'), responsible_id,
                      coalesce(source, '-')) as bucket,
            ${figures.map((f) => `e_${f}::text as ${f}, h_${f}::text as held_${f}, e_${f} <> h_${f} as drift_${f}`).join(', ')}
       from compared
      where ${figures.map((f) => `e_${f} <> h_${f}`).join(' or ')}
      order by 1`,
  );
  return rows.flatMap((r) =>
    figures
      .filter((f) => r[`drift_${f}`] === true)
      .map((figure) => ({
        bucket: r.bucket,
        figure,
        expected: String(r[figure]),
        actual: String(r[`held_${figure}`]),
      })),
  );
}
