import { type Connection } from '@mikro-orm/core';
import { type RuleSet } from '../../rules';
import { historyWithReachSql, stageRanks } from './stage-reach';

/** A fact of stage_reach or stage_stay that differs from the stage history's recomputation. */
export interface StageFactDrift {
  kind: 'deal' | 'lead';
  recordId: string;
  /** `rank 3` (0: the first lost), or `stay <stage-history id>`. */
  fact: string;
  /**
   * Recomputed from the history, as `at / next / first / from / the record's copied columns` or
   * `stage at..left / the record's scope`; null: none.
   */
  expected: string | null;
  /** Held by the table; null: none. */
  actual: string | null;
}

/**
 * stage_reach and stage_stay recomputed from the stage history with the lists' rule
 * (historyWithReachSql, the ranks read from each rule set's latest version by stageRanks: not the
 * triggers' SQL, so that a mistake in one does not hide in the other) and compared with what they
 * hold, record by record. Empty when they agree.
 */
export async function stageFactsDrift(connection: Connection): Promise<StageFactDrift[]> {
  const latest = await connection.execute<{ kind: string; content: RuleSet }[]>(
    `select distinct on (rule_set_id) kind, content from rule_set_version
      order by rule_set_id, version desc`,
  );
  const drift: StageFactDrift[] = [];
  const text = (at: string) =>
    `coalesce(to_char(${at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '-')`;
  for (const { kind: ruleKind, content } of latest) {
    const kind = ruleKind === 'lead' ? 'lead' : 'deal';
    const ids = {
      sql:
        kind === 'deal'
          ? 'select id from deal where pipeline_id = ?'
          : 'select id from lead where rule_set_id = ?',
      params: [content.id],
    };
    const history = historyWithReachSql(kind, stageRanks(content), ids);
    // What the facts copy from their record, as text: its scope, amounts, creation, conversion.
    const records =
      kind === 'deal'
        ? `select id, responsible_id, source, archived_at, amount, currency, won_amount, created_at,
                  null::uuid as converted_contact_id, null::uuid as converted_company_id,
                  null::uuid as converted_deal_id, pipeline_id as rule_set_id
             from deal where pipeline_id = ?`
        : `select id, responsible_id, source, archived_at, null::numeric as amount, null::text as currency,
                  null::numeric as won_amount, created_at, converted_contact_id, converted_company_id,
                  converted_deal_id, rule_set_id
             from lead where rule_set_id = ?`;
    const scope = (x: string) =>
      `concat_ws(' | ', ${x}.rule_set_id, ${x}.responsible_id, coalesce(${x}.source, '-'), ${text(`${x}.archived_at`)})`;
    const copied = (x: string) =>
      `concat_ws(' | ', ${scope(x)}, coalesce(${x}.amount::text, '-'), coalesce(${x}.currency, '-'),
                 coalesce(${x}.won_amount::text, '-'), ${text(`${x}.created_at`)},
                 coalesce(${x}.converted_contact_id::text, '-'), coalesce(${x}.converted_company_id::text, '-'),
                 coalesce(${x}.converted_deal_id::text, '-'))`;
    const rows = await connection.execute<
      { record_id: string; fact: string; expected: string | null; actual: string | null }[]
    >(
      `with h as (${history.sql}),
       recs as (${records}),
       reached as (
         select h.record_id, g.rank, h.at
           from h cross join lateral generate_series(h.reach_lo + 1, h.reach_hi) g(rank)
          where h.reach_hi > h.reach_lo),
       expected as (
         select a.record_id, 'rank ' || a.rank as fact,
                ${text('a.at')} || ' / ' || ${text('b.at')} || ' / ' || ${text('f.at')} || ' / - / ' || ${copied('x')} as value
           from reached a
           join recs x on x.id = a.record_id
           left join reached b on b.record_id = a.record_id and b.rank = a.rank + 1
           left join reached f on f.record_id = a.record_id and f.rank = 1
         union all
         select h.record_id, 'rank 0', ${text('h.at')} || ' / - / - / ' || coalesce(h.from_stage, '-') || ' / ' || ${copied('x')}
           from h join recs x on x.id = h.record_id where h.first_lost
         union all
         select h.record_id, 'stay ' || h.id, h.to_stage || ' ' || ${text('h.at')} || '..' || ${text('h.left_at')} || ' / ' || ${scope('x')}
           from h join recs x on x.id = h.record_id where h.left_at is not null),
       held as (
         select s.record_id, 'rank ' || s.rank as fact,
                ${text('s.at')} || ' / ' || ${text('s.next_at')} || ' / ' || ${text('s.first_at')} || ' / ' || coalesce(s.from_stage, '-') || ' / ' || ${copied('s')} as value
           from stage_reach s where s.record_type = ? and s.rule_set_id = ?
         union all
         select s.record_id, 'stay ' || s.change_id, s.stage || ' ' || ${text('s.at')} || '..' || ${text('s.left_at')} || ' / ' || ${scope('s')}
           from stage_stay s where s.record_type = ? and s.record_id in (${ids.sql}))
       select coalesce(e.record_id, d.record_id)::text as record_id, coalesce(e.fact, d.fact) as fact,
              e.value as expected, d.value as actual
         from expected e full join held d on d.record_id = e.record_id and d.fact = e.fact
        where e.value is distinct from d.value
        order by 1, 2`,
      [...history.params, content.id, kind, content.id, kind, ...ids.params],
    );
    for (const r of rows)
      drift.push({
        kind,
        recordId: r.record_id,
        fact: r.fact,
        expected: r.expected,
        actual: r.actual,
      });
  }
  // Facts of records that no rule set's records hold (deleted, or of a rule set never published).
  const orphans = await connection.execute<{ kind: 'deal' | 'lead'; record_id: string }[]>(
    `select distinct s.record_type as kind, s.record_id::text from stage_reach s
      where not exists (select 1 from deal d where s.record_type = 'deal' and d.id = s.record_id and d.pipeline_id = s.rule_set_id)
        and not exists (select 1 from lead l where s.record_type = 'lead' and l.id = s.record_id and l.rule_set_id = s.rule_set_id)
     union
     select distinct s.record_type, s.record_id::text from stage_stay s
      where not exists (select 1 from deal d where s.record_type = 'deal' and d.id = s.record_id)
        and not exists (select 1 from lead l where s.record_type = 'lead' and l.id = s.record_id)`,
  );
  for (const o of orphans)
    drift.push({
      kind: o.kind,
      recordId: o.record_id,
      fact: 'record',
      expected: null,
      actual: 'facts',
    });
  return drift;
}
