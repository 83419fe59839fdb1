import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { type AuditEntry, appendAudit } from '../audit/append.ts';
import { notFound } from '../authz/not-found.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { type Organization, organizations, type Team, teamMemberships, teams } from './tables.ts';

type AuditBase = Omit<AuditEntry, 'action' | 'outcome'>;

export interface TeamView {
  id: string;
  name: string;
  memberCount: number;
  /** The pinned storage location (data residency); null: the deployment's default. */
  storageLocation: string | null;
  createdAt: string;
}

const isUniqueViolation = (err: unknown) =>
  /duplicate key|unique constraint/i.test(String((err as Error)?.message)) ||
  (err as { code?: string })?.code === '23505' ||
  (err as { cause?: { code?: string } })?.cause?.code === '23505';

/** The organization's teams with member counts; `onlyId` narrows it to one. */
export async function listTeams(db: Db, organizationId: string, onlyId?: string): Promise<TeamView[]> {
  const rows = await db
    .select({ team: teams, members: count(teamMemberships.userId) })
    .from(teams)
    .leftJoin(teamMemberships, eq(teamMemberships.teamId, teams.id))
    .where(and(eq(teams.organizationId, organizationId), onlyId ? eq(teams.id, onlyId) : undefined))
    .groupBy(teams.id)
    .orderBy(asc(teams.name));
  return rows.map(({ team, members }) => ({
    id: team.id,
    name: team.name,
    memberCount: members,
    storageLocation: team.storageLocation,
    createdAt: team.createdAt.toISOString(),
  }));
}

export async function findTeamById(db: Db, id: string): Promise<Team | undefined> {
  const [team] = await db.select().from(teams).where(eq(teams.id, id));
  return team;
}

export async function createTeam(
  db: Db,
  input: { organizationId: string; name: string; audit: AuditBase },
): Promise<Team> {
  try {
    return await db.transaction(async (tx) => {
      const [team] = await tx
        .insert(teams)
        .values({ organizationId: input.organizationId, name: input.name })
        .returning();
      await appendAudit(tx, {
        ...input.audit,
        action: 'team.create',
        outcome: 'success',
        targetType: 'team',
        targetId: team!.id,
        teamId: team!.id,
      });
      return team!;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', 'A team with this name already exists');
    throw err;
  }
}

export async function renameTeam(
  db: Db,
  input: { organizationId: string; teamId: string; name: string; audit: AuditBase },
): Promise<Team> {
  try {
    return await db.transaction(async (tx) => {
      const [team] = await tx
        .update(teams)
        .set({ name: input.name })
        .where(and(eq(teams.id, input.teamId), eq(teams.organizationId, input.organizationId)))
        .returning();
      if (!team) throw notFound('team');
      await appendAudit(tx, {
        ...input.audit,
        action: 'team.update',
        outcome: 'success',
        targetType: 'team',
        targetId: team.id,
        teamId: team.id,
        detail: { fields: ['name'] },
      });
      return team;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', 'A team with this name already exists');
    throw err;
  }
}

/** Ids of the named teams, creating the missing ones (the CLI's `--team`). */
export async function ensureTeams(
  db: Db,
  input: { organizationId: string; names: string[]; audit: AuditBase },
): Promise<string[]> {
  const names = [...new Set(input.names.map((n) => n.trim()).filter(Boolean))];
  if (names.length === 0) return [];
  const existing = await db
    .select()
    .from(teams)
    .where(and(eq(teams.organizationId, input.organizationId), inArray(teams.name, names)));
  const ids = new Map(existing.map((t) => [t.name, t.id]));
  for (const name of names) {
    if (!ids.has(name)) ids.set(name, (await createTeam(db, { ...input, name })).id);
  }
  return names.map((n) => ids.get(n)!);
}

/** Fails with VALIDATION_FAILED unless every id names a team of the organization. */
export async function assertTeamsInOrg(db: Db, organizationId: string, teamIds: string[]): Promise<void> {
  if (teamIds.length === 0) return;
  const found = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.organizationId, organizationId), inArray(teams.id, teamIds)));
  if (found.length !== new Set(teamIds).size)
    throw new AppError('VALIDATION_FAILED', 'Invalid request: teams: no such team');
}

export const DEFAULT_ORGANIZATION_NAME = 'QA Vault';

/**
 * The organization the CLI works in when none is named: the only one, created on first use. With
 * several organizations a name must be given, so a script never adds a user to the wrong one.
 */
export async function resolveOrganization(db: Db, name?: string): Promise<Organization> {
  const all = await db.select().from(organizations).orderBy(asc(organizations.createdAt));
  if (name) {
    const found = all.filter((o) => o.name === name);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) throw new AppError('CONFLICT', 'Several organizations have that name');
    const [created] = await db.insert(organizations).values({ name }).returning();
    return created!;
  }
  if (all.length === 1) return all[0]!;
  if (all.length > 1) {
    throw new AppError('CONFLICT', 'There are several organizations: name one with --organization');
  }
  const [created] = await db.insert(organizations).values({ name: DEFAULT_ORGANIZATION_NAME }).returning();
  return created!;
}
