import { type Connection } from '@mikro-orm/core';

/** The rollup's figures, as its columns name them. */
export const SALES_ROLLUP_FIGURES = ['count', 'amount', 'cycle_seconds'] as const;

/** A sales_rollup figure that differs from the raw rows'. */
export interface SalesRollupDrift {
  /** `2026-03 <responsible> <pipeline> <source|-> <loss reason|-> <currency> <kind>`. */
  bucket: string;
  figure: (typeof SALES_ROLLUP_FIGURES)[number];
  /** Recomputed from the deals and payments. */
  expected: string;
  /** Held by sales_rollup. */
  actual: string;
}

/**
 * sales_rollup recomputed from the deals and the payments (won, lost and payments counted apart,
 * the month by `to_char` rather than the triggers' `date_trunc`, so a mistake in one does not hide
 * in the other) and compared with what it holds; a bucket of zeros is no bucket. Empty when they
 * agree.
 */
export async function salesRollupDrift(connection: Connection): Promise<SalesRollupDrift[]> {
  const month = (at: string) => `to_date(to_char(${at} at time zone 'UTC', 'YYYY-MM'), 'YYYY-MM')`;
  type Row = { bucket: string } & Record<string, string | boolean>;
  const rows: Row[] = await connection.execute<Row[]>(
    `with counted as (
       select ${month('closed_at')} as month, responsible_id, pipeline_id, source, null::varchar as loss_reason,
              currency, 'won' as kind, count(*) as count, sum(coalesce(won_amount, amount)) as amount,
              sum(extract(epoch from closed_at) - extract(epoch from created_at)) as cycle_seconds
         from deal where outcome = 'won' and archived_at is null and closed_at is not null
        group by 1, 2, 3, 4, 5, 6
       union all
       select ${month('closed_at')}, responsible_id, pipeline_id, source, loss_reason, currency, 'lost',
              count(*), sum(amount), 0
         from deal where outcome = 'lost' and archived_at is null and closed_at is not null
        group by 1, 2, 3, 4, 5, 6
       union all
       select ${month('p.paid_at')}, d.responsible_id, d.pipeline_id, d.source, null, p.currency, 'payment',
              count(*), sum(p.amount), 0
         from payment p join invoice i on i.id = p.invoice_id join deal d on d.id = i.deal_id
        where p.status = 'applied' and d.archived_at is null
        group by 1, 2, 3, 4, 5, 6),
     -- Both sides in one grouping (a full join would not match null sources and reasons).
     sides as (
       select month, responsible_id, pipeline_id, source, loss_reason, currency, kind,
              ${SALES_ROLLUP_FIGURES.map((f) => `${f} as e_${f}, 0 as h_${f}`).join(', ')}
         from counted
       union all
       select month, responsible_id, pipeline_id, source, loss_reason, currency, kind,
              ${SALES_ROLLUP_FIGURES.map((f) => `0, ${f}`).join(', ')}
         from sales_rollup),
     compared as (
       select month, responsible_id, pipeline_id, source, loss_reason, currency, kind,
              ${SALES_ROLLUP_FIGURES.map((f) => `sum(e_${f}) as e_${f}, sum(h_${f}) as h_${f}`).join(', ')}
         from sides group by 1, 2, 3, 4, 5, 6, 7)
     select concat_ws(' ', to_char(month, 'YYYY-MM'), responsible_id, pipeline_id, coalesce(source, '-'),
                      coalesce(loss_reason, '-'), currency, kind) as bucket,
            ${SALES_ROLLUP_FIGURES.map((f) => `e_${f}::text as ${f}, h_${f}::text as held_${f}, e_${f} <> h_${f} as drift_${f}`).join(', ')}
       from compared
      where ${SALES_ROLLUP_FIGURES.map((f) => `e_${f} <> h_${f}`).join(' or ')}
      order by 1`,
  );
  return rows.flatMap((r) =>
    SALES_ROLLUP_FIGURES.filter((f) => r[`drift_${f}`] === true).map((figure) => ({
      bucket: r.bucket,
      figure,
      expected: String(r[figure]),
      actual: String(r[`held_${figure}`]),
    })),
  );
}
