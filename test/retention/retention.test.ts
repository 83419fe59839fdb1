import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyRingAuditSigner } from '../../src/audit/signer.ts';
import { DISPOSAL_METHOD, verifySignedCertificate } from '../../src/retention/certificate.ts';
import { parseCertificateFile } from '../../src/retention/certificate-format.ts';
import { retentionCertificates, retentionRuns } from '../../src/retention/tables.ts';
import { uploads } from '../../src/uploads/tables.ts';
import { call } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { openScratchDatabase } from '../support/database.ts';
import { expectNothingStored, json, liveObjectsOf, uploadRow } from '../support/uploads.ts';
import { DAY, entriesFor, retentionWorld, runNow, runRetentionJobs } from './support.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('retention rules', () => {
  it('defaults every kind to 2190 days and saves a rule with a policy.change entry', async () => {
    const { admin, org } = await retentionWorld(ctx);
    const before = await json(await call(ctx, 'GET', '/api/retention', undefined, admin.cookie));
    expect(before.rules).toHaveLength(4);
    expect(
      before.rules.every((r: { keepDays: number; isDefault: boolean }) => r.keepDays === 2190 && r.isDefault),
    ).toBe(true);

    const res = await call(
      ctx,
      'PUT',
      '/api/retention',
      { rules: [{ kind: 'paperwork', keepDays: 400 }] },
      admin.cookie,
    );
    expect(res.status).toBe(200);
    const saved = await json(res);
    expect(saved.rules.find((r: { kind: string }) => r.kind === 'paperwork')).toEqual({
      kind: 'paperwork',
      keepDays: 400,
      isDefault: false,
    });
    const [entry] = await entriesFor(ctx, 'policy.change', org.id);
    expect(entry?.detail).toEqual({
      retention: [{ kind: 'paperwork', keepDays: 400, previousKeepDays: 2190 }],
    });
  });

  it('refuses a rule under RETENTION_MIN_DAYS and changes nothing', async () => {
    const { admin } = await retentionWorld(ctx);
    const res = await call(
      ctx,
      'PUT',
      '/api/retention',
      {
        rules: [
          { kind: 'session_recording', keepDays: 500 },
          { kind: 'paperwork', keepDays: 364 },
        ],
      },
      admin.cookie,
    );
    expect(res.status).toBe(400);
    expect((await json(res)).error.code).toBe('VALIDATION_FAILED');
    const after = await json(await call(ctx, 'GET', '/api/retention', undefined, admin.cookie));
    expect(after.rules.every((r: { isDefault: boolean }) => r.isDefault)).toBe(true);
  });

  it('refuses an unknown kind and a malformed body', async () => {
    const { admin } = await retentionWorld(ctx);
    for (const body of [{ rules: [{ kind: 'video', keepDays: 400 }] }, { rules: [] }, { keep: 1 }]) {
      expect((await call(ctx, 'PUT', '/api/retention', body, admin.cookie)).status).toBe(400);
    }
  });
});

describe('disposal', () => {
  it('disposes a due upload: objects shredded, tombstone, upload.dispose entry and a signed certificate', async () => {
    const { admin, adminCookie, org, team, upload } = await retentionWorld(ctx);
    await call(ctx, 'PUT', '/api/retention', { rules: [{ kind: 'paperwork', keepDays: 400 }] }, admin.cookie);
    const paper = await upload('paperwork');
    const recording = await upload('session_recording');
    const objectIds = (await liveObjectsOf(ctx, paper.id)).map((o) => o.id).sort();
    expect(objectIds.length).toBeGreaterThan(0);

    ctx.clock.advance(399 * DAY);
    expect((await runNow(ctx, org.id)).plan.uploads).toEqual([]);
    expect((await uploadRow(ctx, paper.id)).status).toBe('accepted');

    ctx.clock.advance(1 * DAY);
    const result = await runNow(ctx, org.id);
    expect(result.outcome).toBe('completed');
    expect((await uploadRow(ctx, paper.id)).status).toBe('deleted');
    expect((await uploadRow(ctx, recording.id)).status).toBe('accepted');
    await expectNothingStored(ctx, paper.id);
    const [entry] = await entriesFor(ctx, 'upload.dispose', paper.id);
    expect(entry).toMatchObject({ actorRole: 'system', outcome: 'success', teamId: team.id });

    const cookie = await adminCookie();
    const list = await json(await call(ctx, 'GET', '/api/retention/certificates', undefined, cookie));
    // Newest first: this run's, then the empty one of the run 399 days in, which found nothing due.
    expect(list.certificates.map((c: { uploads: number }) => c.uploads)).toEqual([1, 0]);
    const id = list.certificates[0].id;
    const res = await call(ctx, 'GET', `/api/retention/certificates/${id}?format=json`, undefined, cookie);
    const signed = await json(res);
    expect(signed.certificate).toMatchObject({ organizationId: org.id, method: DISPOSAL_METHOD });
    expect(signed.certificate.uploads).toEqual([
      {
        uploadId: paper.id,
        kind: 'paperwork',
        teamId: team.id,
        acceptedAt: paper.decidedAt!.toISOString(),
        disposedAt: ctx.clock.now().toISOString(),
        dataKeyIds: objectIds,
      },
    ]);
    const signer = keyRingAuditSigner(ctx.deps.vault.keys);
    expect(await verifySignedCertificate(signer, parseCertificateFile(JSON.stringify(signed)))).toBe(true);
    const csv = await (
      await call(ctx, 'GET', `/api/retention/certificates/${id}?format=csv`, undefined, cookie)
    ).text();
    expect(await verifySignedCertificate(signer, parseCertificateFile(csv))).toBe(true);
    // Altering any line breaks the signature.
    expect(
      await verifySignedCertificate(
        signer,
        parseCertificateFile(csv.replace('paperwork', 'session_recording')),
      ),
    ).toBe(false);
  });

  it('is idempotent: a second run disposes nothing again, and certifies that it disposed nothing', async () => {
    const { org, upload } = await retentionWorld(ctx);
    const row = await upload();
    ctx.clock.advance(2190 * DAY);
    const first = await runNow(ctx, org.id);
    const again = await runNow(ctx, org.id);
    expect(first.outcome === 'completed' && first.run.disposedCount).toBe(1);
    expect(again.outcome === 'completed' && again.run.disposedCount).toBe(0);
    expect(await entriesFor(ctx, 'upload.dispose', row.id)).toHaveLength(1);
    const certs = await ctx.deps.db
      .select()
      .from(retentionCertificates)
      .where(eq(retentionCertificates.organizationId, org.id));
    expect(certs.map((c) => (c.document as { totals: { uploads: number } }).totals.uploads).sort()).toEqual([
      0, 1,
    ]);
  });

  it('a run with nothing due still issues a signed, empty certificate and a retention.purge entry', async () => {
    const { org, adminCookie, upload } = await retentionWorld(ctx);
    await upload('paperwork');
    const result = await runNow(ctx, org.id);
    if (result.outcome !== 'completed') throw new Error(`run ${result.outcome}`);
    expect(result.run.disposedCount).toBe(0);
    expect(result.certificateId).toEqual(expect.any(String));
    const [purge] = await entriesFor(ctx, 'retention.purge', result.run.id);
    expect(purge?.detail).toMatchObject({ disposed: 0, certificateId: result.certificateId });

    const cookie = await adminCookie();
    const list = await json(await call(ctx, 'GET', '/api/retention/certificates', undefined, cookie));
    expect(list.certificates).toEqual([
      expect.objectContaining({ id: result.certificateId, runId: result.run.id, uploads: 0 }),
    ]);
    const signer = keyRingAuditSigner(ctx.deps.vault.keys);
    for (const format of ['json', 'csv']) {
      const res = await call(
        ctx,
        'GET',
        `/api/retention/certificates/${result.certificateId}?format=${format}`,
        undefined,
        cookie,
      );
      const signed = parseCertificateFile(await res.text());
      expect(signed.certificate.uploads).toEqual([]);
      expect(signed.certificate.totals).toEqual({ uploads: 0, dataKeysDestroyed: 0 });
      expect(await verifySignedCertificate(signer, signed)).toBe(true);
    }
  });

  it('disposes exactly what the preview announced', async () => {
    const { admin, adminCookie, org, upload } = await retentionWorld(ctx);
    await call(ctx, 'PUT', '/api/retention', { rules: [{ kind: 'paperwork', keepDays: 400 }] }, admin.cookie);
    const early = await upload('paperwork');
    ctx.clock.advance(20 * DAY);
    const late = await upload('paperwork');
    await upload('session_recording');
    ctx.clock.advance(380 * DAY); // early is due now, late in 20 days, the recording in years
    const res = await call(ctx, 'GET', '/api/retention/preview?within=30', undefined, await adminCookie());
    expect(res.status).toBe(200);
    const preview = await json(res);
    expect(preview.uploads.map((u: { id: string }) => u.id)).toEqual([early.id, late.id]);
    expect(preview.counts).toMatchObject({ due: 2, held: 0, toDispose: 2 });

    ctx.clock.advance(30 * DAY);
    const result = await runNow(ctx, org.id);
    expect(result.outcome).toBe('completed');
    const disposed = (
      await ctx.deps.db.select().from(retentionRuns).where(eq(retentionRuns.organizationId, org.id))
    )[0];
    expect(disposed?.disposedCount).toBe(2);
    for (const u of [early, late]) expect((await uploadRow(ctx, u.id)).status).toBe('deleted');
  });

  it('lists certificates newest first by pages, and refuses a cursor it did not issue', async () => {
    const { org, adminCookie } = await retentionWorld(ctx);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const result = await runNow(ctx, org.id);
      if (result.outcome === 'completed' && result.certificateId) ids.unshift(result.certificateId);
      ctx.clock.advance(DAY);
    }
    const cookie = await adminCookie();
    const first = await json(
      await call(ctx, 'GET', '/api/retention/certificates?limit=2', undefined, cookie),
    );
    expect(first.certificates.map((c: { id: string }) => c.id)).toEqual(ids.slice(0, 2));
    const second = await json(
      await call(
        ctx,
        'GET',
        `/api/retention/certificates?limit=2&cursor=${first.nextCursor}`,
        undefined,
        cookie,
      ),
    );
    expect(second).toEqual({ certificates: [expect.objectContaining({ id: ids[2] })], nextCursor: null });
    const bad = await call(ctx, 'GET', '/api/retention/certificates?cursor=not-ours', undefined, cookie);
    expect(bad.status).toBe(400);
  });

  it('refuses a preview window that is not a whole number of days', async () => {
    const { admin } = await retentionWorld(ctx);
    for (const q of ['-1', 'abc', '99999']) {
      expect(
        (await call(ctx, 'GET', `/api/retention/preview?within=${q}`, undefined, admin.cookie)).status,
      ).toBe(400);
    }
  });

  it('turns a rejected upload into a tombstone once its report has been kept REJECTED_REPORT_DAYS', async () => {
    const { org, upload } = await retentionWorld(ctx);
    const row = await upload('paperwork');
    await ctx.deps.db.update(uploads).set({ status: 'rejected', findings: [] }).where(eq(uploads.id, row.id));
    ctx.clock.advance(29 * DAY);
    await runNow(ctx, org.id);
    expect((await uploadRow(ctx, row.id)).status).toBe('rejected');
    ctx.clock.advance(1 * DAY);
    const result = await runNow(ctx, org.id);
    expect(result.outcome === 'completed' && result.run.reportsExpired).toBe(1);
    const after = await uploadRow(ctx, row.id);
    expect(after).toMatchObject({ status: 'deleted', findings: null });
    const [entry] = await entriesFor(ctx, 'upload.dispose', row.id);
    expect(entry?.detail).toMatchObject({ reason: 'report_expired', previousStatus: 'rejected' });
  });

  it('runs daily through the job queue', async () => {
    // The daily job runs every organization in the database six years on: on the database shared
    // with other files it would dispose their uploads (and find its own day slot taken by an earlier
    // run of the suite), so it gets a database of its own.
    const own = await createTestContext({}, { database: await openScratchDatabase() });
    try {
      const { org, upload } = await retentionWorld(own);
      const row = await upload();
      own.clock.advance(2191 * DAY);
      await runRetentionJobs(own);
      expect((await uploadRow(own, row.id)).status).toBe('deleted');
      const runs = await own.deps.db
        .select()
        .from(retentionRuns)
        .where(eq(retentionRuns.organizationId, org.id));
      expect(runs.map((r) => [r.status, r.disposedCount])).toEqual([['completed', 1]]);
    } finally {
      await own.close();
    }
  });

  it('disposes each upload once when runs overlap', async () => {
    const { org, upload } = await retentionWorld(ctx);
    const rows = [await upload(), await upload(), await upload()];
    ctx.clock.advance(2191 * DAY);
    const results = await Promise.all([runNow(ctx, org.id), runNow(ctx, org.id)]);
    const total = results.reduce((n, r) => n + (r.outcome === 'completed' ? r.run.disposedCount : 0), 0);
    expect(total).toBe(3);
    for (const r of rows) expect(await entriesFor(ctx, 'upload.dispose', r.id)).toHaveLength(1);
  });
});
