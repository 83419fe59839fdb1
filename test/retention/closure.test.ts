import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, sessionPolicyFrom } from '../../src/auth/sessions.ts';
import { organizationClosures } from '../../src/closure/tables.ts';
import { call, signedInUser, signIn, totpCode } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { json, postUpload, uploadForm, uploadRow, uploadsOf } from '../support/uploads.ts';
import { DAY, entriesFor, retentionWorld, runNow } from './support.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const CLOSE_REASON = 'Program funding ended; the agency winds down';

async function closedWorld() {
  const w = await retentionWorld(ctx);
  const therapist = await signedInUser(ctx, {
    role: 'therapist',
    organizationId: w.org.id,
    teamIds: [w.team.id],
  });
  const close = await call(
    ctx,
    'POST',
    '/api/organization/close',
    { reason: CLOSE_REASON, code: totpCode(ctx, w.admin.totpSecret!) },
    w.admin.cookie,
  );
  return { ...w, therapistSession: therapist, close };
}

describe('closing an organization', () => {
  it('ends everyone else’s sessions and lets only admins sign in, logged without the reason', async () => {
    const { org, admin, therapistSession, close } = await closedWorld();
    expect(close.status).toBe(200);
    expect(await json(close)).toMatchObject({ closed: true, closeReason: CLOSE_REASON });
    expect((await call(ctx, 'GET', '/api/auth/me', undefined, therapistSession.cookie)).status).toBe(401);
    const refused = await call(ctx, 'POST', '/api/auth/login', {
      email: therapistSession.user.email,
      password: therapistSession.password,
    });
    expect(refused.status).toBe(403);
    const again = await signIn(ctx, {
      email: admin.user.email,
      password: admin.password,
      totpSecret: admin.totpSecret,
    });
    expect((await call(ctx, 'GET', '/api/organization', undefined, again.cookie)).status).toBe(200);
    const [entry] = await entriesFor(ctx, 'organization.close', org.id);
    expect(entry).toMatchObject({ actorId: admin.user.id, outcome: 'success' });
    expect(JSON.stringify(entry)).not.toContain('funding');
  });

  it('refuses new uploads, before reading them, even on a session that survived', async () => {
    const { team, therapistSession } = await closedWorld();
    const { token } = await createSession(ctx.deps.db, {
      userId: therapistSession.user.id,
      now: ctx.clock.now(),
      mfaPending: null,
      policy: sessionPolicyFrom(ctx.config),
    });
    const form = uploadForm({
      kind: 'paperwork',
      team: team.id,
      file: { bytes: 'Weekly routine reviewed.\n' },
    });
    const res = await postUpload(ctx, `qa_session=${token}`, form);
    expect(res.status).toBe(403);
    expect(await uploadsOf(ctx, therapistSession.user.id)).toEqual([]);
  });

  it('wants a freshly verified second factor and a reason, and only from an admin', async () => {
    const w = await retentionWorld(ctx);
    const supervisor = await signedInUser(ctx, {
      role: 'supervisor',
      organizationId: w.org.id,
      teamIds: [w.team.id],
    });
    const cases = [
      [w.admin.cookie, { reason: CLOSE_REASON, code: '000000' }, 401],
      [w.admin.cookie, { reason: CLOSE_REASON }, 400],
      [w.admin.cookie, { reason: 'too short', code: totpCode(ctx, w.admin.totpSecret!) }, 400],
      [supervisor.cookie, { reason: CLOSE_REASON, code: totpCode(ctx, supervisor.totpSecret!) }, 403],
    ] as const;
    for (const [cookie, body, status] of cases) {
      expect((await call(ctx, 'POST', '/api/organization/close', body, cookie)).status).toBe(status);
    }
    const rows = await ctx.deps.db
      .select()
      .from(organizationClosures)
      .where(eq(organizationClosures.organizationId, w.org.id));
    expect(rows).toEqual([]);
  });

  it('keeps uploads at least 365 days after closing even when their rule ends sooner, then disposes them', async () => {
    const w = await retentionWorld(ctx);
    await call(
      ctx,
      'PUT',
      '/api/retention',
      { rules: [{ kind: 'paperwork', keepDays: 400 }] },
      w.admin.cookie,
    );
    const row = await w.upload('paperwork');
    ctx.clock.advance(300 * DAY);
    const admin = await signedInUser(ctx, { role: 'admin', organizationId: w.org.id });
    const closed = await call(
      ctx,
      'POST',
      '/api/organization/close',
      { reason: CLOSE_REASON, code: totpCode(ctx, admin.totpSecret!) },
      admin.cookie,
    );
    expect(closed.status).toBe(200);
    ctx.clock.advance(101 * DAY); // its rule alone would make it due now
    await runNow(ctx, w.org.id);
    expect((await uploadRow(ctx, row.id)).status).toBe('accepted');
    ctx.clock.advance(264 * DAY); // 365 days after the closure
    await runNow(ctx, w.org.id);
    expect((await uploadRow(ctx, row.id)).status).toBe('deleted');
  });

  it('reopens: sign-ins and the ordinary rules apply again', async () => {
    const { admin, therapistSession } = await closedWorld();
    const reopen = await call(
      ctx,
      'POST',
      '/api/organization/reopen',
      { code: totpCode(ctx, admin.totpSecret!) },
      admin.cookie,
    );
    expect(reopen.status).toBe(200);
    expect(await json(reopen)).toMatchObject({ closed: false });
    const login = await call(ctx, 'POST', '/api/auth/login', {
      email: therapistSession.user.email,
      password: therapistSession.password,
    });
    expect(login.status).toBe(200);
    const twice = await call(
      ctx,
      'POST',
      '/api/organization/reopen',
      { code: totpCode(ctx, admin.totpSecret!) },
      admin.cookie,
    );
    expect(twice.status).toBe(409);
  });
});
