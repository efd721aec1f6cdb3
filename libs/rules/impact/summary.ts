import { IMPACT_KINDS, type ImpactKind, type RecordImpact } from './impact';

/** A record's impact with whose and which record it is. */
export interface RecordImpactItem extends RecordImpact {
  recordKind: 'deal' | 'lead';
  recordId: string;
  title: string;
  responsibleId: string;
}

export type ImpactCounts = Record<ImpactKind, number>;

export interface ImpactSummary {
  total: number;
  counts: ImpactCounts;
  byStage: ({ stage: string } & ImpactCounts)[];
  byResponsible: ({ responsibleId: string } & ImpactCounts)[];
}

const zero = (): ImpactCounts => ({
  unaffected: 0,
  changed: 0,
  refused: 0,
  failed: 0,
  unknown: 0,
});

/** Counts per kind, per stage (where the record is now) and per responsible. */
export function summarizeImpact(items: readonly RecordImpactItem[]): ImpactSummary {
  const counts = zero();
  const byStage = new Map<string, ImpactCounts>();
  const byResponsible = new Map<string, ImpactCounts>();
  const bump = (map: Map<string, ImpactCounts>, key: string, kind: ImpactKind) => {
    let c = map.get(key);
    if (!c) map.set(key, (c = zero()));
    c[kind] += 1;
  };
  for (const item of items) {
    counts[item.kind] += 1;
    bump(byStage, item.stage, item.kind);
    bump(byResponsible, item.responsibleId, item.kind);
  }
  return {
    total: items.length,
    counts,
    byStage: [...byStage].map(([stage, c]) => ({ stage, ...c })),
    byResponsible: [...byResponsible].map(([responsibleId, c]) => ({ responsibleId, ...c })),
  };
}

/** The examples to show: the records of the kinds asked for (all but unaffected by default). */
export function impactExamples(
  items: readonly RecordImpactItem[],
  options: { kinds?: readonly ImpactKind[]; offset: number; limit: number },
): { items: RecordImpactItem[]; total: number } {
  const kinds = new Set(options.kinds ?? IMPACT_KINDS.filter((k) => k !== 'unaffected'));
  const chosen = items.filter((i) => kinds.has(i.kind));
  return {
    items: chosen.slice(options.offset, options.offset + options.limit),
    total: chosen.length,
  };
}
