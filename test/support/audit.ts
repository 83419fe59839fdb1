import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { type AuditSigner, keyRingAuditSigner } from '../../src/audit/signer.ts';
import { auditLog } from '../../src/audit/tables.ts';
import { verifyAuditChain } from '../../src/audit/verify-chain.ts';
import type { Database, Db } from '../../src/db/client.ts';
import { generateKekEntry, KeyRing } from '../../src/vault/key-ring.ts';

/** A checkpoint signer over a key ring of its own: fresh KEK "kek-1", or the given KEKs with the last active. */
export async function createTestAuditSigner(
  keks: { id: string; key: string }[] = [generateKekEntry('kek-1')],
): Promise<AuditSigner> {
  return keyRingAuditSigner(await KeyRing.fromSpec({ active: keks.at(-1)!.id, keys: keks }));
}

/**
 * Fails the test if any access-log entry of the organization contains one of the canaries (a roster
 * name, a file name, a phrase of a transcript…) in any column, detail included, ignoring case. Each
 * feature plants its own canaries and calls this after exercising its routes.
 */
export async function expectNoCanariesInAuditLog(db: Db, organizationId: string, canaries: string[]) {
  const rows = await db.select().from(auditLog).where(eq(auditLog.organizationId, organizationId));
  const leaks: string[] = [];
  for (const row of rows) {
    const text = strings(row).join('\n').toLowerCase();
    for (const canary of canaries) {
      if (text.includes(canary.toLowerCase()))
        leaks.push(`seq ${row.seq} (${row.action}) contains "${canary}"`);
    }
  }
  expect(leaks, 'access-log entries must not contain content, names or file names').toEqual([]);
  return rows.length;
}

/** Every string in a row, detail keys and values included, unescaped (JSON would escape quotes). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value instanceof Date || value === null || typeof value !== 'object') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(strings);
  return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
}

class Rollback extends Error {}

/**
 * Tampers with the log as a superuser (triggers bypassed), runs verify on the damaged log, then
 * undoes it all: the tests that damage the log share one database and leave it intact.
 */
export async function verifyAfterTampering(
  database: Database,
  signer: AuditSigner,
  tamper: (tx: Db) => Promise<void>,
) {
  let report: Awaited<ReturnType<typeof verifyAuditChain>> | undefined;
  await database.db
    .transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tamper(tx);
      await tx.execute(sql`set local session_replication_role = origin`);
      report = await verifyAuditChain(tx, { signer, batchSize: 4 });
      throw new Rollback();
    })
    .catch((err) => {
      if (!(err instanceof Rollback)) throw err;
    });
  return report!;
}
