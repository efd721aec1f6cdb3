import { useQuery } from '@tanstack/react-query';
import { answer, client, type Schemas } from './api';

export type Automation = Schemas['Automation'];

/**
 * What a deal's or a lead's workflow waits for and did last. The key is the record's path and
 * `/automation`, which a live `automation` change invalidates (lib/live.ts).
 */
export function useAutomation(owner: 'deals' | 'leads', id: string) {
  return useQuery({
    queryKey: [`/api/v1/${owner}/${id}/automation`],
    queryFn: () => {
      const params = { path: { id } };
      return owner === 'deals'
        ? answer(client.GET('/api/v1/deals/{id}/automation', { params }))
        : answer(client.GET('/api/v1/leads/{id}/automation', { params }));
    },
  });
}
