import { type SalesFigures, type SalesReport } from '../../../libs/crm/reports/sales.service';
import { type Cell, currencyColumns, toCsv } from '../csv/csv';

/** The sales report as a table: a row per group, then the total; previous figures beside. */
export function salesCsv(report: SalesReport): string {
  const all = [
    ...report.groups.flatMap((g) => (g.previous ? [g.current, g.previous] : [g.current])),
    report.total.current,
    report.total.previous,
  ];
  const columns = (prefix: string) => {
    const won = currencyColumns(
      `${prefix}won amount`,
      all.map((f) => f.won.amount),
    );
    const lost = currencyColumns(
      `${prefix}lost amount`,
      all.map((f) => f.lost.amount),
    );
    const size = currencyColumns(
      `${prefix}average deal size`,
      all.map((f) => f.averageDealSize),
    );
    const paid = currencyColumns(
      `${prefix}payments`,
      all.map((f) => f.payments.amount),
    );
    return {
      header: [
        `${prefix}won`,
        ...won.header,
        `${prefix}lost`,
        ...lost.header,
        `${prefix}win rate`,
        ...size.header,
        `${prefix}average cycle seconds`,
        `${prefix}payments count`,
        ...paid.header,
      ],
      cells: (f: SalesFigures | null): Cell[] =>
        f === null
          ? Array<Cell>(
              7 + won.header.length + lost.header.length + size.header.length + paid.header.length,
            ).fill(null)
          : [
              f.won.count,
              ...won.cells(f.won.amount),
              f.lost.count,
              ...lost.cells(f.lost.amount),
              f.winRate,
              ...size.cells(f.averageDealSize),
              f.averageCycleSeconds,
              f.payments.count,
              ...paid.cells(f.payments.amount),
            ],
    };
  };
  const now = columns('');
  const before = columns('previous ');
  const rows: Cell[][] = report.groups.map((g) => [
    g.key,
    g.label,
    ...now.cells(g.current),
    ...before.cells(g.previous),
  ]);
  rows.push([
    'total',
    null,
    ...now.cells(report.total.current),
    ...before.cells(report.total.previous),
  ]);
  return toCsv([report.groupBy, 'label', ...now.header, ...before.header], rows);
}
