import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/** A change as the live stream sends it (GET /api/v1/live, `change` events). */
export interface LiveChange {
  kind: string;
  id: string;
  dealId: string | null;
  leadId: string | null;
}

/** The API's collection path for each kind of record the stream reports. */
const COLLECTIONS: Record<string, string> = {
  deal: '/api/v1/deals',
  lead: '/api/v1/leads',
  activity: '/api/v1/activities',
  quote: '/api/v1/quotes',
  invoice: '/api/v1/invoices',
  contact: '/api/v1/contacts',
  company: '/api/v1/companies',
};

/**
 * Views that show what belongs to a deal or a lead besides the record itself: the board's cards
 * (each deal's next activity) and the upcoming automation (timers move with the stage and with
 * the activities the rules watch). A change to a deal or a lead, or to anything of one, makes them
 * stale.
 */
const DEAL_VIEWS = ['/api/v1/deals/cards', '/api/v1/automation'];
/** The deal board's first request (features/deals/api/board.ts): never refetched by a change. */
const BOARD_SEED = '/api/v1/deals/board';
const LEAD_VIEWS = ['/api/v1/automation'];

/**
 * The query keys a change makes stale: everything read under its kind's path (lists, today's and
 * overdue activities, counters, the records; only queries on screen refetch), and the deal or lead
 * it belongs to (a deal page shows its activities, quotes and invoices). Keys are the API's own
 * paths: ['/api/v1/deals', params] for a list, ['/api/v1/deals/<id>', …] for a record.
 */
export function staleKeys(change: LiveChange): (key: readonly unknown[]) => boolean {
  // A record's pending rule timers changed (kind `automation`): its automation views only.
  if (change.kind === 'automation') {
    const record = change.dealId
      ? `/api/v1/deals/${change.dealId}`
      : `/api/v1/leads/${change.leadId}`;
    return ([head]) =>
      typeof head === 'string' &&
      (head.startsWith('/api/v1/automation') || head === `${record}/automation`);
  }
  const collection = COLLECTIONS[change.kind];
  const owners = [
    change.dealId && `/api/v1/deals/${change.dealId}`,
    change.leadId && `/api/v1/leads/${change.leadId}`,
    ...(change.dealId || change.kind === 'deal' ? DEAL_VIEWS : []),
    ...(change.leadId || change.kind === 'lead' ? LEAD_VIEWS : []),
  ].filter(Boolean) as string[];
  return (key) => {
    const head = key[0];
    // The board's first request only seeds its columns and totals, which refetch themselves.
    if (typeof head !== 'string' || head === BOARD_SEED) return false;
    if (collection && (head === collection || head.startsWith(`${collection}/`))) return true;
    return owners.some((owner) => head.startsWith(owner));
  };
}

function invalidate(queryClient: QueryClient, change: LiveChange) {
  const stale = staleKeys(change);
  void queryClient.invalidateQueries({ predicate: (query) => stale(query.queryKey) });
}

/**
 * Keeps what the signed-in user sees fresh: the live stream reports every change to a record they
 * may see (automation included), and the queries showing it refetch. EventSource reconnects by
 * itself and sends Last-Event-ID, so nothing is missed across a short drop.
 */
export function useLiveUpdates(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/v1/live');
    source.addEventListener('change', (event) => {
      invalidate(queryClient, JSON.parse((event as MessageEvent<string>).data) as LiveChange);
    });
    return () => source.close();
  }, [enabled, queryClient]);
}
