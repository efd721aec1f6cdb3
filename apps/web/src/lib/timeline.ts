import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, client, type Schemas } from './api';

export type TimelineItem = Schemas['TimelineItem'];

/** The records that keep a timeline and take comments, by their collection in the API. */
export type TimelineOwner = 'deals' | 'leads' | 'contacts' | 'companies';

const PAGE_SIZE = 30;

/** The record's path, also the head of its queries' keys (live changes invalidate by it). */
export const recordPath = (owner: TimelineOwner, id: string) => `/api/v1/${owner}/${id}`;

// One typed call per owner: the four routes answer the same page, but the client types each path.
function timelinePage(owner: TimelineOwner, id: string, cursor: string | undefined) {
  const params = { path: { id }, query: { limit: PAGE_SIZE, cursor } };
  switch (owner) {
    case 'deals':
      return answer(client.GET('/api/v1/deals/{id}/timeline', { params }));
    case 'leads':
      return answer(client.GET('/api/v1/leads/{id}/timeline', { params }));
    case 'contacts':
      return answer(client.GET('/api/v1/contacts/{id}/timeline', { params }));
    case 'companies':
      return answer(client.GET('/api/v1/companies/{id}/timeline', { params }));
  }
}

function postComment(owner: TimelineOwner, id: string, body: string) {
  const init = { params: { path: { id } }, body: { body } };
  switch (owner) {
    case 'deals':
      return answer(client.POST('/api/v1/deals/{id}/comments', init));
    case 'leads':
      return answer(client.POST('/api/v1/leads/{id}/comments', init));
    case 'contacts':
      return answer(client.POST('/api/v1/contacts/{id}/comments', init));
    case 'companies':
      return answer(client.POST('/api/v1/companies/{id}/comments', init));
  }
}

/**
 * A record's timeline (stage changes, activities, emails, documents, payments, comments), newest
 * first, a page at a time.
 */
export function useTimeline(owner: TimelineOwner, id: string) {
  return useInfiniteQuery({
    queryKey: [`${recordPath(owner, id)}/timeline`],
    queryFn: ({ pageParam }) => timelinePage(owner, id, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** A comment on the record; it shows in its timeline. */
export function useComment(owner: TimelineOwner, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => postComment(owner, id, body),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: [`${recordPath(owner, id)}/timeline`] }),
  });
}
