import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, client, type Schemas } from '@/lib/api';
import { type Changes } from '@/components/record-form';

export type Contact = Schemas['Contact'];
export type Company = Schemas['Company'];
export type Deal = Schemas['Deal'];

/** How many linked records a page shows (a customer with more is rare; the lists have them all). */
const LINKED = 50;

export function useContact(id: string) {
  return useQuery({
    queryKey: [`/api/v1/contacts/${id}`],
    queryFn: () => answer(client.GET('/api/v1/contacts/{id}', { params: { path: { id } } })),
  });
}

export function useCompany(id: string) {
  return useQuery({
    queryKey: [`/api/v1/companies/${id}`],
    queryFn: () => answer(client.GET('/api/v1/companies/{id}', { params: { path: { id } } })),
  });
}

/** The companies a contact belongs to, each read by its id. */
export function useCompanies(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: [`/api/v1/companies/${id}`],
      queryFn: () => answer(client.GET('/api/v1/companies/{id}', { params: { path: { id } } })),
    })),
  });
}

/** Saves a contact's changed fields at the version read (If-Match). */
export function useUpdateContact(id: string) {
  const queryClient = useQueryClient();
  const key = [`/api/v1/contacts/${id}`];
  return useMutation({
    mutationFn: ({ version, changes }: { version: number; changes: Changes }) =>
      answer(
        client.PATCH('/api/v1/contacts/{id}', {
          params: { path: { id }, header: { 'If-Match': `"${version}"` } },
          body: changes,
        }),
      ),
    onSuccess: (contact) => queryClient.setQueryData(key, contact),
    onError: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** Saves a company's changed fields at the version read (If-Match). */
export function useUpdateCompany(id: string) {
  const queryClient = useQueryClient();
  const key = [`/api/v1/companies/${id}`];
  return useMutation({
    mutationFn: ({ version, changes }: { version: number; changes: Changes }) =>
      answer(
        client.PATCH('/api/v1/companies/{id}', {
          params: { path: { id }, header: { 'If-Match': `"${version}"` } },
          body: changes,
        }),
      ),
    onSuccess: (company) => queryClient.setQueryData(key, company),
    onError: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** The deals of a contact or a company, newest first. */
export function useLinkedDeals(link: { contactId: string } | { companyId: string }) {
  const query = { ...link, limit: LINKED, sort: '-createdAt' };
  return useQuery({
    queryKey: ['/api/v1/deals', query],
    queryFn: () => answer(client.GET('/api/v1/deals', { params: { query } })),
  });
}

/** The contacts of a company. */
export function useCompanyContacts(companyId: string) {
  const query = { companyId, limit: LINKED };
  return useQuery({
    queryKey: ['/api/v1/contacts', query],
    queryFn: () => answer(client.GET('/api/v1/contacts', { params: { query } })),
  });
}

export type CustomerKind = 'contact' | 'company';

/**
 * The contacts (or companies) whose name, email or phone holds `q`, to pick a merge's survivor
 * from; none until something is typed.
 */
export function useCustomerSearch(kind: CustomerKind, q: string) {
  const query = { q, limit: 10 };
  return useQuery({
    queryKey: [kind === 'contact' ? '/api/v1/contacts' : '/api/v1/companies', query],
    queryFn: async (): Promise<{ id: string; name: string; detail: string }[]> => {
      const page =
        kind === 'contact'
          ? await answer(client.GET('/api/v1/contacts', { params: { query } }))
          : await answer(client.GET('/api/v1/companies', { params: { query } }));
      return page.items.map((r) => ({
        id: r.id,
        name: r.name,
        detail: [r.email, r.phone].filter(Boolean).join(', '),
      }));
    },
    enabled: q.trim().length > 0,
  });
}

/** Merges the contact (or company) `id` into `into`: everything of it moves there. */
export function useMerge(kind: CustomerKind, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (into: string): Promise<{ id: string }> =>
      kind === 'contact'
        ? answer(
            client.POST('/api/v1/contacts/{id}/merge', {
              params: { path: { id } },
              body: { into },
            }),
          )
        : answer(
            client.POST('/api/v1/companies/{id}/merge', {
              params: { path: { id } },
              body: { into },
            }),
          ),
    // Deals, activities, links and timelines changed hands: refetch what shows them.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
