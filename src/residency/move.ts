import { and, eq, ne, sql } from 'drizzle-orm';
import { appendAudit } from '../audit/append.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { teams } from '../orgs/tables.ts';
import { uploads } from '../uploads/tables.ts';
import { openObject, putObject, shredObject } from '../vault/objects.ts';
import { toHex } from '../vault/segment-cipher.ts';
import { type VaultObject, vaultObjects } from '../vault/tables.ts';
import type { Vault } from '../vault/vault.ts';

export const MOVE_TEAM_JOB = 'storage.move_team';
const BATCH = 50;

export interface MoveDeps {
  db: Db;
  vault: Vault;
}

/** Live objects of the team's uploads that are not in `target` (what a move still has to do). */
export function strayObjects(deps: MoveDeps, teamId: string, target: string, limit = BATCH) {
  const defaultName = deps.vault.locations.defaultName;
  return deps.db
    .select({ object: vaultObjects, uploadId: uploads.id })
    .from(vaultObjects)
    .innerJoin(
      uploads,
      sql`(${vaultObjects.blobKey} like 'uploads/' || ${uploads.id}::text || '/%'
        or ${vaultObjects.blobKey} like 'quarantine/' || ${uploads.id}::text || '/%')`,
    )
    .where(
      and(
        eq(uploads.teamId, teamId),
        eq(vaultObjects.status, 'stored'),
        ne(sql`coalesce(${vaultObjects.location}, ${defaultName})`, target),
      ),
    )
    .orderBy(vaultObjects.id)
    .limit(limit);
}

async function drain(stream: ReadableStream<Uint8Array>): Promise<void> {
  for await (const _chunk of stream) {
    // Reading to the end is the check: a full read verifies every segment and the SHA-256.
  }
}

/**
 * Moves one object to `target`: decrypts it (verifying it), writes it there as a new object under a
 * new data key, reads the copy back in full (it decrypts and its SHA-256 matches), then — in one
 * transaction with the upload row locked — points the upload at the copy and crypto-shreds the old
 * object, so the old location keeps only ciphertext whose key is gone (its backups included).
 */
async function moveObject(
  deps: MoveDeps,
  object: VaultObject,
  uploadId: string,
  target: string,
): Promise<void> {
  const prefix = object.blobKey.slice(0, object.blobKey.lastIndexOf('/') + 1);
  const source = await openObject(deps.vault, deps.db, object.id);
  const copy = await putObject(deps.vault, deps.db, { prefix, body: source.stream, location: target });
  const check = await openObject(deps.vault, deps.db, copy.objectId);
  await drain(check.stream);
  if (copy.sha256 !== toHex(object.plaintextSha256!)) {
    await shredObject(deps.vault, deps.db, copy.objectId);
    throw new Error('the copy does not match the original');
  }
  await deps.db.transaction(async (tx) => {
    const [row] = await tx.select().from(uploads).where(eq(uploads.id, uploadId)).for('update');
    const [still] = await tx.select().from(vaultObjects).where(eq(vaultObjects.id, object.id)).for('update');
    // Deleted or disposed meanwhile (or moved by another worker): the copy must not outlive it.
    if (!row || row.status === 'deleted' || still?.status !== 'stored') {
      await shredObject(deps.vault, tx, copy.objectId);
      return;
    }
    const swap = (column: keyof typeof uploads.$inferSelect) =>
      row[column] === object.id ? { [column]: copy.objectId } : {};
    const set = {
      ...swap('originalObjectId'),
      ...swap('contentObjectId'),
      ...swap('transcriptObjectId'),
      ...swap('peaksObjectId'),
    };
    if (Object.keys(set).length > 0) await tx.update(uploads).set(set).where(eq(uploads.id, uploadId));
    await shredObject(deps.vault, tx, object.id);
  });
}

/**
 * The move job: every object of the team's uploads that is not yet in the team's location, a batch
 * at a time, until none is left. It only ever looks for what is still elsewhere, so it is resumable:
 * a crash, a retry or a second worker continues where the last one stopped. An object that cannot be
 * read is an error the job reports (and retries), never a silent loss.
 */
export async function moveTeamObjects(
  deps: MoveDeps,
  input: { teamId: string; now: () => Date },
): Promise<{ moved: number }> {
  const [team] = await deps.db.select().from(teams).where(eq(teams.id, input.teamId));
  if (!team) return { moved: 0 };
  const target = team.storageLocation ?? deps.vault.locations.defaultName;
  if (!deps.vault.locations.has(target))
    throw new AppError('CONFLICT', 'The team names an unconfigured location');
  let moved = 0;
  for (;;) {
    const batch = await strayObjects(deps, team.id, target);
    if (batch.length === 0) break;
    for (const { object, uploadId } of batch) {
      await moveObject(deps, object, uploadId, target);
      moved++;
    }
  }
  await appendAudit(deps.db, {
    at: input.now(),
    organizationId: team.organizationId,
    actorRole: 'system',
    action: 'team.update',
    outcome: 'success',
    targetType: 'team',
    targetId: team.id,
    teamId: team.id,
    detail: { storageMove: 'completed', storageLocation: target, objectsMoved: moved },
  });
  return { moved };
}
