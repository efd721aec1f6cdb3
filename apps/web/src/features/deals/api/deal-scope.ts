import { type SessionUser } from '@/lib/session';

/** The board's and the list's filters, as the deals API takes them. */
export interface DealFilters {
  pipelineId: string;
  responsibleId?: string;
  teamId?: string;
  source?: string;
  q?: string;
  /** Custom field filters, `<code>:<value>` (the API's repeatable `custom`). */
  custom?: string[];
}

export const SCOPES = ['mine', 'team', 'all'] as const;
export type Scope = (typeof SCOPES)[number];

/** Whose deals a screen opens with: a manager's own, a head's team's, everyone's for the rest. */
export function defaultScope(user: Pick<SessionUser, 'role' | 'teamId'>): Scope {
  if (user.role === 'manager') return 'mine';
  if (user.role === 'head' && user.teamId) return 'team';
  return 'all';
}

/** The scope the address names, or the user's default. */
export function scopeOf(param: string | null, user: Pick<SessionUser, 'role' | 'teamId'>): Scope {
  return SCOPES.includes(param as Scope) ? (param as Scope) : defaultScope(user);
}

/** The deals API's filters for a scope and the typed-in filters. */
export function toFilters(
  user: Pick<SessionUser, 'id' | 'teamId'>,
  state: { pipelineId: string; scope: Scope; source: string; q: string; custom?: string[] },
): DealFilters {
  return {
    pipelineId: state.pipelineId,
    ...(state.scope === 'mine' ? { responsibleId: user.id } : {}),
    ...(state.scope === 'team' && user.teamId ? { teamId: user.teamId } : {}),
    ...(state.source.trim() ? { source: state.source.trim() } : {}),
    ...(state.q.trim() ? { q: state.q.trim() } : {}),
    ...(state.custom?.length ? { custom: state.custom } : {}),
  };
}

/**
 * The filters of the board an address shows (`/deals?pipeline=…`, the board view), as the deals
 * screen reads them from it; null for any other screen, the list view, or no pipeline named.
 */
export function boardFiltersAt(
  location: Pick<Location, 'pathname' | 'search'>,
  user: Pick<SessionUser, 'id' | 'role' | 'teamId'>,
): DealFilters | null {
  if (location.pathname !== '/deals') return null;
  const params = new URLSearchParams(location.search);
  const pipelineId = params.get('pipeline');
  if (!pipelineId || params.get('view') === 'list') return null;
  // Custom-field filters are read with their fields' definitions: the screen asks for those.
  if ([...params.keys()].some((key) => key.startsWith('custom.'))) return null;
  return toFilters(user, {
    pipelineId,
    scope: scopeOf(params.get('scope'), user),
    source: params.get('source') ?? '',
    q: params.get('q') ?? '',
  });
}
