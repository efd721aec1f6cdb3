import { type Sql } from './report-scope';

/**
 * How a period is read from a rollup by UTC month: the whole months from the rollup, the edges
 * from the raw rows (the sales and funnel reports).
 */

/** Raw rows of [lo, hi) counted with `sign`, and the rollup's UTC months [first, end). */
export interface SpanParts {
  raw: { lo: Date; hi: Date; sign: 1 | -1 }[];
  months: { first: string; end: string } | null;
}

/** The UTC month boundary nearest to `t` (a tie: the earlier). */
function nearestMonth(t: Date): Date {
  const lo = Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1);
  const hi = Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1);
  return new Date(t.getTime() - lo <= hi - t.getTime() ? lo : hi);
}

/**
 * How [from, to) is counted: the whole UTC months between the month boundaries nearest to its
 * ends from the rollup, and the raw rows between each end and that boundary added (the end lies
 * outside the months) or taken away (inside) — at most half a month at each end, whatever the
 * time zone's offset. A span with no month between those boundaries is counted raw.
 */
export function spanParts(from: Date, to: Date): SpanParts {
  const a = nearestMonth(from);
  const b = nearestMonth(to);
  if (a >= b) return { raw: from < to ? [{ lo: from, hi: to, sign: 1 }] : [], months: null };
  const raw: SpanParts['raw'] = [];
  if (from < a) raw.push({ lo: from, hi: a, sign: 1 });
  if (a < from) raw.push({ lo: a, hi: from, sign: -1 });
  if (to < b) raw.push({ lo: to, hi: b, sign: -1 });
  if (b < to) raw.push({ lo: b, hi: to, sign: 1 });
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return { raw, months: { first: day(a), end: day(b) } };
}

/** The start of the UTC month of `t`. */
function monthFloor(t: Date): Date {
  return new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1));
}

/** `t` if it starts a UTC month, else the start of the next one. */
function monthCeil(t: Date): Date {
  const floor = monthFloor(t);
  return +floor === +t ? floor : new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1));
}

/** Where instants fall in [from, to): in its whole UTC months, or in its parts of the others. */
export interface MonthCover {
  /** The whole UTC months inside [from, to), as dates [first, end) (first = end: none). */
  whole: { first: string; end: string };
  /** The rest of [from, to): at most two stretches, each within one UTC month. */
  partial: { lo: Date; hi: Date }[];
}

/**
 * [from, to) as its whole UTC months and the rest: an instant in a whole month is in the span; one
 * in a partial stretch is; any other is not. (A rollup row keyed by the month of an instant counts
 * for the span when its month is whole; rows of the partial stretches' months are read raw.)
 */
export function monthCover(from: Date, to: Date): MonthCover {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const c = monthCeil(from);
  const f = monthFloor(to);
  if (from >= to) return { whole: { first: day(c), end: day(c) }, partial: [] };
  if (c > f) return { whole: { first: day(c), end: day(c) }, partial: [{ lo: from, hi: to }] };
  const partial: MonthCover['partial'] = [];
  if (from < c) partial.push({ lo: from, hi: c });
  if (f < to) partial.push({ lo: f, hi: to });
  return { whole: { first: day(c), end: day(f) }, partial };
}

/** A VALUES list of typed columns (a `where false` select when there are no rows). */
export function values(columns: [string, string][], rows: unknown[][]): Sql {
  if (rows.length === 0)
    return {
      sql: `select ${columns.map(([name, type]) => `null::${type} as ${name}`).join(', ')} where false`,
      params: [],
    };
  const row = `(${columns.map(([, type]) => `?::${type}`).join(', ')})`;
  return {
    sql: `select * from (values ${rows.map(() => row).join(', ')}) v(${columns.map(([n]) => n).join(', ')})`,
    params: rows.flat(),
  };
}

/**
 * The raw ranges as a condition on `at`, their bounds as parameters, so that the planner reads
 * them through the instant's index knowing how few rows they hold (a join to a VALUES list alone
 * made it read the whole table).
 */
export function withinRanges(at: string, ranges: { lo: Date; hi: Date }[]): Sql {
  return ranges.length === 0
    ? { sql: 'false', params: [] }
    : {
        sql: `(${ranges.map(() => `(${at} >= ? and ${at} < ?)`).join(' or ')})`,
        params: ranges.flatMap((r) => [r.lo, r.hi]),
      };
}
