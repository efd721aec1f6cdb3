import fc from 'fast-check';
import { monthCover } from './rollup-spans';

const MIN = Date.UTC(2025, 0, 1);
const MAX = Date.UTC(2027, 11, 31);
/** Instants, often on or beside a UTC month's start. */
const instant = fc.oneof(
  fc.integer({ min: MIN, max: MAX }),
  fc
    .tuple(
      fc.integer({ min: 2025, max: 2027 }),
      fc.integer({ min: 0, max: 11 }),
      fc.constantFrom(-1, 0, 1),
    )
    .map(([y, m, d]) => Date.UTC(y, m, 1) + d),
);
const monthOf = (t: number) => new Date(t).toISOString().slice(0, 7) + '-01';

describe('monthCover', () => {
  it('puts an instant in the span exactly when its month is whole or it lies in a partial stretch', () => {
    fc.assert(
      fc.property(instant, instant, instant, (a, b, t) => {
        const [from, to] = [new Date(Math.min(a, b)), new Date(Math.max(a, b))];
        const cover = monthCover(from, to);
        const inWhole = monthOf(t) >= cover.whole.first && monthOf(t) < cover.whole.end;
        const inPartial = cover.partial.some((p) => t >= +p.lo && t < +p.hi);
        expect(inWhole && inPartial).toBe(false);
        expect(inWhole || inPartial).toBe(t >= +from && t < +to);
        for (const p of cover.partial) expect(monthOf(+p.lo)).toBe(monthOf(+p.hi - 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a year from 5 December as eleven whole months and two stretches', () => {
    const cover = monthCover(new Date('2025-12-04T23:00:00Z'), new Date('2026-12-04T23:00:00Z'));
    expect(cover.whole).toEqual({ first: '2026-01-01', end: '2026-12-01' });
    expect(cover.partial.map((p) => [p.lo.toISOString(), p.hi.toISOString()])).toEqual([
      ['2025-12-04T23:00:00.000Z', '2026-01-01T00:00:00.000Z'],
      ['2026-12-01T00:00:00.000Z', '2026-12-04T23:00:00.000Z'],
    ]);
  });
});
