import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { sessions } from '../../src/auth/tables.ts';
import { call, sessionCookieFrom, signedInUser, signIn } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganization } from '../support/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const me = (cookie: string) => call(ctx, 'GET', '/api/auth/me', undefined, cookie);
const minutes = (n: number) => n * 60_000;
const expiries = (userId: string) =>
  ctx.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'auth.session_expired'), eq(auditLog.targetId, userId)));

describe('session lifetime', () => {
  it('slides forward while the user is active and ends after 15 idle minutes', async () => {
    const { cookie, user } = await signedInUser(ctx, { role: 'therapist' });
    ctx.clock.advance(minutes(14));
    expect((await me(cookie)).status).toBe(200);
    ctx.clock.advance(minutes(14));
    expect((await me(cookie)).status).toBe(200);
    ctx.clock.advance(minutes(15));
    const expired = await me(cookie);
    expect(expired.status).toBe(401);
    expect(expired.headers.getSetCookie().join()).toMatch(/qa_session=;.*Max-Age=0/);
    expect(await expiries(user.id)).toMatchObject([{ outcome: 'success', detail: { reason: 'idle' } }]);
    // The row is gone: replaying the cookie later is just an unknown session, not a second expiry.
    expect((await me(cookie)).status).toBe(401);
    expect(await expiries(user.id)).toHaveLength(1);
  });

  it('records activity at most once a minute, and logs out after 15 idle minutes to within that minute', async () => {
    const { cookie, user } = await signedInUser(ctx, { role: 'therapist' });
    const lastActive = async () => {
      const [row] = await ctx.deps.db
        .select({ at: sessions.lastActiveAt })
        .from(sessions)
        .where(eq(sessions.userId, user.id));
      return row!.at.getTime();
    };
    const signedInAt = await lastActive();
    // A burst within the minute: every request is served, none writes.
    for (let i = 0; i < 10; i++) {
      ctx.clock.advance(5_000);
      expect((await me(cookie)).status).toBe(200);
    }
    expect(await lastActive()).toBe(signedInAt);
    // The first request a minute on writes once.
    ctx.clock.advance(10_000);
    expect((await me(cookie)).status).toBe(200);
    const written = await lastActive();
    expect(written).toBe(ctx.clock.now().getTime());
    // Last request 59 s after that write: not recorded, so the 15 idle minutes run from the write.
    ctx.clock.advance(59_000);
    expect((await me(cookie)).status).toBe(200);
    expect(await lastActive()).toBe(written);
    // 14 min 1 s after that last request (15 min after the write): signed out, within the minute.
    ctx.clock.advance(minutes(15) - 59_000);
    expect((await me(cookie)).status).toBe(401);
    expect(await expiries(user.id)).toMatchObject([{ detail: { reason: 'idle' } }]);
  });

  it('keeps a session whose last recorded activity is just under 15 minutes old', async () => {
    const { cookie } = await signedInUser(ctx, { role: 'therapist' });
    ctx.clock.advance(minutes(15) - 1);
    expect((await me(cookie)).status).toBe(200);
  });

  it('ends after 12 hours however active the user is', async () => {
    const { cookie, user } = await signedInUser(ctx, { role: 'therapist' });
    for (let elapsed = 0; elapsed < 12 * 60 - 10; elapsed += 10) {
      ctx.clock.advance(minutes(10));
      expect((await me(cookie)).status).toBe(200);
    }
    ctx.clock.advance(minutes(10));
    expect((await me(cookie)).status).toBe(401);
    expect(await expiries(user.id)).toMatchObject([{ detail: { reason: 'absolute' } }]);
  });

  it('honours SESSION_IDLE_MINUTES and SESSION_ABSOLUTE_HOURS', async () => {
    const short = await createTestContext({ SESSION_IDLE_MINUTES: '2', SESSION_ABSOLUTE_HOURS: '1' });
    try {
      const { cookie } = await signedInUser(short, { role: 'therapist' });
      short.clock.advance(minutes(1));
      expect((await call(short, 'GET', '/api/auth/me', undefined, cookie)).status).toBe(200);
      short.clock.advance(minutes(2));
      expect((await call(short, 'GET', '/api/auth/me', undefined, cookie)).status).toBe(401);
    } finally {
      await short.close();
    }
  });

  it('refuses a cookie whose secret does not match, without ending the real session', async () => {
    const { cookie } = await signedInUser(ctx, { role: 'therapist' });
    const [name, value] = cookie.split('=');
    const forged = `${name}=${value!.split('.')[0]}.${'a'.repeat(32)}`;
    expect((await me(forged)).status).toBe(401);
    expect((await me(cookie)).status).toBe(200);
  });

  it('answers 401 without a cookie and with garbage', async () => {
    expect((await call(ctx, 'GET', '/api/auth/me')).status).toBe(401);
    expect((await me('qa_session=not-a-token')).status).toBe(401);
  });
});

describe('POST /api/auth/logout', () => {
  it('ends the session, clears the cookie and records the logout', async () => {
    const { cookie, user } = await signedInUser(ctx, { role: 'therapist' });
    const res = await call(ctx, 'POST', '/api/auth/logout', undefined, cookie);
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie().join()).toMatch(/Max-Age=0/);
    expect((await me(cookie)).status).toBe(401);
    const [entry] = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.logout'), eq(auditLog.actorId, user.id)));
    expect(entry).toMatchObject({ outcome: 'success', actorRole: 'therapist' });
  });

  it('is harmless without a session', async () => {
    expect((await call(ctx, 'POST', '/api/auth/logout')).status).toBe(204);
  });
});

describe('disabling a user', () => {
  it('ends every one of their sessions at once', async () => {
    const org = await createOrganization(ctx.deps.db);
    const admin = await signedInUser(ctx, { role: 'admin', organizationId: org.id });
    const target = await signedInUser(ctx, { role: 'therapist', organizationId: org.id });
    const second = await signIn(ctx, { email: target.user.email, password: target.password });
    expect((await me(target.cookie)).status).toBe(200);
    const res = await call(ctx, 'PATCH', `/api/users/${target.user.id}`, { disabled: true }, admin.cookie);
    expect(res.status).toBe(200);
    expect((await me(target.cookie)).status).toBe(401);
    expect((await me(second.cookie)).status).toBe(401);
    expect(await ctx.deps.db.select().from(sessions).where(eq(sessions.userId, target.user.id))).toHaveLength(
      0,
    );
    const relogin = await call(ctx, 'POST', '/api/auth/login', {
      email: target.user.email,
      password: target.password,
    });
    expect(relogin.status).toBe(401);
  });
});

describe('POST /api/auth/password', () => {
  it('changes the password, keeps this session and ends the others', async () => {
    const a = await signedInUser(ctx, { role: 'therapist' });
    const b = await signIn(ctx, { email: a.user.email, password: a.password });
    const next = 'a brand new passphrase for 2026';
    const res = await call(
      ctx,
      'POST',
      '/api/auth/password',
      { currentPassword: a.password, newPassword: next },
      a.cookie,
    );
    expect(res.status).toBe(204);
    expect((await me(a.cookie)).status).toBe(200);
    expect((await me(b.cookie)).status).toBe(401);
    const old = await call(ctx, 'POST', '/api/auth/login', { email: a.user.email, password: a.password });
    expect(old.status).toBe(401);
    const fresh = await call(ctx, 'POST', '/api/auth/login', { email: a.user.email, password: next });
    expect(fresh.status).toBe(200);
    const [entry] = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.password_change'), eq(auditLog.targetId, a.user.id)));
    expect(entry).toMatchObject({ outcome: 'success', detail: { endedSessions: 1 } });
    expect(JSON.stringify(entry)).not.toContain(next);
  });

  it('refuses a wrong current password with 403 and changes nothing', async () => {
    const a = await signedInUser(ctx, { role: 'therapist' });
    const res = await call(
      ctx,
      'POST',
      '/api/auth/password',
      { currentPassword: 'not my password', newPassword: 'another fine passphrase' },
      a.cookie,
    );
    expect(res.status).toBe(403);
    expect(
      sessionCookieFrom(
        await call(ctx, 'POST', '/api/auth/login', { email: a.user.email, password: a.password }),
      ),
    ).toBeDefined();
  });

  it.each([
    ['short', 'too short', /at least 12 characters/],
    ['common', 'password1234', /too common/],
    ['common with a suffix', 'iloveyou2024!!', /too common/],
    ['built from the email', 'EMAIL-secret-2026', /email/],
  ])('refuses a %s new password with 400 naming the rule', async (_kind, candidate, message) => {
    const a = await signedInUser(ctx, { role: 'therapist' });
    const local = a.user.email.split('@')[0]!;
    const newPassword = candidate.replace('EMAIL', local);
    const res = await call(
      ctx,
      'POST',
      '/api/auth/password',
      { currentPassword: a.password, newPassword },
      a.cookie,
    );
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.message).toMatch(message);
    expect(body.error.message).not.toContain(newPassword);
  });

  it('needs a full session', async () => {
    const res = await call(ctx, 'POST', '/api/auth/password', { currentPassword: 'x', newPassword: 'y' });
    expect(res.status).toBe(401);
  });
});
