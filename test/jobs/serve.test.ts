import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PRUNE_JOBS_KIND } from '../../src/jobs/features.ts';
import { scheduleDedupeKey } from '../../src/jobs/schedule.ts';
import { jobs } from '../../src/jobs/tables.ts';
import { isolatedServer } from '../support/serve.ts';

const bin = join(import.meta.dirname, '../../bin/qa-vault.js');

describe('qa-vault serve', () => {
  it('runs scheduled background jobs while serving and stops its runner on SIGTERM', async () => {
    // Its own database and data directory: a serving process runs jobs (test/support/serve.ts).
    const server = await isolatedServer({ JOB_POLL_MS: '50' });
    const slotKey = scheduleDedupeKey({ everyMs: 6 * 60 * 60_000 }, new Date());
    const child = spawn(process.execPath, [bin, 'serve'], { env: { ...process.env, ...server.env } });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    // The runner ticks its schedules as it starts; on a shared server another run may own this slot.
    const deadline = Date.now() + 30_000;
    while (!/"msg":"listening"/.test(stderr) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    const ran = Date.now() + 3_000;
    while (!stderr.includes(`"kind":"${PRUNE_JOBS_KIND}"`) && Date.now() < ran)
      await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(stderr).toContain('"msg":"stopped"');

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
