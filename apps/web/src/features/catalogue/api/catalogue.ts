import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { answer, client, type Schemas } from '@/lib/api';
import { setValues } from '@/lib/query-string';

export type Product = Schemas['Product'];
export type NewProduct = Schemas['CreateProduct'];
export type ProductChanges = Schemas['UpdateProduct'];
export type QuoteTemplate = Schemas['QuoteTemplate'];
export type NewQuoteTemplate = Schemas['CreateQuoteTemplate'];
export type QuoteTemplateChanges = Schemas['UpdateQuoteTemplate'];
export type TemplateRow = Schemas['DocumentRowInput'];
export type LeadSource = Schemas['LeadSource'];

const PAGE = 25;
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/** A write's fresh key: a retried request (the network dropped the answer) is not made twice. */
const idempotency = () => ({ 'Idempotency-Key': crypto.randomUUID() });

export interface ProductFilters {
  q?: string;
  currency?: string;
  archived?: boolean;
}

/** The catalogue under filters, 25 at a time ("Show more" reads the next page). */
export function useProducts(filters: ProductFilters) {
  return useInfiniteQuery({
    queryKey: ['/api/v1/products', filters],
    queryFn: ({ pageParam }) =>
      answer(
        client.GET('/api/v1/products', {
          params: {
            query: {
              ...setValues({ q: filters.q, currency: filters.currency, cursor: pageParam }),
              ...(filters.archived ? { archived: true } : {}),
              limit: PAGE,
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** The active products of a currency, by name: what a template's rows pick from. */
export function useProductChoices(currency: string) {
  const query = { currency, limit: 200 };
  return useQuery({
    queryKey: ['/api/v1/products', query],
    queryFn: () => answer(client.GET('/api/v1/products', { params: { query } })),
    select: (page) => page.items,
    enabled: /^[A-Z]{3}$/.test(currency),
  });
}

function useInvalidate(path: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [path] });
}

export function useCreateProduct() {
  const invalidate = useInvalidate('/api/v1/products');
  return useMutation({
    mutationFn: (body: NewProduct) =>
      answer(client.POST('/api/v1/products', { params: { header: idempotency() }, body })),
    onSuccess: invalidate,
  });
}

/** Saves a product's changed fields at the version read (If-Match). */
export function useUpdateProduct() {
  const invalidate = useInvalidate('/api/v1/products');
  return useMutation({
    mutationFn: ({ product, changes }: { product: Product; changes: ProductChanges }) =>
      answer(
        client.PATCH('/api/v1/products/{id}', {
          params: { path: { id: product.id }, header: ifMatch(product.version) },
          body: changes,
        }),
      ),
    onSuccess: invalidate,
  });
}

/** Archives a product: quotes and invoices keep naming it; new rows cannot pick it. */
export function useArchiveProduct() {
  const invalidate = useInvalidate('/api/v1/products');
  return useMutation({
    mutationFn: (product: Product) =>
      answer(
        client.DELETE('/api/v1/products/{id}', {
          params: { path: { id: product.id }, header: ifMatch(product.version) },
        }),
      ),
    onSuccess: invalidate,
  });
}

/** The quote templates (the archived ones instead when asked), by name. */
export function useQuoteTemplates(archived: boolean) {
  const query = { limit: 200, ...(archived ? { archived: true } : {}) };
  return useQuery({
    queryKey: ['/api/v1/quote-templates', query],
    queryFn: () => answer(client.GET('/api/v1/quote-templates', { params: { query } })),
    select: (page) => page.items,
  });
}

export function useCreateQuoteTemplate() {
  const invalidate = useInvalidate('/api/v1/quote-templates');
  return useMutation({
    mutationFn: (body: NewQuoteTemplate) =>
      answer(client.POST('/api/v1/quote-templates', { params: { header: idempotency() }, body })),
    onSuccess: invalidate,
  });
}

export function useUpdateQuoteTemplate() {
  const invalidate = useInvalidate('/api/v1/quote-templates');
  return useMutation({
    mutationFn: ({
      template,
      changes,
    }: {
      template: QuoteTemplate;
      changes: QuoteTemplateChanges;
    }) =>
      answer(
        client.PATCH('/api/v1/quote-templates/{id}', {
          params: { path: { id: template.id }, header: ifMatch(template.version) },
          body: changes,
        }),
      ),
    onSuccess: invalidate,
  });
}

/** Archives a template: no quote is made from it any more. */
export function useArchiveQuoteTemplate() {
  const invalidate = useInvalidate('/api/v1/quote-templates');
  return useMutation({
    mutationFn: (template: QuoteTemplate) =>
      answer(
        client.DELETE('/api/v1/quote-templates/{id}', {
          params: { path: { id: template.id }, header: ifMatch(template.version) },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useCreateLeadSource() {
  const invalidate = useInvalidate('/api/v1/lead-sources');
  return useMutation({
    mutationFn: (body: Schemas['CreateLeadSource']) =>
      answer(client.POST('/api/v1/lead-sources', { params: { header: idempotency() }, body })),
    onSuccess: invalidate,
  });
}

/** Renames, deactivates or reactivates a lead source (its code stays). */
export function useUpdateLeadSource() {
  const invalidate = useInvalidate('/api/v1/lead-sources');
  return useMutation({
    mutationFn: ({
      source,
      changes,
    }: {
      source: LeadSource;
      changes: Schemas['UpdateLeadSource'];
    }) =>
      answer(
        client.PATCH('/api/v1/lead-sources/{id}', {
          params: { path: { id: source.id }, header: ifMatch(source.version) },
          body: changes,
        }),
      ),
    onSuccess: invalidate,
  });
}
