import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/append.ts';
import { readLatestCheckpoint } from '../../src/audit/checkpoint.ts';
import { registerAuditJobs } from '../../src/audit/jobs.ts';
import { auditCheckpoints } from '../../src/audit/tables.ts';
import { verifyAuditChain } from '../../src/audit/verify-chain.ts';
import { systemClock } from '../../src/clock.ts';
import type { Database } from '../../src/db/client.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { createJsonLogger } from '../../src/logger.ts';
import { createTestAuditSigner } from '../support/audit.ts';
import { openScratchDatabase } from '../support/database.ts';

// Its own database: checkpoints sign the whole chain, and this runner claims every audit.checkpoint job.
let database: Database;
beforeAll(async () => {
  database = await openScratchDatabase();
});
afterAll(() => database.close());

async function until<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out waiting');
}

describe('the scheduled audit checkpoint', () => {
  it('signs the head each slot that finds new entries, and leaves an idle log alone', async () => {
    const signer = await createTestAuditSigner();
    const logs: string[] = [];
    const runner = new JobRunner({
      db: database.db,
      logger: createJsonLogger('info', (l) => logs.push(l)),
      pollMs: 5,
    });
    registerAuditJobs(runner, {
      db: database.db,
      clock: systemClock,
      signer,
      everyMs: 30,
      retentionDays: 2190,
    });
    runner.start();
    try {
      await appendAudit(database.db, {
        at: new Date(),
        actorRole: 'system',
        action: 'key.rotate',
        outcome: 'success',
      });
      const first = await until(() => readLatestCheckpoint(database.db));
      await appendAudit(database.db, {
        at: new Date(),
        actorRole: 'system',
        action: 'key.rotate',
        outcome: 'success',
      });
      const second = await until(async () => {
        const latest = await readLatestCheckpoint(database.db);
        return latest && latest.seq > first.seq ? latest : undefined;
      });
      // The checkpoint's own entry, then the new one, then the next checkpoint's entry.
      expect(second.seq).toBe(first.seq + 2);
      await new Promise((r) => setTimeout(r, 150));
    } finally {
      await runner.stop();
    }
    expect(await database.db.select().from(auditCheckpoints)).toHaveLength(2);
    expect(await verifyAuditChain(database.db, { signer })).toMatchObject({
      ok: true,
      checkpoints: 2,
      unsignedTail: 0,
    });
    expect(logs.filter((l) => l.includes('audit checkpoint written'))).toHaveLength(2);
  });
});
