import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../api/client';

export type RetentionRun = Schemas['RetentionRun'];
export type RetentionPreview = Schemas['RetentionPreview'];
export type RetentionKind = Schemas['RetentionRules']['rules'][number]['kind'];

const rulesKey = ['retention', 'rules'] as const;
const runsKey = ['retention', 'runs'] as const;
const certificatesKey = ['retention', 'certificates'] as const;

export function useRetentionRules() {
  return useQuery({ queryKey: rulesKey, queryFn: () => unwrap(api.GET('/api/retention')) });
}

export function useSaveRetentionRules() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rules: { kind: RetentionKind; keepDays: number }[]) =>
      unwrap(api.PUT('/api/retention', { body: { rules } })),
    onSuccess: (saved) => {
      client.setQueryData(rulesKey, saved);
      // Due dates move with the rules.
      client.invalidateQueries({ queryKey: ['retention', 'preview'] });
    },
  });
}

export function useRetentionPreview(within: number) {
  return useQuery({
    queryKey: ['retention', 'preview', within],
    queryFn: () => unwrap(api.GET('/api/retention/preview', { params: { query: { within } } })),
  });
}

/**
 * One page of runs, newest first. Polled while a run on it is still disposing, so its end (and its
 * certificate) shows without a reload.
 */
export function useRetentionRuns(page: { cursor?: string; limit?: number } = {}) {
  return useQuery({
    queryKey: [...runsKey, page],
    queryFn: () => unwrap(api.GET('/api/retention/runs', { params: { query: page } })),
    refetchInterval: (q) =>
      q.state.data?.runs.some((r) => r.status === 'confirmed' || r.status === 'running') ? 2000 : false,
  });
}

export function useConfirmRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/retention/runs/{id}/confirm', { params: { path: { id } } })),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: runsKey });
      client.invalidateQueries({ queryKey: certificatesKey });
    },
  });
}

/** One page of certificates, newest first (the first page when no cursor is given). */
export function useCertificates(page: { cursor?: string; limit?: number } = {}) {
  return useQuery({
    queryKey: [...certificatesKey, 'page', page],
    queryFn: () => unwrap(api.GET('/api/retention/certificates', { params: { query: page } })),
  });
}

export type SignedCertificate = Schemas['DisposalCertificate'];

export function useCertificate(id: string | undefined) {
  return useQuery({
    queryKey: [...certificatesKey, 'one', id],
    // The route answers JSON or CSV by `format`; asked for JSON, it is the signed document.
    queryFn: () =>
      unwrap<SignedCertificate | string>(
        api.GET('/api/retention/certificates/{id}', {
          params: { path: { id: id! }, query: { format: 'json' } },
        }),
      ) as Promise<SignedCertificate>,
    enabled: id !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The server sends the file as an attachment; a plain link lets the browser download it. */
export const certificateFileUrl = (id: string, format: 'json' | 'csv') =>
  `/api/retention/certificates/${encodeURIComponent(id)}?format=${format}`;
