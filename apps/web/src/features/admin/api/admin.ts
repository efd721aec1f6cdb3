import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Schemas } from '../../../../../../libs/api-client/client';
import { answer, client } from '@/lib/api';

export type User = Schemas['User'];
export type Team = Schemas['Team'];
export type Invitation = Schemas['Invitation'];
export type ApiKey = Schemas['ApiKey'];
export type Payment = Schemas['Payment'];

const USERS = { limit: 200 };
const TEAMS = { limit: 200 };

/** The users (the first 200: an organisation's people, not its customers). */
export function useUsers() {
  return useQuery({
    queryKey: ['/api/v1/users', USERS],
    queryFn: () => answer(client.GET('/api/v1/users', { params: { query: USERS } })),
    select: (page) => page.items,
  });
}

export function useTeams() {
  return useQuery({
    queryKey: ['/api/v1/teams', TEAMS],
    queryFn: () => answer(client.GET('/api/v1/teams', { params: { query: TEAMS } })),
    select: (page) => page.items,
  });
}

/** Invites a person: their user is created and the email with the link to set a password sent. */
export function useInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitation: Invitation) =>
      answer(client.POST('/api/v1/invitations', { body: invitation })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['/api/v1/users'] }),
  });
}

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => answer(client.POST('/api/v1/teams', { body: { name } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['/api/v1/teams'] }),
  });
}

const keysKey = (userId: string) => [`/api/v1/users/${userId}/api-keys`];

export function useApiKeys(userId: string) {
  return useQuery({
    queryKey: keysKey(userId),
    queryFn: () =>
      answer(
        client.GET('/api/v1/users/{id}/api-keys', {
          params: { path: { id: userId }, query: { limit: 200 } },
        }),
      ),
    select: (page) => page.items,
  });
}

/** Issues a key: the answer is the only time the key (and an integration's secret) is shown. */
export function useIssueApiKey(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      answer(
        client.POST('/api/v1/users/{id}/api-keys', {
          params: { path: { id: userId } },
          body: { name },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keysKey(userId) }),
  });
}

export function useRevokeApiKey(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      answer(client.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keysKey(userId) }),
  });
}

const UNMATCHED = { status: 'unmatched' as const, limit: 200 };

/** Payments that matched no invoice when they came: kept for an admin to match. */
export function useUnmatchedPayments() {
  return useQuery({
    queryKey: ['/api/v1/payments', UNMATCHED],
    queryFn: () => answer(client.GET('/api/v1/payments', { params: { query: UNMATCHED } })),
    select: (page) => page.items,
  });
}

/** Matches a payment to the invoice of that number (applied once: a second match answers 409). */
export function useMatchPayment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ paymentId, number }: { paymentId: string; number: string }) => {
      const found = await answer(
        client.GET('/api/v1/invoices', { params: { query: { q: number, limit: 20 } } }),
      );
      const invoice = found.items.find((i) => i.number === number);
      if (!invoice) return { invoice: null };
      await answer(
        client.POST('/api/v1/payments/{id}/match', {
          params: { path: { id: paymentId } },
          body: { invoiceId: invoice.id },
        }),
      );
      return { invoice };
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['/api/v1/payments'] });
      void queryClient.invalidateQueries({ queryKey: ['/api/v1/invoices'] });
    },
  });
}
