import { QueryClient } from '@tanstack/react-query';

/**
 * Server state lives here only, keyed by the API's own resource paths
 * (['/api/v1/deals', { pipeline }]). Live updates invalidate by those keys.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) =>
          failures < 2 && !(error instanceof Error && /\b4\d\d\b/.test(error.message)),
        refetchOnWindowFocus: true,
      },
    },
  });
}
