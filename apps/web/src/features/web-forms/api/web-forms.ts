import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, client, type Schemas } from '@/lib/api';

export type WebForm = Schemas['WebForm'];
export type WebFormInput = Schemas['CreateWebForm'];
export type WebFormFieldName = Schemas['WebFormFieldInput']['field'];

const FORMS = '/api/v1/web-forms' as const;

export function useWebForms() {
  return useQuery({
    queryKey: [FORMS],
    queryFn: () => answer(client.GET(FORMS, { params: { query: { limit: 200 } } })),
    select: (page) => page.items,
  });
}

/** What a form may name: the active lead sources, the users and the teams. */
export function useFormChoices() {
  const sources = useQuery({
    queryKey: ['/api/v1/lead-sources', { active: true }],
    queryFn: () =>
      answer(
        client.GET('/api/v1/lead-sources', { params: { query: { active: true, limit: 200 } } }),
      ),
    select: (page) => page.items,
  });
  const users = useQuery({
    queryKey: ['/api/v1/users', { limit: 200 }],
    queryFn: () => answer(client.GET('/api/v1/users', { params: { query: { limit: 200 } } })),
    select: (page) => page.items.filter((u) => u.active && u.role !== 'integration'),
  });
  const teams = useQuery({
    queryKey: ['/api/v1/teams', { limit: 200 }],
    queryFn: () => answer(client.GET('/api/v1/teams', { params: { query: { limit: 200 } } })),
    select: (page) => page.items,
  });
  return { sources, users, teams };
}

/** Defines a form (once per submit: a fresh Idempotency-Key). */
export function useCreateWebForm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WebFormInput) =>
      answer(
        client.POST(FORMS, {
          params: { header: { 'Idempotency-Key': crypto.randomUUID() } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [FORMS] }),
  });
}

/** Deactivates a form at the version shown: its page answers 404 from then on. */
export function useDeactivateWebForm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (form: WebForm) =>
      answer(
        client.DELETE(`${FORMS}/{id}`, {
          params: { path: { id: form.id }, header: { 'If-Match': `"${form.version}"` } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [FORMS] }),
  });
}
