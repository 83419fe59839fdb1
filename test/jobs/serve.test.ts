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
    const server = await isolatedServer();
    const slotKey = scheduleDedupeKey({ everyMs: 6 * 60 * 60_000 }, new Date());
    const child = spawn(process.execPath, [bin, 'serve'], { env: { ...process.env, ...server.env } });
    let stderr = '';
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    // Waits on the process's own log lines, not on a clock: the runner ticks its schedules as it
    // starts, so the prune job's outcome is logged right after it comes up.
    const logged = (pattern: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!stderr.includes(pattern)) return;
          child.stderr.off('data', check);
          resolve();
        };
        child.stderr.on('data', check);
        exit.then((code) => reject(new Error(`serve exited (${code}) before logging ${pattern}: ${stderr}`)));
        check();
      });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    await logged('"msg":"listening"');
    await logged(`"kind":"${PRUNE_JOBS_KIND}"`);
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
