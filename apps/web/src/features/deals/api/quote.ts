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

export type QuoteTemplate = Schemas['QuoteTemplate'];
export type DealProducts = Schemas['DealProducts'];

/** The quote templates a deal in this currency can be quoted from. */
export function useQuoteTemplates(currency: string) {
  const query = { currency, limit: 200 };
  return useQuery({
    queryKey: ['/api/v1/quote-templates', query],
    queryFn: () => answer(client.GET('/api/v1/quote-templates', { params: { query } })),
    select: (page) => page.items,
    staleTime: 60_000,
  });
}

/** Makes a quote of the deal from a template; the deal's quotes refetch. */
export function useCreateQuoteFromTemplate(dealId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { templateId: string; includeDealProducts: boolean }) =>
      answer(client.POST('/api/v1/quotes/from-template', { body: { ...body, dealId } })),
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: ({ queryKey: [head] }) =>
          head === '/api/v1/quotes' || head === `/api/v1/deals/${dealId}/timeline`,
      }),
  });
}

/** The deal's product rows and their totals. */
export function useDealProducts(dealId: string) {
  return useQuery({
    queryKey: [`/api/v1/deals/${dealId}/products`],
    queryFn: () =>
      answer(client.GET('/api/v1/deals/{id}/products', { params: { path: { id: dealId } } })),
  });
}

/** Replaces the deal's product rows; the deal (its amount) and its rows refetch. */
export function useReplaceDealProducts(dealId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ rows, version }: { rows: CreateQuote['rows']; version: number }) =>
      answer(
        client.PUT('/api/v1/deals/{id}/products', {
          params: { path: { id: dealId }, header: { 'If-Match': `"${version}"` } },
          body: { rows },
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: ({ queryKey: [head] }) =>
          typeof head === 'string' && head.startsWith(`/api/v1/deals/${dealId}`),
      }),
  });
}

/** The deal's amount follows its products again (it was set by hand). */
export function useFollowProducts(dealId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      answer(
        client.PATCH('/api/v1/deals/{id}', {
          params: { path: { id: dealId }, header: { 'If-Match': `"${version}"` } },
          body: { amountManual: false },
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: ({ queryKey: [head] }) =>
          typeof head === 'string' && head.startsWith(`/api/v1/deals/${dealId}`),
      }),
  });
}
