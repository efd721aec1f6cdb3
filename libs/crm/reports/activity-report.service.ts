import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { invalidField } from '../../errors';
import { type Principal } from '../users/role';
import { activityCountsSql } from './activity-report.sql';
import { listLink } from './drill-down';
import { ReportFiltersCheck } from './report-filters';
import { type ReportPeriod } from './report-period';
import { all, scopeSql, type ReportFilters, type Sql } from './report-scope';
import { groupLabels, periodView, type PeriodView, reportRows } from './report-views';

export const ACTIVITY_GROUPS = ['manager', 'team', 'type'] as const;
export type ActivityGroup = (typeof ACTIVITY_GROUPS)[number];

/** A count and the activity list that yields exactly the activities counted. */
export interface CountedActivities {
  count: number;
  /** Null for a group the list cannot select (a responsible without a team). */
  drillDown: string | null;
}

/** The activity figures of one group (docs/reports.md, "Activity"). */
export interface ActivityFigures {
  /** Due in the period, whatever became of them. */
  planned: CountedActivities;
  /** Completed in the period. */
  done: CountedActivities;
  /** Completed in the period at or before their due time. */
  doneOnTime: CountedActivities;
  /** Due in the period, before now, and still planned. */
  overdueNow: CountedActivities;
  /** Due in the period and cancelled. */
  cancelled: CountedActivities;
  /** Created in the period by the rules (the automation). */
  createdByRules: CountedActivities;
  /** Created in the period by a person. */
  createdByHand: CountedActivities;
}

export interface ActivityGroupRow {
  /** A user id, a team id or an activity type; null: a responsible without a team. */
  key: string | null;
  label: string | null;
  figures: ActivityFigures;
}

/** Open deals and leads in scope, now: with an overdue activity, with nothing planned. */
export interface SupervisorCounters {
  recordsWithOverdue: { deals: number; leads: number };
  recordsWithNothingPlanned: { deals: number; leads: number };
}

export interface ActivityReport {
  report: 'activity';
  groupBy: ActivityGroup;
  period: PeriodView;
  /** The instant "now" of overdueNow and the counters. */
  now: string;
  groups: ActivityGroupRow[];
  total: ActivityFigures;
  counters: SupervisorCounters;
}

type FigureName = keyof ActivityFigures;
const FIGURES: FigureName[] = [
  'planned',
  'done',
  'doneOnTime',
  'overdueNow',
  'cancelled',
  'createdByRules',
  'createdByHand',
];

type CountRow = { key: string | null } & Record<FigureName, number>;

const keySql: Record<ActivityGroup, string> = {
  manager: 'a.responsible_id::text',
  team: 'u.team_id::text',
  type: 'a.type',
};
const groupParam: Record<ActivityGroup, string> = {
  manager: 'responsibleId',
  team: 'teamId',
  type: 'type',
};

/**
 * The activity report (issue 13): what was planned, done (on time), overdue, cancelled and
 * created by the rules or by hand, per manager, team or activity type, and the counters a
 * supervisor checks. Scoped by the activity's responsible, as the activity list is.
 */
@Injectable()
export class ActivityReportService {
  constructor(
    private readonly orm: MikroORM,
    private readonly filters: ReportFiltersCheck,
  ) {}

  async activity(
    p: Principal,
    period: ReportPeriod,
    f: ReportFilters,
    groupBy: ActivityGroup,
    now = new Date(),
  ): Promise<ActivityReport> {
    if (f.source !== undefined)
      throw invalidField('source', 'activities have no source: the activity report refuses it', {
        malformed: true,
      });
    await this.filters.check(f);
    const where = activityConditions(p, f);
    const query = activityCountsSql(keySql[groupBy], where, period, now, f.pipelineId);
    const [rows, counters] = await Promise.all([
      reportRows<CountRow[]>(this.orm, query.sql, query.params),
      this.counters(p, f, now),
    ]);
    const labels =
      groupBy === 'type'
        ? new Map<string, string>()
        : await groupLabels(this.orm, groupBy === 'manager' ? 'crm_user' : 'team', rows);
    const links = activityLinks(period, f, now);
    const figures = (selected: CountRow[], group: Record<string, string> | null) =>
      Object.fromEntries(
        FIGURES.map((name) => [
          name,
          {
            count: selected.reduce((n, r) => n + r[name], 0),
            drillDown: group === null ? null : links[name](group),
          },
        ]),
      ) as unknown as ActivityFigures;
    const groups = rows
      .filter((r) => FIGURES.some((name) => r[name] > 0))
      .sort((a, b) =>
        a.key === null ? 1 : b.key === null ? -1 : (a.key ?? '').localeCompare(b.key),
      )
      .map((r) => ({
        key: r.key,
        label: r.key === null ? null : (labels.get(r.key) ?? r.key),
        figures: figures([r], r.key === null ? null : { [groupParam[groupBy]]: r.key }),
      }));
    return {
      report: 'activity',
      groupBy,
      period: periodView(period),
      now: now.toISOString(),
      groups,
      total: figures(rows, {}),
      counters,
    };
  }

  /** Open deals and leads in scope with an overdue activity now, and with nothing planned. */
  private async counters(p: Principal, f: ReportFilters, now: Date): Promise<SupervisorCounters> {
    const count = async (table: 'deal' | 'lead') => {
      if (table === 'lead' && f.pipelineId) return { overdue: 0, nothing: 0 }; // leads are in no pipeline
      const where = recordScope('r', p, f);
      // Each record's planned activities, counted by the triggers on activity (record_plan,
      // Migration20261204120100_record_plans): one row per open record.
      const [row] = await reportRows<{ overdue: number; nothing: number }[]>(
        this.orm,
        `select count(*) filter (where x.first_due < ?)::int as overdue,
                count(*) filter (where coalesce(x.planned, 0) = 0)::int as nothing
           from ${table} r
           left join record_plan x on x.record_type = '${table}' and x.record_id = r.id
           where r.archived_at is null and r.outcome = 'open'
             ${table === 'deal' && f.pipelineId ? 'and r.pipeline_id = ?' : ''} and ${where.sql}`,
        [now, ...(table === 'deal' && f.pipelineId ? [f.pipelineId] : []), ...where.params],
      );
      return row;
    };
    const [deals, leads] = await Promise.all([count('deal'), count('lead')]);
    return {
      recordsWithOverdue: { deals: deals.overdue, leads: leads.overdue },
      recordsWithNothingPlanned: { deals: deals.nothing, leads: leads.nothing },
    };
  }
}

/** The caller's scope and the team and responsible filters, on the activity's responsible. */
function activityConditions(p: Principal, f: ReportFilters): Sql {
  return recordScope('a', p, f, 'u');
}

/** Scope, team and responsible on a row with a `responsible_id` (`users`: its user, joined). */
function recordScope(alias: string, p: Principal, f: ReportFilters, users?: string): Sql {
  return all([
    scopeSql(alias, p),
    f.teamId
      ? users
        ? { sql: `${users}.team_id = ?`, params: [f.teamId] }
        : {
            sql: `${alias}.responsible_id in (select u.id from crm_user u where u.team_id = ?)`,
            params: [f.teamId],
          }
      : { sql: '', params: [] },
    f.responsibleId
      ? { sql: `${alias}.responsible_id = ?`, params: [f.responsibleId] }
      : { sql: '', params: [] },
  ]);
}

/** The activity list query of each figure, for a group's parameter (empty: every group). */
function activityLinks(period: ReportPeriod, f: ReportFilters, now: Date) {
  const [start, end] = [period.start.toISOString(), period.end.toISOString()];
  const base = (group: Record<string, string>) => ({
    pipelineId: f.pipelineId,
    teamId: f.teamId,
    responsibleId: f.responsibleId,
    ...group,
  });
  const dueIn = { dueFrom: start, dueTo: end };
  const doneIn = { status: 'done', completedFrom: start, completedTo: end };
  const createdIn = { createdFrom: start, createdTo: end };
  const overdueEnd = now < period.end ? now.toISOString() : end;
  return {
    planned: (g: Record<string, string>) => listLink('activities', { ...base(g), ...dueIn }),
    done: (g: Record<string, string>) => listLink('activities', { ...base(g), ...doneIn }),
    doneOnTime: (g: Record<string, string>) =>
      listLink('activities', { ...base(g), ...doneIn, onTime: 'true' }),
    overdueNow: (g: Record<string, string>) =>
      listLink('activities', {
        ...base(g),
        status: 'planned',
        dueFrom: start,
        dueTo: overdueEnd,
      }),
    cancelled: (g: Record<string, string>) =>
      listLink('activities', { ...base(g), status: 'cancelled', ...dueIn }),
    createdByRules: (g: Record<string, string>) =>
      listLink('activities', { ...base(g), ...createdIn, origin: 'rules' }),
    createdByHand: (g: Record<string, string>) =>
      listLink('activities', { ...base(g), ...createdIn, origin: 'hand' }),
  } satisfies Record<FigureName, (g: Record<string, string>) => string>;
}
