import { type FunnelReport } from '../../../libs/crm/reports/funnel.service';
import { type Cell, currencyColumns, toCsv } from '../csv/csv';

/** The funnel as a table: a row per open stage, then won and lost. */
export function funnelCsv(report: FunnelReport): string {
  const amount = currencyColumns('amount', [
    ...report.stages.map((s) => s.amount),
    report.won.amount,
  ]);
  const lostAmount = currencyColumns('lost amount', [
    ...report.stages.map((s) => s.lostAmount),
    report.lost.amount,
  ]);
  const header = [
    'stage',
    'name',
    'entered',
    ...amount.header,
    'now',
    'reached next',
    'conversion to next',
    'reached from first',
    'conversion from first',
    'lost',
    ...lostAmount.header,
    'stays',
    'median seconds',
    'p90 seconds',
  ];
  const rows: Cell[][] = report.stages.map((s) => [
    s.stage,
    s.name,
    s.entered,
    ...amount.cells(s.amount),
    s.now,
    s.reachedNext,
    s.conversionToNext,
    s.reachedFromFirst,
    s.conversionFromFirst,
    s.lost,
    ...lostAmount.cells(s.lostAmount),
    s.timeInStage.stays,
    s.timeInStage.medianSeconds,
    s.timeInStage.p90Seconds,
  ]);
  const blank = (n: number) => Array<Cell>(n).fill(null);
  rows.push([
    report.won.stage,
    'won',
    report.won.count,
    ...amount.cells(report.won.amount),
    ...blank(6 + lostAmount.header.length + 3),
  ]);
  rows.push([
    report.lost.stage,
    'lost',
    report.lost.count,
    ...blank(amount.header.length + 5),
    report.lost.count,
    ...lostAmount.cells(report.lost.amount),
    ...blank(3),
  ]);
  return toCsv(header, rows);
}
