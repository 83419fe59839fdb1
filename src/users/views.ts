import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { teamMemberships, teams } from '../orgs/tables.ts';
import type { Role, User } from './tables.ts';

export interface TeamRef {
  id: string;
  name: string;
}

/** A user as the API shows them: never the password hash. */
export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  teams: TeamRef[];
}

/** Teams of each given user, by user id (one query for a whole page of users). */
export async function teamsOfUsers(db: Db, userIds: string[]): Promise<Map<string, TeamRef[]>> {
  const byUser = new Map<string, TeamRef[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({ userId: teamMemberships.userId, id: teams.id, name: teams.name })
    .from(teamMemberships)
    .innerJoin(teams, eq(teams.id, teamMemberships.teamId))
    .where(inArray(teamMemberships.userId, userIds))
    .orderBy(asc(teams.name));
  for (const r of rows) byUser.get(r.userId)?.push({ id: r.id, name: r.name });
  return byUser;
}

export async function viewUser(db: Db, user: User): Promise<UserView> {
  const teamsOf = await teamsOfUsers(db, [user.id]);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    teams: teamsOf.get(user.id) ?? [],
  };
}
