import type { Db } from '../../src/db/client.ts';
import { organizations, teamMemberships, teams } from '../../src/orgs/tables.ts';
import { type Role, users } from '../../src/users/tables.ts';

/** Each call makes new rows with unique names, so tests never share or collide on data. */
const unique = () => crypto.randomUUID().slice(0, 8);

export async function createOrganization(db: Db, name = `Org ${unique()}`) {
  const [org] = await db.insert(organizations).values({ name }).returning();
  return org!;
}

export async function createTeam(db: Db, organizationId: string, name = `Team ${unique()}`) {
  const [team] = await db.insert(teams).values({ organizationId, name }).returning();
  return team!;
}

export async function createUser(
  db: Db,
  input: {
    organizationId: string;
    role: Role;
    teamIds?: string[];
    email?: string;
    name?: string;
    passwordHash?: string;
  },
) {
  const [user] = await db
    .insert(users)
    .values({
      organizationId: input.organizationId,
      role: input.role,
      email: input.email ?? `${input.role}-${unique()}@example.test`,
      name: input.name ?? `${input.role} ${unique()}`,
      passwordHash: input.passwordHash,
    })
    .returning();
  for (const teamId of input.teamIds ?? []) {
    await db.insert(teamMemberships).values({ teamId, userId: user!.id });
  }
  return user!;
}
