import { useQuery } from '@tanstack/react-query';
import { answer, client, type Schemas } from './api';

export type LeadSource = Schemas['LeadSource'];

const ALL = { limit: 200 };

/**
 * The lead sources catalogue, active and not (one page of the most a page holds: sources are
 * few), by code. A lead's or deal's `source` names one by its code.
 */
export function useLeadSources() {
  return useQuery({
    queryKey: ['/api/v1/lead-sources', ALL],
    queryFn: () => answer(client.GET('/api/v1/lead-sources', { params: { query: ALL } })),
    select: (page) => page.items,
    staleTime: 5 * 60_000,
  });
}

export { sourceName, sourceOptions } from './lead-source-options';
