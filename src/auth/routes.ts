import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { auditFieldsFrom } from '../audit/request.ts';
import { hasSession, signedIn } from '../authz/authorize.ts';
import type { AppEnv } from '../http/app-env.ts';
import { clientInfo } from '../http/client-info.ts';
import { createRouter } from '../http/router.ts';
import { viewUser } from '../users/views.ts';
import { clearSessionCookie, writeSessionCookie } from './cookie.ts';
import { signIn } from './login.ts';
import { signOut } from './logout.ts';
import { beginMfaEnrollment, verifySecondFactor } from './mfa.ts';
import { currentActor, currentSession } from './middleware.ts';
import { changePassword, resetPasswordWithToken } from './passwords.ts';
import { errorResponses, PasswordField, SessionSchema } from './schemas.ts';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ body: { ...json(schema), required: true } });
const tags = ['auth'];

const login = createRoute({
  method: 'post',
  path: '/login',
  tags,
  summary: 'Sign in with email and password; sets the session cookie',
  request: body(z.object({ email: z.string().trim().min(1).max(320), password: PasswordField })),
  responses: {
    200: { description: 'Signed in (maybe partially)', ...json(SessionSchema) },
    ...errorResponses(400, 401, 429),
  },
});

const logout = createRoute({
  method: 'post',
  path: '/logout',
  tags,
  summary: 'End the current session (no-op without one)',
  responses: { 204: { description: 'Signed out' } },
});

const MeSchema = SessionSchema.extend({
  idleMinutes: z.number().int().openapi({ description: 'Minutes without a request before the session ends' }),
}).openapi('Me');

const me = createRoute({
  method: 'get',
  path: '/me',
  middleware: [hasSession],
  tags,
  summary: 'The signed-in user and what the session still owes',
  responses: { 200: { description: 'Current session', ...json(MeSchema) }, ...errorResponses(401) },
});

const Enrollment = z
  .object({ secret: z.string(), uri: z.string(), recoveryCodes: z.array(z.string()) })
  .openapi('MfaEnrollment');
const enroll = createRoute({
  method: 'post',
  path: '/mfa/enroll',
  middleware: [hasSession],
  tags,
  summary: 'Start TOTP enrollment: secret, otpauth URI and recovery codes, shown once',
  responses: { 200: { description: 'Enrollment started', ...json(Enrollment) }, ...errorResponses(401, 409) },
});

const verify = createRoute({
  method: 'post',
  path: '/mfa/verify',
  middleware: [hasSession],
  tags,
  summary: 'Verify a TOTP code or a recovery code; completes the session',
  request: body(
    z.union([
      z.object({ code: z.string().regex(/^\d{6}$/, 'must be 6 digits') }).strict(),
      z.object({ recoveryCode: z.string().min(1).max(64) }).strict(),
    ]),
  ),
  responses: {
    200: { description: 'Session complete', ...json(SessionSchema) },
    ...errorResponses(400, 401, 409, 429),
  },
});

const password = createRoute({
  method: 'post',
  path: '/password',
  middleware: [signedIn],
  tags,
  summary: 'Change the password (needs the current one); ends every other session',
  request: body(z.object({ currentPassword: PasswordField, newPassword: PasswordField })),
  responses: { 204: { description: 'Password changed' }, ...errorResponses(400, 401, 403, 429) },
});

const reset = createRoute({
  method: 'post',
  path: '/password/reset',
  tags,
  summary: 'Set a password with an invitation or reset token; ends every session of the user',
  request: body(z.object({ token: z.string().min(1).max(128), password: PasswordField })),
  responses: { 204: { description: 'Password set' }, ...errorResponses(400) },
});

async function sessionBody(c: Context<AppEnv>) {
  const session = currentSession(c);
  return {
    user: await viewUser(c.get('deps').db, session.user),
    mfa: session.mfaPending ?? ('none' as const),
  };
}

export const authRoutes = createRouter()
  .openapi(login, async (c) => {
    const { email, password: pw } = c.req.valid('json');
    const result = await signIn(c.get('deps'), {
      email,
      password: pw,
      ip: clientInfo(c).ip,
      audit: auditFieldsFrom(c),
    });
    writeSessionCookie(c, result.token, result.expiresAt);
    return c.json({ user: result.user, mfa: result.mfa }, 200);
  })
  .openapi(logout, async (c) => {
    const session = c.get('session') as ReturnType<typeof currentSession> | undefined;
    if (session) await signOut(c.get('deps').db, { session, audit: auditFieldsFrom(c) });
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  // The web app warns a minute before the idle limit, so it needs the limit.
  .openapi(me, async (c) =>
    c.json({ ...(await sessionBody(c)), idleMinutes: c.get('deps').config.SESSION_IDLE_MINUTES }, 200),
  )
  .openapi(enroll, async (c) => {
    const session = currentSession(c);
    return c.json(await beginMfaEnrollment(c.get('deps'), session.user), 200);
  })
  .openapi(verify, async (c) => {
    const session = currentSession(c);
    const factor = c.req.valid('json');
    await verifySecondFactor(c.get('deps'), { session, factor, audit: auditFieldsFrom(c) });
    const { db } = c.get('deps');
    return c.json({ user: await viewUser(db, session.user), mfa: 'none' as const }, 200);
  })
  .openapi(password, async (c) => {
    const actor = currentActor(c);
    const { currentPassword, newPassword } = c.req.valid('json');
    await changePassword(c.get('deps'), {
      userId: actor.userId,
      sessionId: actor.sessionId,
      current: currentPassword,
      next: newPassword,
      ip: clientInfo(c).ip,
      audit: auditFieldsFrom(c),
    });
    return c.body(null, 204);
  })
  .openapi(reset, async (c) => {
    const { token, password: pw } = c.req.valid('json');
    await resetPasswordWithToken(c.get('deps'), { token, password: pw, audit: auditFieldsFrom(c) });
    return c.body(null, 204);
  });
