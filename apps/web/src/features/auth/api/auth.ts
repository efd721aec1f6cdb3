import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type SessionView, useOpenedSession } from '@/lib/session';

export function useSignIn() {
  const opened = useOpenedSession();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      api<SessionView>('POST', '/api/v1/session', credentials),
    onSuccess: opened,
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (input: { email: string }) => api<object>('POST', '/api/v1/password-resets', input),
  });
}

export function useSetPassword() {
  const opened = useOpenedSession();
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      api<SessionView>('POST', '/api/v1/password', input),
    onSuccess: opened,
  });
}
