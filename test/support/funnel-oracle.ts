/**
 * The funnel recomputed in plain TypeScript from raw rows, written apart from the SQL so that a
 * test can compare the two (docs/reports.md has the definitions both follow).
 */
export interface OracleStage {
  id: string;
  kind: 'open' | 'won' | 'lost' | 'converted' | 'junk';
}

export interface OracleRecord {
  id: string;
  responsibleId: string;
  source: string | null;
  amount: string | null;
  currency: string | null;
  wonAmount: string | null;
  stage: string;
  outcome: string;
}

export interface OracleRow {
  id: string;
  recordId: string;
  from: string | null;
  to: string;
  at: Date;
}

export interface OracleStageFigures {
  entered: Set<string>;
  reachedNext: number;
  reachedFromFirst: number;
  now: Set<string>;
  lost: Set<string>;
  stays: number[];
}

export interface OracleFunnel {
  stages: Map<string, OracleStageFigures>;
  won: Set<string>;
  lost: Set<string>;
}

/** percentile_cont: linear interpolation between the two nearest ranks. */
export function percentileCont(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

export function oracleFunnel(
  stages: OracleStage[],
  records: OracleRecord[],
  rows: OracleRow[],
  start: Date,
  end: Date,
): OracleFunnel {
  const open = stages.filter((s) => s.kind === 'open').map((s) => s.id);
  const won = new Set(
    stages.filter((s) => s.kind === 'won' || s.kind === 'converted').map((s) => s.id),
  );
  const lostStages = new Set(
    stages.filter((s) => s.kind === 'lost' || s.kind === 'junk').map((s) => s.id),
  );
  const rank = (stage: string) => (won.has(stage) ? open.length + 1 : open.indexOf(stage) + 1);
  const inPeriod = (t: Date) => t.getTime() >= start.getTime() && t.getTime() < end.getTime();

  const result: OracleFunnel = { stages: new Map(), won: new Set(), lost: new Set() };
  for (const id of open)
    result.stages.set(id, {
      entered: new Set(),
      reachedNext: 0,
      reachedFromFirst: 0,
      now: new Set(),
      lost: new Set(),
      stays: [],
    });

  for (const record of records) {
    const history = rows
      .filter((r) => r.recordId === record.id)
      .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // When did it first reach rank i: the first row whose stage ranks i or higher.
    const reachedAt = (i: number) => history.find((r) => rank(r.to) >= i)?.at;
    const reachedInPeriod = (i: number) => {
      const t = reachedAt(i);
      return t !== undefined && inPeriod(t);
    };
    open.forEach((id, index) => {
      const figures = result.stages.get(id)!;
      const i = index + 1;
      if (reachedInPeriod(i)) {
        figures.entered.add(record.id);
        if (reachedInPeriod(i + 1)) figures.reachedNext += 1;
        if (reachedInPeriod(1)) figures.reachedFromFirst += 1;
      }
      if (record.outcome === 'open' && record.stage === id) figures.now.add(record.id);
    });
    if (reachedInPeriod(open.length + 1)) result.won.add(record.id);
    const firstLost = history.find((r) => lostStages.has(r.to));
    if (firstLost && inPeriod(firstLost.at)) {
      result.lost.add(record.id);
      if (firstLost.from && result.stages.has(firstLost.from))
        result.stages.get(firstLost.from)!.lost.add(record.id);
    }
    history.forEach((row, k) => {
      const next = history[k + 1];
      if (next && inPeriod(next.at) && result.stages.has(row.to))
        result.stages.get(row.to)!.stays.push((next.at.getTime() - row.at.getTime()) / 1000);
    });
  }
  return result;
}

/** Sums decimal strings with 4 decimals exactly (as integers of ten-thousandths). */
export function sumAmounts(values: string[], decimals = 2): string {
  const total = values.reduce((sum, v) => {
    const [whole, fraction = ''] = v.split('.');
    return sum + BigInt(whole + fraction.padEnd(4, '0').slice(0, 4));
  }, 0n);
  const text = total.toString().padStart(5, '0');
  const shown = `${text.slice(0, -4)}.${text.slice(-4)}`;
  return decimals === 4 ? shown : shown.slice(0, shown.length - (4 - decimals));
}
