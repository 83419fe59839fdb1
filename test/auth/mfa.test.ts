import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { mfaFactors, recoveryCodes } from '../../src/auth/tables.ts';
import { call, sessionCookieFrom, signedInUser, signIn, TEST_PASSWORD, totpCode } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganization, createUser } from '../support/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

async function partialSession(role: 'supervisor' | 'therapist' = 'supervisor') {
  const org = await createOrganization(ctx.deps.db);
  const user = await createUser(ctx.deps.db, {
    organizationId: org.id,
    role,
    passwordHash: await ctx.deps.passwords.hash(TEST_PASSWORD),
  });
  const login = await call(ctx, 'POST', '/api/auth/login', { email: user.email, password: TEST_PASSWORD });
  return { user, cookie: sessionCookieFrom(login)!, mfa: (await login.json()).mfa as string };
}

const codeAt = (secret: string, offsetSteps: number) =>
  generateHOTP(
    decodeBase32IgnorePadding(secret),
    BigInt(Math.floor(ctx.clock.now().getTime() / 30_000) + offsetSteps),
    6,
  );
// In insertion order: the sequencer's update of each entry's chain position moves its row, so
// PostgreSQL returns unordered rows in whatever order the heap holds them.
const entries = (action: string, userId: string) =>
  ctx.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, userId)))
    .orderBy(auditLog.id);

describe('second factor', () => {
  it('lets a partial session reach only the MFA steps, me and logout', async () => {
    const { cookie, mfa } = await partialSession();
    expect(mfa).toBe('enroll');
    const me = await call(ctx, 'GET', '/api/auth/me', undefined, cookie);
    expect(me.status).toBe(200);
    expect((await me.json()).mfa).toBe('enroll');
    const users = await call(ctx, 'GET', '/api/users', undefined, cookie);
    expect(users.status).toBe(401);
    expect((await users.json()).error).toMatchObject({
      message: 'Complete the second factor first',
      mfa: 'enroll',
    });
    expect(
      (await call(ctx, 'POST', '/api/auth/password', { currentPassword: 'a', newPassword: 'b' }, cookie))
        .status,
    ).toBe(401);
  });

  it('enrolls: secret, otpauth URI and 10 recovery codes, stored sealed and hashed', async () => {
    const { cookie, user } = await partialSession();
    const res = await call(ctx, 'POST', '/api/auth/mfa/enroll', undefined, cookie);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(body.uri).toMatch(/^otpauth:\/\/totp\/QA%20Vault:.+\?.*secret=/);
    expect(body.recoveryCodes).toHaveLength(10);
    expect(new Set(body.recoveryCodes).size).toBe(10);
    const [factor] = await ctx.deps.db.select().from(mfaFactors).where(eq(mfaFactors.userId, user.id));
    expect(factor!.sealedSecret).toMatch(/^v1\./);
    expect(factor!.sealedSecret).not.toContain(body.secret);
    expect(factor!.confirmedAt).toBeNull();
    const codes = await ctx.deps.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(codes).toHaveLength(10);
    for (const c of codes)
      expect(body.recoveryCodes.map((r: string) => r.replace('-', ''))).not.toContain(c.codeHash);

    const verify = await call(ctx, 'POST', '/api/auth/mfa/verify', { code: codeAt(body.secret, 0) }, cookie);
    expect(verify.status).toBe(200);
    expect((await verify.json()).mfa).toBe('none');
    expect((await call(ctx, 'GET', '/api/users', undefined, cookie)).status).toBe(403);
    expect(await entries('auth.mfa_enroll', user.id)).toMatchObject([{ outcome: 'success' }]);
    // Enrolled: enrolling again would let a stolen session swap the factor.
    expect((await call(ctx, 'POST', '/api/auth/mfa/enroll', undefined, cookie)).status).toBe(409);
  });

  it('accepts a code from the previous or next 30-second step, not two away', async () => {
    const { cookie, user } = await partialSession();
    const { secret } = await (await call(ctx, 'POST', '/api/auth/mfa/enroll', undefined, cookie)).json();
    expect(
      (await call(ctx, 'POST', '/api/auth/mfa/verify', { code: codeAt(secret, -2) }, cookie)).status,
    ).toBe(401);
    expect(
      (await call(ctx, 'POST', '/api/auth/mfa/verify', { code: codeAt(secret, 2) }, cookie)).status,
    ).toBe(401);
    expect(
      (await call(ctx, 'POST', '/api/auth/mfa/verify', { code: codeAt(secret, -1) }, cookie)).status,
    ).toBe(200);
    ctx.clock.advance(90_000);
    const next = await signIn(ctx, {
      email: user.email,
      password: TEST_PASSWORD,
      totpSecret: undefined,
    }).catch((e) => e);
    expect(String(next)).toMatch(/totpSecret/);
    const login = await call(ctx, 'POST', '/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect((await login.json()).mfa).toBe('required');
    const partial = sessionCookieFrom(login)!;
    expect(
      (await call(ctx, 'POST', '/api/auth/mfa/verify', { code: codeAt(secret, 1) }, partial)).status,
    ).toBe(200);
  });

  it('refuses a code used once already, even inside its window', async () => {
    const { user, totpSecret } = await signedInUser(ctx, { role: 'admin' });
    ctx.clock.advance(60_000);
    const first = await call(ctx, 'POST', '/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    const second = await call(ctx, 'POST', '/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    const code = codeAt(totpSecret!, 0);
    expect((await call(ctx, 'POST', '/api/auth/mfa/verify', { code }, sessionCookieFrom(first))).status).toBe(
      200,
    );
    const replay = await call(ctx, 'POST', '/api/auth/mfa/verify', { code }, sessionCookieFrom(second));
    expect(replay.status).toBe(401);
    expect((await replay.json()).error.message).toBe('Invalid code');
    // An older code than the one used is refused too.
    const older = await call(
      ctx,
      'POST',
      '/api/auth/mfa/verify',
      { code: codeAt(totpSecret!, -1) },
      sessionCookieFrom(second),
    );
    expect(older.status).toBe(401);
    expect((await entries('auth.mfa_verify', user.id)).map((e) => e.outcome)).toEqual([
      'success',
      'failure',
      'failure',
    ]);
  });

  it('accepts each recovery code once, in place of a code', async () => {
    const org = await createOrganization(ctx.deps.db);
    const admin = await signedInUser(ctx, { role: 'admin', organizationId: org.id });
    const login = async () =>
      sessionCookieFrom(
        await call(ctx, 'POST', '/api/auth/login', { email: admin.user.email, password: TEST_PASSWORD }),
      )!;
    const code = admin.recoveryCodes![3]!;
    const a = await login();
    expect(
      (await call(ctx, 'POST', '/api/auth/mfa/verify', { recoveryCode: code.toUpperCase() }, a)).status,
    ).toBe(200);
    expect((await call(ctx, 'GET', '/api/users', undefined, a)).status).toBe(200);
    const b = await login();
    const reused = await call(ctx, 'POST', '/api/auth/mfa/verify', { recoveryCode: code }, b);
    expect(reused.status).toBe(401);
    expect((await reused.json()).error.code).toBe('UNAUTHENTICATED');
    expect((await call(ctx, 'GET', '/api/users', undefined, b)).status).toBe(401);
    const [used, refused] = await entries('auth.mfa_recovery_code', admin.user.id);
    expect(used).toMatchObject({ outcome: 'success', detail: { remaining: 9 } });
    expect(refused).toMatchObject({ outcome: 'failure' });
    expect(JSON.stringify(await entries('auth.mfa_recovery_code', admin.user.id))).not.toContain(code);
  });

  it('locks the second factor after 10 wrong codes', async () => {
    const { user, totpSecret } = await signedInUser(ctx, { role: 'supervisor' });
    const cookie = sessionCookieFrom(
      await call(ctx, 'POST', '/api/auth/login', { email: user.email, password: TEST_PASSWORD }),
    )!;
    for (let i = 0; i < 10; i++) {
      // 20 s apart: past each backoff delay (at most 16 s), so every guess is checked and counted.
      expect((await call(ctx, 'POST', '/api/auth/mfa/verify', { code: '000000' }, cookie)).status).toBe(401);
      ctx.clock.advance(20_000);
    }
    const locked = await call(
      ctx,
      'POST',
      '/api/auth/mfa/verify',
      { code: totpCode(ctx, totpSecret!) },
      cookie,
    );
    expect(locked.status).toBe(429);
  });

  it('refuses a malformed code with 400', async () => {
    const { cookie } = await partialSession();
    const res = await call(ctx, 'POST', '/api/auth/mfa/verify', { code: '12ab' }, cookie);
    expect(res.status).toBe(400);
  });

  it('lets a therapist enroll voluntarily, after which sign-in asks for a code', async () => {
    const t = await signedInUser(ctx, { role: 'therapist' });
    const { secret } = await (await call(ctx, 'POST', '/api/auth/mfa/enroll', undefined, t.cookie)).json();
    expect(
      (await call(ctx, 'POST', '/api/auth/mfa/verify', { code: codeAt(secret, 0) }, t.cookie)).status,
    ).toBe(200);
    const login = await call(ctx, 'POST', '/api/auth/login', {
      email: t.user.email,
      password: TEST_PASSWORD,
    });
    expect((await login.json()).mfa).toBe('required');
  });

  it('needs no second factor for roles outside MFA_REQUIRED_ROLES', async () => {
    const relaxed = await createTestContext({ MFA_REQUIRED_ROLES: 'admin' });
    try {
      const org = await createOrganization(relaxed.deps.db);
      const user = await createUser(relaxed.deps.db, {
        organizationId: org.id,
        role: 'supervisor',
        passwordHash: await relaxed.deps.passwords.hash(TEST_PASSWORD),
      });
      const login = await call(relaxed, 'POST', '/api/auth/login', {
        email: user.email,
        password: TEST_PASSWORD,
      });
      expect((await login.json()).mfa).toBe('none');
    } finally {
      await relaxed.close();
    }
  });
});
