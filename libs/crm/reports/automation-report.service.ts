import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { type Principal } from '../users/role';
import {
  AUTOMATION_FIGURES,
  type AutomationFigure,
  automationFactsSql,
} from './automation-report.sql';
import { ReportFiltersCheck } from './report-filters';
import { type ReportPeriod } from './report-period';
import { all, recordConditions, type ReportFilters } from './report-scope';
import { periodView, type PeriodView, reportRows } from './report-views';

/** What the rules did in the period, and their timers pending now (docs/reports.md). */
export type AutomationFigures = Record<AutomationFigure, number>;

export interface AutomationRow {
  kind: 'deal' | 'lead';
  /** The pipeline (deals) or the lead rules. */
  ruleSetId: string;
  version: number;
  /** The rule set's name in that version; null when it is not published (any more). */
  name: string | null;
  figures: AutomationFigures;
}

export interface AutomationReport {
  report: 'automation';
  period: PeriodView;
  /** The instant the pending timers are counted at. */
  now: string;
  rulesVersions: AutomationRow[];
  total: AutomationFigures;
}

interface CountRow {
  kind: 'deal' | 'lead';
  ruleSetId: string;
  version: number;
  figure: AutomationFigure;
  count: number;
}

const zero = (): AutomationFigures =>
  Object.fromEntries(AUTOMATION_FIGURES.map((f) => [f, 0])) as AutomationFigures;

/**
 * The automation report (issue 13): per pipeline (and the lead rules) and rules version, what the
 * rules did in the period and what they have pending now — what sales ops need to judge a
 * version. Scoped by the records' responsible, as the other reports. Read from the automation
 * facts and their rollup (automationFactsSql).
 */
@Injectable()
export class AutomationReportService {
  constructor(
    private readonly orm: MikroORM,
    private readonly filters: ReportFiltersCheck,
  ) {}

  async automation(
    p: Principal,
    period: ReportPeriod,
    f: ReportFilters,
    now = new Date(),
  ): Promise<AutomationReport> {
    await this.filters.check(f);
    // The record's rule set now: a pipeline keeps its deals, no leads (they are in no pipeline).
    const where = all([
      recordConditions('r', p, f),
      f.pipelineId
        ? { sql: `r.record_type = 'deal' and r.pipeline_id = ?`, params: [f.pipelineId] }
        : { sql: '', params: [] },
    ]);
    const query = automationFactsSql(where, period);
    const connection = this.orm.em.fork().getConnection();
    const rows = await reportRows<CountRow[]>(this.orm, query.sql, query.params);
    const names = await connection.execute<
      { rule_set_id: string; version: number; name: string }[]
    >(`select rule_set_id, version, name from rule_set_version`);
    const nameOf = (id: string, version: number) =>
      names.find((n) => n.rule_set_id === id && n.version === version)?.name ?? null;
    const byVersion = new Map<string, AutomationRow>();
    const total = zero();
    for (const r of rows) {
      const id = `${r.kind}/${r.ruleSetId}/${r.version}`;
      const row = byVersion.get(id) ?? {
        kind: r.kind,
        ruleSetId: r.ruleSetId,
        version: r.version,
        name: nameOf(r.ruleSetId, r.version),
        figures: zero(),
      };
      row.figures[r.figure] += r.count;
      total[r.figure] += r.count;
      byVersion.set(id, row);
    }
    const rulesVersions = [...byVersion.values()].sort(
      (a, b) =>
        a.kind.localeCompare(b.kind) ||
        a.ruleSetId.localeCompare(b.ruleSetId) ||
        a.version - b.version,
    );
    return {
      report: 'automation',
      period: periodView(period),
      now: now.toISOString(),
      rulesVersions,
      total,
    };
  }
}
