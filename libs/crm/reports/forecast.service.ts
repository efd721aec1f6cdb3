import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { formatAmount, money } from '../money/money';
import { type Principal } from '../users/role';
import { filterParams, listLink } from './drill-down';
import { type CurrencyAmount } from './funnel.service';
import { ReportFiltersCheck } from './report-filters';
import { type ReportPeriod } from './report-period';
import { recordConditions, type ReportFilters } from './report-scope';
import { groupLabels, periodView, type PeriodView, reportRows } from './report-views';

export const FORECAST_GROUPS = ['manager', 'team', 'pipeline'] as const;
export type ForecastGroup = (typeof FORECAST_GROUPS)[number];

/** Open deals of one cell of the forecast (docs/reports.md, "Forecast"). */
export interface ForecastFigures {
  count: number;
  /** Their amounts, per currency. */
  amount: CurrencyAmount[];
  /** Σ amount × probability / 100, per currency; a deal without a probability weighs 0. */
  weighted: CurrencyAmount[];
  /** Of them, the deals without a probability. */
  withoutProbability: number;
  /** The deal list of exactly these deals; null for a group the list cannot select. */
  drillDown: string | null;
}

export interface ForecastMonth extends ForecastFigures {
  /** The expected close month, `YYYY-MM`. */
  month: string;
}

export interface ForecastRow {
  /** A user id, team id or pipeline id; null: responsibles without a team. */
  key: string | null;
  label: string | null;
  /** The months of the period in which any of the group's deals is expected to close. */
  months: ForecastMonth[];
  total: ForecastFigures;
}

export interface ForecastReport {
  report: 'forecast';
  groupBy: ForecastGroup;
  period: PeriodView;
  groups: ForecastRow[];
  /** Every group together, per month and in all. */
  total: { months: ForecastMonth[]; total: ForecastFigures };
  /** Open deals in scope with no expected close date (not in the groups). */
  undated: ForecastFigures;
}

interface CellRow {
  key: string | null;
  month: string | null;
  currency: string;
  count: number;
  amount: string;
  weighted: string;
  without: number;
}

const keySql: Record<ForecastGroup, string> = {
  manager: 'r.responsible_id::text',
  team: 'u.team_id::text',
  pipeline: 'r.pipeline_id',
};
const groupParam: Record<ForecastGroup, string> = {
  manager: 'responsibleId',
  team: 'teamId',
  pipeline: 'pipelineId',
};

/** The day after `date` (`YYYY-MM-DD`), and the first day of the month after `month`. */
const nextDay = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
};

/**
 * The forecast (issue 13): the open deals now, by the month they are expected to close in (within
 * the period's days), their amounts and probability-weighted amounts per currency, per manager,
 * team or pipeline.
 */
@Injectable()
export class ForecastService {
  constructor(
    private readonly orm: MikroORM,
    private readonly filters: ReportFiltersCheck,
  ) {}

  async forecast(
    p: Principal,
    period: ReportPeriod,
    f: ReportFilters,
    groupBy: ForecastGroup,
  ): Promise<ForecastReport> {
    await this.filters.check(f);
    const where = recordConditions('r', p, f);
    // Undated deals come as month null, key null: one row per currency, outside the groups.
    const sql = `select case when r.expected_close_date is null then null else ${keySql[groupBy]} end as key,
          to_char(r.expected_close_date, 'YYYY-MM') as month, r.currency, count(*)::int as count,
          sum(r.amount)::text as amount,
          coalesce(sum(r.amount * r.probability / 100), 0)::text as weighted,
          count(*) filter (where r.probability is null)::int as without
        from deal r left join crm_user u on u.id = r.responsible_id
        where r.archived_at is null and r.outcome = 'open'
          ${f.pipelineId ? 'and r.pipeline_id = ?' : ''}
          and (r.expected_close_date is null
               or (r.expected_close_date >= ?::date and r.expected_close_date <= ?::date))
          and ${where.sql}
        group by 1, 2, 3`;
    const rows = await reportRows<CellRow[]>(this.orm, sql, [
      ...(f.pipelineId ? [f.pipelineId] : []),
      period.from,
      period.to,
      ...where.params,
    ]);
    const dated = rows.filter((r) => r.month !== null);
    const labels =
      groupBy === 'pipeline'
        ? new Map<string, string>()
        : await groupLabels(this.orm, groupBy === 'manager' ? 'crm_user' : 'team', dated);
    const link = (group: Record<string, string> | null, from: string, to: string) =>
      group === null
        ? null
        : listLink('deals', {
            pipelineId: f.pipelineId,
            ...filterParams(f),
            ...group,
            outcome: 'open',
            expectedCloseFrom: from,
            expectedCloseTo: to,
          });
    const periodEnd = nextDay(period.to);
    const months = (selected: CellRow[], group: Record<string, string> | null) =>
      [...new Set(selected.map((r) => r.month as string))].sort().map((month) => ({
        month,
        ...figures(
          selected.filter((r) => r.month === month),
          link(
            group,
            `${month}-01` > period.from ? `${month}-01` : period.from,
            nextMonth(month) < periodEnd ? nextMonth(month) : periodEnd,
          ),
        ),
      }));
    const keys = [...new Set(dated.map((r) => r.key))].sort((a, b) =>
      a === null ? 1 : b === null ? -1 : a.localeCompare(b),
    );
    const groups = keys.map((key) => {
      const mine = dated.filter((r) => r.key === key);
      const group = key === null ? null : { [groupParam[groupBy]]: key };
      return {
        key,
        label: key === null ? null : (labels.get(key) ?? key),
        months: months(mine, group),
        total: figures(mine, link(group, period.from, periodEnd)),
      };
    });
    return {
      report: 'forecast',
      groupBy,
      period: periodView(period),
      groups,
      total: { months: months(dated, {}), total: figures(dated, link({}, period.from, periodEnd)) },
      undated: figures(
        rows.filter((r) => r.month === null),
        listLink('deals', {
          pipelineId: f.pipelineId,
          ...filterParams(f),
          outcome: 'open',
          hasExpectedClose: 'false',
        }),
      ),
    };
  }
}

/** A cell's figures from its rows (one per currency): never adding two currencies. */
function figures(rows: CellRow[], drillDown: string | null): ForecastFigures {
  const sums = (field: 'amount' | 'weighted') => {
    const by = new Map<string, ReturnType<typeof money>>();
    for (const r of rows) by.set(r.currency, (by.get(r.currency) ?? money(0)).plus(r[field]));
    return [...by]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, sum]) => ({ currency, amount: formatAmount(sum, currency) }));
  };
  return {
    count: rows.reduce((n, r) => n + r.count, 0),
    amount: sums('amount'),
    weighted: sums('weighted'),
    withoutProbability: rows.reduce((n, r) => n + r.without, 0),
    drillDown,
  };
}
