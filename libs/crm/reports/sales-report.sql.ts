import { dateIn, startOfDay } from '../calendar/zoned-days';
import { type ReportPeriod } from './report-period';
import { type Sql } from './report-scope';
import { spanParts, values, withinRanges } from './rollup-spans';

/** A stretch of time [from, to) whose facts count in `period`, under the group `label` (months). */
export interface SalesSpan {
  period: 'current' | 'previous';
  label: string | null;
  from: Date;
  to: Date;
}

/**
 * The spans of a report: the period and the previous one; grouped by month, each calendar month
 * (in the period's zone) of the period on its own, labelled `YYYY-MM` (the previous period, which
 * only the total shows, is not split).
 */
export function salesSpans(
  period: ReportPeriod,
  before: ReportPeriod,
  byMonth: boolean,
): SalesSpan[] {
  const previous: SalesSpan = {
    period: 'previous',
    label: null,
    from: before.start,
    to: before.end,
  };
  if (!byMonth)
    return [{ period: 'current', label: null, from: period.start, to: period.end }, previous];
  const spans: SalesSpan[] = [];
  let [y, m] = period.from.split('-').map(Number);
  for (let start = period.start; start < period.end;) {
    const next = startOfDay(y, m + 1, 1, period.timeZone);
    const end = next < period.end ? next : period.end;
    spans.push({
      period: 'current',
      label: dateIn(start, period.timeZone).slice(0, 7),
      from: start,
      to: end,
    });
    start = end;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return [...spans, previous];
}

/** A group key on a deal row `r` (its responsible `u`) or a rollup row `r`; `s.label`: the span's. */
export interface SalesKeys {
  deal: string;
  payment: string;
  rollup: string;
}

/**
 * The facts of the spans, per key, period, kind (won, lost, payment) and currency: count, amount
 * and (won) cycle seconds summed. The rollup's months (sales_rollup, kept by triggers) and the
 * raw rows at the spans' edges, signed (`deal_closed_sales_index`, `payment_applied_paid_at_index`),
 * summed; a fact summing to no rows is left out. `where` (scope and filters) and the pipeline apply
 * to the deals and the rollup's rows alike (the same column names, alias `r`).
 */
export function salesFactsSql(
  spans: SalesSpan[],
  keys: SalesKeys,
  where: Sql,
  pipelineId: string | undefined,
): Sql {
  const parts = spans.map((s) => ({ span: s, ...spanParts(s.from, s.to) }));
  const months = values(
    [
      ['period', 'text'],
      ['label', 'text'],
      ['first', 'date'],
      ['last', 'date'],
    ],
    parts.flatMap((p) =>
      p.months ? [[p.span.period, p.span.label, p.months.first, p.months.end]] : [],
    ),
  );
  const scope = `${pipelineId ? 'r.pipeline_id = ? and' : ''} ${where.sql}`;
  const scopeParams = [...(pipelineId ? [pipelineId] : []), ...where.params];
  const won = (expr: string, otherwise: string) =>
    `case when r.outcome = 'won' then ${expr} else ${otherwise} end`;
  // The raw ranges: each also as a condition with its bounds as parameters, so that the planner
  // reads them through the instants' indexes (a bitmap of the ranges) knowing how few rows they
  // hold, and looks the payments' invoices and deals up by key; the join to the list then tells
  // each row's period, label and sign.
  // (A month's end is often the next one's start: each range once.)
  const bounds = [
    ...new Map(parts.flatMap((p) => p.raw.map((r) => [`${+r.lo}-${+r.hi}`, r] as const))).values(),
  ];
  const within = (at: string) => withinRanges(at, bounds);
  const closedWithin = within('r.closed_at');
  const paidWithin = within('pay.paid_at');
  const ranges = values(
    [
      ['period', 'text'],
      ['label', 'text'],
      ['lo', 'timestamptz'],
      ['hi', 'timestamptz'],
      ['sign', 'int'],
    ],
    parts.flatMap((p) => p.raw.map((r) => [p.span.period, p.span.label, r.lo, r.hi, r.sign])),
  );
  const deals = {
    sql: `select (${keys.deal})::text as key, s.period, r.outcome as kind, r.currency::text as currency,
                 sum(s.sign) as count,
                 sum(s.sign * ${won('coalesce(r.won_amount, r.amount)', 'r.amount')}) as amount,
                 sum(s.sign * ${won('extract(epoch from r.closed_at - r.created_at)', '0')}) as cycle_seconds
            from (${ranges.sql}) s join deal r on r.closed_at >= s.lo and r.closed_at < s.hi
            left join crm_user u on u.id = r.responsible_id
           where ${closedWithin.sql} and r.outcome in ('won', 'lost') and r.archived_at is null
             and ${scope}
           group by 1, 2, 3, 4`,
    params: [...ranges.params, ...closedWithin.params, ...scopeParams],
  };
  const payments = {
    sql: `select (${keys.payment})::text as key, s.period, 'payment' as kind,
                 pay.currency::text as currency, sum(s.sign) as count,
                 sum(s.sign * pay.amount) as amount, 0 as cycle_seconds
            from (${ranges.sql}) s join payment pay on pay.paid_at >= s.lo and pay.paid_at < s.hi
            join invoice i on i.id = pay.invoice_id
            join deal r on r.id = i.deal_id left join crm_user u on u.id = r.responsible_id
           where ${paidWithin.sql} and pay.status = 'applied' and r.archived_at is null
             and ${scope}
           group by 1, 2, 3, 4`,
    params: [...ranges.params, ...paidWithin.params, ...scopeParams],
  };
  const rollup = {
    sql: `select (${keys.rollup})::text as key, s.period, r.kind, r.currency::text as currency,
                 sum(r.count) as count, sum(r.amount) as amount, sum(r.cycle_seconds) as cycle_seconds
            from (${months.sql}) s join sales_rollup r on r.month >= s.first and r.month < s.last
            left join crm_user u on u.id = r.responsible_id
           where ${scope}
           group by 1, 2, 3, 4`,
    params: [...months.params, ...scopeParams],
  };
  const branches = [deals, payments, rollup];
  return {
    sql: `select key, period, kind, currency, sum(count)::int as count, sum(amount)::text as amount,
             sum(cycle_seconds)::text as cycle_seconds
        from (${branches.map((b) => b.sql).join(' union all ')}) x
       group by 1, 2, 3, 4
      having sum(count) <> 0`,
    params: branches.flatMap((b) => b.params),
  };
}
