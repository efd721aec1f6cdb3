import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Schemas } from '../../../../../../libs/api-client/client';
import { answer, client } from '@/lib/api';

export type Product = Schemas['Product'];
export type CreateQuote = Schemas['CreateQuote'];

/** The catalogue's products in a currency (a document never mixes currencies). */
export function useProducts(currency: string) {
  const query = { currency, limit: 200 };
  return useQuery({
    queryKey: ['/api/v1/products', query],
    queryFn: () => answer(client.GET('/api/v1/products', { params: { query } })),
    select: (page) => page.items,
    staleTime: 60_000,
  });
}

/** Creates a quote of the deal; the deal's quotes refetch. */
export function useCreateQuote(dealId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (quote: CreateQuote) => answer(client.POST('/api/v1/quotes', { body: quote })),
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: ({ queryKey: [head] }) =>
          head === '/api/v1/quotes' || head === `/api/v1/deals/${dealId}/timeline`,
      }),
  });
}
