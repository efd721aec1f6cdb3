import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, client, type Schemas } from '@/lib/api';
import { queryString } from '@/lib/query-string';

export type Money = Schemas['CurrencyAmount'];
export type FunnelReport = Schemas['FunnelReport'];
export type SalesFigures = Schemas['SalesFigures'];
export type SalesReport = Schemas['SalesAnswer'];

/** lossReason: the lost deals by why they were lost (won deals count in the total only). */
export const GROUP_BY = ['manager', 'team', 'pipeline', 'source', 'month', 'lossReason'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** The filters every report takes (the period's days in the user's time zone). */
export interface ReportFilters {
  from: string;
  to: string;
  timeZone: string;
  pipelineId?: string;
  teamId?: string;
  responsibleId?: string;
  source?: string;
}

export type ReportKind = 'deal-funnel' | 'lead-funnel' | 'sales';

/** The query of a report (the lead funnel has no pipeline: leads are not in one). */
function reportQuery(kind: ReportKind, filters: ReportFilters): ReportFilters {
  return kind === 'lead-funnel' ? { ...filters, pipelineId: undefined } : filters;
}

/** A report's CSV download: the same figures as the screen's, as a file (a link, not a fetch). */
export function reportCsvPath(kind: ReportKind, filters: ReportFilters, groupBy: GroupBy) {
  const extra = kind === 'sales' ? { groupBy } : {};
  return `/api/v1/reports/${kind}?${queryString({ ...reportQuery(kind, filters), format: 'csv', ...extra })}`;
}

export function useFunnel(
  kind: 'deal-funnel' | 'lead-funnel',
  filters: ReportFilters,
  enabled: boolean,
) {
  return useQuery({
    queryKey: [`/api/v1/reports/${kind}`, filters],
    queryFn: () =>
      answer(
        client.GET(`/api/v1/reports/${kind}`, { params: { query: reportQuery(kind, filters) } }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useSales(filters: ReportFilters, groupBy: GroupBy, enabled: boolean) {
  return useQuery({
    queryKey: ['/api/v1/reports/sales', filters, groupBy],
    queryFn: () =>
      answer(
        client.GET('/api/v1/reports/sales', {
          params: { query: { ...reportQuery('sales', filters), groupBy } },
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** A record of a drill-down: a deal or a lead, as the list screens show it. */
export interface DrillRecord {
  id: string;
  title: string;
  /** The deal's stage, or the lead's status. */
  stage: string;
  amount: string | null;
  currency: string | null;
  closedAt: string | null;
  createdAt: string;
}

const DRILL_DOWN = /^(\/api\/v1\/(?:deals|leads))\?(.*)$/;

/**
 * The deal or lead list a report's figure links to: a path the report gave, of the API's lists,
 * its query sent as the report wrote it.
 */
export function useDrillDown(path: string | null) {
  const [, list, search] = (path && DRILL_DOWN.exec(path)) || [];
  return useQuery({
    queryKey: [list ?? '', path],
    queryFn: async (): Promise<{ items: DrillRecord[]; total: number }> => {
      const querySerializer = () => search!;
      if (list === '/api/v1/leads') {
        const page = await answer(client.GET('/api/v1/leads', { querySerializer }));
        return {
          total: page.total,
          items: page.items.map(({ id, title, status, createdAt }) => ({
            id,
            title,
            stage: status,
            amount: null,
            currency: null,
            closedAt: null,
            createdAt,
          })),
        };
      }
      const page = await answer(client.GET('/api/v1/deals', { querySerializer }));
      return { total: page.total, items: page.items };
    },
    enabled: !!list,
  });
}
