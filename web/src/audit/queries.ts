import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { AuditAction } from './actions';

export interface AuditFilters {
  actor?: string;
  action?: AuditAction;
  outcome?: 'success' | 'failure' | 'denied';
  team?: string;
  target?: string;
  from?: string;
  to?: string;
}

/** The access log, newest first, a page at a time by cursor (for endless scrolling). */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/audit', { params: { query: { ...filters, cursor: pageParam, limit: 50 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useChainStatus() {
  return useQuery({ queryKey: ['audit-chain'], queryFn: () => unwrap(api.GET('/api/audit/chain')) });
}

/** The export URL for the same filters: the browser downloads it (the server sends it as an attachment). */
export function exportUrl(filters: AuditFilters, format: 'csv' | 'jsonl'): string {
  const params = new URLSearchParams({ format });
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  return `/api/audit/export?${params}`;
}
