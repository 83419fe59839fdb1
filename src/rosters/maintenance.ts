import { and, asc, eq, gt, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Vault } from '../vault/vault.ts';
import { rosterCrypto } from './crypto.ts';
import { rosterEntries } from './tables.ts';

export interface ResealResult {
  resealed: number;
  /** Entries that would not open under their KEK (left as they were, reported by id only). */
  failed: string[];
}

/**
 * After a KEK rotation: re-seals every live roster entry and recomputes its match key under the
 * active KEK, a batch per transaction, so the old KEK stops being needed (`qa-vault keys retire`
 * counts what still depends on it). Safe to interrupt and run again.
 */
export async function resealRosterEntries(vault: Vault, db: Db, batchSize = 200): Promise<ResealResult> {
  const crypt = rosterCrypto(vault.keys);
  const active = crypt.activeKeyId();
  const result: ResealResult = { resealed: 0, failed: [] };
  let cursor = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db.transaction(async (tx) => {
      const batch = await tx
        .select()
        .from(rosterEntries)
        .where(
          and(
            isNull(rosterEntries.deletedAt),
            gt(rosterEntries.id, cursor),
            or(
              ne(rosterEntries.matchKeyId, active),
              sql`split_part(${rosterEntries.sealedValue}, '.', 2) <> ${active}`,
            ),
          ),
        )
        .orderBy(asc(rosterEntries.id))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      for (const row of batch) {
        const ref = { teamId: row.teamId, entryId: row.id, kind: row.kind };
        let value: string;
        try {
          value = await crypt.open(row.sealedValue!, ref);
        } catch {
          result.failed.push(row.id);
          continue;
        }
        const matchKey = await crypt.matchKey(value, row.teamId, row.kind);
        const [twin] = await tx
          .select({ id: rosterEntries.id })
          .from(rosterEntries)
          .where(
            and(
              eq(rosterEntries.teamId, row.teamId),
              eq(rosterEntries.kind, row.kind),
              eq(rosterEntries.matchKey, matchKey),
              isNull(rosterEntries.deletedAt),
            ),
          );
        // Only two racing adds under different KEKs can leave a pair; keep the other, drop this one.
        const next = twin
          ? { sealedValue: null, matchKey: null, matchKeyId: null, deletedAt: vault.clock.now() }
          : { sealedValue: await crypt.seal(value, ref), matchKey, matchKeyId: active };
        await tx.update(rosterEntries).set(next).where(eq(rosterEntries.id, row.id));
        result.resealed++;
      }
      return batch;
    });
    if (rows.length < batchSize) return result;
    cursor = rows.at(-1)!.id;
  }
}
