import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { answer, client, type Schemas } from '@/lib/api';
import { queryString } from '@/lib/query-string';

/** The lists the record screens show, and the record each holds. */
export interface ListItems {
  '/api/v1/leads': Schemas['Lead'];
  '/api/v1/contacts': Schemas['Contact'];
  '/api/v1/companies': Schemas['Company'];
  '/api/v1/quotes': Schemas['Quote'];
  '/api/v1/invoices': Schemas['Invoice'];
  '/api/v1/payments': Schemas['Payment'];
}
export type ListPath = keyof ListItems;

/** A page of one of those lists: the items, how many match, the cursor of the next page. */
export interface Page<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

export const PAGE_SIZE = 25;

/** Reads a page of each list, the query (the screen's filters, the page) as given. */
const LISTS: { [P in ListPath]: (query: string) => Promise<Page<ListItems[P]>> } = {
  '/api/v1/leads': (query) => answer(client.GET('/api/v1/leads', { querySerializer: () => query })),
  '/api/v1/contacts': (query) =>
    answer(client.GET('/api/v1/contacts', { querySerializer: () => query })),
  '/api/v1/companies': (query) =>
    answer(client.GET('/api/v1/companies', { querySerializer: () => query })),
  '/api/v1/quotes': (query) =>
    answer(client.GET('/api/v1/quotes', { querySerializer: () => query })),
  '/api/v1/invoices': (query) =>
    answer(client.GET('/api/v1/invoices', { querySerializer: () => query })),
  '/api/v1/payments': (query) =>
    answer(client.GET('/api/v1/payments', { querySerializer: () => query })),
};

/**
 * A list of the API (`/api/v1/leads`, …) under filters, a page at a time ("Show more" reads the
 * next one). The key is the list's path and its filters, so live changes refetch it. The filters
 * are the screen's (named as the list's query parameters), sent as they are.
 */
export function useRecordList<P extends ListPath>(
  path: P,
  filters: Record<string, string | string[]>,
) {
  return useInfiniteQuery({
    queryKey: [path, filters],
    queryFn: ({ pageParam }) =>
      LISTS[path](queryString({ ...filters, limit: PAGE_SIZE, cursor: pageParam })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** The kinds of record the list screens create. */
export type NewRecordKind = 'lead' | 'contact' | 'company';

const CREATE: {
  [K in NewRecordKind]: (body: Record<string, unknown>) => Promise<{ id: string }>;
} = {
  lead: (body) => answer(client.POST('/api/v1/leads', { body: body as Schemas['CreateLead'] })),
  contact: (body) =>
    answer(client.POST('/api/v1/contacts', { body: body as Schemas['CreateContact'] })),
  company: (body) =>
    answer(client.POST('/api/v1/companies', { body: body as Schemas['CreateCompany'] })),
};

const LIST_OF: Record<NewRecordKind, ListPath> = {
  lead: '/api/v1/leads',
  contact: '/api/v1/contacts',
  company: '/api/v1/companies',
};

/**
 * Creates a lead, a contact or a company. A record like one that exists is refused with 409
 * `duplicate-record` (the ApiError's `matches`) unless the body says `allowDuplicate: true`.
 */
export function useCreateRecord(kind: NewRecordKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => CREATE[kind](body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [LIST_OF[kind]] }),
  });
}
