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

/** Changes a user's name, role, team or activity at the version shown (If-Match). */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ user, changes }: { user: User; changes: Schemas['UpdateUser'] }) =>
      answer(
        client.PATCH('/api/v1/users/{id}', {
          params: { path: { id: user.id }, header: { 'If-Match': `"${user.version}"` } },
          body: changes,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['/api/v1/users'] }),
  });
}

export type WebhookEndpoint = Schemas['WebhookEndpoint'];
const ENDPOINTS = ['/api/v1/webhook-endpoints'];

/** The outbound webhook endpoints (every one not removed, oldest first). */
export function useWebhookEndpoints() {
  return useQuery({
    queryKey: ENDPOINTS,
    queryFn: () => answer(client.GET('/api/v1/webhook-endpoints')),
  });
}

/** Registers an endpoint: the answer is the only time its signing secret is shown. */
export function useRegisterWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateWebhookEndpoint']) =>
      answer(
        client.POST('/api/v1/webhook-endpoints', {
          params: { header: { 'Idempotency-Key': crypto.randomUUID() } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ENDPOINTS }),
  });
}

export function useUpdateWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: Schemas['UpdateWebhookEndpoint'] }) =>
      answer(
        client.PATCH('/api/v1/webhook-endpoints/{id}', { params: { path: { id } }, body: changes }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ENDPOINTS }),
  });
}

/** A new signing secret for an endpoint, shown this once; the old one signs nothing more. */
export function useRotateWebhookSecret() {
  return useMutation({
    mutationFn: (id: string) =>
      answer(client.POST('/api/v1/webhook-endpoints/{id}/secret', { params: { path: { id } } })),
  });
}

export function useRemoveWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      answer(client.DELETE('/api/v1/webhook-endpoints/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ENDPOINTS }),
  });
}

/** An endpoint's latest deliveries, each with its attempts and the answers. */
export function useWebhookDeliveries(id: string) {
  const query = { limit: 50 };
  return useQuery({
    queryKey: [`/api/v1/webhook-endpoints/${id}/deliveries`, query],
    queryFn: () =>
      answer(
        client.GET('/api/v1/webhook-endpoints/{id}/deliveries', {
          params: { path: { id }, query },
        }),
      ),
    select: (page) => page.items,
  });
}

export type NewCustomField = Schemas['CreateCustomField'];
export type CustomFieldChanges = Schemas['UpdateCustomField'];

/** Defines a custom field (keyed, so a retried click defines it once). */
export function useCreateCustomField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ field, key }: { field: NewCustomField; key: string }) =>
      answer(
        client.POST('/api/v1/custom-fields', {
          params: { header: { 'Idempotency-Key': key } },
          body: field,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['/api/v1/custom-fields'] }),
  });
}

/** Changes a custom field at the version shown (If-Match). */
export function useUpdateCustomField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      version,
      changes,
    }: {
      id: string;
      version: number;
      changes: CustomFieldChanges;
    }) =>
      answer(
        client.PATCH('/api/v1/custom-fields/{id}', {
          params: { path: { id }, header: { 'If-Match': `"${version}"` } },
          body: changes,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['/api/v1/custom-fields'] }),
  });
}
