import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { usePreferences } from '@/lib/preferences';
import { toWallTime } from '@/lib/zoned-time';
import { GROUP_BY, type GroupBy, type ReportFilters, type ReportKind } from '../api/reports';

const KINDS: ReportKind[] = ['deal-funnel', 'lead-funnel', 'sales'];

/**
 * The reports screen's state, kept in the address (a link shows the same figures): which report,
 * the period (this month so far unless chosen), pipeline, team, manager, source and grouping.
 */
export function useReportFilters(defaultPipeline: string | undefined) {
  const { timeZone } = usePreferences();
  const [params, setParams] = useSearchParams();
  const today = toWallTime(new Date(), timeZone).slice(0, 10);
  const kindParam = params.get('report') as ReportKind;
  const kind: ReportKind = KINDS.includes(kindParam) ? kindParam : 'deal-funnel';
  const groupParam = params.get('groupBy') as GroupBy;
  const groupBy: GroupBy = GROUP_BY.includes(groupParam) ? groupParam : 'manager';
  const from = params.get('from') ?? `${today.slice(0, 8)}01`;
  const to = params.get('to') ?? today;
  const pipelineId = params.get('pipeline') ?? defaultPipeline ?? '';
  const teamId = params.get('team') ?? '';
  const responsibleId = params.get('person') ?? '';
  const source = params.get('source') ?? '';
  const [debouncedSource] = useDebouncedValue(source, 300);

  const set = useCallback(
    (name: string, value: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const filters = useMemo<ReportFilters>(
    () => ({
      from,
      to,
      timeZone,
      ...(pipelineId ? { pipelineId } : {}),
      ...(teamId ? { teamId } : {}),
      ...(responsibleId ? { responsibleId } : {}),
      ...(debouncedSource.trim() ? { source: debouncedSource.trim() } : {}),
    }),
    [from, to, timeZone, pipelineId, teamId, responsibleId, debouncedSource],
  );
  return { kind, groupBy, from, to, pipelineId, teamId, responsibleId, source, filters, set };
}
