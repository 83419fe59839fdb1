import { and, eq } from 'drizzle-orm';
import { type AuditEntry, appendAudit } from '../audit/append.ts';
import { notFound } from '../authz/not-found.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { enqueueJob } from '../jobs/queue.ts';
import { type Team, teams } from '../orgs/tables.ts';
import type { Vault } from '../vault/vault.ts';
import { MOVE_TEAM_JOB, strayObjects } from './move.ts';

/**
 * Pins a team to a storage location. New uploads of the team are written there from the commit on;
 * what it already has is moved by the MOVE_TEAM_JOB job, enqueued in the same transaction as the
 * change and its `team.update` entry (so a committed change always has its move coming).
 */
export async function setTeamStorageLocation(
  deps: { db: Db; vault: Vault },
  input: {
    organizationId: string;
    teamId: string;
    location: string;
    audit: Omit<AuditEntry, 'action' | 'outcome'>;
  },
): Promise<Team> {
  if (!deps.vault.locations.has(input.location)) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Invalid request: storageLocation: must be one of ${deps.vault.locations.names.join(', ')}`,
    );
  }
  return deps.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(teams)
      .where(and(eq(teams.id, input.teamId), eq(teams.organizationId, input.organizationId)))
      .for('update');
    if (!before) throw notFound('team');
    const from = before.storageLocation ?? deps.vault.locations.defaultName;
    const [team] = await tx
      .update(teams)
      .set({ storageLocation: input.location })
      .where(eq(teams.id, input.teamId))
      .returning();
    if (from !== input.location) {
      await enqueueJob(tx, {
        kind: MOVE_TEAM_JOB,
        payload: { teamId: input.teamId },
        dedupeKey: `${input.teamId}:${crypto.randomUUID()}`,
        maxAttempts: 10,
      });
    }
    await appendAudit(tx, {
      ...input.audit,
      action: 'team.update',
      outcome: 'success',
      targetType: 'team',
      targetId: input.teamId,
      teamId: input.teamId,
      detail: { fields: ['storageLocation'], storageLocation: { from, to: input.location } },
    });
    return team!;
  });
}

/** Where the team is pinned, and how many of its objects are still elsewhere (a move under way). */
export async function teamStorageView(deps: { db: Db; vault: Vault }, team: Team) {
  const location = team.storageLocation ?? deps.vault.locations.defaultName;
  const pending = await strayObjects(deps, team.id, location, 10_000);
  return { storageLocation: location, pinned: team.storageLocation !== null, objectsToMove: pending.length };
}
