import { and, asc, count, eq, gt, inArray, isNotNull, isNull, like, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { errorFields } from '../logger.ts';
import { assertBlobPrefix } from '../storage/blob-key.ts';
import { DataKeyUnwrapError, UnknownKeyError } from './key-provider.ts';
import { openObject } from './objects.ts';
import { vaultObjects } from './tables.ts';
import { type Vault, VaultIntegrityError } from './vault.ts';

/** How many data keys each KEK wraps (shredded objects have none). */
export async function countDataKeysByKek(db: Db): Promise<{ kekId: string; count: number }[]> {
  const rows = await db
    .select({ kekId: vaultObjects.kekId, count: count() })
    .from(vaultObjects)
    .where(isNotNull(vaultObjects.kekId))
    .groupBy(vaultObjects.kekId)
    .orderBy(asc(vaultObjects.kekId));
  return rows.map((r) => ({ kekId: r.kekId!, count: r.count }));
}

export async function countDataKeysNotUnder(db: Db, keyId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(vaultObjects)
    .where(and(isNotNull(vaultObjects.kekId), ne(vaultObjects.kekId, keyId)));
  return row?.n ?? 0;
}

export interface RewrapOptions {
  batchSize?: number;
  /** Called after each committed batch (progress output; tests interrupt rotation here). */
  onBatch?(progress: { rewrapped: number }): void | Promise<void>;
}

export interface RewrapResult {
  activeKeyId: string;
  rewrapped: number;
  /** Data keys that would not unwrap (reported, skipped, left as they were). */
  failed: { objectId: string; reason: string }[];
  /** Still wrapped by another KEK afterwards (failed ones, or written meanwhile by a server with an older ring). */
  remaining: number;
}

/**
 * Rotation: re-wraps every data key not under the active KEK, a batch per transaction. Objects are
 * never read or rewritten. Each batch commits on its own, so an interrupted run leaves every object
 * readable (under the old or the new KEK) and running it again carries on where it stopped.
 */
export async function rewrapDataKeys(
  vault: Vault,
  db: Db,
  options: RewrapOptions = {},
): Promise<RewrapResult> {
  const batchSize = options.batchSize ?? 500;
  const active = vault.keys.activeKeyId();
  const failed: RewrapResult['failed'] = [];
  let rewrapped = 0;
  let cursor = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const rows = await tx
        .select({ id: vaultObjects.id, kekId: vaultObjects.kekId, wrappedKey: vaultObjects.wrappedKey })
        .from(vaultObjects)
        .where(
          and(isNotNull(vaultObjects.kekId), ne(vaultObjects.kekId, active), gt(vaultObjects.id, cursor)),
        )
        .orderBy(asc(vaultObjects.id))
        .limit(batchSize)
        // A row being shredded right now is skipped; the next run picks it up if it survives.
        .for('update', { skipLocked: true });
      let done = 0;
      for (const row of rows) {
        try {
          const next = await vault.keys.rewrapDataKey(
            { keyId: row.kekId!, wrapped: row.wrappedKey! },
            row.id,
          );
          await tx
            .update(vaultObjects)
            .set({ kekId: next.keyId, wrappedKey: next.wrapped })
            .where(eq(vaultObjects.id, row.id));
          done++;
        } catch (err) {
          if (!(err instanceof DataKeyUnwrapError || err instanceof UnknownKeyError)) throw err;
          failed.push({ objectId: row.id, reason: err.message });
        }
      }
      return { size: rows.length, done, lastId: rows.at(-1)?.id };
    });
    if (batch.size === 0 || !batch.lastId) break;
    cursor = batch.lastId;
    rewrapped += batch.done;
    await options.onBatch?.({ rewrapped });
  }
  for (const f of failed) vault.logger.error('data key could not be re-wrapped', { ...f });
  return { activeKeyId: active, rewrapped, failed, remaining: await countDataKeysNotUnder(db, active) };
}

export interface VerifyResult {
  checked: number;
  failures: { objectId: string; reason: string }[];
}

/** Reads objects in full (decrypt, size, SHA-256) and reports every one that does not check out. */
export async function verifyObjects(
  vault: Vault,
  db: Db,
  options: { sample?: number; onObject?(checked: number): void } = {},
): Promise<VerifyResult> {
  const result: VerifyResult = { checked: 0, failures: [] };
  const check = async (objectId: string) => {
    try {
      const opened = await openObject(vault, db, objectId);
      for await (const _ of opened.stream);
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return; // shredded meanwhile
      if (err instanceof VaultIntegrityError) result.failures.push({ objectId, reason: err.reason });
      else if (err instanceof UnknownKeyError) result.failures.push({ objectId, reason: err.message });
      else throw err;
    }
    result.checked++;
    options.onObject?.(result.checked);
  };
  const stored = eq(vaultObjects.status, 'stored');
  if (options.sample !== undefined) {
    const rows = await db
      .select({ id: vaultObjects.id })
      .from(vaultObjects)
      .where(stored)
      .orderBy(sql`random()`)
      .limit(options.sample);
    for (const row of rows) await check(row.id);
    return result;
  }
  let cursor = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db
      .select({ id: vaultObjects.id })
      .from(vaultObjects)
      .where(and(stored, gt(vaultObjects.id, cursor)))
      .orderBy(asc(vaultObjects.id))
      .limit(100);
    for (const row of rows) await check(row.id);
    if (rows.length < 100) return result;
    cursor = rows.at(-1)!.id;
  }
}

/**
 * A day: a write is only "abandoned" once no upload could still be streaming into it (a 2 GiB
 * recording over a slow uplink takes hours), and an orphaned blob costs nothing while it waits.
 */
export const DEFAULT_SWEEP_GRACE_MS = 24 * 60 * 60 * 1000;

const vaultKeyPattern = /(^|\/)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface SweepResult {
  /** Writes older than the grace period that never finished: key destroyed, blob deleted. */
  abandonedWrites: number;
  blobsChecked: number;
  /** Blobs with no live key record (shredded, abandoned, or never recorded): deleted. */
  orphanBlobsDeleted: number;
  /** The store's leftovers of writes a crash interrupted (local temp files), idle past the grace period. */
  partialWritesRemoved: number;
}

/**
 * Removes what a crash or a failed delete left behind. Blobs younger than `graceMs` are left alone, so
 * a write in progress is never mistaken for an orphan. Only keys of the vault's shape (ending in an
 * object id) are considered: the vault is the only writer of the blob store. `prefix` limits the
 * sweep to one part of the store (blob-key prefixes cannot contain LIKE wildcards).
 */
export async function sweepVault(
  vault: Vault,
  db: Db,
  options: { graceMs?: number; prefix?: string } = {},
): Promise<SweepResult> {
  const cutoff = new Date(vault.clock.now().getTime() - (options.graceMs ?? DEFAULT_SWEEP_GRACE_MS));
  const prefix = options.prefix ?? '';
  assertBlobPrefix(prefix);
  const result: SweepResult = {
    abandonedWrites: 0,
    blobsChecked: 0,
    orphanBlobsDeleted: 0,
    partialWritesRemoved: 0,
  };
  result.partialWritesRemoved = (await vault.blobs.sweepPartialWrites?.(cutoff)) ?? 0;

  const stale = await db
    .delete(vaultObjects)
    .where(
      and(
        eq(vaultObjects.status, 'writing'),
        lt(vaultObjects.createdAt, cutoff),
        like(vaultObjects.blobKey, `${prefix}%`),
      ),
    )
    .returning({ id: vaultObjects.id, blobKey: vaultObjects.blobKey, location: vaultObjects.location });
  for (const row of stale) {
    await vault.locations.store(row.location).delete(row.blobKey);
    vault.logger.info('vault sweep removed an abandoned write', { objectId: row.id });
  }
  result.abandonedWrites = stale.length;

  // Every location: a blob counts as live only where its record says it is.
  for (const location of vault.locations.names) {
    await sweepLocation(vault, db, { location, prefix, cutoff, result });
  }
  return result;
}

async function sweepLocation(
  vault: Vault,
  db: Db,
  input: { location: string; prefix: string; cutoff: Date; result: SweepResult },
): Promise<void> {
  const { location, prefix, cutoff, result } = input;
  const store = vault.locations.store(location);
  const isDefault = location === vault.locations.defaultName;
  let cursor: string | undefined;
  do {
    const page = await store.list(prefix, { cursor, limit: 1000 });
    cursor = page.cursor;
    const candidates = page.items.filter((b) => vaultKeyPattern.test(b.key));
    result.blobsChecked += candidates.length;
    if (candidates.length === 0) continue;
    const live = await db
      .select({ blobKey: vaultObjects.blobKey })
      .from(vaultObjects)
      .where(
        and(
          inArray(
            vaultObjects.blobKey,
            candidates.map((b) => b.key),
          ),
          ne(vaultObjects.status, 'shredded'),
          isDefault
            ? or(eq(vaultObjects.location, location), isNull(vaultObjects.location))
            : eq(vaultObjects.location, location),
        ),
      );
    const liveKeys = new Set(live.map((r) => r.blobKey));
    for (const blob of candidates) {
      if (liveKeys.has(blob.key) || blob.lastModified >= cutoff) continue;
      try {
        await store.delete(blob.key);
        result.orphanBlobsDeleted++;
        vault.logger.info('vault sweep deleted a blob with no key record', { blobKey: blob.key });
      } catch (err) {
        vault.logger.warn('vault sweep could not delete a blob', { blobKey: blob.key, ...errorFields(err) });
      }
    }
  } while (cursor);
}
