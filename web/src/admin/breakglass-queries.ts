import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

export const grantsKey = ['breakglass'] as const;

/** Break-glass grants of the organization (every admin's), newest first. */
export function useGrants(options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: grantsKey,
    queryFn: async () => (await unwrap(api.GET('/api/breakglass'))).grants,
    ...options,
  });
}

export function useOpenGrant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { reason: string; minutes?: number; teamId?: string; uploadIds?: string[] }) =>
      unwrap(api.POST('/api/breakglass', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: grantsKey }),
  });
}

export function useRevokeGrant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/breakglass/{id}/revoke', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: grantsKey }),
  });
}
