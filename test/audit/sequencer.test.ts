import { asc, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/append.ts';
import { entryHash } from '../../src/audit/chain.ts';
import { writeAuditCheckpoint } from '../../src/audit/checkpoint.ts';
import { chainPendingEntries, lockSequencer } from '../../src/audit/sequencer.ts';
import type { AuditSigner } from '../../src/audit/signer.ts';
import { auditLog, type ChainedAuditRow } from '../../src/audit/tables.ts';
import { verifyAuditChain } from '../../src/audit/verify-chain.ts';
import type { Database, Db } from '../../src/db/client.ts';
import { createTestAuditSigner } from '../support/audit.ts';
import { openScratchDatabase } from '../support/database.ts';

// Each test reads or damages the whole chain: a database of its own per test.
let signer: AuditSigner;
beforeAll(async () => {
  signer = await createTestAuditSigner();
});

const databases: Database[] = [];
afterAll(() => Promise.all(databases.map((d) => d.close())));
async function freshDatabase() {
  const database = await openScratchDatabase();
  databases.push(database);
  return database.db;
}

const record = (db: Db, i: number) =>
  appendAudit(db, {
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
    actorRole: 'therapist',
    action: 'upload.view',
    targetType: 'upload',
    targetId: `upload-${i}`,
    outcome: 'success',
    detail: { i },
  });

const chained = (db: Db) =>
  db.select().from(auditLog).orderBy(asc(auditLog.seq)) as Promise<ChainedAuditRow[]>;

class Rollback extends Error {}

/** Changes the log as a superuser would (triggers bypassed), verifies, then undoes it all. */
async function verifyAfter(db: Db, tamper: (tx: Db) => Promise<void>) {
  let report: Awaited<ReturnType<typeof verifyAuditChain>> | undefined;
  await db
    .transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tamper(tx);
      await tx.execute(sql`set local session_replication_role = origin`);
      report = await verifyAuditChain(tx, { signer });
      throw new Rollback();
    })
    .catch((err) => {
      if (!(err instanceof Rollback)) throw err;
    });
  return report!;
}

describe('the sequencer', () => {
  it('chains an entry committed late after those committed before it, never skipping it', async () => {
    const db = await freshDatabase();
    await record(db, 1);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let late: Promise<unknown> | undefined;
    // PGlite is one connection: a transaction left open there would block everything else.
    if (process.env.DATABASE_URL) {
      // A request still in flight: its entry has the smaller id but commits last.
      let inserted!: () => void;
      const didInsert = new Promise<void>((r) => (inserted = r));
      late = db.transaction(async (tx) => {
        await record(tx, 2);
        inserted();
        await held;
      });
      await didInsert;
    }
    await record(db, 3);
    expect(await chainPendingEntries(db)).toEqual({ locked: true, chained: 2 });
    release();
    await late;
    if (!late) await record(db, 2);
    await chainPendingEntries(db);
    const rows = await chained(db);
    expect(rows.map((r) => [r.seq, r.detail.i])).toEqual([
      [1, 1],
      [2, 3],
      [3, 2],
    ]);
    expect(await verifyAuditChain(db, { signer })).toMatchObject({ ok: true, entries: 3, pending: 0 });
  });

  it('does nothing while another sequencer holds the lock', async () => {
    const db = await freshDatabase();
    await record(db, 1);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const other = db.transaction(async (tx) => {
      await lockSequencer(tx);
      locked();
      await held;
    });
    await isLocked;
    if (process.env.DATABASE_URL) {
      expect(await chainPendingEntries(db)).toEqual({ locked: false, chained: 0 });
    }
    release();
    await other;
    expect(await chainPendingEntries(db)).toEqual({ locked: true, chained: 1 });
  });

  it('leaves a chain that verifies when killed mid-batch, and the next turn completes it', async () => {
    const db = await freshDatabase();
    for (let i = 1; i <= 5; i++) await record(db, i);
    await chainPendingEntries(db, { batchSize: 2 });
    for (let i = 6; i <= 12; i++) await record(db, i);
    // Killed after linking a batch, before its commit: the batch's transaction dies with it.
    await expect(
      chainPendingEntries(db, {
        batchSize: 3,
        beforeCommit: () => {
          throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    expect(await verifyAuditChain(db, { signer })).toMatchObject({ ok: true, entries: 5, pending: 7 });
    expect(await chainPendingEntries(db, { batchSize: 3 })).toEqual({ locked: true, chained: 7 });
    expect(await verifyAuditChain(db, { signer })).toMatchObject({ ok: true, entries: 12, pending: 0 });
  });

  it('signs a checkpoint over everything recorded before it', async () => {
    const db = await freshDatabase();
    for (let i = 1; i <= 3; i++) await record(db, i);
    const { checkpoint } = await writeAuditCheckpoint(db, { signer, at: new Date() });
    expect(checkpoint.seq).toBe(4);
    expect(await db.select().from(auditLog).where(isNull(auditLog.seq))).toEqual([]);
  });
});

describe('tampering behind the sequencer’s back', () => {
  // One signed log for all: every tampering is rolled back once verify has looked at it.
  let db: Db;
  beforeAll(async () => {
    db = await freshDatabase();
    for (let i = 1; i <= 4; i++) await record(db, i);
    await writeAuditCheckpoint(db, { signer, at: new Date() }); // seq 5
    for (let i = 6; i <= 8; i++) await record(db, i);
    await writeAuditCheckpoint(db, { signer, at: new Date() }); // seq 9
    await record(db, 10);
    await chainPendingEntries(db);
  });

  it('detects an entry edited after it was chained', async () => {
    const report = await verifyAfter(db, async (tx) => {
      await tx.update(auditLog).set({ outcome: 'denied' }).where(eq(auditLog.seq, 7));
    });
    expect(report.problem).toEqual({
      seq: 7,
      message: expect.stringMatching(/changed after it was written/),
    });
  });

  it('detects a chained entry deleted', async () => {
    const report = await verifyAfter(db, async (tx) => {
      await tx.delete(auditLog).where(eq(auditLog.seq, 3));
    });
    expect(report.problem).toEqual({ seq: 3, message: expect.stringMatching(/missing/) });
  });

  it('detects an entry inserted into the chain with a link it cannot make', async () => {
    const report = await verifyAfter(db, async (tx) => {
      const [head] = await tx.select().from(auditLog).where(eq(auditLog.seq, 10));
      const { id: _id, ...fields } = head as ChainedAuditRow;
      const forged = { ...fields, seq: 11, detail: { forged: true } };
      // Linked to seq 9 instead of the head, as a writer racing the sequencer would.
      const [nine] = await tx.select().from(auditLog).where(eq(auditLog.seq, 9));
      await tx.insert(auditLog).values({
        ...forged,
        prevHash: nine!.hash,
        hash: entryHash(nine!.hash!, forged),
      });
    });
    expect(report.problem).toEqual({
      seq: 11,
      message: expect.stringMatching(/prev_hash is not the hash of seq 10/),
    });
  });

  it('detects an entry inserted mid-chain with every later hash recomputed, at the next checkpoint', async () => {
    const report = await verifyAfter(db, async (tx) => {
      // Make room at seq 7 (from the top down, so the unique index never sees two at once) …
      const later = await tx.select().from(auditLog).where(sql`${auditLog.seq} >= 7`).orderBy(sql`seq desc`);
      for (const row of later)
        await tx
          .update(auditLog)
          .set({ seq: row.seq! + 1 })
          .where(eq(auditLog.id, row.id));
      // … insert a forged entry there, and re-link everything after it.
      const [six] = await tx.select().from(auditLog).where(eq(auditLog.seq, 6));
      const { id: _id, ...fields } = six as ChainedAuditRow;
      const forged = { ...fields, seq: 7, detail: { forged: true } };
      await tx
        .insert(auditLog)
        .values({ ...forged, prevHash: six!.hash, hash: entryHash(six!.hash!, forged) });
      let prevHash = entryHash(six!.hash!, forged);
      const rest = (await tx
        .select()
        .from(auditLog)
        .where(sql`${auditLog.seq} >= 8`)
        .orderBy(asc(auditLog.seq))) as ChainedAuditRow[];
      for (const row of rest) {
        const hash = entryHash(prevHash, row);
        await tx.update(auditLog).set({ prevHash, hash }).where(eq(auditLog.id, row.id));
        prevHash = hash;
      }
    });
    // Every link holds; the checkpoint signed at seq 9 no longer matches what is there now.
    expect(report.problem).toEqual({
      seq: 9,
      message: expect.stringMatching(/differs from the checkpoint .* rewritten at or after seq 6/),
    });
  });
});
