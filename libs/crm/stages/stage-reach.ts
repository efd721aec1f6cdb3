import { type RuleSet } from '../../rules';

/**
 * How far a record got in its pipeline (or lead statuses), read from its stage history — the one
 * rule that the funnel reports and the lists' `reachedStage` filter share:
 *
 * - The open stages are ranked 1…n in the order of the rule set's latest version; a won (or
 *   converted) stage ranks n+1, beyond every open stage; a lost (or junk) stage, and a stage the
 *   latest version no longer has, rank 0.
 * - A record **reaches** an open stage the first time it enters that stage **or any later one**
 *   (won included): a deal moved from `qualification` straight to `invoice` has reached `quote`
 *   and `negotiation` too, at that moment. Moving back and entering again does not reach anew.
 * - It reaches won the first time it enters a won stage, and lost the first time it enters a
 *   lost stage; lost is not beyond anything.
 *
 * Rows are taken in the order (at, id), so equal times resolve the same way everywhere.
 */
export interface StageRanks {
  /** Open stages, in order: rank = index + 1. */
  open: string[];
  /** Won (deals) or converted (leads) stages: rank n + 1. */
  won: string[];
  /** Lost (deals) or junk (leads) stages. */
  lost: string[];
}

export function stageRanks(rules: Pick<RuleSet, 'stages'>): StageRanks {
  const ordered = [...rules.stages].sort((a, b) => a.order - b.order);
  return {
    open: ordered.filter((s) => s.kind === 'open').map((s) => s.id),
    won: ordered.filter((s) => s.kind === 'won' || s.kind === 'converted').map((s) => s.id),
    lost: ordered.filter((s) => s.kind === 'lost' || s.kind === 'junk').map((s) => s.id),
  };
}

/** The rank a stage has in `ranks` (see StageRanks): 0 for lost and unknown stages. */
export function rankOf(ranks: StageRanks, stage: string): number {
  if (ranks.won.includes(stage)) return ranks.open.length + 1;
  return ranks.open.indexOf(stage) + 1;
}

/** A PostgreSQL array literal of texts (`{"a","b"}`), passed as one parameter: `?::text[]`. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
}

/**
 * SQL (with `?` parameters) of the stage history of the records whose ids `recordIds` selects,
 * each row with: `record_id, from_stage, to_stage, at, left_at` (when the record left the stage,
 * null while it is there), `reach_lo` and `reach_hi` (the row reaches the ranks
 * reach_lo + 1 … reach_hi) and `first_lost` (its first entry into a lost stage).
 */
export function historyWithReachSql(
  kind: 'deal' | 'lead',
  ranks: StageRanks,
  recordIds: { sql: string; params: unknown[] },
): { sql: string; params: unknown[] } {
  const beyond = ranks.open.length + 1;
  const sql = `select c.id, c.record_id, c.from_stage, c.to_stage, c.at,
      lead(c.at) over w as left_at,
      coalesce(max(c.rank) over (w rows between unbounded preceding and 1 preceding), 0) as reach_lo,
      max(c.rank) over (w rows between unbounded preceding and current row) as reach_hi,
      c.is_lost and not coalesce(bool_or(c.is_lost) over (w rows between unbounded preceding and 1 preceding), false) as first_lost
    from (
      select sc.id, sc.record_id, sc.from_stage, sc.to_stage, sc.at,
        case when sc.to_stage = any(?::text[]) then ${beyond}
             else coalesce(array_position(?::text[], sc.to_stage::text), 0) end as rank,
        sc.to_stage = any(?::text[]) as is_lost
      from stage_change sc
      where sc.record_type = '${kind}' and sc.record_id in (${recordIds.sql})
    ) c
    window w as (partition by c.record_id order by c.at, c.id)`;
  return {
    sql,
    params: [
      textArray(ranks.won),
      textArray(ranks.open),
      textArray(ranks.lost),
      ...recordIds.params,
    ],
  };
}
