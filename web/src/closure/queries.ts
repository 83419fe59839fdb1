import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../api/client';

export type Organization = Schemas['Organization'];
const organizationKey = ['organization'] as const;

export function useOrganization() {
  return useQuery({ queryKey: organizationKey, queryFn: () => unwrap(api.GET('/api/organization')) });
}

function useOrganizationChange<T>(fn: (input: T) => Promise<Organization>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (org) => {
      client.setQueryData(organizationKey, org);
      client.invalidateQueries({ queryKey: ['retention'] });
    },
  });
}

export function useCloseOrganization() {
  return useOrganizationChange((body: { reason: string; code: string }) =>
    unwrap(api.POST('/api/organization/close', { body })),
  );
}

export function useReopenOrganization() {
  return useOrganizationChange((body: { code: string }) =>
    unwrap(api.POST('/api/organization/reopen', { body })),
  );
}
