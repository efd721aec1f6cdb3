import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Schemas } from '../../../../../../libs/api-client/client';
import { answer, client } from '@/lib/api';

export type Import = Schemas['Import'];
export type ImportKind = Import['kind'];
export type ImportDryRun = Schemas['ImportDryRun'];
export type ColumnMapping = Schemas['ColumnMapping'];
export type DuplicateMode = Import['duplicateMode'];

const importKey = (id: string) => [`/api/v1/imports/${id}`];

/** Whether an import is still at work: writing rows, or starting the workflows of its leads. */
export function isRunning(job: Import): boolean {
  return (
    ['storing', 'starting'].includes(job.status) ||
    (job.status === 'cancelled' && job.workflows.started < job.workflows.total)
  );
}

/** An import, polled every second while it runs (its progress is what the screen shows). */
export function useImport(id: string | null) {
  return useQuery({
    queryKey: importKey(id ?? ''),
    enabled: !!id,
    queryFn: () => answer(client.GET('/api/v1/imports/{id}', { params: { path: { id: id! } } })),
    refetchInterval: (query) => (query.state.data && isRunning(query.state.data) ? 1000 : false),
  });
}

/** Uploads the file as it is (its bytes, text/csv): the API reads its encoding and delimiter. */
export function useUpload() {
  return useMutation({
    mutationFn: ({ kind, file }: { kind: ImportKind; file: File }) =>
      answer(
        client.POST('/api/v1/imports', {
          params: { query: { kind, fileName: file.name.slice(0, 300) || undefined } },
          body: file as unknown as string,
          bodySerializer: (body: unknown) => body as BodyInit,
          headers: { 'content-type': 'text/csv' },
        }),
      ),
  });
}

export function useSetMapping(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { mapping: ColumnMapping[]; duplicateMode: DuplicateMode }) =>
      answer(client.PUT('/api/v1/imports/{id}/mapping', { params: { path: { id } }, body })),
    onSuccess: (data) => queryClient.setQueryData(importKey(id), data),
  });
}

export function useDryRun(id: string) {
  return useMutation({
    mutationFn: () =>
      answer(client.POST('/api/v1/imports/{id}/dry-run', { params: { path: { id } } })),
  });
}

export function useStartImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      answer(client.POST('/api/v1/imports/{id}/start', { params: { path: { id } }, body: {} })),
    onSuccess: (data) => queryClient.setQueryData(importKey(id), data),
  });
}

/** Stops an import after the batch it is writing (the rows written stay). */
export function useCancelImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      answer(client.POST('/api/v1/imports/{id}/cancel', { params: { path: { id } } })),
    onSuccess: (data) => queryClient.setQueryData(importKey(id), data),
  });
}

/** The rows that failed, with their reasons (the first 200). */
export function useFailedRows(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [`/api/v1/imports/${id}/rows`, 'failed'],
    enabled,
    queryFn: () =>
      answer(
        client.GET('/api/v1/imports/{id}/rows', {
          params: { path: { id }, query: { outcome: 'failed', limit: 200 } },
        }),
      ),
  });
}
