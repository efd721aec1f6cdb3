import {
  type InfiniteData,
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { answer, client, type Schemas } from '@/lib/api';
import { setValues } from '@/lib/query-string';

export { type RuleSetSummary, type StageRule, usePipelines, useStages } from '@/lib/rules';

export type NextActivity = Schemas['NextActivity'];
export type DealCard = Schemas['DealCard'];
export type CardsPage = Schemas['DealCardPage'];
export type StageTotal = Schemas['StageTotal'];

/** The board's and the list's filters, as the deals API takes them. */
export interface DealFilters {
  pipelineId: string;
  responsibleId?: string;
  teamId?: string;
  source?: string;
  q?: string;
}

const PAGE_SIZE = 30;

export const CARDS_PATH = '/api/v1/deals/cards' as const;
export const TOTALS_PATH = '/api/v1/deals/totals' as const;

/** One column's cards (or the whole list when no stage), newest first, a page at a time. */
export function useDealCards(filters: DealFilters, stage?: string) {
  const params = { ...filters, ...(stage ? { stage } : {}) };
  return useInfiniteQuery({
    queryKey: [CARDS_PATH, params],
    queryFn: ({ pageParam }) =>
      answer(
        client.GET(CARDS_PATH, {
          params: { query: setValues({ ...params, limit: PAGE_SIZE, cursor: pageParam }) },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Each stage's count and amounts under the filters. */
export function useDealTotals(filters: DealFilters) {
  return useQuery({
    queryKey: [TOTALS_PATH, filters],
    queryFn: () =>
      answer(client.GET(TOTALS_PATH, { params: { query: setValues({ ...filters }) } })),
    select: (answer) => new Map(answer.stages.map((s) => [s.stage, s])),
    placeholderData: keepPreviousData,
  });
}

export type CardsData = InfiniteData<CardsPage, string | undefined>;

/**
 * Moves a deal to a stage through its workflow (the rules may refuse: the ApiError's message is
 * their reason). Afterwards the board's cards and totals are read again.
 */
export function useMoveDeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      deal,
      ...body
    }: {
      deal: DealCard;
      to: string;
      lossReason?: string;
      lossNote?: string;
    }) =>
      answer(client.POST('/api/v1/deals/{id}/move', { params: { path: { id: deal.id } }, body })),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [CARDS_PATH] }),
        queryClient.invalidateQueries({ queryKey: [TOTALS_PATH] }),
      ]),
  });
}
