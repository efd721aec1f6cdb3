import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CUSTOM_PARAM, customFiltersOf } from '@/components/custom-filters';
import { useCustomFields } from '@/lib/custom-fields';
import { useCurrentUser } from '@/lib/session';
import { scopeOf, toFilters, type Scope } from '../api/deal-scope';

export type DealsView = 'board' | 'list';

/**
 * The deals screen's state, kept in the address (so a link or a reload shows the same board):
 * pipeline, board or list, scope, source and search.
 */
export function useDealFilters(defaultPipeline: string | undefined) {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const pipelineId = params.get('pipeline') ?? defaultPipeline ?? '';
  const scope: Scope = scopeOf(params.get('scope'), user);
  const view: DealsView = params.get('view') === 'list' ? 'list' : 'board';
  const source = params.get('source') ?? '';
  const q = params.get('q') ?? '';
  const [debouncedSource] = useDebouncedValue(source, 300);
  const [debouncedQ] = useDebouncedValue(q, 300);
  const customFields = useCustomFields('deal').data;
  // The deals' custom-field filters (`custom.<code>` in the address), sent once typing pauses.
  const [custom] = useDebouncedValue(customFiltersOf(params, customFields ?? []).join('\n'), 300);

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
    () =>
      toFilters(user, {
        pipelineId,
        scope,
        source: debouncedSource,
        q: debouncedQ,
        custom: custom ? custom.split('\n') : [],
      }),
    [user, pipelineId, scope, debouncedSource, debouncedQ, custom],
  );
  return {
    pipelineId,
    scope,
    view,
    source,
    q,
    filters,
    set,
    hasTeam: !!user.teamId,
    customFields: customFields ?? [],
    /** The address's value of a custom field's filter. */
    customValue: (code: string) => params.get(CUSTOM_PARAM + code) ?? '',
    setCustom: (code: string, value: string) => set(CUSTOM_PARAM + code, value),
  };
}
