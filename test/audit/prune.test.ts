import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/append.ts';
import { writeAuditCheckpoint } from '../../src/audit/checkpoint.ts';
import { openAuditExport } from '../../src/audit/export.ts';
import { firstAuditSeq, pruneAuditLog } from '../../src/audit/prune.ts';
import type { AuditSigner } from '../../src/audit/signer.ts';
import { auditCheckpoints, auditLog } from '../../src/audit/tables.ts';
import { verifyAuditChain } from '../../src/audit/verify-chain.ts';
import { verifyAuditExport } from '../../src/audit/verify-export.ts';
import type { Database, Db } from '../../src/db/client.ts';
import { createTestAuditSigner, verifyAfterTampering } from '../support/audit.ts';
import { openScratchDatabase } from '../support/database.ts';

// Pruning removes entries from the whole log: a database of its own. Tampering happens in a
// transaction that is rolled back once verify has looked.
const DAY = 86_400_000;
let database: Database;
let signer: AuditSigner;
const T0 = new Date('2015-01-01T00:00:00Z');

const add = (at: Date, i: number) =>
  appendAudit(database.db, {
    at,
    actorRole: 'admin',
    action: 'user.update',
    targetType: 'user',
    targetId: `user-${i}`,
    outcome: 'success',
    detail: { i },
  });

beforeAll(async () => {
  database = await openScratchDatabase();
  signer = await createTestAuditSigner();
  // seq 1–5, checkpoint 6, seq 7–10, checkpoint 11, seq 12–14 in 2015; seq 15–17 and checkpoint 18 in 2018
  for (let i = 1; i <= 5; i++) await add(new Date(T0.getTime() + i * DAY), i);
  await writeAuditCheckpoint(database.db, { signer, at: new Date(T0.getTime() + 6 * DAY) });
  for (let i = 7; i <= 10; i++) await add(new Date(T0.getTime() + i * DAY), i);
  await writeAuditCheckpoint(database.db, { signer, at: new Date(T0.getTime() + 11 * DAY) });
  for (let i = 12; i <= 14; i++) await add(new Date(T0.getTime() + i * DAY), i);
  const later = new Date('2018-06-01T00:00:00Z');
  for (let i = 15; i <= 17; i++) await add(later, i);
  await writeAuditCheckpoint(database.db, { signer, at: later });
});
afterAll(() => database.close());

const verifyAfter = (tamper: (tx: Db) => Promise<void>) => verifyAfterTampering(database, signer, tamper);

async function exportLines(): Promise<string[]> {
  const stream = await openAuditExport(database.db, { filter: {}, format: 'jsonl' });
  return (await new Response(stream).text()).split('\n');
}

describe('access-log retention', () => {
  it('prunes whole checkpoint intervals only, and verify and verify --file still pass', async () => {
    // Six years before 2023-01-03 falls between seq 14 (2015) and seq 15 (2018): the newest
    // checkpoint with only older entries before it is seq 11, so seq 1–10 go and 11 starts the chain.
    const result = await pruneAuditLog(database.db, {
      signer,
      now: new Date('2023-01-03T00:00:00Z'),
      retentionDays: 2190,
    });
    expect(result).toEqual({ cutSeq: 11, entriesDeleted: 10 });
    expect(await firstAuditSeq(database.db)).toBe(11);
    const remainingCheckpoints = await database.db.select().from(auditCheckpoints);
    expect(remainingCheckpoints.map((c) => c.seq).every((s) => s >= 11)).toBe(true);

    const report = await verifyAuditChain(database.db, { signer });
    expect(report).toMatchObject({ ok: true, firstSeq: 11 });
    const file = await verifyAuditExport(await exportLines(), { signer });
    expect(file).toMatchObject({ ok: true, startsAtCut: true, firstSeq: 11 });
    expect(file.end?.complete).toBe(true);

    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'audit.prune'));
    expect(entry?.detail).toMatchObject({ cutSeq: 11, entriesDeleted: 10 });
    // Running again prunes nothing more: nothing else is old enough.
    expect(
      await pruneAuditLog(database.db, {
        signer,
        now: new Date('2023-01-03T00:00:00Z'),
        retentionDays: 2190,
      }),
    ).toEqual({
      entriesDeleted: 0,
    });
  });

  it('still detects a deletion in the middle, of the cut entry, or of everything up to a later checkpoint', async () => {
    const middle = await verifyAfter(async (tx) => {
      await tx.delete(auditLog).where(eq(auditLog.seq, 13));
    });
    expect(middle).toMatchObject({ ok: false, problem: { seq: 13 } });

    const cutEntry = await verifyAfter(async (tx) => {
      await tx.delete(auditLog).where(eq(auditLog.seq, 11));
    });
    expect(cutEntry.ok).toBe(false);

    const toNextCheckpoint = await verifyAfter(async (tx) => {
      await tx.delete(auditCheckpoints).where(lte(auditCheckpoints.seq, 17));
      await tx.delete(auditLog).where(and(gte(auditLog.seq, 11), lte(auditLog.seq, 17)));
    });
    expect(toNextCheckpoint.ok).toBe(false);
    expect(toNextCheckpoint.problem?.message).toMatch(/no audit.prune entry records a cut/);
  });

  it('detects an export whose first lines were removed', async () => {
    const lines = await exportLines();
    const cut = lines.filter((l) => !l.includes('"seq":11,') && !l.includes('"seq":11}'));
    expect((await verifyAuditExport(cut, { signer })).ok).toBe(false);
  });

  it('never deletes entries younger than a year, nor directly', async () => {
    const [head] = await database.db.select({ seq: sql<number>`max(seq)::int` }).from(auditCheckpoints);
    await expect(database.db.execute(sql`select audit_prune(${head!.seq}::bigint, now())`)).rejects.toThrow();
    await expect(database.db.delete(auditLog).where(eq(auditLog.seq, 12))).rejects.toThrow();
    expect((await verifyAuditChain(database.db, { signer })).ok).toBe(true);
  });
});
