import { type ReportPeriod } from './report-period';
import { type Sql } from './report-scope';

const DAY = 86_400_000;

/** A span of time [from, to) and the whole UTC days inside it (none: `days` is null). */
export interface Span {
  from: Date;
  to: Date;
  days: { first: string; end: string } | null;
}

/** [from, to) and the UTC days that lie wholly inside it (the rollup's part of it). */
export function span(from: Date, to: Date): Span {
  const first = Math.ceil(from.getTime() / DAY) * DAY;
  const end = Math.floor(to.getTime() / DAY) * DAY;
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { from, to, days: first < end ? { first: day(first), end: day(end) } : null };
}

/** `column` in the span's parts that its whole days do not cover (its edges, or all of it). */
function edges(column: string, s: Span, wholeDays: boolean): Sql {
  const inside = `${column} >= ? and ${column} < ?`;
  if (!wholeDays || !s.days) return { sql: `(${inside})`, params: [s.from, s.to] };
  return {
    sql: `((${inside}) or (${inside}))`,
    params: [s.from, `${s.days.first}T00:00:00Z`, `${s.days.end}T00:00:00Z`, s.to],
  };
}

/** The rollup's days of `s` (an empty range when it has none). */
const days = (s: Span) => s.days ?? { first: '1970-01-01', end: '1970-01-01' };

/**
 * The activity report's counts per group key: due (planned) and cancelled in the period, done
 * (on time) in it, overdue now (due in the period before now, still planned), created in it by
 * the rules or by hand. Whole UTC days come from activity_rollup (kept by triggers on activity)
 * and only the hours at the edges of the period from the raw rows, through their due, completed
 * and created indexes; the sum is what counting the raw rows gives. With a pipeline filter (the
 * activity's deal's pipeline, which the rollup does not hold) every row is counted raw.
 *
 * `key` is the group expression on `a` (an activity or a rollup row: both have responsible_id
 * and type) and `u` (its responsible, joined); `where` the scope and filters on them.
 */
export function activityCountsSql(
  key: string,
  where: Sql,
  period: ReportPeriod,
  now: Date,
  pipelineId: string | undefined,
): Sql {
  const inPeriod = span(period.start, period.end);
  const overdue = span(period.start, now < period.end ? now : period.end);
  const rollup = pipelineId === undefined;
  const due = edges('a.due_at', inPeriod, rollup);
  const completed = edges('a.completed_at', inPeriod, rollup);
  const created = edges('a.created_at', inPeriod, rollup);
  // Empty when now is before the period's start: nothing in it is overdue.
  const late =
    overdue.from < overdue.to
      ? edges('a.due_at', overdue, rollup)
      : { sql: 'false', params: [] as unknown[] };
  const isDone = `a.status = 'done' and ${completed.sql}`;
  const raw = {
    sql: `select ${key} as key,
        count(*) filter (where ${due.sql})::int as planned,
        count(*) filter (where ${isDone})::int as done,
        count(*) filter (where ${isDone} and a.completed_at <= a.due_at)::int as "doneOnTime",
        count(*) filter (where a.status = 'planned' and ${late.sql})::int as "overdueNow",
        count(*) filter (where a.status = 'cancelled' and ${due.sql})::int as cancelled,
        count(*) filter (where a.automation_key is not null and ${created.sql})::int as "createdByRules",
        count(*) filter (where a.automation_key is null and ${created.sql})::int as "createdByHand"
      from activity a join crm_user u on u.id = a.responsible_id
      ${pipelineId !== undefined ? 'join deal d on d.id = a.deal_id and d.pipeline_id = ?' : ''}
      where a.archived_at is null and ${where.sql}
        and (${due.sql} or (${isDone}) or ${created.sql} or (a.status = 'planned' and ${late.sql}))
      group by 1`,
    params: [
      ...due.params,
      ...completed.params,
      ...completed.params,
      ...late.params,
      ...due.params,
      ...created.params,
      ...created.params,
      ...(pipelineId !== undefined ? [pipelineId] : []),
      ...where.params,
      ...due.params,
      ...completed.params,
      ...created.params,
      ...late.params,
    ],
  };
  if (!rollup || !inPeriod.days) return raw;
  const d = days(inPeriod);
  const o = days(overdue.from < overdue.to ? overdue : span(period.start, period.start));
  const inDays = 'a.day >= ?::date and a.day < ?::date';
  const summed = {
    sql: `select ${key} as key, sum(a.due) as planned, sum(a.done) as done,
        sum(a.done_on_time) as "doneOnTime",
        coalesce(sum(a.due_planned) filter (where ${inDays}), 0) as "overdueNow",
        sum(a.due_cancelled) as cancelled, sum(a.created_by_rules) as "createdByRules",
        sum(a.created_by_hand) as "createdByHand"
      from activity_rollup a join crm_user u on u.id = a.responsible_id
      where ${inDays} and ${where.sql}
      group by 1`,
    params: [o.first, o.end, d.first, d.end, ...where.params],
  };
  const figures = [
    'planned',
    'done',
    'doneOnTime',
    'overdueNow',
    'cancelled',
    'createdByRules',
    'createdByHand',
  ];
  return {
    sql: `select key, ${figures.map((f) => `sum("${f}")::int as "${f}"`).join(', ')}
      from (${raw.sql} union all ${summed.sql}) x group by key`,
    params: [...raw.params, ...summed.params],
  };
}
