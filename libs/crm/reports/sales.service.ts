import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { formatAmount, money } from '../money/money';
import { type Principal } from '../users/role';
import { filterParams, listLink } from './drill-down';
import { type CurrencyAmount } from './funnel.service';
import { ReportFiltersCheck } from './report-filters';
import { startOfDay } from '../calendar/zoned-days';
import { previousPeriod, type ReportPeriod } from './report-period';
import { recordConditions, type ReportFilters } from './report-scope';
import { type SalesKeys, salesFactsSql, salesSpans } from './sales-report.sql';
import {
  groupLabels,
  lossReasonLabels,
  periodView,
  type PeriodView,
  reportRows,
} from './report-views';

export const SALES_GROUPS = [
  'manager',
  'team',
  'pipeline',
  'source',
  'month',
  'lossReason',
] as const;
export type SalesGroup = (typeof SALES_GROUPS)[number];

/** The sales figures of one group in one period (docs/reports.md, "Sales"). */
export interface SalesFigures {
  /** Deals won in the period (closed as won, closedAt in it) and what was won, per currency. */
  won: { count: number; amount: CurrencyAmount[]; drillDown: string | null };
  /** Deals lost in the period (closed as lost, closedAt in it), their amounts per currency. */
  lost: { count: number; amount: CurrencyAmount[]; drillDown: string | null };
  /** won / (won + lost); null when none closed. */
  winRate: number | null;
  /** What was won divided by the deals won, per currency. */
  averageDealSize: CurrencyAmount[];
  /** Mean seconds from created to closed of the deals won in the period; null when none. */
  averageCycleSeconds: number | null;
  /** Payments applied to the invoices of these deals, paid in the period, per currency. */
  payments: { count: number; amount: CurrencyAmount[] };
}

export interface SalesGroupRow {
  /**
   * The group: a user id, a team id, a pipeline id, a source, a month `YYYY-MM`, or a loss reason's
   * code; null: none.
   */
  key: string | null;
  /** The user's or team's name; the key otherwise. */
  label: string | null;
  current: SalesFigures;
  /** The same figures in the previous period of equal length; null when grouped by month. */
  previous: SalesFigures | null;
}

export interface SalesReport {
  report: 'sales';
  groupBy: SalesGroup;
  period: PeriodView;
  previousPeriod: { from: string; to: string; start: string; end: string };
  groups: SalesGroupRow[];
  total: { current: SalesFigures; previous: SalesFigures };
}

interface FactRow {
  key: string | null;
  period: 'current' | 'previous';
  kind: 'won' | 'lost' | 'payment';
  currency: string;
  count: number;
  amount: string;
  /** The won deals' cycles summed (0 for the other kinds). */
  cycle_seconds: string;
}

const ratio = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);

/**
 * The group's key on a deal (`r`, its responsible `u`), on a payment's deal, and on a rollup row
 * (`r`); a month is the span's (`s.label`). Only lost deals have a loss reason (won deals and
 * payments count in the total only, whatever the deal's column says).
 */
const keySql: Record<SalesGroup, SalesKeys> = {
  manager: { deal: 'r.responsible_id', payment: 'r.responsible_id', rollup: 'r.responsible_id' },
  team: { deal: 'u.team_id', payment: 'u.team_id', rollup: 'u.team_id' },
  pipeline: { deal: 'r.pipeline_id', payment: 'r.pipeline_id', rollup: 'r.pipeline_id' },
  source: { deal: 'r.source', payment: 'r.source', rollup: 'r.source' },
  lossReason: {
    deal: "case when r.outcome = 'lost' then r.loss_reason end",
    payment: 'null',
    rollup: 'r.loss_reason',
  },
  month: { deal: 's.label', payment: 's.label', rollup: 's.label' },
};

/** The deal list's parameter that selects a group (month: by the closed range instead). */
const groupParam: Record<Exclude<SalesGroup, 'month'>, string> = {
  manager: 'responsibleId',
  team: 'teamId',
  pipeline: 'pipelineId',
  source: 'source',
  lossReason: 'lossReason',
};

/** The sales report (issue 13): won, lost, win rate, deal size, cycle, payments, by group. */
@Injectable()
export class SalesService {
  constructor(
    private readonly orm: MikroORM,
    private readonly filters: ReportFiltersCheck,
  ) {}

  async sales(
    p: Principal,
    period: ReportPeriod,
    f: ReportFilters,
    groupBy: SalesGroup,
  ): Promise<SalesReport> {
    await this.filters.check(f);
    const before = previousPeriod(period);
    const where = recordConditions('r', p, f);
    const query = salesFactsSql(
      salesSpans(period, before, groupBy === 'month'),
      keySql[groupBy],
      where,
      f.pipelineId,
    );
    const rows = await reportRows<FactRow[]>(this.orm, query.sql, query.params);
    // By loss reason, the groups are the lost deals' (won deals and payments have no reason: they
    // count in the total only).
    const grouped = groupBy === 'lossReason' ? rows.filter((r) => r.kind === 'lost') : rows;
    const labels =
      groupBy === 'manager' || groupBy === 'team'
        ? await groupLabels(this.orm, groupBy === 'manager' ? 'crm_user' : 'team', rows)
        : groupBy === 'lossReason'
          ? await lossReasonLabels(this.orm, grouped, f.pipelineId)
          : new Map<string, string>();

    const keys = [...new Set(grouped.map((r) => r.key))].sort((a, b) =>
      a === null ? 1 : b === null ? -1 : a.localeCompare(b),
    );
    const link = (outcome: 'won' | 'lost', within: ReportPeriod, key: string | null) => {
      let range = { from: within.start, to: within.end };
      const group: Record<string, string> = {};
      if (groupBy === 'month') {
        const [y, m] = (key as string).split('-').map(Number);
        const monthStart = startOfDay(y, m, 1, within.timeZone);
        const monthEnd = startOfDay(y, m + 1, 1, within.timeZone);
        range = {
          from: monthStart > within.start ? monthStart : within.start,
          to: monthEnd < within.end ? monthEnd : within.end,
        };
      } else if (key === null) return null;
      else group[groupParam[groupBy]] = key;
      return listLink('deals', {
        pipelineId: f.pipelineId,
        ...filterParams(f),
        ...group,
        outcome,
        closedFrom: range.from.toISOString(),
        closedTo: range.to.toISOString(),
      });
    };
    const figures = (
      selected: FactRow[],
      within: ReportPeriod,
      key: string | null | undefined,
    ): SalesFigures => {
      const of = (kind: FactRow['kind']) => selected.filter((r) => r.kind === kind);
      const count = (list: FactRow[]) => list.reduce((n, r) => n + r.count, 0);
      const won = of('won');
      const lost = of('lost');
      const payments = of('payment');
      const wonCount = count(won);
      const lostCount = count(lost);
      const cycleTotal = won.reduce((s, r) => s.plus(r.cycle_seconds), money(0));
      return {
        won: {
          count: wonCount,
          amount: amounts(won),
          drillDown: key === undefined ? totalLink('won', within) : link('won', within, key),
        },
        lost: {
          count: lostCount,
          amount: amounts(lost),
          drillDown: key === undefined ? totalLink('lost', within) : link('lost', within, key),
        },
        winRate: ratio(wonCount, wonCount + lostCount),
        averageDealSize: perCurrency(won).map(({ currency, sum, n }) => ({
          currency,
          amount: formatAmount(sum.div(n), currency),
        })),
        averageCycleSeconds:
          wonCount > 0 ? Math.round(cycleTotal.div(wonCount).toNumber() * 1000) / 1000 : null,
        payments: { count: count(payments), amount: amounts(payments) },
      };
    };
    const totalLink = (outcome: 'won' | 'lost', within: ReportPeriod) =>
      listLink('deals', {
        pipelineId: f.pipelineId,
        ...filterParams(f),
        outcome,
        closedFrom: within.start.toISOString(),
        closedTo: within.end.toISOString(),
      });
    const inPeriod = (which: FactRow['period'], of = rows) => of.filter((r) => r.period === which);
    const groups: SalesGroupRow[] = keys
      .filter(
        (key) => groupBy !== 'month' || rows.some((r) => r.key === key && r.period === 'current'),
      )
      .map((key) => ({
        key,
        label: key === null ? null : (labels.get(key) ?? key),
        current: figures(
          inPeriod('current', grouped).filter((r) => r.key === key),
          period,
          key,
        ),
        previous:
          groupBy === 'month'
            ? null
            : figures(
                inPeriod('previous', grouped).filter((r) => r.key === key),
                before,
                key,
              ),
      }));
    return {
      report: 'sales',
      groupBy,
      period: periodView(period),
      previousPeriod: {
        from: before.from,
        to: before.to,
        start: before.start.toISOString(),
        end: before.end.toISOString(),
      },
      groups,
      total: {
        current: figures(inPeriod('current'), period, undefined),
        previous: figures(inPeriod('previous'), before, undefined),
      },
    };
  }
}

function perCurrency(rows: FactRow[]) {
  const by = new Map<string, { sum: ReturnType<typeof money>; n: number }>();
  for (const r of rows) {
    const entry = by.get(r.currency) ?? { sum: money(0), n: 0 };
    by.set(r.currency, { sum: entry.sum.plus(r.amount), n: entry.n + r.count });
  }
  return [...by]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, { sum, n }]) => ({ currency, sum, n }));
}

/** Sums per currency, at the currency's decimals; never across currencies. */
function amounts(rows: FactRow[]): CurrencyAmount[] {
  return perCurrency(rows).map(({ currency, sum }) => ({
    currency,
    amount: formatAmount(sum, currency),
  }));
}
