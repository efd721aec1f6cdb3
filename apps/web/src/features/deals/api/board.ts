import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { answer, client, type Schemas } from '@/lib/api';
import { setValues } from '@/lib/query-string';
import { type DealFilters } from './deal-scope';

export type DealBoard = Schemas['DealBoard'];
type Totals = Schemas['DealTotals'];

export const CARDS_PATH = '/api/v1/deals/cards' as const;
export const TOTALS_PATH = '/api/v1/deals/totals' as const;
export const BOARD_PATH = '/api/v1/deals/board' as const;

/**
 * A board column's page: a column shows four or five cards, and seven columns of 30 cards cost
 * the API and the first render more than the board's 1.5 s budget allows at 100,000 deals
 * (bench/web.bench.ts); the next page comes as the column is scrolled.
 */
export const COLUMN_PAGE_SIZE = 15;

/** The query key of a board column's cards (or of the list's, without a stage). */
export const cardsKey = (filters: DealFilters, stage?: string) =>
  [CARDS_PATH, { ...filters, ...(stage ? { stage } : {}) }] as const;
export const totalsKey = (filters: DealFilters) => [TOTALS_PATH, filters] as const;

/**
 * A pipeline's whole board in one request (GET /deals/board), for its first paint: the answer
 * fills the queries the board then keeps up to date on their own — each column's cards (its first
 * page) and the column heads' totals — where they hold nothing yet. Its own entry is only that
 * seed: never stale (live changes and moves refetch the columns and totals, not it).
 */
export function dealBoardQuery(queryClient: QueryClient, filters: DealFilters) {
  return queryOptions({
    queryKey: [BOARD_PATH, filters],
    queryFn: async () => {
      const board = await answer(
        client.GET(BOARD_PATH, {
          params: {
            query: {
              ...setValues({ ...filters, limit: COLUMN_PAGE_SIZE }),
              pipelineId: filters.pipelineId,
            },
          },
        }),
      );
      seedColumns(queryClient, filters, board);
      return board;
    },
    staleTime: Infinity,
  });
}

function seedColumns(queryClient: QueryClient, filters: DealFilters, board: DealBoard): void {
  for (const column of board.columns) {
    const key = cardsKey(filters, column.stage.id);
    if (queryClient.getQueryData(key) === undefined)
      queryClient.setQueryData(key, { pages: [column.cards], pageParams: [undefined] });
  }
  const totals: Totals = {
    stages: board.columns
      .filter((c) => c.count > 0)
      .map((c) => ({ stage: c.stage.id, count: c.count, amounts: c.amounts })),
  };
  if (queryClient.getQueryData(totalsKey(filters)) === undefined)
    queryClient.setQueryData(totalsKey(filters), totals);
}
