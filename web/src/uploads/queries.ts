import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { Upload, UploadKind, UploadStatus } from './labels';

export interface UploadFilters {
  status?: UploadStatus;
  kind?: UploadKind;
  team?: string;
  cursor?: string;
  limit?: number;
}

/** One page of uploads the caller may see (GET /api/uploads), newest first. */
export function useUploads(filters: UploadFilters) {
  return useQuery({
    queryKey: ['uploads', filters],
    queryFn: () => unwrap(api.GET('/api/uploads', { params: { query: filters } })),
  });
}

const stillWorking = (u: Upload | undefined) =>
  !!u && (u.status === 'receiving' || u.status === 'transcribing' || (u.status === 'accepted' && !u.ready));

/** One upload; polled every 2 s while the server is still working on it (checking, transcribing, processing audio). */
export function useUpload(id: string | undefined) {
  return useQuery({
    queryKey: ['upload', id],
    queryFn: () => unwrap(api.GET('/api/uploads/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
    refetchInterval: (q) => (stillWorking(q.state.data) ? 2000 : false),
  });
}

/** Deletes (crypto-shreds) an upload; the server refuses one under a legal hold (409) or in review. */
export function useDeleteUpload() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/uploads/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['uploads'] }),
  });
}
