import { type QueryClient } from '@tanstack/react-query';
import { dealBoardQuery } from '@/features/deals/api/board';
import { boardFiltersAt } from '@/features/deals/api/deal-scope';
import { sessionQuery } from '@/lib/session';

/** Screens outside the signed-in layout: they read no session first. */
const SIGNED_OUT_PATHS = ['/sign-in', '/forgot-password', '/set-password'];

/**
 * Starts reading what the first screen needs as the app starts, before React draws anything: the
 * session at once (in parallel with the screen's own chunks, which the router loads before it
 * draws the signed-in layout that asks for it), and, once the session says who is signed in, the
 * data of a deal board the address names. The screens then find it in the cache, or in flight.
 */
export function prefetchFirstScreen(
  queryClient: QueryClient,
  location: Pick<Location, 'pathname' | 'search'>,
): void {
  if (SIGNED_OUT_PATHS.includes(location.pathname)) return;
  void queryClient
    .fetchQuery(sessionQuery)
    .then((session) => {
      const board = session && boardFiltersAt(location, session.user);
      if (board) return queryClient.prefetchQuery(dealBoardQuery(queryClient, board));
    })
    // The screens read again and show what went wrong.
    .catch(() => undefined);
}
