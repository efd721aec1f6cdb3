import { span } from './activity-report.sql';
import { type ReportPeriod } from './report-period';
import { type Sql } from './report-scope';

/** What the automation report counts, as each SQL row names it. */
export const AUTOMATION_FIGURES = [
  'followUpsCreated',
  'followUpsDone',
  'emailsSent',
  'emailsNotSent',
  'escalations',
  'quotesSent',
  'quotesNotSent',
  'invoicesIssued',
  'movesOnEvents',
  'timedMoves',
  'conditionMoves',
  'escalationMoves',
  'pendingMoves',
  'pendingFollowUps',
  'pendingEscalations',
] as const;
export type AutomationFigure = (typeof AUTOMATION_FIGURES)[number];

/** The record of a workflow id (`deal-<uuid>`, `lead-<uuid>`: both kinds are four letters). */
const recordOfKey = (column: string) => `substring(${column} from 6 for 36)::uuid`;

/**
 * The automation report's query: one row per (record kind, rule set, version, figure) with its
 * count, read from automation_rollup's whole UTC days of the period (and its timers pending now)
 * and from automation_fact's rows in the hours at the period's edges (both kept by triggers:
 * Migration20261204140000_automation_facts). `where` holds the scope and filters on `r`, a fact or
 * a rollup row (both have the record's `responsible_id`, `source`, `record_type`, `pipeline_id`);
 * it is applied to each.
 */
export function automationFactsSql(where: Sql, period: ReportPeriod): Sql {
  const s = span(period.start, period.end);
  const inside = 'r.at >= ? and r.at < ?';
  const edges = s.days
    ? {
        sql: `((${inside}) or (${inside}))`,
        params: [s.from, `${s.days.first}T00:00:00Z`, `${s.days.end}T00:00:00Z`, s.to],
      }
    : { sql: `(${inside})`, params: [s.from, s.to] };
  const days = s.days ?? { first: '1970-01-01', end: '1970-01-01' };
  return {
    sql: `select kind, "ruleSetId", version, figure, sum(n)::int as count from (
        select r.record_type as kind, r.rule_set_id as "ruleSetId", r.rules_version as version, r.figure, r.count as n
          from automation_rollup r
         where (r.day is null or (r.day >= ?::date and r.day < ?::date)) and ${where.sql}
        union all
        select r.record_type, r.rule_set_id, r.rules_version, r.figure, 1
          from automation_fact r where r.at is not null and ${edges.sql} and ${where.sql}) x
      group by 1, 2, 3, 4 having sum(n) <> 0`,
    params: [days.first, days.end, ...where.params, ...edges.params, ...where.params],
  };
}

/**
 * The automation report recomputed from the raw rows (the report's query before its facts; `npm
 * run reports -- verify` compares the facts' counts with it): one row per (record kind, rule set,
 * version, figure) with its count. `records` selects the records in scope (`kind`, `id`,
 * `rule_set_id`, `rules_version`).
 *
 * What the rules did is found where their effects left it: the activities they created (an
 * automation key), the emails they sent (outbound_email, keyed by workflow and rule), the quotes
 * and invoices they issued (effect_run's results), their stage moves (stage_change's cause), and
 * their pending timers (pending_automation). An action counts for the rules version the record
 * ran when it happened. A record changes version only by a rules migration, which writes a stage
 * history row (`rules vX → vY`): for a migrated record, the version of its latest history row at
 * or before that instant; for any other, its version (it never ran another).
 */
export function automationRecountSql(records: Sql, period: ReportPeriod): Sql {
  const inPeriod = (column: string) => `${column} >= ? and ${column} < ?`;
  const range = [period.start, period.end];
  const ruleEmails = `(e.key like 'deal-%' or e.key like 'lead-%')`;
  const actions = {
    sql: `
      select coalesce(a.deal_id, a.lead_id) as record_id, a.created_at as at, 'followUpsCreated' as figure
        from activity a where a.automation_key is not null and a.archived_at is null and ${inPeriod('a.created_at')}
      union all
      select coalesce(a.deal_id, a.lead_id), a.created_at, 'followUpsDone'
        from activity a where a.automation_key is not null and a.archived_at is null
          and a.status = 'done' and ${inPeriod('a.completed_at')}
      union all
      select ${recordOfKey('e.key')}, coalesce(e.sent_at, e.created_at),
             case when e.status = 'sent' then 'emailsSent' else 'emailsNotSent' end
        from outbound_email e where ${ruleEmails} and ${inPeriod('coalesce(e.sent_at, e.created_at)')}
      union all
      select record_id, min(at), 'escalations' from (
        select ${recordOfKey('e.key')} as record_id, substring(e.key from '^(.*/overdue/[0-9]+)/') as firing,
               coalesce(e.sent_at, e.created_at) as at
          from outbound_email e where ${ruleEmails} and e.key like '%/overdue/%'
        union all
        select ${recordOfKey('r.workflow_id')}, r.workflow_id || '/' || substring(r.key from '^(.*/overdue/[0-9]+)/'), r.at
          from effect_run r where r.key like '%/overdue/%'
      ) f group by record_id, firing having ${inPeriod('min(at)')}
      union all
      select ${recordOfKey('r.workflow_id')}, r.at,
             case when r.result ->> 'quoteId' is not null then 'quotesSent' else 'quotesNotSent' end
        from effect_run r where jsonb_exists(r.result, 'quoteId') and ${inPeriod('r.at')}
      union all
      select ${recordOfKey('r.workflow_id')}, r.at, 'invoicesIssued'
        from effect_run r where jsonb_exists(r.result, 'invoiceId') and ${inPeriod('r.at')}`,
    params: [...range, ...range, ...range, ...range, ...range, ...range],
  };
  const sql = `
    with recs as (${records.sql}),
    migrated as (
      select distinct m.record_type as kind, m.record_id as id
        from stage_change m where m.cause like 'rules v%'),
    done as (
      select r.kind, coalesce(v.rule_set_id, r.rule_set_id) as rule_set_id,
             coalesce(v.rules_version, r.rules_version) as version, x.figure
        from (${actions.sql}) x
        join recs r on r.id = x.record_id
        left join migrated g on g.id = r.id and g.kind = r.kind
        left join lateral (
          select c.rule_set_id, c.rules_version from stage_change c
           where g.id is not null and c.record_type = r.kind and c.record_id = r.id and c.at <= x.at
           order by c.at desc, c.id desc limit 1) v on true
      union all
      select r.kind, c.rule_set_id, c.rules_version,
             case when c.cause like '% on %' then 'movesOnEvents'
                  when c.cause like '%when_overdue%' then 'escalationMoves'
                  when jsonb_exists(rv.content #> array['stages', (regexp_match(c.cause, 'stages\\[(\\d+)\\]'))[1],
                         'transitions', (regexp_match(c.cause, 'transitions\\[(\\d+)\\]'))[1]], 'after')
                    then 'timedMoves'
                  else 'conditionMoves' end
        from stage_change c
        join recs r on r.id = c.record_id and r.kind = c.record_type
        left join rule_set_version rv on rv.rule_set_id = c.rule_set_id and rv.version = c.rules_version
       where c.cause like 'rule %' and ${inPeriod('c.at')}
      union all
      select r.kind, r.rule_set_id, r.rules_version,
             case p.timer_kind when 'transition' then 'pendingMoves'
                               when 'follow_up' then 'pendingFollowUps'
                               else 'pendingEscalations' end
        from pending_automation p join recs r on r.id = p.record_id and r.kind = p.record_kind)
    select kind, rule_set_id as "ruleSetId", version, figure, count(*)::int as count
      from done group by 1, 2, 3, 4`;
  return { sql, params: [...records.params, ...actions.params, ...range] };
}
