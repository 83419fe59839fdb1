import { count, eq, or, sql } from 'drizzle-orm';
import { mfaFactors } from '../auth/tables.ts';
import type { Db } from '../db/client.ts';
import { rosterEntries } from '../rosters/tables.ts';
import { vaultObjects } from './tables.ts';

/**
 * Everything that can only be opened or checked with a given KEK. `qa-vault keys retire` refuses
 * while any of these counts is above zero. A module that stores something made with `deriveKey` or
 * `sealSmall` (which record the KEK id) adds its counter to this list, and re-seals or re-MACs under
 * the active key when it wants an old KEK to become retirable.
 */
export interface KeyDependent {
  name: string;
  count(db: Db, keyId: string): Promise<number>;
}

export const keyDependents: KeyDependent[] = [
  {
    name: 'vault data keys',
    async count(db, keyId) {
      const [row] = await db.select({ n: count() }).from(vaultObjects).where(eq(vaultObjects.kekId, keyId));
      return row?.n ?? 0;
    },
  },
  {
    // Sealed as `v1.<KEK id>.…` (src/auth/secret-box.ts); re-sealed under the active KEK at next use.
    name: 'TOTP secrets',
    async count(db, keyId) {
      const [row] = await db
        .select({ n: count() })
        .from(mfaFactors)
        .where(sql`split_part(${mfaFactors.sealedSecret}, '.', 2) = ${keyId}`);
      return row?.n ?? 0;
    },
  },
  {
    // Sealed like TOTP secrets, and keyed by an HMAC under the same KEK (src/rosters/crypto.ts);
    // `qa-vault keys rotate` re-seals them. Deleted entries keep neither.
    name: 'roster entries',
    async count(db, keyId) {
      const [row] = await db
        .select({ n: count() })
        .from(rosterEntries)
        .where(
          or(
            sql`split_part(${rosterEntries.sealedValue}, '.', 2) = ${keyId}`,
            eq(rosterEntries.matchKeyId, keyId),
          ),
        );
      return row?.n ?? 0;
    },
  },
];

/** Per dependent, how many things still need `keyId`; only non-zero entries. */
export async function dependentsOf(db: Db, keyId: string): Promise<{ name: string; count: number }[]> {
  const counts = await Promise.all(
    keyDependents.map(async (d) => ({ name: d.name, count: await d.count(db, keyId) })),
  );
  return counts.filter((c) => c.count > 0);
}
