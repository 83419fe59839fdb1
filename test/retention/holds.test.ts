import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { legalHolds } from '../../src/holds/tables.ts';
import { call, signedInUser } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { insertAcceptedUpload, json, liveObjectsOf, uploadRow } from '../support/uploads.ts';
import { DAY, entriesFor, HOLD_REASON, retentionWorld, runNow } from './support.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const RELEASE_REASON = 'Matter closed by counsel, hold no longer needed';

describe('legal holds', () => {
  for (const scope of ['upload', 'user', 'team'] as const) {
    it(`keeps an upload held through its ${scope} from disposal, and disposes it after release`, async () => {
      const { admin, adminCookie, org, team, therapist, upload } = await retentionWorld(ctx);
      const held = await upload();
      const free = await upload();
      const targetId = scope === 'upload' ? held.id : scope === 'user' ? therapist.id : team.id;
      const res = await call(
        ctx,
        'POST',
        '/api/holds',
        { scope, targetId, reason: HOLD_REASON },
        admin.cookie,
      );
      expect(res.status).toBe(201);
      const hold = await json(res);
      // A team or user hold covers the second upload too: only the upload hold leaves it free.
      ctx.clock.advance(2191 * DAY);
      const preview = await json(
        await call(ctx, 'GET', '/api/retention/preview?within=0', undefined, await adminCookie()),
      );
      expect(preview.uploads.find((u: { id: string }) => u.id === held.id).held).toBe(true);

      await runNow(ctx, org.id);
      expect((await uploadRow(ctx, held.id)).status).toBe('accepted');
      expect(await liveObjectsOf(ctx, held.id)).not.toEqual([]);
      expect((await uploadRow(ctx, free.id)).status).toBe(scope === 'upload' ? 'deleted' : 'accepted');

      const release = await call(
        ctx,
        'POST',
        `/api/holds/${hold.id}/release`,
        { reason: RELEASE_REASON },
        await adminCookie(),
      );
      expect(release.status).toBe(200);
      expect(await json(release)).toMatchObject({ active: false, releaseReason: RELEASE_REASON });
      await runNow(ctx, org.id);
      expect((await uploadRow(ctx, held.id)).status).toBe('deleted');
    });
  }

  it('refuses to delete a held upload, to its owner and to an admin alike (409 LEGAL_HOLD)', async () => {
    const org = await retentionWorld(ctx);
    const owner = await signedInUser(ctx, {
      role: 'therapist',
      organizationId: org.org.id,
      teamIds: [org.team.id],
    });
    const row = await insertAcceptedUpload(ctx, {
      organizationId: org.org.id,
      teamId: org.team.id,
      ownerId: owner.user.id,
    });
    await call(
      ctx,
      'POST',
      '/api/holds',
      { scope: 'team', targetId: org.team.id, reason: HOLD_REASON },
      org.admin.cookie,
    );
    for (const cookie of [owner.cookie, org.admin.cookie]) {
      const res = await call(ctx, 'DELETE', `/api/uploads/${row.id}`, undefined, cookie);
      expect(res.status).toBe(409);
      expect((await json(res)).error.code).toBe('LEGAL_HOLD');
    }
    expect((await uploadRow(ctx, row.id)).status).toBe('accepted');
    expect(await liveObjectsOf(ctx, row.id)).not.toEqual([]);
    expect(await entriesFor(ctx, 'upload.delete', row.id)).toEqual([]);
  });

  it('refuses to delete an upload held by itself (upload scope), to its owner and to an admin', async () => {
    const org = await retentionWorld(ctx);
    const owner = await signedInUser(ctx, {
      role: 'therapist',
      organizationId: org.org.id,
      teamIds: [org.team.id],
    });
    const [held, free] = await Promise.all(
      [0, 1].map(() =>
        insertAcceptedUpload(ctx, {
          organizationId: org.org.id,
          teamId: org.team.id,
          ownerId: owner.user.id,
        }),
      ),
    );
    await call(
      ctx,
      'POST',
      '/api/holds',
      { scope: 'upload', targetId: held!.id, reason: HOLD_REASON },
      org.admin.cookie,
    );
    for (const cookie of [owner.cookie, org.admin.cookie]) {
      const res = await call(ctx, 'DELETE', `/api/uploads/${held!.id}`, undefined, cookie);
      expect(res.status).toBe(409);
      expect((await json(res)).error.code).toBe('LEGAL_HOLD');
    }
    expect((await uploadRow(ctx, held!.id)).status).toBe('accepted');
    // The hold covers that upload only.
    expect((await call(ctx, 'DELETE', `/api/uploads/${free!.id}`, undefined, owner.cookie)).status).toBe(204);
  });

  it('logs holds and releases without their reasons, which stay with the hold', async () => {
    const { admin, therapist } = await retentionWorld(ctx);
    const hold = await json(
      await call(
        ctx,
        'POST',
        '/api/holds',
        { scope: 'user', targetId: therapist.id, reason: HOLD_REASON },
        admin.cookie,
      ),
    );
    await call(ctx, 'POST', `/api/holds/${hold.id}/release`, { reason: RELEASE_REASON }, admin.cookie);
    const entries = await entriesFor(ctx, 'legal_hold.set', hold.id);
    const released = await entriesFor(ctx, 'legal_hold.release', hold.id);
    expect(entries).toHaveLength(1);
    expect(released).toHaveLength(1);
    const logged = JSON.stringify([...entries, ...released]);
    expect(logged).not.toContain('Litigation');
    expect(logged).not.toContain('Matter closed');
    const list = await json(await call(ctx, 'GET', '/api/holds', undefined, admin.cookie));
    expect(list.holds.find((h: { id: string }) => h.id === hold.id)).toMatchObject({
      reason: HOLD_REASON,
      active: false,
    });
  });

  it('refuses a short reason, an unknown scope, a target of another organization, and a second release', async () => {
    const { admin, therapist } = await retentionWorld(ctx);
    const foreign = await retentionWorld(ctx);
    const count = async () => (await ctx.deps.db.select().from(legalHolds)).length;
    const before = await count();
    const bad = [
      [{ scope: 'user', targetId: therapist.id, reason: 'too short' }, 400],
      [{ scope: 'folder', targetId: therapist.id, reason: HOLD_REASON }, 400],
      [{ scope: 'user', targetId: foreign.therapist.id, reason: HOLD_REASON }, 404],
      [{ scope: 'upload', targetId: crypto.randomUUID(), reason: HOLD_REASON }, 404],
    ] as const;
    for (const [body, status] of bad) {
      expect((await call(ctx, 'POST', '/api/holds', body, admin.cookie)).status).toBe(status);
    }
    expect(await count()).toBe(before);
    const hold = await json(
      await call(
        ctx,
        'POST',
        '/api/holds',
        { scope: 'user', targetId: therapist.id, reason: HOLD_REASON },
        admin.cookie,
      ),
    );
    expect(
      (await call(ctx, 'POST', `/api/holds/${hold.id}/release`, { reason: 'short' }, admin.cookie)).status,
    ).toBe(400);
    expect(
      (await call(ctx, 'POST', `/api/holds/${hold.id}/release`, { reason: RELEASE_REASON }, admin.cookie))
        .status,
    ).toBe(200);
    expect(
      (await call(ctx, 'POST', `/api/holds/${hold.id}/release`, { reason: RELEASE_REASON }, admin.cookie))
        .status,
    ).toBe(409);
    const denied = await ctx.deps.db.select().from(auditLog);
    expect(JSON.stringify(denied)).not.toContain(HOLD_REASON);
  });
});
