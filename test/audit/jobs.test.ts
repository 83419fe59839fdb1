import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/append.ts';
import { readLatestCheckpoint } from '../../src/audit/checkpoint.ts';
import { registerAuditJobs } from '../../src/audit/jobs.ts';
import { auditCheckpoints } from '../../src/audit/tables.ts';
import { verifyAuditChain } from '../../src/audit/verify-chain.ts';
import type { Database } from '../../src/db/client.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { createJsonLogger } from '../../src/logger.ts';
import { createTestAuditSigner } from '../support/audit.ts';
import { TestClock } from '../support/context.ts';
import { openScratchDatabase } from '../support/database.ts';

// Its own database: checkpoints sign the whole chain, and this runner claims every audit.checkpoint job.
let database: Database;
beforeAll(async () => {
  database = await openScratchDatabase();
});
afterAll(() => database.close());

describe('the scheduled audit checkpoint', () => {
  it('signs the head each slot that finds new entries, and leaves an idle log alone', async () => {
    const signer = await createTestAuditSigner();
    const logs: string[] = [];
    const clock = new TestClock(new Date('2026-03-01T10:00:00Z'));
    const runner = new JobRunner({
      db: database.db,
      logger: createJsonLogger('info', (l) => logs.push(l)),
      clock,
    });
    registerAuditJobs(runner, { db: database.db, clock, signer, everyMs: 60_000 });
    // One slot of the schedule, as the runner's loop would run it when the clock reaches it.
    const nextSlot = async () => {
      clock.advance(60_000);
      expect(await runner.tickSchedules()).toBe(1);
      expect(await runner.runUntilIdle()).toBe(1);
    };
    const append = () =>
      appendAudit(database.db, {
        at: clock.now(),
        actorRole: 'system',
        action: 'key.rotate',
        outcome: 'success',
      });

    await append();
    await nextSlot();
    const first = (await readLatestCheckpoint(database.db))!;
    await append();
    await nextSlot();
    const second = (await readLatestCheckpoint(database.db))!;
    // The checkpoint's own entry, then the new one, then the next checkpoint's entry.
    expect(second.seq).toBe(first.seq + 2);
    // A slot with nothing new since the last checkpoint signs nothing.
    await nextSlot();

    expect(await database.db.select().from(auditCheckpoints)).toHaveLength(2);
    expect(await verifyAuditChain(database.db, { signer })).toMatchObject({
      ok: true,
      checkpoints: 2,
      unsignedTail: 0,
    });
    expect(logs.filter((l) => l.includes('audit checkpoint written'))).toHaveLength(2);
  });
});
