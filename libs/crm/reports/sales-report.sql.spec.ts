import fc from 'fast-check';
import { reportPeriod, previousPeriod } from './report-period';
import { spanParts } from './rollup-spans';
import { salesSpans } from './sales-report.sql';

const DAY = 86_400_000;
const inside = (t: number, lo: number, hi: number) => t >= lo && t < hi;

describe('spanParts', () => {
  const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) });

  it('counts every instant of [from, to) once and none outside, months plus signed edges', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 400 * DAY }), instant, (from, length, t) => {
        const to = from + length;
        const parts = spanParts(new Date(from), new Date(to));
        const months = parts.months
          ? inside(t, Date.parse(parts.months.first), Date.parse(parts.months.end))
            ? 1
            : 0
          : 0;
        const edges = parts.raw
          .filter((r) => inside(t, +r.lo, +r.hi))
          .reduce((n, r) => n + r.sign, 0);
        expect(months + edges).toBe(inside(t, from, to) ? 1 : 0);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads at most half a month raw at each end', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 400 * DAY }), (from, length) => {
        const parts = spanParts(new Date(from), new Date(from + length));
        for (const r of parts.raw)
          if (parts.months) expect(+r.hi - +r.lo).toBeLessThanOrEqual(16 * DAY);
      }),
    );
  });
});

describe('salesSpans', () => {
  it('splits a period grouped by month into its calendar months in the zone, edge to edge', () => {
    const period = reportPeriod('2026-01-15', '2026-04-10', 'Asia/Kathmandu');
    const spans = salesSpans(period, previousPeriod(period), true);
    expect(spans.map((s) => s.label)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', null]);
    const current = spans.filter((s) => s.period === 'current');
    expect(current[0].from).toEqual(period.start);
    expect(current[current.length - 1].to).toEqual(period.end);
    for (let i = 1; i < current.length; i++) expect(current[i].from).toEqual(current[i - 1].to);
    // Kathmandu is 5:45 ahead: its February starts at 18:15 UTC on January 31.
    expect(current[1].from.toISOString()).toBe('2026-01-31T18:15:00.000Z');
  });
});
