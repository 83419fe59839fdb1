import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/append.ts';
import { chainPendingBatch, chainPendingEntries, lockSequencer } from '../../src/audit/sequencer.ts';
import { auditCheckpoints, auditLog } from '../../src/audit/tables.ts';
import type { Database, Db } from '../../src/db/client.ts';
import { organizations } from '../../src/orgs/tables.ts';
import { openScratchDatabase } from '../support/database.ts';
import { createOrganization } from '../support/factories.ts';

// A database of its own: if a guard failed, TRUNCATE would wipe every other test's entries.
let database: Database;
beforeAll(async () => {
  database = await openScratchDatabase();
});
afterAll(() => database.close());

/** The PostgreSQL error a statement fails with (drizzle wraps it as the cause). */
async function failure(run: () => Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await run();
  } catch (err) {
    const pg = ((err as { cause?: unknown }).cause ?? err) as { code?: string; message: string };
    return { code: pg.code, message: pg.message };
  }
  throw new Error('expected the statement to fail');
}

async function addEntry(db: Db, organizationId: string) {
  return appendAudit(db, {
    at: new Date(),
    organizationId,
    actorRole: 'system',
    action: 'team.create',
    outcome: 'success',
  });
}

/** Runs `work` as the application role of a PostgreSQL deployment (the tests connect as a superuser). */
function asAppRole(work: (tx: Db) => Promise<unknown>) {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`set local role qa_vault_app`);
    await work(tx);
  });
}

describe('the access log is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE of entries, even for the superuser', async () => {
    const org = await createOrganization(database.db);
    const row = await addEntry(database.db, org.id);
    const byId = eq(auditLog.id, row.id);
    for (const run of [
      () => database.db.update(auditLog).set({ outcome: 'failure' }).where(byId),
      () => database.db.delete(auditLog).where(byId),
      () => database.db.execute(sql`truncate audit_log`),
    ]) {
      expect(await failure(run)).toEqual({ code: '42501', message: expect.stringMatching(/append-only/) });
    }
    const [after] = await database.db.select().from(auditLog).where(byId);
    expect(after).toEqual(row);
  });

  it('refuses an entry inserted already chained: only the sequencer links entries', async () => {
    const org = await createOrganization(database.db);
    const run = () =>
      database.db.insert(auditLog).values({
        at: new Date(),
        organizationId: org.id,
        actorRole: 'system',
        action: 'team.create',
        outcome: 'success',
        detail: {},
        seq: 999_999,
        prevHash: '0'.repeat(64),
        hash: '1'.repeat(64),
      });
    expect(await failure(run)).toEqual({ code: '42501', message: expect.stringMatching(/unchained/) });
    expect(await database.db.select().from(auditLog).where(eq(auditLog.organizationId, org.id))).toEqual([]);
  });

  it('lets the chain columns be set only under the sequencer lock, only once, and nothing else with them', async () => {
    const org = await createOrganization(database.db);
    const row = await addEntry(database.db, org.id);
    const byId = eq(auditLog.id, row.id);
    const link = { seq: 999_998, prevHash: '0'.repeat(64), hash: '2'.repeat(64) };
    // Without the lock: refused.
    expect((await failure(() => database.db.update(auditLog).set(link).where(byId))).code).toBe('42501');
    // With it, but changing a recorded field too: refused.
    const underLock = (work: (tx: Db) => Promise<unknown>) =>
      database.db.transaction(async (tx) => {
        await lockSequencer(tx);
        await work(tx);
      });
    expect(
      (
        await failure(() =>
          underLock((tx) =>
            tx
              .update(auditLog)
              .set({ ...link, outcome: 'failure' })
              .where(byId),
          ),
        )
      ).code,
    ).toBe('42501');
    // The sequencer links it; relinking the same entry afterwards is refused.
    await chainPendingEntries(database.db, { wait: true });
    const [chained] = await database.db.select().from(auditLog).where(byId);
    expect(chained!.seq).toEqual(expect.any(Number));
    expect(
      (
        await failure(() =>
          underLock((tx) =>
            tx
              .update(auditLog)
              .set({ hash: '3'.repeat(64) })
              .where(byId),
          ),
        )
      ).code,
    ).toBe('42501');
    const [after] = await database.db.select().from(auditLog).where(byId);
    expect(after).toEqual(chained);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of checkpoints', async () => {
    await database.db
      .insert(auditCheckpoints)
      .values({ seq: 1_000_000, hash: '0'.repeat(64), keyId: 'k', mac: '0'.repeat(64), at: new Date() });
    const bySeq = eq(auditCheckpoints.seq, 1_000_000);
    for (const run of [
      () =>
        database.db
          .update(auditCheckpoints)
          .set({ mac: '1'.repeat(64) })
          .where(bySeq),
      () => database.db.delete(auditCheckpoints).where(bySeq),
      () => database.db.execute(sql`truncate audit_checkpoints`),
    ]) {
      expect((await failure(run)).message).toMatch(/audit_checkpoints is append-only/);
    }
  });
});

describe('the qa_vault_app role', () => {
  it('appends and reads entries', async () => {
    const org = await createOrganization(database.db);
    await asAppRole((tx) => addEntry(tx, org.id));
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.organizationId, org.id));
    expect(rows).toHaveLength(1);
  });

  it('may link entries as the sequencer (its one UPDATE privilege: the chain columns)', async () => {
    const org = await createOrganization(database.db);
    const row = await addEntry(database.db, org.id);
    await asAppRole(async (tx) => {
      await lockSequencer(tx);
      while ((await chainPendingBatch(tx)) > 0) {}
    });
    const [after] = await database.db.select().from(auditLog).where(eq(auditLog.id, row.id));
    expect(after).toMatchObject({ seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('has no UPDATE, DELETE or TRUNCATE privilege, so disabling the trigger would not help it', async () => {
    const org = await createOrganization(database.db);
    const row = await addEntry(database.db, org.id);
    for (const statement of [
      sql`update audit_log set outcome = 'failure' where id = ${row.id}`,
      sql`delete from audit_log where id = ${row.id}`,
      sql`truncate audit_log`,
      sql`update audit_checkpoints set mac = ''`,
    ]) {
      expect(await failure(() => asAppRole((tx) => tx.execute(statement)))).toEqual({
        code: '42501',
        message: expect.stringMatching(/permission denied/),
      });
    }
    for (const statement of [
      sql`alter table audit_log disable trigger audit_log_append_only`,
      sql`set session_replication_role = replica`,
    ]) {
      expect((await failure(() => asAppRole((tx) => tx.execute(statement)))).code).toBe('42501');
    }
  });

  it('keeps full read and write access to the other tables', async () => {
    const org = await createOrganization(database.db);
    await asAppRole((tx) =>
      tx.update(organizations).set({ name: 'Renamed' }).where(eq(organizations.id, org.id)),
    );
    const [after] = await database.db.select().from(organizations).where(eq(organizations.id, org.id));
    expect(after!.name).toBe('Renamed');
  });
});
