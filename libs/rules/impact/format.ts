import { IMPACT_KINDS, type ImpactKind, type TimerChange } from './impact';
import { type ImpactCounts, type ImpactSummary, type RecordImpactItem } from './summary';

// The impact preview as text: what `npm run rules -- impact` prints.

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

const counts = (c: ImpactCounts) =>
  IMPACT_KINDS.filter((k) => c[k] > 0)
    .map((k) => `${k} ${c[k]}`)
    .join(', ') || 'none';

const timer = (t: TimerChange) =>
  `${t.kind} in ${t.stage} at ${iso(t.at)}${t.from !== undefined ? ` (was ${iso(t.from)})` : ''}: ${t.description}`;

/** One record's impact, a few indented lines. */
export function formatRecordImpact(i: RecordImpactItem): string {
  const lines = [
    `${i.kind} ${i.recordKind} ${i.recordId} "${i.title}" in ${i.stage || '?'} (v${i.version})` +
      (i.kind === 'changed' && (i.stageAfter !== i.stage || i.closedAfter)
        ? ` → ${i.stageAfter}${i.closedAfter ? ` (closed ${i.closedAfter})` : ''}`
        : ''),
  ];
  if (i.reason) lines.push(`    ${i.reason}`);
  for (const a of i.triggered) lines.push(`    runs now: ${a.what} [${a.rule}]`);
  for (const t of i.timersRetimed) lines.push(`    re-timed: ${timer(t)}`);
  for (const t of i.timersAdded) lines.push(`    added: ${timer(t)}`);
  for (const t of i.timersRemoved) lines.push(`    removed: ${timer(t)}`);
  return lines.join('\n');
}

/** The summary and the examples. */
export function formatImpact(
  head: { ruleSetId: string; version: number; at: number },
  summary: ImpactSummary,
  examples: RecordImpactItem[],
  kinds: readonly ImpactKind[],
): string {
  const out = [
    `${head.ruleSetId} v${head.version} on ${summary.total} open record(s), migrated at ${iso(head.at)}`,
    `  ${counts(summary.counts)}`,
    'by stage:',
    ...summary.byStage.map((s) => `  ${s.stage}: ${counts(s)}`),
    'by responsible:',
    ...summary.byResponsible.map((r) => `  ${r.responsibleId}: ${counts(r)}`),
  ];
  if (examples.length > 0) {
    out.push(`examples (${kinds.join(', ')}):`);
    for (const e of examples) out.push(formatRecordImpact(e));
  }
  return `${out.join('\n')}\n`;
}
