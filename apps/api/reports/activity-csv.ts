import {
  type ActivityFigures,
  type ActivityReport,
} from '../../../libs/crm/reports/activity-report.service';
import { type Cell, toCsv } from '../csv/csv';

const COLUMNS: [keyof ActivityFigures, string][] = [
  ['planned', 'planned'],
  ['done', 'done'],
  ['doneOnTime', 'done on time'],
  ['overdueNow', 'overdue now'],
  ['cancelled', 'cancelled'],
  ['createdByRules', 'created by rules'],
  ['createdByHand', 'created by hand'],
];

/** The activity report as a table: a row per group, then the total (counters are JSON only). */
export function activityCsv(report: ActivityReport): string {
  const cells = (f: ActivityFigures): Cell[] => COLUMNS.map(([name]) => f[name].count);
  const rows: Cell[][] = report.groups.map((g) => [g.key, g.label, ...cells(g.figures)]);
  rows.push(['total', null, ...cells(report.total)]);
  return toCsv([report.groupBy, 'label', ...COLUMNS.map(([, title]) => title)], rows);
}
