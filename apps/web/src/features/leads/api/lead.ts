import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, client, type Schemas } from '@/lib/api';
import { type Changes } from '@/components/record-form';

export type Lead = Schemas['Lead'];
export type ConvertLead = Schemas['ConvertLead'];
export type Contact = Schemas['Contact'];
export type Company = Schemas['Company'];

const path = (id: string) => `/api/v1/leads/${id}`;

/** Everything read under the lead's path: the lead, its timeline, its automation. */
const underLead = (id: string) => ({
  predicate: ({ queryKey: [head] }: { queryKey: readonly unknown[] }) =>
    typeof head === 'string' && head.startsWith(path(id)),
});

export function useLead(id: string) {
  return useQuery({
    queryKey: [path(id)],
    queryFn: () => answer(client.GET('/api/v1/leads/{id}', { params: { path: { id } } })),
  });
}

/** Saves the fields changed at the version read (If-Match): a change made meanwhile is refused. */
export function useUpdateLead(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, changes }: { version: number; changes: Changes }) =>
      answer(
        client.PATCH('/api/v1/leads/{id}', {
          params: { path: { id }, header: { 'If-Match': `"${version}"` } },
          body: changes,
        }),
      ),
    onSuccess: (lead) => queryClient.setQueryData([path(id)], lead),
    onError: () => queryClient.invalidateQueries({ queryKey: [path(id)] }),
  });
}

/** Asks the lead's workflow to move it to a status (the rules may refuse: the error says why). */
export function useMoveLead(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (to: string) =>
      answer(client.POST('/api/v1/leads/{id}/move', { params: { path: { id } }, body: { to } })),
    onSettled: () => queryClient.invalidateQueries(underLead(id)),
  });
}

/**
 * Converts the lead, at the version read: into a contact, a company and a deal, each created or
 * linked as asked; all or nothing.
 */
export function useConvertLead(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, request }: { version: number; request: ConvertLead }) =>
      answer(
        client.POST('/api/v1/leads/{id}/convert', {
          params: { path: { id }, header: { 'If-Match': `"${version}"` } },
          body: request,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries(underLead(id)),
  });
}

/** The distinct non-empty values, to search each once. */
const searches = (...values: (string | null)[]) => [
  ...new Set(values.map((v) => v?.trim()).filter((v): v is string => !!v)),
];

/**
 * The contacts and companies that may be the lead's person and company already: those with the
 * lead's email or phone (companies also by the lead's company name). The API's search covers
 * name, email and phone.
 */
export function useDuplicates(lead: Lead | undefined) {
  const contactTerms = lead && lead.outcome === 'open' ? searches(lead.email, lead.phone) : [];
  const companyTerms =
    lead && lead.outcome === 'open' ? searches(lead.email, lead.phone, lead.companyName) : [];
  const contacts = useQueries({
    queries: contactTerms.map((q) => ({
      queryKey: ['/api/v1/contacts', { q, limit: 5 }],
      queryFn: () => answer(client.GET('/api/v1/contacts', { params: { query: { q, limit: 5 } } })),
    })),
  });
  const companies = useQueries({
    queries: companyTerms.map((q) => ({
      queryKey: ['/api/v1/companies', { q, limit: 5 }],
      queryFn: () =>
        answer(client.GET('/api/v1/companies', { params: { query: { q, limit: 5 } } })),
    })),
  });
  const unique = <T extends { id: string }>(pages: (T[] | undefined)[]) => [
    ...new Map(pages.flatMap((p) => p ?? []).map((r) => [r.id, r])).values(),
  ];
  return {
    contacts: unique(contacts.map((c) => c.data?.items)),
    companies: unique(companies.map((c) => c.data?.items)),
  };
}
