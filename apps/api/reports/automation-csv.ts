import { type AutomationReport } from '../../../libs/crm/reports/automation-report.service';
import { AUTOMATION_FIGURES } from '../../../libs/crm/reports/automation-report.sql';
import { type Cell, toCsv } from '../csv/csv';

/** The automation report as a table: a row per rules version, then the total. */
export function automationCsv(report: AutomationReport): string {
  const rows: Cell[][] = report.rulesVersions.map((r) => [
    r.kind,
    r.ruleSetId,
    r.version,
    r.name,
    ...AUTOMATION_FIGURES.map((f) => r.figures[f]),
  ]);
  rows.push(['total', null, null, null, ...AUTOMATION_FIGURES.map((f) => report.total[f])]);
  return toCsv(['kind', 'rule set', 'version', 'name', ...AUTOMATION_FIGURES], rows);
}
