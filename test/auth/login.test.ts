import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { sessions } from '../../src/auth/tables.ts';
import type { Role } from '../../src/users/tables.ts';
import { call, sessionCookieFrom, signedInUser, TEST_PASSWORD } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganization, createTeam, createUser } from '../support/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

async function userWithPassword(role: Role, password = TEST_PASSWORD) {
  const org = await createOrganization(ctx.deps.db);
  const team = await createTeam(ctx.deps.db, org.id);
  const user = await createUser(ctx.deps.db, {
    organizationId: org.id,
    role,
    teamIds: [team.id],
    passwordHash: await ctx.deps.passwords.hash(password),
  });
  return { org, team, user };
}

const auditOf = (action: string, targetId: string) =>
  ctx.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));

describe('POST /api/auth/login', () => {
  it.each([
    ['therapist', 'none'],
    ['supervisor', 'enroll'],
    ['consultant', 'enroll'],
    ['admin', 'enroll'],
  ] as const)('signs a %s in with the user, their teams and mfa=%s', async (role, mfa) => {
    const { user, team } = await userWithPassword(role);
    const res = await call(ctx, 'POST', '/api/auth/login', {
      email: user.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        role,
        teams: [{ id: team.id, name: team.name }],
      },
      mfa,
    });
    const setCookie = res.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/qa_session=[a-z0-9]+\.[a-z0-9]+/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    const [entry] = await auditOf('auth.login', user.id);
    expect(entry).toMatchObject({ outcome: 'success', actorId: user.id, actorRole: role, detail: { mfa } });
  });

  it('stores only a SHA-256 of the session secret', async () => {
    const { user } = await userWithPassword('therapist');
    const res = await call(ctx, 'POST', '/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    const [id, secret] = sessionCookieFrom(res)!.split('=')[1]!.split('.');
    const [row] = await ctx.deps.db.select().from(sessions).where(eq(sessions.id, id!));
    expect(row!.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.secretHash).not.toContain(secret!);
  });

  it('sets a Secure __Host- cookie when COOKIE_SECURE=true', async () => {
    const secure = await createTestContext({ COOKIE_SECURE: 'true' });
    try {
      const org = await createOrganization(secure.deps.db);
      const user = await createUser(secure.deps.db, {
        organizationId: org.id,
        role: 'therapist',
        passwordHash: await secure.deps.passwords.hash(TEST_PASSWORD),
      });
      const res = await call(secure, 'POST', '/api/auth/login', {
        email: user.email,
        password: TEST_PASSWORD,
      });
      const setCookie = res.headers.getSetCookie().join('\n');
      expect(setCookie).toMatch(/^__Host-qa_session=/);
      expect(setCookie).toMatch(/Secure/);
      const me = await call(secure, 'GET', '/api/auth/me', undefined, sessionCookieFrom(res));
      expect(me.status).toBe(200);
    } finally {
      await secure.close();
    }
  });

  it('refuses a wrong password with 401 and records the failure', async () => {
    const { user } = await userWithPassword('therapist');
    const res = await call(ctx, 'POST', '/api/auth/login', {
      email: user.email,
      password: 'wrong password here',
    });
    expect(res.status).toBe(401);
    expect((await res.json()).error).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Invalid email or password',
    });
    expect(sessionCookieFrom(res)).toBeUndefined();
    const [entry] = await auditOf('auth.login', user.id);
    expect(entry).toMatchObject({ outcome: 'failure', detail: { reason: 'bad_credentials' } });
    expect(JSON.stringify(entry)).not.toContain('wrong password here');
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const { user } = await userWithPassword('therapist');
    const wrong = await call(ctx, 'POST', '/api/auth/login', {
      email: user.email,
      password: 'not the password',
    });
    const unknown = await call(ctx, 'POST', '/api/auth/login', {
      email: `nobody-${crypto.randomUUID()}@example.test`,
      password: 'not the password',
    });
    expect(unknown.status).toBe(wrong.status);
    const strip = (b: { error: { requestId: string } }) => ({ ...b.error, requestId: undefined });
    expect(strip(await unknown.json())).toEqual(strip(await wrong.json()));
  });

  it('refuses a disabled user with the same answer', async () => {
    const { user } = await userWithPassword('therapist');
    await ctx.deps.db.execute(`update users set disabled = true where id = '${user.id}'` as never);
    const res = await call(ctx, 'POST', '/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toBe('Invalid email or password');
  });

  it('refuses a body without a password with 400 naming the field', async () => {
    const res = await call(ctx, 'POST', '/api/auth/login', { email: 'a@b.test' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('password');
  });
});

describe('signedInUser helper', () => {
  it.each(['therapist', 'supervisor', 'consultant', 'admin'] as const)(
    'gives a %s a full session',
    async (role) => {
      const { cookie, user } = await signedInUser(ctx, { role });
      const me = await call(ctx, 'GET', '/api/auth/me', undefined, cookie);
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ user: { id: user.id, role }, mfa: 'none' });
    },
  );
});
