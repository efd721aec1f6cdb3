import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from './api';
import { type Language } from './i18n/languages';

// TODO(contract): these two come from the generated client (Schemas['SessionView']) once it lands.
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'salesops' | 'head' | 'manager' | 'integration';
  teamId: string | null;
  language: Language | null;
  timeZone: string | null;
}
export interface SessionView {
  user: SessionUser;
  csrfToken: string;
  expiresAt: string;
}

export const SESSION_KEY = ['/api/v1/session'] as const;

/** This browser's session: the signed-in user, or null when nobody is signed in. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<SessionView | null> => {
      try {
        const session = await api<SessionView>('GET', '/api/v1/session');
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
    mutationFn: () => api<void>('DELETE', '/api/v1/session'),
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
      api<SessionUser>('PUT', '/api/v1/me/preferences', preferences),
    onSuccess: (user) =>
      queryClient.setQueryData<SessionView | null>(SESSION_KEY, (session) =>
        session ? { ...session, user } : session,
      ),
  });
}
