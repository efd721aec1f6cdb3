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
import { type StageRule } from '@/lib/rules';
import {
  CARDS_PATH,
  cardsKey,
  COLUMN_PAGE_SIZE,
  dealBoardQuery,
  TOTALS_PATH,
  totalsKey,
} from './board';
import { type DealFilters } from './deal-scope';

export { type RuleSetSummary, type StageRule, usePipelines, useStages } from '@/lib/rules';

export type NextActivity = Schemas['NextActivity'];
export type DealCard = Schemas['DealCard'];
export type CardsPage = Schemas['DealCardPage'];
export type StageTotal = Schemas['StageTotal'];

export { type DealFilters } from './deal-scope';
export { CARDS_PATH, TOTALS_PATH } from './board';

/** The list's page. */
const PAGE_SIZE = 30;

/**
 * One column's cards (or the whole list when no stage), newest first, a page at a time. `enabled`
 * false while the board's own request (useDealBoard) is bringing the first page.
 */
export function useDealCards(filters: DealFilters, stage?: string, enabled = true) {
  const [, params] = cardsKey(filters, stage);
  const limit = stage ? COLUMN_PAGE_SIZE : PAGE_SIZE;
  return useInfiniteQuery({
    queryKey: cardsKey(filters, stage),
    queryFn: ({ pageParam }) =>
      answer(
        client.GET(CARDS_PATH, {
          params: { query: setValues({ ...params, limit, cursor: pageParam }) },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Each stage's count and amounts under the filters (`enabled` as useDealCards'). */
export function useDealTotals(filters: DealFilters, enabled = true) {
  return useQuery({
    queryKey: totalsKey(filters),
    queryFn: () =>
      answer(client.GET(TOTALS_PATH, { params: { query: setValues({ ...filters }) } })),
    select: (answer) => new Map(answer.stages.map((s) => [s.stage, s])),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * The board of the filters' pipeline in one request: its stages (those of the pipeline's latest
 * rules), and each column's first cards and totals put where useDealCards and useDealTotals read
 * them. Null filters: not wanted (the list view).
 */
export function useDealBoard(filters: DealFilters | null) {
  const queryClient = useQueryClient();
  return useQuery({
    ...dealBoardQuery(queryClient, filters ?? { pipelineId: '' }),
    // Other filters of the same pipeline: its columns stay drawn (with their previous cards)
    // while the new first cards come; another pipeline's are not shown meanwhile.
    placeholderData: (previous) =>
      previous?.pipelineId === filters?.pipelineId ? previous : undefined,
    select: (board): StageRule[] =>
      board.columns.map((c) => ({ ...c.stage, kind: c.stage.kind as StageRule['kind'] })),
    enabled: filters !== null,
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
