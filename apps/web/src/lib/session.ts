import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, ApiError, client, type Schemas, setCsrfToken } from './api';
import { type Language } from './i18n/languages';

export type SessionUser = Schemas['SessionUserView'];
export type SessionView = Schemas['SessionView'];

export const SESSION_KEY = ['/api/v1/session'] as const;

/** This browser's session: the signed-in user, or null when nobody is signed in. */
export const sessionQuery = queryOptions({
  queryKey: SESSION_KEY,
  queryFn: async (): Promise<SessionView | null> => {
    try {
      const session = await answer(client.GET('/api/v1/session'));
      setCsrfToken(session.csrfToken);
      return session;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: Infinity,
  retry: false,
});

export function useSession() {
  return useQuery(sessionQuery);
}

/** The signed-in user: only under the signed-in layout, which waits for it. */
export function useCurrentUser(): SessionUser {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser outside a signed-in screen');
  return data.user;
}

/** Keeps a session a sign-in or a set-password link opened, as the current one. */
export function useOpenedSession() {
  const queryClient = useQueryClient();
  return (session: SessionView) => {
    setCsrfToken(session.csrfToken);
    queryClient.setQueryData(SESSION_KEY, session);
  };
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => answer(client.DELETE('/api/v1/session')),
    onSettled: () => {
      setCsrfToken(null);
      // Nothing of the signed-out user stays in the cache.
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, null);
    },
  });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: { language?: Language; timeZone?: string }) =>
      answer(client.PUT('/api/v1/me/preferences', { body: preferences })),
    onSuccess: (user) =>
      queryClient.setQueryData<SessionView | null>(SESSION_KEY, (session) =>
        session ? { ...session, user } : session,
      ),
  });
}
