import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { invalidField } from '../../errors';
import { type RuleSet, type Stage } from '../../rules';
import { RulesPublisher } from '../../rules/publishing/rules-publisher';
import { formatAmount, money } from '../money/money';
import { rankOf, stageRanks } from '../stages/stage-reach';
import { type Principal } from '../users/role';
import { funnelSql, type FunnelRows } from './funnel.sql';
import { funnelLinks } from './drill-down';
import { type ReportPeriod } from './report-period';
import { recordConditions, type ReportFilters, type Sql } from './report-scope';
import { ReportFiltersCheck } from './report-filters';
import { reportRows } from './report-views';

/** An amount per currency: currencies are never added together. */
export interface CurrencyAmount {
  currency: string;
  amount: string;
}

export interface FunnelStage {
  stage: string;
  name: string;
  /** Records that reached the stage in the period (see StageRanks). */
  entered: number;
  /** Their amounts, per currency (deals). */
  amount: CurrencyAmount[];
  /** Records in the stage now, open (whatever the period). */
  now: number;
  /** Of those that entered, how many reached the next stage (won after the last) in the period. */
  reachedNext: number;
  /** reachedNext / entered; null when none entered. */
  conversionToNext: number | null;
  /** Of those that entered the first stage in the period, how many reached this one in it. */
  reachedFromFirst: number;
  /** reachedFromFirst / entered in the first stage; null when none entered the first stage. */
  conversionFromFirst: number | null;
  /** Records lost (junk) in the period from this stage. */
  lost: number;
  lostAmount: CurrencyAmount[];
  /** Stays in the stage that ended in the period: how many, median and 90th percentile. */
  timeInStage: { stays: number; medianSeconds: number | null; p90Seconds: number | null };
  drillDown: { entered: string; now: string; lost: string };
}

export interface FunnelReport {
  report: 'deal-funnel' | 'lead-funnel';
  ruleSetId: string;
  rulesVersion: number;
  period: { from: string; to: string; timeZone: string; start: string; end: string };
  stages: FunnelStage[];
  /** Won deals (converted leads) in the period. */
  won: { stage: string; count: number; amount: CurrencyAmount[]; drillDown: string };
  /** Lost deals (junk leads) in the period. */
  lost: { stage: string; count: number; amount: CurrencyAmount[]; drillDown: string };
  /** won / (won + lost) in the period; null when none closed. */
  winRate: number | null;
  /** Leads converted in the period: with a contact, a company, a deal; the average time to it. */
  converted?: { contacts: number; companies: number; deals: number; averageSeconds: number | null };
}

const ratio = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);

/** Amounts summed in SQL (4 decimals), shown with their currency's decimals. */
function amounts(rows: { currency: string | null; amount: string | null }[]): CurrencyAmount[] {
  const byCurrency = new Map<string, ReturnType<typeof money>>();
  for (const r of rows) {
    if (!r.currency || r.amount === null) continue;
    byCurrency.set(r.currency, (byCurrency.get(r.currency) ?? money(0)).plus(r.amount));
  }
  return [...byCurrency]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, sum]) => ({ currency, amount: formatAmount(sum, currency) }));
}

/** The deal funnel of a pipeline and the lead funnel (issue 13); docs/reports.md. */
@Injectable()
export class FunnelService {
  constructor(
    private readonly orm: MikroORM,
    private readonly rules: RulesPublisher,
    private readonly filters: ReportFiltersCheck,
  ) {}

  async dealFunnel(p: Principal, period: ReportPeriod, f: ReportFilters): Promise<FunnelReport> {
    if (!f.pipelineId)
      throw invalidField('pipelineId', 'the deal funnel is of one pipeline: name it', {
        malformed: true,
      });
    const rules = await this.filters.pipeline(f.pipelineId);
    await this.filters.check(f);
    return this.build('deal', rules, (alias) => recordConditions(alias, p, f), period, f);
  }

  async leadFunnel(p: Principal, period: ReportPeriod, f: ReportFilters): Promise<FunnelReport> {
    if (f.pipelineId)
      throw invalidField('pipelineId', 'the lead funnel is of the lead rules, not of a pipeline', {
        malformed: true,
      });
    const rules = await this.rules.latestLeadRules(this.orm.em.fork());
    if (!rules) throw invalidField('report', 'no lead rules are published', { malformed: true });
    await this.filters.check(f);
    return this.build('lead', rules, (alias) => recordConditions(alias, p, f), period, f);
  }

  private async build(
    kind: 'deal' | 'lead',
    rules: RuleSet,
    where: (alias: string) => Sql,
    period: ReportPeriod,
    f: ReportFilters,
  ): Promise<FunnelReport> {
    const ranks = stageRanks(rules);
    const query = funnelSql(kind, rules.id, ranks, where, period);
    const [row] = await reportRows<{ result: FunnelRows }[]>(this.orm, query.sql, query.params);
    const r = row.result;
    const closing = { won: ranks.won[0] ?? 'won', lost: ranks.lost[0] ?? 'lost' };
    const links = funnelLinks(kind, rules.id, closing, period, f);
    const ofRank = (rank: number) => r.reached.filter((e) => e.rank === rank);
    const sum = (rows: FunnelRows['reached'], figure: 'count' | 'to_next' | 'from_first') =>
      rows.reduce((n, e) => n + e[figure], 0);
    const firstEntered = sum(ofRank(1), 'count');
    const lostRows = ofRank(0);
    const stageOf = (id: string) => rules.stages.find((s) => s.id === id) as Stage;
    const stages: FunnelStage[] = ranks.open.map((id) => {
      const rank = rankOf(ranks, id);
      const here = ofRank(rank);
      const stay = r.stays.find((s) => s.stage === id);
      const lostHere = lostRows.filter((l) => l.from_stage === id);
      const entered = sum(here, 'count');
      const reachedNext = sum(here, 'to_next');
      const fromFirst = rank === 1 ? firstEntered : sum(here, 'from_first');
      return {
        stage: id,
        name: stageOf(id).name,
        entered,
        amount: amounts(here),
        now: r.now.find((n) => n.stage === id)?.count ?? 0,
        reachedNext,
        conversionToNext: ratio(reachedNext, entered),
        reachedFromFirst: fromFirst,
        conversionFromFirst: ratio(fromFirst, firstEntered),
        lost: sum(lostHere, 'count'),
        lostAmount: amounts(lostHere),
        timeInStage: {
          stays: stay?.stays ?? 0,
          medianSeconds: stay ? Math.round(stay.median * 1000) / 1000 : null,
          p90Seconds: stay ? Math.round(stay.p90 * 1000) / 1000 : null,
        },
        drillDown: links.stage(id),
      };
    });
    const wonRows = ofRank(ranks.open.length + 1);
    const won = sum(wonRows, 'count');
    const lost = sum(lostRows, 'count');
    const report: FunnelReport = {
      report: kind === 'deal' ? 'deal-funnel' : 'lead-funnel',
      ruleSetId: rules.id,
      rulesVersion: rules.version,
      period: {
        from: period.from,
        to: period.to,
        timeZone: period.timeZone,
        start: period.start.toISOString(),
        end: period.end.toISOString(),
      },
      stages,
      won: {
        stage: closing.won,
        count: won,
        amount: amounts(wonRows),
        drillDown: links.won(),
      },
      lost: {
        stage: closing.lost,
        count: lost,
        amount: amounts(lostRows),
        drillDown: links.lost(),
      },
      winRate: ratio(won, won + lost),
    };
    if (kind === 'lead') {
      // Leads have no currency: the converted ones are one row (or none).
      const converted = wonRows[0];
      report.converted = {
        contacts: converted?.contacts ?? 0,
        companies: converted?.companies ?? 0,
        deals: converted?.deals ?? 0,
        averageSeconds:
          converted?.avg_seconds == null ? null : Math.round(converted.avg_seconds * 1000) / 1000,
      };
    }
    return report;
  }
}
