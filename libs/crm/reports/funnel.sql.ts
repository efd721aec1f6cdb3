import { historyWithReachSql, type StageRanks } from '../stages/stage-reach';
import { type ReportPeriod } from './report-period';
import { type Sql } from './report-scope';

/** What the funnel query answers, per rank and stage, before it is shaped for people. */
export interface FunnelRows {
  entered: { rank: number; entered: number; to_next: number; from_first: number }[];
  amounts: { rank: number; currency: string; amount: string }[];
  lost: {
    from_stage: string | null;
    currency: string | null;
    count: number;
    amount: string | null;
  }[];
  stays: { stage: string; stays: number; median: number; p90: number }[];
  now: { stage: string; count: number }[];
  /** Leads: of those converted in the period, how many got a contact, a company, a deal. */
  converted: {
    contacts: number;
    companies: number;
    deals: number;
    avg_seconds: number | null;
  } | null;
}

/**
 * The funnel of deals (or leads) in one statement: the records in scope (`records`: a select of
 * `id, amount, currency, won_amount, stage, outcome, created_at` and, for leads, the converted
 * ids), their history with what each row reaches (StageRanks), then per rank the records that
 * reached it in the period, how many of them reached the next rank and came from the first in
 * the period too, the amounts, the losses by the stage they were lost from, the stays that ended
 * in the period, and the records in each stage now.
 */
export function funnelSql(
  kind: 'deal' | 'lead',
  ranks: StageRanks,
  records: Sql,
  period: ReportPeriod,
): Sql {
  const history = historyWithReachSql(kind, ranks, { sql: 'select id from rec', params: [] });
  const beyond = ranks.open.length + 1;
  const inPeriod = (column: string) => `${column} >= ?::timestamptz and ${column} < ?::timestamptz`;
  const p = [period.start.toISOString(), period.end.toISOString()];
  const converted =
    kind === 'lead'
      ? `(select json_build_object(
            'contacts', count(rec.converted_contact_id), 'companies', count(rec.converted_company_id),
            'deals', count(rec.converted_deal_id),
            'avg_seconds', avg(extract(epoch from (a.at - rec.created_at)))::float8)
          from reached a join rec on rec.id = a.record_id where a.rank = ${beyond})`
      : 'null';
  const sql = `with rec as (${records.sql}),
    h as (${history.sql}),
    reached as (
      select h.record_id, g.rank, h.at
      from h cross join lateral generate_series(h.reach_lo + 1, h.reach_hi) g(rank)
      where h.reach_hi > h.reach_lo and ${inPeriod('h.at')}
    ),
    lost as (select h.record_id, h.from_stage from h where h.first_lost and ${inPeriod('h.at')})
    select json_build_object(
      'entered', (select coalesce(json_agg(x), '[]') from (
        select a.rank, count(*)::int as entered, count(b.record_id)::int as to_next,
               count(f.record_id)::int as from_first
        from reached a
        left join reached b on b.record_id = a.record_id and b.rank = a.rank + 1
        left join reached f on f.record_id = a.record_id and f.rank = 1
        group by a.rank) x),
      'amounts', (select coalesce(json_agg(x), '[]') from (
        select a.rank, rec.currency,
               sum(case when a.rank = ${beyond} then coalesce(rec.won_amount, rec.amount) else rec.amount end)::text as amount
        from reached a join rec on rec.id = a.record_id
        where rec.currency is not null
        group by a.rank, rec.currency) x),
      'lost', (select coalesce(json_agg(x), '[]') from (
        select l.from_stage, rec.currency, count(*)::int as count, sum(rec.amount)::text as amount
        from lost l join rec on rec.id = l.record_id
        group by l.from_stage, rec.currency) x),
      'stays', (select coalesce(json_agg(x), '[]') from (
        select h.to_stage as stage, count(*)::int as stays,
               percentile_cont(0.5) within group (order by extract(epoch from (h.left_at - h.at)))::float8 as median,
               percentile_cont(0.9) within group (order by extract(epoch from (h.left_at - h.at)))::float8 as p90
        from h where ${inPeriod('h.left_at')}
        group by h.to_stage) x),
      'now', (select coalesce(json_agg(x), '[]') from (
        select rec.stage, count(*)::int as count from rec where rec.outcome = 'open' group by rec.stage) x),
      'converted', ${converted}
    ) as result`;
  return {
    sql,
    params: [...records.params, ...history.params, ...p, ...p, ...p],
  };
}
