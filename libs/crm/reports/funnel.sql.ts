import { type StageRanks } from '../stages/stage-reach';
import { type ReportPeriod } from './report-period';
import { type Sql } from './report-scope';
import { monthCover, spanParts, values, withinRanges } from './rollup-spans';

/** What the funnel query answers, per rank and stage, before it is shaped for people. */
export interface FunnelRows {
  /**
   * The facts that fell in the period, per rank (0: lost, with the stage lost from) and currency:
   * how many, how many of them reached the next rank and came from the first in the period, their
   * amounts; for converted leads, how many got a contact, a company, a deal, and the average time
   * from creation.
   */
  reached: {
    rank: number;
    from_stage: string | null;
    currency: string | null;
    count: number;
    to_next: number;
    from_first: number;
    amount: string | null;
    contacts: number;
    companies: number;
    deals: number;
    avg_seconds: number | null;
  }[];
  stays: { stage: string; stays: number; median: number; p90: number }[];
  now: { stage: string; count: number }[];
}

/**
 * The funnel of deals (or leads) in one statement, read from their facts (`stage_reach`: when each
 * record reached each rank of its rule set's latest version, the next rank and the first, and
 * when it was lost; `stage_stay`: each finished stay; both with the record's scope and amounts;
 * kept by triggers, Migration20261204120000_stage_facts): per rank the records that reached it in
 * the period, how many of them reached the next rank and came from the first in the period too,
 * the amounts, the losses by the stage they were lost from; the stays that ended in the period;
 * and the records in each stage now. `where` gives the scope's and filters' conditions on a row
 * with `responsible_id` and `source` (recordConditions).
 *
 * The facts reached in the period are read as the sales report reads its deals: the whole UTC
 * months nearest to the period's ends from their rollup (`stage_reach_rollup`), the raw facts
 * between each end and its month boundary added or taken away (spanParts). Of the rollup's
 * facts, "reached the next rank in the period" is known from the month it was reached in when
 * that month is whole in the period (monthCover), and read from the raw facts when the month is
 * partly in it; the first rank likewise.
 */
export function funnelSql(
  kind: 'deal' | 'lead',
  ruleSetId: string,
  ranks: StageRanks,
  where: (alias: string) => Sql,
  period: ReportPeriod,
): Sql {
  const beyond = ranks.open.length + 1;
  const p = [period.start.toISOString(), period.end.toISOString()];
  const inPeriod = (column: string) => `${column} >= ?::timestamptz and ${column} < ?::timestamptz`;
  const [r, st, cur] = [where('r'), where('st'), where('cur')];
  const records =
    kind === 'deal'
      ? { table: 'deal', stage: 'stage', ruleSet: 'pipeline_id' }
      : { table: 'lead', stage: 'status', ruleSet: 'rule_set_id' };
  const parts = spanParts(period.start, period.end);
  const cover = monthCover(period.start, period.end);
  const facts = `s.record_type = '${kind}' and s.rule_set_id = ? and s.archived_at is null`;
  const amount = (alias: string) =>
    `case when ${alias}.rank = ${beyond} then coalesce(${alias}.won_amount, ${alias}.amount) else ${alias}.amount end`;
  const branches: Sql[] = [];
  // The raw facts at the edges, each with its sign: every figure exact.
  const edges = values(
    [
      ['lo', 'timestamptz'],
      ['hi', 'timestamptz'],
      ['sign', 'int'],
    ],
    parts.raw.map((x) => [x.lo, x.hi, x.sign]),
  );
  const within = withinRanges('s.at', parts.raw);
  const se = where('s');
  branches.push({
    sql: `select s.rank, s.from_stage, s.currency, e.sign as count,
                 e.sign * (case when ${inPeriod('s.next_at')} then 1 else 0 end) as to_next,
                 e.sign * (case when ${inPeriod('s.first_at')} then 1 else 0 end) as from_first,
                 e.sign * ${amount('s')} as amount,
                 e.sign * (case when s.converted_contact_id is null then 0 else 1 end) as contacts,
                 e.sign * (case when s.converted_company_id is null then 0 else 1 end) as companies,
                 e.sign * (case when s.converted_deal_id is null then 0 else 1 end) as deals,
                 e.sign * extract(epoch from (s.at - s.created_at)) as seconds
            from (${edges.sql}) e join stage_reach s on s.at >= e.lo and s.at < e.hi
           where ${facts} and ${within.sql} and ${se.sql}`,
    params: [...p, ...p, ...edges.params, ruleSetId, ...within.params, ...se.params],
  });
  if (parts.months) {
    const { first, end } = parts.months;
    const months = [first, end];
    const whole = [cover.whole.first, cover.whole.end];
    const inWhole = (column: string) => `${column} >= ?::date and ${column} < ?::date`;
    branches.push({
      sql: `select r.rank, r.from_stage, r.currency, r.count,
                   case when ${inWhole('r.next_month')} then r.count else 0 end as to_next,
                   case when ${inWhole('r.first_month')} then r.count else 0 end as from_first,
                   case when r.currency is null then null
                        when r.rank = ${beyond} then r.won_amount else r.amount end as amount,
                   r.contacts, r.companies, r.deals, r.seconds
              from stage_reach_rollup r
             where r.record_type = '${kind}' and r.rule_set_id = ? and ${inWhole('r.month')}
               and ${r.sql}`,
      params: [...whole, ...whole, ruleSetId, ...months, ...r.params],
    });
    // The rollup's facts whose next (first) rank fell in a month partly in the period.
    const start = new Date(`${first}T00:00:00Z`).toISOString();
    const stop = new Date(`${end}T00:00:00Z`).toISOString();
    for (const [column, figure] of [
      ['next_at', 'to_next'],
      ['first_at', 'from_first'],
    ] as const) {
      if (cover.partial.length === 0) break;
      const partial = withinRanges(`s.${column}`, cover.partial);
      branches.push({
        sql: `select s.rank, s.from_stage, s.currency, 0 as count,
                     ${figure === 'to_next' ? '1' : '0'} as to_next, ${figure === 'from_first' ? '1' : '0'} as from_first,
                     null::numeric as amount, 0 as contacts, 0 as companies, 0 as deals, 0 as seconds
                from stage_reach s
               where ${facts} and s.at >= ?::timestamptz and s.at < ?::timestamptz
                 and ${partial.sql} and ${se.sql}`,
        params: [ruleSetId, start, stop, ...partial.params, ...se.params],
      });
    }
  }
  const sql = `select json_build_object(
      'reached', (select coalesce(json_agg(x), '[]') from (
        select f.rank, f.from_stage, f.currency, sum(f.count)::int as count,
               sum(f.to_next)::int as to_next, sum(f.from_first)::int as from_first,
               sum(f.amount)::text as amount, sum(f.contacts)::int as contacts,
               sum(f.companies)::int as companies, sum(f.deals)::int as deals,
               (sum(f.seconds) / nullif(sum(f.count), 0))::float8 as avg_seconds
          from (${branches.map((b) => b.sql).join(' union all ')}) f
         group by f.rank, f.from_stage, f.currency
        having sum(f.count) <> 0) x),
      'stays', (select coalesce(json_agg(x), '[]') from (
        select stage, stays, q[1] as median, q[2] as p90 from (
          select st.stage, count(*)::int as stays,
                 percentile_cont(array[0.5, 0.9]) within group (order by extract(epoch from (st.left_at - st.at)))::float8[] as q
            from stage_stay st
           where st.record_type = '${kind}' and st.rule_set_id = ? and ${inPeriod('st.left_at')}
             and st.archived_at is null and ${st.sql}
           group by st.stage) q) x),
      'now', (select coalesce(json_agg(x), '[]') from (
        select cur.${records.stage} as stage, count(*)::int as count from ${records.table} cur
        where cur.${records.ruleSet} = ? and cur.outcome = 'open' and cur.archived_at is null and ${cur.sql}
        group by cur.${records.stage}) x)
    ) as result`;
  return {
    sql,
    params: [
      ...branches.flatMap((b) => b.params),
      ruleSetId,
      ...p,
      ...st.params,
      ruleSetId,
      ...cur.params,
    ],
  };
}
