import { type Connection } from '@mikro-orm/core';
import { automationRecountSql } from './automation-report.sql';

/** A fact, rollup row or count of the automation report that differs from its recomputation. */
export interface AutomationFactDrift {
  /** `fact`: a record's action; `rollup`: a day's count; `count`: a figure of a rules version. */
  table: 'automation_fact' | 'automation_rollup' | 'raw rows';
  /** The record (facts), or the rollup row's / figure's key. */
  subject: string;
  /** The action's key (facts), or the figure. */
  fact: string;
  /** Recomputed; null: none. */
  expected: string | null;
  /** Held (or, for `raw rows`, what the facts count); null: none. */
  actual: string | null;
}

const text = (at: string) =>
  `coalesce(to_char(${at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '-')`;
const value = (x: string) =>
  `concat_ws(' | ', ${x}.figure, ${text(`${x}.at`)}, ${x}.rule_set_id || ' v' || ${x}.rules_version,
             ${x}.pipeline_id, ${x}.responsible_id, coalesce(${x}.source, '-'))`;

/**
 * automation_fact and automation_rollup against their recomputations, three ways: each record's
 * facts against the rule recomputed from its rows now (voronka_automation_facts_of: a write that
 * a trigger missed); the rollup against the facts counted per day; and the facts' counts per
 * rules version and figure against the report's query over the raw rows as it was before the
 * facts (automationRecountSql: not the triggers' SQL, so that a mistake in one does not hide in
 * the other). Empty when all agree.
 */
export async function automationFactsDrift(connection: Connection): Promise<AutomationFactDrift[]> {
  const drift: AutomationFactDrift[] = [];
  const facts = await connection.execute<
    {
      kind: string;
      record_id: string;
      key: string;
      expected: string | null;
      actual: string | null;
    }[]
  >(
    `with expected as (
       select * from voronka_automation_facts_of('deal', array(select id from deal))
       union all
       select * from voronka_automation_facts_of('lead', array(select id from lead))),
     e as (select record_type, record_id, key, ${value('x')} as v from expected x),
     h as (select record_type, record_id, key, ${value('x')} as v from automation_fact x)
     select coalesce(e.record_type, h.record_type) as kind, coalesce(e.record_id, h.record_id)::text as record_id,
            coalesce(e.key, h.key) as key, e.v as expected, h.v as actual
       from e full join h on h.record_type = e.record_type and h.record_id = e.record_id and h.key = e.key
      where e.v is distinct from h.v
      order by 1, 2, 3`,
  );
  for (const f of facts)
    drift.push({
      table: 'automation_fact',
      subject: `${f.kind} ${f.record_id}`,
      fact: f.key,
      expected: f.expected,
      actual: f.actual,
    });

  const key = `day, record_type, pipeline_id, rule_set_id, rules_version, figure, responsible_id, source`;
  // A full join needs equalities: the nullable columns compared through a value they never hold.
  const nullable: Record<string, string> = { day: `'-infinity'::date`, source: `E'\\u0001'` };
  const rollup = await connection.execute<
    { subject: string; figure: string; expected: number | null; actual: number | null }[]
  >(
    `with e as (
       select (at at time zone 'UTC')::date as day, record_type, pipeline_id, rule_set_id, rules_version, figure,
              responsible_id, source, count(*)::int as n
         from automation_fact group by 1, 2, 3, 4, 5, 6, 7, 8)
     select concat_ws(' ', coalesce(coalesce(e.day, r.day)::text, 'pending'), coalesce(e.record_type, r.record_type),
                      coalesce(e.rule_set_id, r.rule_set_id) || ' v' || coalesce(e.rules_version, r.rules_version),
                      coalesce(e.responsible_id, r.responsible_id), coalesce(e.source, r.source, '-'),
                      'in ' || coalesce(e.pipeline_id, r.pipeline_id)) as subject,
            coalesce(e.figure, r.figure) as figure, e.n as expected, r.count as actual
       from e full join automation_rollup r on ${key
         .split(', ')
         .map(
           (c) =>
             `${nullable[c] ? `coalesce(r.${c}, ${nullable[c]})` : `r.${c}`} = ${nullable[c] ? `coalesce(e.${c}, ${nullable[c]})` : `e.${c}`}`,
         )
         .join(' and ')}
      where e.n is distinct from r.count and coalesce(e.n, 0) + coalesce(r.count, 0) <> 0
      order by 1, 2`,
  );
  for (const r of rollup)
    drift.push({
      table: 'automation_rollup',
      subject: r.subject,
      fact: r.figure,
      expected: r.expected === null ? null : String(r.expected),
      actual: r.actual === null ? null : String(r.actual),
    });

  // Every instant: the whole of the records' history, and their timers pending now.
  const recount = automationRecountSql(
    {
      sql: `select 'deal'::text as kind, r.id, r.pipeline_id as rule_set_id, r.rules_version
              from deal r where r.archived_at is null
            union all
            select 'lead', r.id, r.rule_set_id, r.rules_version from lead r where r.archived_at is null`,
      params: [],
    },
    {
      from: '1900-01-01',
      to: '9999-12-31',
      timeZone: 'UTC',
      start: new Date('1900-01-01T00:00:00Z'),
      end: new Date('9999-12-31T00:00:00Z'),
      days: 0,
    },
  );
  const counts = await connection.execute<
    { subject: string; figure: string; expected: number | null; actual: number | null }[]
  >(
    `with raw as (${recount.sql}),
     held as (
       select record_type as kind, rule_set_id as "ruleSetId", rules_version as version, figure, count(*)::int as count
         from automation_fact group by 1, 2, 3, 4)
     select coalesce(raw.kind, held.kind) || ' ' || coalesce(raw."ruleSetId", held."ruleSetId") || ' v' ||
              coalesce(raw.version, held.version) as subject,
            coalesce(raw.figure, held.figure) as figure, raw.count as expected, held.count as actual
       from raw full join held on held.kind = raw.kind and held."ruleSetId" = raw."ruleSetId"
                              and held.version = raw.version and held.figure = raw.figure
      where raw.count is distinct from held.count
      order by 1, 2`,
    recount.params,
  );
  for (const c of counts)
    drift.push({
      table: 'raw rows',
      subject: c.subject,
      fact: c.figure,
      expected: c.expected === null ? null : String(c.expected),
      actual: c.actual === null ? null : String(c.actual),
    });
  return drift;
}
