import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, apiErrorFrom, type Session } from '../api/client';

export const sessionKey = ['session'] as const;

/** The signed-in user and what the session still owes (GET /api/auth/me); null when signed out. */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async (): Promise<Session | null> => {
      const { data, error, response } = await api.GET('/api/auth/me');
      if (response.status === 401) return null;
      if (!response.ok || !data) throw apiErrorFrom(response.status, error);
      return data;
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** Why the last session ended, shown once on the sign-in page. */
let endedBecause: string | undefined;
export function setSignedOutReason(reason: string): void {
  endedBecause = reason;
}
export function takeSignedOutReason(): string | undefined {
  const reason = endedBecause;
  endedBecause = undefined;
  return reason;
}

/** Signs out (server first, then every cached answer: none of it may outlive the session). */
export function useSignOut() {
  const client = useQueryClient();
  return useCallback(
    async (reason?: string) => {
      await api.POST('/api/auth/logout').catch(() => undefined);
      if (reason) setSignedOutReason(reason);
      client.clear();
      client.setQueryData(sessionKey, null);
    },
    [client],
  );
}
