import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, apiErrorFrom, type Schemas, unwrap } from '../api/client';

export type Review = Schemas['Review'];
export type ReviewState = Review['state'];
export type QueueItem = Schemas['ReviewQueueItem'];
export type Comment = Schemas['Comment'];
export type Rubric = Schemas['Rubric'];
export type Upload = Schemas['Upload'];
export type UploadKind = NonNullable<Upload['kind']>;

/** A masked finding in a reviewer's refused text, as the API reports it. */
export interface WordsFinding {
  label: string;
  excerpt: string;
  location: { field: string; line: number };
}

/** A refusal that may carry masked findings (COMMENT_REJECTED). */
export class RefusedError extends ApiError {
  findings: WordsFinding[] = [];
}

/** Like `unwrap`, but keeps the masked findings of a COMMENT_REJECTED answer for the page to show. */
async function unwrapRefusal<T>(
  promise: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await promise;
  if (response.ok) return data as T;
  const base = apiErrorFrom(response.status, error);
  const refused = new RefusedError(base.status, base.code, base.message);
  refused.findings = ((error as { error?: { findings?: WordsFinding[] } })?.error?.findings ?? []).slice();
  throw refused;
}

export interface QueueFilter {
  team?: string;
  state?: ReviewState;
  kind?: UploadKind;
}

/** GET /api/reviews, a page at a time (the cursor is the server's). */
export function useReviewQueue(filter: QueueFilter) {
  return useInfiniteQuery({
    queryKey: ['reviews', 'queue', filter],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/reviews', { params: { query: { ...filter, cursor: pageParam, limit: 25 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useUpload(id: string) {
  return useQuery({
    queryKey: ['uploads', id],
    queryFn: () => unwrap(api.GET('/api/uploads/{id}', { params: { path: { id } } })),
  });
}

export function useReview(id: string) {
  return useQuery({
    queryKey: ['reviews', id],
    queryFn: () => unwrap(api.GET('/api/uploads/{id}/review', { params: { path: { id } } })),
  });
}

export function useComments(id: string) {
  return useQuery({
    queryKey: ['reviews', id, 'comments'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/uploads/{id}/comments', { params: { path: { id } } }))).comments,
  });
}

export function useRubrics() {
  return useQuery({
    queryKey: ['rubrics'],
    queryFn: async () => (await unwrap(api.GET('/api/rubrics'))).rubrics,
  });
}

/** Raw reads the typed client does not model (JSON peaks, transcript text). */
async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw apiErrorFrom(res.status, await res.json().catch(() => undefined));
  return res;
}

/** audiowaveform JSON (version 2): interleaved min/max pairs. */
export interface Peaks {
  sample_rate: number;
  samples_per_pixel: number;
  bits: number;
  length: number;
  data: number[];
}

export function usePeaks(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['uploads', id, 'peaks'],
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => (await (await fetchOk(`/api/uploads/${id}/peaks`)).json()) as Peaks,
  });
}

export function useTranscript(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['uploads', id, 'transcript'],
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => {
      const res = await fetchOk(`/api/uploads/${id}/transcript`);
      return { contentType: res.headers.get('content-type') ?? '', text: await res.text() };
    },
  });
}

export function useDocumentText(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['uploads', id, 'text'],
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: () => unwrap(api.GET('/api/uploads/{id}/text', { params: { path: { id } } })),
  });
}

type ActionBody = {
  action: 'start' | 'complete' | 'return' | 'reopen';
  rubricId?: string;
  scores?: Record<string, number>;
  summary?: string;
};

/** POST /api/uploads/:id/review; the answer replaces the cached review, and the queue is refreshed. */
export function useReviewAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionBody) =>
      unwrapRefusal(api.POST('/api/uploads/{id}/review', { params: { path: { id } }, body })),
    onSuccess: (review) => {
      client.setQueryData(['reviews', id], review);
      void client.invalidateQueries({ queryKey: ['reviews', 'queue'] });
      void client.invalidateQueries({ queryKey: ['reviews', id, 'comments'] });
    },
  });
}

type CommentBody = { body: string; startMs?: number; endMs?: number; page?: number; parentId?: string };

export function useAddComment(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CommentBody) =>
      unwrapRefusal(api.POST('/api/uploads/{id}/comments', { params: { path: { id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reviews', id, 'comments'] }),
  });
}

export function useEditComment(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ commentId, body }: { commentId: string; body: string }) =>
      unwrapRefusal(
        api.PATCH('/api/uploads/{id}/comments/{commentId}', {
          params: { path: { id, commentId } },
          body: { body },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reviews', id, 'comments'] }),
  });
}

export function useDeleteComment(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (commentId: string) =>
      unwrap(api.DELETE('/api/uploads/{id}/comments/{commentId}', { params: { path: { id, commentId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reviews', id, 'comments'] }),
  });
}
