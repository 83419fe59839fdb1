import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, apiErrorFrom, type Me, resetServerContact, setIdleMinutes } from '../api/client';

export const sessionKey = ['session'] as const;

/** The signed-in user and what the session still owes (GET /api/auth/me); null when signed out. */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async (): Promise<Me | null> => {
      const { data, error, response } = await api.GET('/api/auth/me');
      if (response.status === 401) return null;
      if (!response.ok || !data) throw apiErrorFrom(response.status, error);
      setIdleMinutes(data.idleMinutes);
      return data;
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** After sign-in, setup or verification: the session (with its idle limit) is read afresh. */
export function useSessionChanged() {
  const client = useQueryClient();
  return useCallback(() => {
    // Sign-in or verification just refreshed the server's activity mark.
    resetServerContact();
    return client.invalidateQueries({ queryKey: sessionKey });
  }, [client]);
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

/**
 * The page forgets the session: every cached answer goes (none may outlive it) and the session
 * becomes null, which sends every signed-in page to sign-in. The session query itself is updated,
 * not removed: the shell watches it, and a removed query would leave it watching nothing.
 */
export function dropSession(client: QueryClient, reason?: string): void {
  if (reason) setSignedOutReason(reason);
  client.setQueryData(sessionKey, null);
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
}

/** Signs out: the server first, then the page. */
export function useSignOut() {
  const client = useQueryClient();
  return useCallback(
    async (reason?: string) => {
      await api.POST('/api/auth/logout').catch(() => undefined);
      dropSession(client, reason);
    },
    [client],
  );
}
