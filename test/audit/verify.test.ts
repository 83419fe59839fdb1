import { asc, eq, gte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/append.ts';
import { entryHash } from '../../src/audit/chain.ts';
import { writeAuditCheckpoint } from '../../src/audit/checkpoint.ts';
import { chainPendingEntries } from '../../src/audit/sequencer.ts';
import type { AuditSigner } from '../../src/audit/signer.ts';
import { auditCheckpoints, auditLog } from '../../src/audit/tables.ts';
import { verifyAuditChain } from '../../src/audit/verify-chain.ts';
import type { Database, Db } from '../../src/db/client.ts';
import { generateKekEntry } from '../../src/vault/key-ring.ts';
import { createTestAuditSigner, verifyAfterTampering } from '../support/audit.ts';
import { openScratchDatabase } from '../support/database.ts';

// verify reads the whole log, and these tests damage it: a database of their own, and every
// tampering happens inside a transaction that is rolled back once verify has looked at it.
let database: Database;
let signer: AuditSigner;
beforeAll(async () => {
  database = await openScratchDatabase();
  signer = await createTestAuditSigner();
  const at = new Date('2026-02-01T10:00:00Z');
  const add = (i: number) =>
    appendAudit(database.db, {
      at: new Date(at.getTime() + i * 1000),
      actorRole: 'admin',
      action: 'user.update',
      targetType: 'user',
      targetId: `user-${i}`,
      outcome: i % 3 === 0 ? 'denied' : 'success',
      detail: { attempt: i },
    });
  // seq 1–5, checkpoint entry 6, seq 7–10, checkpoint entry 11, seq 12–14
  for (let i = 1; i <= 5; i++) await add(i);
  await writeAuditCheckpoint(database.db, { signer, at });
  for (let i = 7; i <= 10; i++) await add(i);
  await writeAuditCheckpoint(database.db, { signer, at });
  for (let i = 12; i <= 14; i++) await add(i);
  await chainPendingEntries(database.db);
});
afterAll(() => database.close());

const verifyAfter = (tamper: (tx: Db) => Promise<void>) => verifyAfterTampering(database, signer, tamper);

describe('verifyAuditChain', () => {
  it('reports an intact chain with its head and checkpoints', async () => {
    const report = await verifyAuditChain(database.db, { signer, batchSize: 4 });
    expect(report).toMatchObject({
      ok: true,
      entries: 14,
      checkpoints: 2,
      head: { seq: 14 },
      latestCheckpoint: { seq: 11 },
      unsignedTail: 3,
    });
  });

  it('names the seq of an entry whose contents were updated', async () => {
    const report = await verifyAfter(async (tx) => {
      await tx.update(auditLog).set({ outcome: 'success' }).where(eq(auditLog.seq, 3));
    });
    expect(report.ok).toBe(false);
    expect(report.problem).toEqual({
      seq: 3,
      message: expect.stringMatching(/changed after it was written/),
    });
  });

  it('names the seq of a deleted entry', async () => {
    const report = await verifyAfter(async (tx) => {
      await tx.delete(auditLog).where(eq(auditLog.seq, 8));
    });
    expect(report.problem).toEqual({
      seq: 8,
      message: expect.stringMatching(/missing.*7.*followed by seq 9/),
    });
  });

  it('names the first seq of a re-ordered pair', async () => {
    const report = await verifyAfter(async (tx) => {
      // Swap entries 4 and 5 by renumbering them, as a reordering by hand would.
      await tx.update(auditLog).set({ seq: -4 }).where(eq(auditLog.seq, 4));
      await tx.update(auditLog).set({ seq: 4 }).where(eq(auditLog.seq, 5));
      await tx.update(auditLog).set({ seq: 5 }).where(eq(auditLog.seq, -4));
    });
    expect(report.problem?.seq).toBe(4);
  });

  it('names the link when an entry was changed and its own hash recomputed', async () => {
    const report = await verifyAfter(async (tx) => {
      const [row] = await tx.select().from(auditLog).where(eq(auditLog.seq, 3));
      const forged = { ...row!, outcome: 'success' };
      await tx
        .update(auditLog)
        .set({ outcome: 'success', hash: entryHash(forged.prevHash!, { ...forged, seq: 3 }) })
        .where(eq(auditLog.seq, 3));
    });
    expect(report.problem).toEqual({
      seq: 4,
      message: expect.stringMatching(/prev_hash is not the hash of seq 3/),
    });
  });

  it('catches a tail rewritten consistently (every hash recomputed) at the first checkpoint after it', async () => {
    const report = await verifyAfter(async (tx) => {
      const rows = await tx.select().from(auditLog).where(gte(auditLog.seq, 8)).orderBy(asc(auditLog.seq));
      const [before] = await tx.select().from(auditLog).where(eq(auditLog.seq, 7));
      let prevHash = before!.hash!;
      for (const row of rows) {
        const rewritten = { ...row, seq: row.seq!, prevHash, detail: { ...row.detail, rewritten: true } };
        const hash = entryHash(prevHash, rewritten);
        await tx
          .update(auditLog)
          .set({ detail: rewritten.detail, prevHash, hash })
          .where(eq(auditLog.seq, row.seq!));
        prevHash = hash;
      }
    });
    // No entry check can see it; the checkpoint at 11 can, and the one at 6 bounds where it began.
    expect(report.problem).toEqual({
      seq: 11,
      message: expect.stringMatching(/differs from the checkpoint .* rewritten at or after seq 7/),
    });
  });

  it('catches entries deleted from the end when a checkpoint names one of them', async () => {
    const report = await verifyAfter(async (tx) => {
      await tx.delete(auditLog).where(gte(auditLog.seq, 10));
    });
    expect(report.problem).toEqual({
      seq: 10,
      message: expect.stringMatching(/names seq 11 but the log ends at seq 9/),
    });
  });

  it('rejects a checkpoint whose MAC was not made with the key ring', async () => {
    const report = await verifyAfter(async (tx) => {
      await tx
        .update(auditCheckpoints)
        .set({ mac: 'ab'.repeat(32) })
        .where(eq(auditCheckpoints.seq, 6));
    });
    expect(report.problem).toEqual({
      seq: 6,
      message: expect.stringMatching(/no valid MAC under key kek-1/),
    });
  });

  it('rejects every checkpoint when verified with a different key ring', async () => {
    const other = await createTestAuditSigner();
    const report = await verifyAuditChain(database.db, { signer: other });
    expect(report.problem?.seq).toBe(6);
  });
});

describe('writeAuditCheckpoint', () => {
  it('does not sign an idle log twice', async () => {
    const db = await openScratchDatabase();
    try {
      const at = new Date();
      await appendAudit(db.db, { at, actorRole: 'system', action: 'key.rotate', outcome: 'success' });
      const first = await writeAuditCheckpoint(db.db, { signer, at });
      const second = await writeAuditCheckpoint(db.db, { signer, at });
      expect(first).toMatchObject({ written: true, checkpoint: { seq: 2 } });
      expect(second).toEqual({ written: false, checkpoint: first.checkpoint });
      const [entry] = await db.db.select().from(auditLog).where(eq(auditLog.seq, 2));
      expect(entry).toMatchObject({
        action: 'audit.checkpoint',
        actorRole: 'system',
        hash: first.checkpoint.hash,
      });
    } finally {
      await db.close();
    }
  });

  it('keeps checkpoints made before a key rotation verifiable', async () => {
    const db = await openScratchDatabase();
    try {
      const old = generateKekEntry('old');
      const at = new Date();
      await writeAuditCheckpoint(db.db, { signer: await createTestAuditSigner([old]), at });
      await appendAudit(db.db, { at, actorRole: 'system', action: 'key.rotate', outcome: 'success' });
      const rotated = await createTestAuditSigner([old, generateKekEntry('new')]);
      const second = await writeAuditCheckpoint(db.db, { signer: rotated, at });
      expect(second.checkpoint.keyId).toBe('new');
      expect(await verifyAuditChain(db.db, { signer: rotated })).toMatchObject({ ok: true, checkpoints: 2 });
    } finally {
      await db.close();
    }
  });
});
