import { type ReportPeriod } from './report-period';
import { type ReportFilters } from './report-scope';

/**
 * Drill-down: the list query that yields exactly the records a figure counts. The list applies
 * the caller's scope as the report does, so the same caller gets the same records.
 */
export function listLink(
  resource: 'deals' | 'leads' | 'activities',
  params: Record<string, string | number | undefined | null>,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  query.set('limit', '200');
  return `/api/v1/${resource}?${query.toString()}`;
}

/** The filters of a report that the lists take as they are. */
export function filterParams(f: ReportFilters): Record<string, string | undefined> {
  return { teamId: f.teamId, responsibleId: f.responsibleId, source: f.source };
}

/** The drill-down links of a funnel's figures. */
export function funnelLinks(
  kind: 'deal' | 'lead',
  ruleSetId: string,
  closing: { won: string; lost: string },
  period: ReportPeriod,
  f: ReportFilters,
) {
  const resource = kind === 'deal' ? 'deals' : 'leads';
  const base = {
    ...(kind === 'deal' ? { pipelineId: ruleSetId } : {}),
    ...filterParams(f),
  };
  const reached = (stage: string, extra: Record<string, string> = {}) =>
    listLink(resource, {
      ...base,
      reachedStage: stage,
      reachedFrom: period.start.toISOString(),
      reachedTo: period.end.toISOString(),
      ...extra,
    });
  return {
    stage: (stage: string) => ({
      entered: reached(stage),
      now: listLink(resource, {
        ...base,
        [kind === 'deal' ? 'stage' : 'status']: stage,
        outcome: 'open',
      }),
      lost: reached(closing.lost, { lostFromStage: stage }),
    }),
    won: () => reached(closing.won),
    lost: () => reached(closing.lost),
  };
}
