import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PRUNE_JOBS_KIND } from '../../src/jobs/features.ts';
import { scheduleDedupeKey } from '../../src/jobs/schedule.ts';
import { jobs } from '../../src/jobs/tables.ts';
import { isolatedServer, startServe } from '../support/serve.ts';

describe('qa-vault serve', () => {
  it('runs scheduled background jobs while serving and stops its runner on SIGTERM', async () => {
    // Its own database and data directory: a serving process runs jobs (test/support/serve.ts).
    const server = await isolatedServer();
    const slotKey = scheduleDedupeKey({ everyMs: 6 * 60 * 60_000 }, new Date());
    const child = await startServe(server.env);
    // The runner ticks its schedules as it starts, so the prune job's outcome is logged right after.
    await child.logged(new RegExp(`"kind":"${PRUNE_JOBS_KIND}"`));
    child.kill('SIGTERM');
    expect((await child.exited).code).toBe(0);
    expect(child.stderr()).toContain('"msg":"stopped"');

    const database = await server.openDatabase();
    try {
      const rows = await database.db
        .select({ status: jobs.status })
        .from(jobs)
        .where(and(eq(jobs.kind, PRUNE_JOBS_KIND), eq(jobs.dedupeKey, slotKey)));
      expect(rows).toEqual([{ status: 'succeeded' }]);
    } finally {
      await database.close();
      await server.close();
    }
  }, 60_000);
});
