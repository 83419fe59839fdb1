import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import type { Role } from '../../src/users/tables.ts';
import type { TestContext } from './context.ts';
import { createOrganization, createUser } from './factories.ts';

/**
 * Signing in from tests. One line gives a user of any role with a live session cookie:
 *
 *   const { cookie, user } = await signedInUser(ctx, { role: 'supervisor', organizationId, teamIds: [team.id] });
 *   await ctx.app.request('/api/…', { headers: { cookie } });
 *
 * It goes through the real HTTP flow (login, then TOTP enrollment or verification when the role
 * requires it), so what tests sign in with is what users sign in with.
 */

export const TEST_PASSWORD = 'long-enough test passphrase 42';

export interface SignedIn {
  user: Awaited<ReturnType<typeof createUser>>;
  password: string;
  /** The `Cookie` header value to send. */
  cookie: string;
  /** Base32 TOTP secret when the user has a second factor. */
  totpSecret?: string;
  recoveryCodes?: string[];
}

/**
 * JSON request helper, sent the way a same-origin page's fetch() is (with its Origin, which the CSRF
 * guard requires of body-less POSTs): `await call(ctx, 'POST', '/api/auth/login', { email, password })`.
 */
export function call(ctx: TestContext, method: string, path: string, body?: unknown, cookie?: string) {
  const headers: Record<string, string> = { origin: 'http://localhost' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (cookie) headers.cookie = cookie;
  return ctx.app.request(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The session cookie a response set, as a `Cookie` header value (undefined when none was set). */
export function sessionCookieFrom(res: Response): string | undefined {
  for (const line of res.headers.getSetCookie()) {
    const pair = line.split(';')[0]!;
    if (/^(__Host-)?qa_session=./.test(pair)) return pair;
  }
  return undefined;
}

const usedSteps = new Map<string, number>();

/**
 * A TOTP code for `secret` at the test clock's time. A code is accepted once per 30 s step (±1), so
 * repeated sign-ins of one user take the next step still in the window, and when none is left the
 * test clock moves on 30 s. Never the step before: on a real clock (the Worker's) the server may
 * read the time after a step boundary, and then only the current step and the next still match.
 */
export function totpCode(ctx: TestContext, secret: string): string {
  const key = decodeBase32IgnorePadding(secret);
  for (;;) {
    const step = Math.floor(ctx.clock.now().getTime() / 30_000);
    const last = usedSteps.get(secret) ?? Number.NEGATIVE_INFINITY;
    const next = [step, step + 1].find((s) => s > last);
    if (next !== undefined) {
      usedSteps.set(secret, next);
      return generateHOTP(key, BigInt(next), 6);
    }
    ctx.clock.advance(30_000);
  }
}

/** Signs in with a password and completes (or enrolls) the second factor when the role needs one. */
export async function signIn(
  ctx: TestContext,
  input: { email: string; password: string; totpSecret?: string },
): Promise<{ cookie: string; totpSecret?: string; recoveryCodes?: string[] }> {
  const login = await call(ctx, 'POST', '/api/auth/login', { email: input.email, password: input.password });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const { mfa } = (await login.json()) as { mfa: 'none' | 'required' | 'enroll' };
  const cookie = sessionCookieFrom(login)!;
  if (mfa === 'none') return { cookie, totpSecret: input.totpSecret };
  let totpSecret = input.totpSecret;
  let recoveryCodes: string[] | undefined;
  if (mfa === 'enroll') {
    const enroll = await call(ctx, 'POST', '/api/auth/mfa/enroll', undefined, cookie);
    if (enroll.status !== 200) throw new Error(`enrollment failed: ${enroll.status} ${await enroll.text()}`);
    ({ secret: totpSecret, recoveryCodes } = (await enroll.json()) as {
      secret: string;
      recoveryCodes: string[];
    });
  }
  if (!totpSecret) throw new Error('this user has a second factor: pass its totpSecret');
  const verify = await call(ctx, 'POST', '/api/auth/mfa/verify', { code: totpCode(ctx, totpSecret) }, cookie);
  if (verify.status !== 200) throw new Error(`second factor failed: ${verify.status} ${await verify.text()}`);
  return { cookie, totpSecret, recoveryCodes };
}

/** Creates a user with a password (in a new organization unless one is given) and signs them in. */
export async function signedInUser(
  ctx: TestContext,
  input: { role: Role; organizationId?: string; teamIds?: string[]; email?: string; password?: string },
): Promise<SignedIn> {
  const password = input.password ?? TEST_PASSWORD;
  const organizationId = input.organizationId ?? (await createOrganization(ctx.deps.db)).id;
  const user = await createUser(ctx.deps.db, {
    organizationId,
    role: input.role,
    teamIds: input.teamIds,
    email: input.email,
    passwordHash: await ctx.deps.passwords.hash(password),
  });
  const session = await signIn(ctx, { email: user.email, password });
  return { user, password, ...session };
}
