import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../src/db/client.ts';
import { claimJob, completeJob, enqueueJob, failJob, pruneFinishedJobs } from '../../src/jobs/queue.ts';
import { jobs } from '../../src/jobs/tables.ts';
import { openTestDatabase } from '../support/database.ts';
import { jobById, jobRows, openSecondHandle, uniqueKind } from './support.ts';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

describe('enqueueJob', () => {
  it('stores a queued job with its payload, due now', async () => {
    const kind = uniqueKind();
    const { id, created } = await enqueueJob(db, { kind, payload: { uploadId: 'u-1' } });
    expect(created).toBe(true);
    const row = await jobById(db, id);
    expect(row).toMatchObject({
      kind,
      status: 'queued',
      attempts: 0,
      maxAttempts: 5,
      payload: { uploadId: 'u-1' },
    });
    expect(await claimJob(db, { kinds: [kind], leaseMs: 60_000 })).toMatchObject({ id, status: 'running' });
  });

  it('leaves no job when the transaction it was enqueued in rolls back', async () => {
    const kind = uniqueKind();
    await expect(
      db.transaction(async (tx) => {
        await enqueueJob(tx, { kind, payload: { uploadId: 'u-2' } });
        throw new Error('state change failed');
      }),
    ).rejects.toThrow('state change failed');
    expect(await jobRows(db, kind)).toHaveLength(0);
  });

  it('commits the job together with the transaction that enqueued it', async () => {
    const kind = uniqueKind();
    await db.transaction(async (tx) => {
      await enqueueJob(tx, { kind });
    });
    expect(await jobRows(db, kind)).toHaveLength(1);
  });

  it('returns the existing job when the dedupe key was used before', async () => {
    const kind = uniqueKind();
    const first = await enqueueJob(db, { kind, dedupeKey: 'upload-42' });
    const second = await enqueueJob(db, { kind, dedupeKey: 'upload-42', payload: { other: true } });
    expect(second).toEqual({ id: first.id, created: false });
    expect(await jobRows(db, kind)).toHaveLength(1);
    // The same key under another kind is a different job.
    expect((await enqueueJob(db, { kind: `${kind}.other`, dedupeKey: 'upload-42' })).created).toBe(true);
  });

  it('does not hand out a job before its runAt', async () => {
    const kind = uniqueKind();
    await enqueueJob(db, { kind, runAt: new Date(Date.now() + 60 * 60_000) });
    expect(await claimJob(db, { kinds: [kind], leaseMs: 60_000 })).toBeNull();
  });
});

describe('claimJob', () => {
  it('gives each job to exactly one of many concurrent claimers', async () => {
    const kind = uniqueKind();
    const ids = new Set<string>();
    for (let i = 0; i < 12; i++) ids.add((await enqueueJob(db, { kind, payload: { i } })).id);
    const other = await openSecondHandle(database);
    try {
      const claims = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          claimJob(i % 2 ? other.db : db, { kinds: [kind], leaseMs: 60_000 }),
        ),
      );
      const claimed = claims.filter((c) => c !== null).map((c) => c.id);
      expect(claimed).toHaveLength(12);
      expect(new Set(claimed)).toEqual(ids);
    } finally {
      await other.close();
    }
  });

  it('claims only the kinds it is asked for', async () => {
    const kind = uniqueKind();
    await enqueueJob(db, { kind });
    expect(await claimJob(db, { kinds: [uniqueKind()], leaseMs: 60_000 })).toBeNull();
    expect(await claimJob(db, { kinds: [], leaseMs: 60_000 })).toBeNull();
  });
});

describe('completing and failing', () => {
  it('ignores a stale worker once another claim has taken the job over', async () => {
    const kind = uniqueKind();
    const { id } = await enqueueJob(db, { kind });
    const stale = (await claimJob(db, { kinds: [kind], leaseMs: 60_000 }))!;
    // Another run took over (what the lease sweep allows once the lease expires).
    await db.update(jobs).set({ lockToken: crypto.randomUUID() }).where(eq(jobs.id, id));
    expect(await completeJob(db, stale)).toBe(false);
    expect(await failJob(db, stale, { reason: 'Error' })).toBeNull();
    expect((await jobById(db, id)).status).toBe('running');
  });

  it('prunes finished jobs past their age and keeps the rest', async () => {
    const kind = uniqueKind();
    const done = await enqueueJob(db, { kind, dedupeKey: 'a' });
    const recent = await enqueueJob(db, { kind, dedupeKey: 'b' });
    const waiting = await enqueueJob(db, { kind, dedupeKey: 'c', runAt: new Date(Date.now() + 3_600_000) });
    for (const _ of [done, recent])
      await completeJob(db, (await claimJob(db, { kinds: [kind], leaseMs: 60_000 }))!);
    await db.update(jobs).set({ finishedAt: sql`now() - interval '8 days'` }).where(eq(jobs.id, done.id));
    await pruneFinishedJobs(db, { succeededOlderThanMs: 7 * 86_400_000, failedOlderThanMs: 30 * 86_400_000 });
    const left = (await jobRows(db, kind)).map((r) => r.id).sort();
    expect(left).toEqual([recent.id, waiting.id].sort());
    // The pruned job's dedupe key is free again.
    expect((await enqueueJob(db, { kind, dedupeKey: 'a' })).created).toBe(true);
  });
});
