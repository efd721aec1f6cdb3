import { raw } from '@mikro-orm/postgresql';
import { invalidField } from '../../errors';
import { type RuleSet } from '../../rules';
import { historyWithReachSql, rankOf, stageRanks } from './stage-reach';

/** The lists' filters on what a record reached (the funnel's drill-down). */
export interface ReachedQuery {
  /** A stage the record reached (StageRanks: it or a later one entered), or a closing stage. */
  reachedStage?: string;
  /** Reached at or after (with reachedStage). */
  reachedFrom?: Date;
  /** Reached before (with reachedStage). */
  reachedTo?: Date;
  /** With a lost (junk) reachedStage: the stage the record was lost from. */
  lostFromStage?: string;
}

/**
 * A list condition: the records that reached `reachedStage` (in the range) by the rule the funnel
 * counts with (libs/crm/stages/stage-reach.ts), under `rules`, the latest version of their rule
 * set. `table` and `ruleSetColumn` name the records and their rule set.
 */
export function reachedCondition(
  kind: 'deal' | 'lead',
  rules: RuleSet | null,
  q: ReachedQuery,
): Record<string, unknown> {
  if (!q.reachedStage) {
    for (const field of ['reachedFrom', 'reachedTo', 'lostFromStage'] as const)
      if (q[field] !== undefined)
        throw invalidField(field, 'goes with reachedStage', { malformed: true });
    return {};
  }
  if (!rules)
    throw invalidField('pipelineId', 'reachedStage needs the pipeline it is a stage of', {
      malformed: true,
    });
  const ranks = stageRanks(rules);
  const stage = q.reachedStage;
  if (!rules.stages.some((s) => s.id === stage))
    throw invalidField('reachedStage', `${rules.id} has no stage "${stage}"`, { malformed: true });
  const lost = ranks.lost.includes(stage);
  if (q.lostFromStage !== undefined && !lost)
    throw invalidField('lostFromStage', `goes with a reachedStage of kind lost`, {
      malformed: true,
    });
  const table = kind === 'deal' ? 'deal' : 'lead';
  const ruleSetColumn = kind === 'deal' ? 'pipeline_id' : 'rule_set_id';
  const range: string[] = [];
  const rangeParams: unknown[] = [];
  if (q.reachedFrom) {
    range.push('c.at >= ?::timestamptz');
    rangeParams.push(q.reachedFrom.toISOString());
  }
  if (q.reachedTo) {
    range.push('c.at < ?::timestamptz');
    rangeParams.push(q.reachedTo.toISOString());
  }
  // Reaching in a range takes a history row in it: only those records' histories are read.
  const records = {
    sql: `select r.id from ${table} r where r.${ruleSetColumn} = ?${
      range.length
        ? ` and r.id in (select c.record_id from stage_change c where c.record_type = '${kind}' and ${range.join(' and ')})`
        : ''
    }`,
    params: [rules.id, ...rangeParams],
  };
  const history = historyWithReachSql(kind, ranks, records);
  const conditions = lost
    ? ['h.first_lost', ...(q.lostFromStage !== undefined ? ['h.from_stage = ?'] : [])]
    : ['h.reach_lo < ?', 'h.reach_hi >= ?'];
  const conditionParams = lost
    ? q.lostFromStage !== undefined
      ? [q.lostFromStage]
      : []
    : [rankOf(ranks, stage), rankOf(ranks, stage)];
  const hRange = range.map((r) => r.replace('c.at', 'h.at'));
  const sql = `select h.record_id from (${history.sql}) h where ${[...conditions, ...hRange].join(' and ')}`;
  // A value, not a key: a raw key is consumed by the first query, and a list runs two (page, count).
  return { id: { $in: raw(sql, [...history.params, ...conditionParams, ...rangeParams]) } };
}
