import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, client, type Schemas } from '@/lib/api';

export type Activity = Schemas['Activity'];
export type ActivityType = Activity['type'];
export type ActivityCounters = Schemas['ActivityCounters'];
export type UpcomingAutomation = Schemas['UpcomingAutomation'];

/** Whose day: a user's id, in the time zone their "today" is counted in. */
export interface Agenda {
  userId: string;
  timeZone: string;
}

const ACTIVITIES = '/api/v1/activities' as const;

export function useActivityCounters(agenda: Agenda) {
  return useQuery({
    queryKey: [`${ACTIVITIES}/counters`, agenda],
    queryFn: () => answer(client.GET(`${ACTIVITIES}/counters`, { params: { query: agenda } })),
  });
}

/** Today's (`today`) or the overdue (`overdue`) planned activities, soonest first. */
export function useAgenda(which: 'today' | 'overdue', agenda: Agenda) {
  return useQuery({
    queryKey: [`${ACTIVITIES}/${which}`, agenda],
    queryFn: () =>
      answer(
        client.GET(`${ACTIVITIES}/${which}`, { params: { query: { ...agenda, limit: 100 } } }),
      ),
  });
}

/** What the rules will do next across the person's open deals and leads, soonest first. */
export function useUpcomingAutomation(responsibleId: string) {
  return useQuery({
    queryKey: ['/api/v1/automation/upcoming', { responsibleId }],
    queryFn: () =>
      answer(
        client.GET('/api/v1/automation/upcoming', {
          params: { query: { responsibleId, limit: 20 } },
        }),
      ),
  });
}

type Change =
  | { action: 'complete'; activity: Activity; outcome?: string }
  | {
      action: 'reschedule';
      activity: Activity;
      dueAt: string;
      remindBeforeMinutes?: number | null;
    }
  | { action: 'cancel'; activity: Activity };

/**
 * Completes, reschedules or cancels an activity at the version shown (If-Match: a change made
 * meanwhile is refused, not overwritten); then My day and the automation are read again.
 */
export function useChangeActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: Change) => {
      const params = {
        path: { id: change.activity.id },
        header: { 'If-Match': `"${change.activity.version}"` },
      };
      switch (change.action) {
        case 'complete':
          return answer(
            client.POST(`${ACTIVITIES}/{id}/complete`, {
              params,
              body: change.outcome ? { outcome: change.outcome } : {},
            }),
          );
        case 'reschedule':
          return answer(
            client.POST(`${ACTIVITIES}/{id}/reschedule`, {
              params,
              body: { dueAt: change.dueAt, remindBeforeMinutes: change.remindBeforeMinutes },
            }),
          );
        case 'cancel':
          return answer(client.POST(`${ACTIVITIES}/{id}/cancel`, { params }));
      }
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [`${ACTIVITIES}/today`] }),
        queryClient.invalidateQueries({ queryKey: [`${ACTIVITIES}/overdue`] }),
        queryClient.invalidateQueries({ queryKey: [`${ACTIVITIES}/counters`] }),
        queryClient.invalidateQueries({ queryKey: ['/api/v1/automation/upcoming'] }),
      ]),
  });
}
