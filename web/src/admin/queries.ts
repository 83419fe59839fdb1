import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Role, unwrap } from '../api/client';

export const usersKey = ['users'] as const;
export const teamsKey = ['teams'] as const;

export function useUsers() {
  return useQuery({ queryKey: usersKey, queryFn: async () => (await unwrap(api.GET('/api/users'))).users });
}

export function useTeams() {
  return useQuery({ queryKey: teamsKey, queryFn: async () => (await unwrap(api.GET('/api/teams'))).teams });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; name: string; role: Role; teams: string[] }) =>
      unwrap(api.POST('/api/users', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      role?: Role;
      teams?: string[];
      disabled?: boolean;
      name?: string;
    }) => unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body })),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: usersKey });
      client.invalidateQueries({ queryKey: teamsKey });
    },
  });
}

export function useResetUser() {
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/users/{id}/reset', { params: { path: { id } } })),
  });
}

export function useCreateTeam() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(api.POST('/api/teams', { body: { name } })),
    onSuccess: () => client.invalidateQueries({ queryKey: teamsKey }),
  });
}

export function useRenameTeam() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      unwrap(api.PATCH('/api/teams/{id}', { params: { path: { id } }, body: { name } })),
    onSuccess: () => client.invalidateQueries({ queryKey: teamsKey }),
  });
}

/** One team as GET /api/teams/:id shows it: its storage location and objects still to move there. */
export function useTeamStorage(id: string) {
  return useQuery({
    queryKey: [...teamsKey, id, 'storage'],
    queryFn: () => unwrap(api.GET('/api/teams/{id}', { params: { path: { id } } })),
    // A move runs as a job: follow it while objects are still elsewhere.
    refetchInterval: (q) => ((q.state.data?.objectsToMove ?? 0) > 0 ? 5000 : false),
  });
}
