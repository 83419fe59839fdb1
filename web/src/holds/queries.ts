import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../api/client';

export type LegalHold = Schemas['LegalHold'];
export type HoldScope = LegalHold['scope'];

const holdsKey = ['legal-holds'] as const;

/** Every hold of the organization, active first (the page splits active and released). */
export function useHolds() {
  return useQuery({ queryKey: holdsKey, queryFn: async () => (await unwrap(api.GET('/api/holds'))).holds });
}

function useHoldMutation<T>(fn: (input: T) => Promise<LegalHold>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      client.invalidateQueries({ queryKey: holdsKey });
      // What is held changes what a run would dispose.
      client.invalidateQueries({ queryKey: ['retention', 'preview'] });
    },
  });
}

export function usePlaceHold() {
  return useHoldMutation((body: { scope: HoldScope; targetId: string; reason: string }) =>
    unwrap(api.POST('/api/holds', { body })),
  );
}

export function useReleaseHold() {
  return useHoldMutation(({ id, reason }: { id: string; reason: string }) =>
    unwrap(api.POST('/api/holds/{id}/release', { params: { path: { id } }, body: { reason } })),
  );
}
