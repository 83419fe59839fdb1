import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionRuns } from '../../src/retention/tables.ts';
import { call } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { openScratchDatabase } from '../support/database.ts';
import { json, uploadRow } from '../support/uploads.ts';
import { DAY, entriesFor, HOLD_REASON, retentionWorld, runNow, runRetentionJobs } from './support.ts';

let ctx: TestContext;
beforeAll(async () => {
  // The daily job runs every organization in the database at a clock moved a decade on: on a
  // database shared with other files it would dispose their uploads, so it gets one of its own.
  ctx = await createTestContext({ RETENTION_MAX_PER_RUN: '2' }, { database: await openScratchDatabase() });
});
afterAll(() => ctx.close());

describe('the safety net', () => {
  it('stops a run over RETENTION_MAX_PER_RUN, alerts, and disposes only once an admin confirms', async () => {
    const { adminCookie, org, upload } = await retentionWorld(ctx);
    const rows = [await upload(), await upload(), await upload()];
    ctx.clock.advance(10 * 365 * DAY); // a clock that jumped a decade

    const stopped = await runNow(ctx, org.id);
    expect(stopped.outcome).toBe('awaiting_confirmation');
    for (const r of rows) expect((await uploadRow(ctx, r.id)).status).toBe('accepted');
    const runId = stopped.outcome === 'awaiting_confirmation' ? stopped.run.id : '';
    const [alert] = await entriesFor(ctx, 'retention.alert', runId);
    expect(alert?.detail).toEqual({ reason: 'over_max_per_run', due: 3, maxPerRun: 2 });
    // The daily job does nothing more until someone confirms.
    await runRetentionJobs(ctx);
    for (const r of rows) expect((await uploadRow(ctx, r.id)).status).toBe('accepted');

    const cookie = await adminCookie();
    const runs = await json(await call(ctx, 'GET', '/api/retention/runs', undefined, cookie));
    const waiting = runs.runs.find((r: { status: string }) => r.status === 'awaiting_confirmation');
    expect(waiting).toMatchObject({ dueCount: 3, maxPerRun: 2, planned: 3 });

    const confirmed = await call(ctx, 'POST', `/api/retention/runs/${waiting.id}/confirm`, undefined, cookie);
    expect(confirmed.status).toBe(202);
    expect(await entriesFor(ctx, 'retention.confirm', waiting.id)).toHaveLength(1);
    await runRetentionJobs(ctx);
    for (const r of rows) expect((await uploadRow(ctx, r.id)).status).toBe('deleted');
    const [done] = await ctx.deps.db.select().from(retentionRuns).where(eq(retentionRuns.id, waiting.id));
    expect(done).toMatchObject({ status: 'completed', disposedCount: 3 });
    // The runs list names the run's certificate; paged one by one it shows every run once.
    const seen: { id: string; status: string; certificateId: string | null }[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await json(
        await call(ctx, 'GET', `/api/retention/runs?limit=1${query}`, undefined, cookie),
      );
      seen.push(...page.runs);
      cursor = page.nextCursor;
    } while (cursor);
    const stored = await ctx.deps.db
      .select()
      .from(retentionRuns)
      .where(eq(retentionRuns.organizationId, org.id));
    expect(seen.map((r) => r.id).sort()).toEqual(stored.map((r) => r.id).sort());
    expect(seen.find((r) => r.id === waiting.id)).toMatchObject({
      status: 'completed',
      certificateId: expect.any(String),
    });
    expect(seen.filter((r) => r.id !== waiting.id).every((r) => r.certificateId === null)).toBe(true);
    // Confirming twice is a conflict, not a second disposal.
    expect(
      (await call(ctx, 'POST', `/api/retention/runs/${waiting.id}/confirm`, undefined, cookie)).status,
    ).toBe(409);
  });

  it('does not dispose an upload held after the confirmation', async () => {
    const { adminCookie, org, upload } = await retentionWorld(ctx);
    const rows = [await upload(), await upload(), await upload()];
    ctx.clock.advance(2191 * DAY);
    const stopped = await runNow(ctx, org.id);
    const runId = stopped.outcome === 'awaiting_confirmation' ? stopped.run.id : '';
    const cookie = await adminCookie();
    expect((await call(ctx, 'POST', `/api/retention/runs/${runId}/confirm`, undefined, cookie)).status).toBe(
      202,
    );
    await call(
      ctx,
      'POST',
      '/api/holds',
      { scope: 'upload', targetId: rows[0]!.id, reason: HOLD_REASON },
      cookie,
    );
    await runRetentionJobs(ctx);
    expect((await uploadRow(ctx, rows[0]!.id)).status).toBe('accepted');
    expect((await uploadRow(ctx, rows[1]!.id)).status).toBe('deleted');
  });

  it('answers 404 for an unknown run and for another organization’s run', async () => {
    const { adminCookie } = await retentionWorld(ctx);
    const other = await retentionWorld(ctx);
    for (let i = 0; i < 3; i++) await other.upload();
    ctx.clock.advance(2191 * DAY);
    const stopped = await runNow(ctx, other.org.id);
    const foreignRun = stopped.outcome === 'awaiting_confirmation' ? stopped.run.id : '';
    const cookie = await adminCookie();
    for (const id of [crypto.randomUUID(), foreignRun]) {
      expect((await call(ctx, 'POST', `/api/retention/runs/${id}/confirm`, undefined, cookie)).status).toBe(
        404,
      );
    }
    expect(
      (await call(ctx, 'POST', '/api/retention/runs/not-a-uuid/confirm', undefined, cookie)).status,
    ).toBe(400);
  });
});
