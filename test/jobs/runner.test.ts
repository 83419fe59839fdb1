import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../src/db/client.ts';
import { PermanentJobError } from '../../src/jobs/errors.ts';
import { claimJob, completeJob, enqueueJob } from '../../src/jobs/queue.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { jobs } from '../../src/jobs/tables.ts';
import { openTestDatabase } from '../support/database.ts';
import {
  deferred,
  expireLeases,
  jobById,
  jobRows,
  ManualTimers,
  makeDue,
  memoryLogger,
  openSecondHandle,
  uniqueKind,
} from './support.ts';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

const secondsFromNow = async (at: Date) => {
  const [row] = await db.select({ now: sql<string>`now()` }).from(sql`(select 1) as one`);
  return (at.getTime() - new Date(row!.now).getTime()) / 1000;
};

describe('JobRunner', () => {
  it('runs every job exactly once when two instances share the queue', async () => {
    const kind = uniqueKind();
    const runs: string[] = [];
    const allRan = deferred();
    const handler = async (payload: Record<string, unknown>) => {
      runs.push(String(payload.n));
      if (runs.length === 20) allRan.resolve();
      // Yield, so the other instance claims while this one works.
      await new Promise((r) => setImmediate(r));
    };
    const other = await openSecondHandle(database);
    const runner = (handle: Db) =>
      new JobRunner({
        db: handle,
        logger: memoryLogger().logger,
        concurrency: 2,
        timers: new ManualTimers(),
      }).register(kind, handler);
    const a = runner(db);
    const b = runner(other.db);
    try {
      for (let n = 0; n < 20; n++) await enqueueJob(db, { kind, payload: { n } });
      a.start();
      b.start();
      // Each loop looks for the next job as soon as a slot frees; no poll interval is waited out.
      await allRan.promise;
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await other.close();
    }
    expect(runs.sort()).toEqual(Array.from({ length: 20 }, (_, n) => String(n)).sort());
    expect(await jobRows(db, kind)).toEqual(
      Array.from({ length: 20 }, () => expect.objectContaining({ status: 'succeeded', attempts: 1 })),
    );
  });

  it('retries a job whose worker died once its lease has expired', async () => {
    const kind = uniqueKind();
    const { id } = await enqueueJob(db, { kind });
    // A worker claims it with a short lease and dies without finishing.
    const dead = (await claimJob(db, { kinds: [kind], leaseMs: 60_000 }))!;
    await expireLeases(db, [id]);
    const ran: number[] = [];
    const runner = new JobRunner({ db, logger: memoryLogger().logger, backoff: { baseMs: 0, maxMs: 0 } });
    runner.register(kind, async (_p, ctx) => {
      ran.push(ctx.job.attempt);
    });
    expect(await runner.runOnce()).toBe(true);
    expect(ran).toEqual([2]);
    expect(await jobById(db, id)).toMatchObject({ status: 'succeeded', attempts: 2 });
    // The dead worker coming back cannot overwrite the outcome.
    expect(await completeJob(db, dead)).toBe(false);
  });

  it('marks a job failed when its last attempt died with the worker', async () => {
    const kind = uniqueKind();
    const { id } = await enqueueJob(db, { kind, maxAttempts: 1 });
    await claimJob(db, { kinds: [kind], leaseMs: 60_000 });
    await expireLeases(db, [id]);
    const runner = new JobRunner({ db, logger: memoryLogger().logger }).register(kind, async () => {});
    expect(await runner.runOnce()).toBe(false);
    expect(await jobById(db, id)).toMatchObject({ status: 'failed', lastError: 'lease_expired' });
  });

  it('backs off exponentially after failures and ends as failed after maxAttempts', async () => {
    const kind = uniqueKind();
    const { lines, logger } = memoryLogger();
    const { id } = await enqueueJob(db, { kind, maxAttempts: 3 });
    const runner = new JobRunner({ db, logger, backoff: { baseMs: 60_000, maxMs: 3_600_000 } });
    runner.register(kind, async () => {
      throw new Error('could not parse "Jane Canary Doe"');
    });

    expect(await runner.runOnce()).toBe(true);
    let row = await jobById(db, id);
    expect(row).toMatchObject({ status: 'queued', attempts: 1, lastError: 'Error' });
    const first = await secondsFromNow(row.runAt);
    expect(first).toBeGreaterThan(60 * 0.8 - 1);
    expect(first).toBeLessThan(60 * 1.2 + 1);
    expect(await runner.runOnce()).toBe(false); // not due yet

    await makeDue(db, [id]);
    expect(await runner.runOnce()).toBe(true);
    row = await jobById(db, id);
    expect(row).toMatchObject({ status: 'queued', attempts: 2 });
    const second = await secondsFromNow(row.runAt);
    expect(second).toBeGreaterThan(120 * 0.8 - 1);
    expect(second).toBeLessThan(120 * 1.2 + 1);

    await makeDue(db, [id]);
    expect(await runner.runOnce()).toBe(true);
    row = await jobById(db, id);
    expect(row).toMatchObject({ status: 'failed', attempts: 3, lastError: 'Error' });
    expect(row.finishedAt).not.toBeNull();
    expect(await runner.runOnce()).toBe(false);
    // Error messages can quote content: neither the log nor the row carries them.
    expect(lines.join('')).not.toContain('Canary');
    expect(lines.some((l) => l.includes('job failed for good'))).toBe(true);
  });

  it('fails a job at once on a permanent error, recording its reason code', async () => {
    const kind = uniqueKind();
    const { id } = await enqueueJob(db, { kind });
    const runner = new JobRunner({ db, logger: memoryLogger().logger }).register(kind, async () => {
      throw new PermanentJobError('upload_gone');
    });
    await runner.runOnce();
    expect(await jobById(db, id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'PermanentJobError:upload_gone',
    });
  });

  it('finishes the running job before stop() resolves', async () => {
    const kind = uniqueKind();
    const started = deferred();
    const release = deferred();
    const runner = new JobRunner({ db, logger: memoryLogger().logger, timers: new ManualTimers() }).register(
      kind,
      async () => {
        started.resolve();
        await release.promise;
      },
    );
    const { id } = await enqueueJob(db, { kind });
    runner.start();
    await started.promise;
    const stopped = runner.stop({ graceMs: 60_000 });
    expect(await jobById(db, id)).toMatchObject({ status: 'running' });
    release.resolve();
    await stopped;
    expect(await jobById(db, id)).toMatchObject({ status: 'succeeded', attempts: 1 });
  });

  it('hands a job back without counting the attempt when shutdown runs out of patience', async () => {
    const kind = uniqueKind();
    const started = deferred();
    const runner = new JobRunner({ db, logger: memoryLogger().logger, timers: new ManualTimers() }).register(
      kind,
      (_p, ctx) => {
        started.resolve();
        return new Promise((_resolve, reject) =>
          ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason)),
        );
      },
    );
    const { id } = await enqueueJob(db, { kind });
    runner.start();
    await started.promise;
    // No patience at all: the handler only ends when aborted, so the grace period always runs out.
    await runner.stop({ graceMs: 0 });
    expect(await jobById(db, id)).toMatchObject({ status: 'queued', attempts: 0, lockToken: null });
  });

  it('aborts the handler when its lease is taken over, and leaves the new holder alone', async () => {
    const kind = uniqueKind();
    const { id } = await enqueueJob(db, { kind });
    const thief = crypto.randomUUID();
    const stolen = deferred();
    let aborted = false;
    const timers = new ManualTimers();
    const runner = new JobRunner({ db, logger: memoryLogger().logger, timers }).register(kind, (_p, ctx) => {
      void db
        .update(jobs)
        .set({ lockToken: thief })
        .where(eq(jobs.id, id))
        .execute()
        .then(() => stolen.resolve());
      return new Promise((_resolve, reject) =>
        ctx.signal.addEventListener('abort', () => {
          aborted = true;
          reject(ctx.signal.reason);
        }),
      );
    });
    const ran = runner.runOnce();
    await stolen.promise;
    // The next renewal finds another holder's token on the row.
    await timers.beat();
    await ran;
    expect(aborted).toBe(true);
    expect(await jobById(db, id)).toMatchObject({ status: 'running', lockToken: thief });
  });
});

describe('JobRunner schedules', () => {
  it('enqueues one job per slot however many instances tick', async () => {
    const kind = uniqueKind('sched');
    const runners = [0, 1, 2].map(() =>
      new JobRunner({ db, logger: memoryLogger().logger })
        .register(kind, async () => {})
        .schedule(kind, 60_000),
    );
    const at = new Date('2026-03-01T10:00:30Z');
    const created = await Promise.all(runners.map((r) => r.tickSchedules(at)));
    expect(created.reduce((a, b) => a + b, 0)).toBe(1);
    // Later in the same slot: nothing new; the next slot: one more.
    await runners[0]!.tickSchedules(new Date('2026-03-01T10:00:59Z'));
    await Promise.all(runners.map((r) => r.tickSchedules(new Date('2026-03-01T10:01:00Z'))));
    const rows = await jobRows(db, kind);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.maxAttempts === 1)).toBe(true);
  });

  it('runs scheduled jobs from the polling loop', async () => {
    const kind = uniqueKind('sched');
    const ran = deferred();
    let runs = 0;
    const runner = new JobRunner({
      db,
      logger: memoryLogger().logger,
      clock: { now: () => new Date('2026-03-01T10:00:30Z') },
      timers: new ManualTimers(),
    })
      .register(kind, async () => {
        runs++;
        ran.resolve();
      })
      .schedule(kind, 3_600_000);
    runner.start();
    try {
      await ran.promise;
    } finally {
      await runner.stop();
    }
    expect(runs).toBe(1);
    expect(await jobRows(db, kind)).toMatchObject([
      {
        status: 'succeeded',
        dedupeKey: `every:3600000:${Math.floor(Date.parse('2026-03-01T10:00:30Z') / 3_600_000)}`,
      },
    ]);
  });
});
