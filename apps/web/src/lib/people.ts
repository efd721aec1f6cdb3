import { useQuery } from '@tanstack/react-query';
import { answer, client, type Schemas } from './api';

export type Me = Schemas['Me'];
export type UserSummary = Schemas['User'];
export type Team = Schemas['Team'];

/** Who the caller is, as the API's access rules see them (a head's team members). */
export function useMe() {
  return useQuery({
    queryKey: ['/api/v1/me'],
    queryFn: () => answer(client.GET('/api/v1/me')),
    staleTime: 5 * 60_000,
  });
}

/** The people the caller may pick from (a team's, or everyone's), by name. */
export function useUsers(filter: { teamId?: string } = {}, enabled = true) {
  return useQuery({
    queryKey: ['/api/v1/users', filter],
    queryFn: () =>
      answer(client.GET('/api/v1/users', { params: { query: { limit: 200, ...filter } } })),
    select: (page) => page.items.filter((u) => u.active && u.role !== 'integration'),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useTeams(enabled = true) {
  return useQuery({
    queryKey: ['/api/v1/teams'],
    // One page of the most a page holds: teams are few.
    queryFn: () => answer(client.GET('/api/v1/teams', { params: { query: { limit: 200 } } })),
    select: (page) => page.items,
    enabled,
    staleTime: 5 * 60_000,
  });
}
