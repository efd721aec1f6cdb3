import {
  type ForecastFigures,
  type ForecastReport,
} from '../../../libs/crm/reports/forecast.service';
import { type Cell, currencyColumns, toCsv } from '../csv/csv';

/**
 * The forecast as a table: a row per group and month, the group's total (month `total`), the
 * months of all groups (key `total`), and the deals with no expected close date (key `undated`).
 */
export function forecastCsv(report: ForecastReport): string {
  const lines: { key: string | null; label: string | null; month: string; f: ForecastFigures }[] =
    [];
  for (const g of report.groups) {
    for (const m of g.months) lines.push({ key: g.key, label: g.label, month: m.month, f: m });
    lines.push({ key: g.key, label: g.label, month: 'total', f: g.total });
  }
  for (const m of report.total.months)
    lines.push({ key: 'total', label: null, month: m.month, f: m });
  lines.push({ key: 'total', label: null, month: 'total', f: report.total.total });
  lines.push({ key: 'undated', label: null, month: '', f: report.undated });
  const amount = currencyColumns(
    'amount',
    lines.map((l) => l.f.amount),
  );
  const weighted = currencyColumns(
    'weighted',
    lines.map((l) => l.f.weighted),
  );
  const rows: Cell[][] = lines.map(({ key, label, month, f }) => [
    key,
    label,
    month,
    f.count,
    ...amount.cells(f.amount),
    ...weighted.cells(f.weighted),
    f.withoutProbability,
  ]);
  return toCsv(
    [
      report.groupBy,
      'label',
      'month',
      'deals',
      ...amount.header,
      ...weighted.header,
      'without probability',
    ],
    rows,
  );
}
