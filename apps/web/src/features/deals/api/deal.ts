import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, client, type Schemas } from '@/lib/api';

export type Deal = Schemas['Deal'];
/** The fields the deal page edits. */
export type DealChanges = Pick<
  Schemas['UpdateDeal'],
  'title' | 'amount' | 'probability' | 'expectedCloseDate' | 'source' | 'custom'
>;
export type DealDocument = Schemas['Quote'] | Schemas['Invoice'];
export type Payment = Schemas['Payment'];

const path = (id: string) => `/api/v1/deals/${id}`;

export function useDeal(id: string) {
  return useQuery({
    queryKey: [path(id)],
    queryFn: () => answer(client.GET('/api/v1/deals/{id}', { params: { path: { id } } })),
  });
}

export function useDealDocuments(kind: 'quotes' | 'invoices', dealId: string) {
  return useQuery({
    queryKey: [`/api/v1/${kind}`, { dealId }],
    queryFn: () =>
      answer(client.GET(`/api/v1/${kind}`, { params: { query: { dealId, limit: 200 } } })),
    select: (page): DealDocument[] => page.items,
  });
}

/** The payments applied to the deal's invoices (kept under the invoices: a payment changes one). */
export function useDealPayments(dealId: string, invoiceIds: string[] | undefined) {
  return useQuery({
    queryKey: ['/api/v1/invoices', { dealId }, 'payments', invoiceIds],
    queryFn: async () => {
      const pages = await Promise.all(
        invoiceIds!.map((invoiceId) =>
          answer(client.GET('/api/v1/payments', { params: { query: { invoiceId, limit: 200 } } })),
        ),
      );
      return pages.flatMap((p) => p.items);
    },
    enabled: !!invoiceIds,
  });
}

/**
 * Saves the fields changed, at the version they were read at (If-Match): a change someone made
 * meanwhile is refused (409 stale-version), never overwritten.
 */
export function useUpdateDeal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, changes }: { version: number; changes: DealChanges }) =>
      answer(
        client.PATCH('/api/v1/deals/{id}', {
          params: { path: { id }, header: { 'If-Match': `"${version}"` } },
          body: changes,
        }),
      ),
    onSuccess: (deal) => queryClient.setQueryData([path(id)], deal),
    // Refused as stale: read the version that won, to show it.
    onError: () => queryClient.invalidateQueries({ queryKey: [path(id)] }),
  });
}

/** A move: the stage, and for a lost stage why (a loss reason's code) and a note. */
export type MoveRequest = Pick<Schemas['MoveDeal'], 'to' | 'lossReason' | 'lossNote'>;

/** Asks the deal's workflow to move it (the rules may refuse: the error's message is why). */
export function useMoveDealTo(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MoveRequest) =>
      answer(client.POST('/api/v1/deals/{id}/move', { params: { path: { id } }, body })),
    // Re-reads the deal and what hangs off it (timeline, automation, documents) without holding
    // the Move button busy until the slowest of them answers: returning this promise once kept it
    // disabled for over 15 s in CI, long after the move itself showed.
    onSettled: () => {
      void queryClient.invalidateQueries({
        predicate: ({ queryKey: [head] }) => typeof head === 'string' && head.startsWith(path(id)),
      });
    },
  });
}

/** A head or an admin cancels an invoice of the deal with a reason (If-Match: the version shown). */
export function useCancelInvoice(dealId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, reason }: { id: string; version: number; reason: string }) =>
      answer(
        client.POST('/api/v1/invoices/{id}/cancel', {
          params: { path: { id }, header: { 'If-Match': `"${version}"` } },
          body: { reason },
        }),
      ),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['/api/v1/invoices', { dealId }] });
      void queryClient.invalidateQueries({ queryKey: [`${path(dealId)}/automation`] });
    },
  });
}
