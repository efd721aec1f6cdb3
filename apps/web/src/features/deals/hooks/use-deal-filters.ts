import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type SessionUser, useCurrentUser } from '@/lib/session';
import { type DealFilters } from '../api/deals';

export const SCOPES = ['mine', 'team', 'all'] as const;
export type Scope = (typeof SCOPES)[number];
export type DealsView = 'board' | 'list';

/** Whose deals a screen opens with: a manager's own, a head's team's, everyone's for the rest. */
export function defaultScope(user: Pick<SessionUser, 'role' | 'teamId'>): Scope {
  if (user.role === 'manager') return 'mine';
  if (user.role === 'head' && user.teamId) return 'team';
  return 'all';
}

/** The deals API's filters for a scope and the typed-in filters. */
export function toFilters(
  user: Pick<SessionUser, 'id' | 'teamId'>,
  state: { pipelineId: string; scope: Scope; source: string; q: string },
): DealFilters {
  return {
    pipelineId: state.pipelineId,
    ...(state.scope === 'mine' ? { responsibleId: user.id } : {}),
    ...(state.scope === 'team' && user.teamId ? { teamId: user.teamId } : {}),
    ...(state.source.trim() ? { source: state.source.trim() } : {}),
    ...(state.q.trim() ? { q: state.q.trim() } : {}),
  };
}

/**
 * The deals screen's state, kept in the address (so a link or a reload shows the same board):
 * pipeline, board or list, scope, source and search.
 */
export function useDealFilters(defaultPipeline: string | undefined) {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const pipelineId = params.get('pipeline') ?? defaultPipeline ?? '';
  const scopeParam = params.get('scope');
  const scope: Scope = SCOPES.includes(scopeParam as Scope)
    ? (scopeParam as Scope)
    : defaultScope(user);
  const view: DealsView = params.get('view') === 'list' ? 'list' : 'board';
  const source = params.get('source') ?? '';
  const q = params.get('q') ?? '';
  const [debouncedSource] = useDebouncedValue(source, 300);
  const [debouncedQ] = useDebouncedValue(q, 300);

  const set = useCallback(
    (name: string, value: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const filters = useMemo(
    () => toFilters(user, { pipelineId, scope, source: debouncedSource, q: debouncedQ }),
    [user, pipelineId, scope, debouncedSource, debouncedQ],
  );
  return { pipelineId, scope, view, source, q, filters, set, hasTeam: !!user.teamId };
}
