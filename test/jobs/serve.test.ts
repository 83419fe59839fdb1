import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/db/open.ts';
import { PRUNE_JOBS_KIND } from '../../src/jobs/features.ts';
import { scheduleDedupeKey } from '../../src/jobs/schedule.ts';
import { jobs } from '../../src/jobs/tables.ts';
import { openTestDatabase } from '../support/database.ts';

const bin = join(import.meta.dirname, '../../bin/qa-vault.js');
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('qa-vault serve', () => {
  it('runs scheduled background jobs while serving and stops its runner on SIGTERM', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'qa-vault-jobs-serve-'));
    dirs.push(dataDir);
    const slotKey = scheduleDedupeKey({ everyMs: 6 * 60 * 60_000 }, new Date());
    const child = spawn(process.execPath, [bin, 'serve'], {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: '0',
        JOB_POLL_MS: '50',
        DATABASE_URL: process.env.DATABASE_URL ?? '',
      },
    });
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

    const database = process.env.DATABASE_URL
      ? await openTestDatabase()
      : await openPglite(join(dataDir, 'pg'));
    try {
      const rows = await database.db
        .select({ status: jobs.status })
        .from(jobs)
        .where(and(eq(jobs.kind, PRUNE_JOBS_KIND), eq(jobs.dedupeKey, slotKey)));
      expect(rows).toEqual([{ status: 'succeeded' }]);
    } finally {
      await database.close();
    }
  }, 60_000);
});
