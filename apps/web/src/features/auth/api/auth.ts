import { useMutation } from '@tanstack/react-query';
import { answer, client } from '@/lib/api';
import { useOpenedSession } from '@/lib/session';

export function useSignIn() {
  const opened = useOpenedSession();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      answer(client.POST('/api/v1/session', { body: credentials })),
    onSuccess: opened,
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (input: { email: string }) =>
      answer(client.POST('/api/v1/password-resets', { body: input })),
  });
}

export function useSetPassword() {
  const opened = useOpenedSession();
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      answer(client.POST('/api/v1/password', { body: input })),
    onSuccess: opened,
  });
}
