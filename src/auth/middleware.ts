import { eq } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import { appendAudit } from '../audit/append.ts';
import { auditFieldsFrom } from '../audit/request.ts';
import { activeGrantsFor } from '../breakglass/service.ts';
import type { AppEnv } from '../http/app-env.ts';
import { AppError } from '../http/errors.ts';
import type { User } from '../users/tables.ts';
import type { Actor } from './actor.ts';
import { clearSessionCookie, readSessionCookie } from './cookie.ts';
import { type MfaPending, type SessionCheck, sessionPolicyFrom, validateSessionToken } from './sessions.ts';
import { sessions } from './tables.ts';

/** The request's session, full or partial (second factor still owed). */
export interface AuthSession {
  id: string;
  user: User;
  mfaPending: MfaPending;
  expiresAt: Date;
}

declare module '../http/app-env.ts' {
  interface RequestVariables {
    session: AuthSession;
  }
}

/**
 * Reads the session cookie and, for a valid session, sets `session` — and for a full one also
 * `actor`. It never refuses a request itself: routes decide through `authorize`/`currentActor`.
 * An expired session is deleted and its expiry written to the access log once.
 */
export function sessionMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readSessionCookie(c);
    if (token) {
      const { db, clock, config } = c.get('deps');
      const check = await validateSessionToken(db, token, clock.now(), sessionPolicyFrom(config));
      if (check.status === 'valid') {
        const { session, user } = check;
        c.set('session', {
          id: session.id,
          user,
          mfaPending: session.mfaPending,
          expiresAt: session.expiresAt,
        });
        if (session.mfaPending === null) c.set('actor', await loadActor(c, check));
      } else {
        if (check.status === 'expired') await expireSession(c, check);
        clearSessionCookie(c);
      }
    }
    await next();
  };
}

/** The actor from the session check, which already read the user's teams; admins' grants are read here. */
async function loadActor(
  c: Context<AppEnv>,
  check: Extract<SessionCheck, { status: 'valid' }>,
): Promise<Actor> {
  const { db, clock } = c.get('deps');
  const { user, session, teamIds } = check;
  const actor: Actor = {
    userId: user.id,
    organizationId: user.organizationId,
    role: user.role,
    teamIds,
    sessionId: session.id,
  };
  if (user.role === 'admin') actor.grants = await activeGrantsFor(db, user.id, clock.now());
  return actor;
}

async function expireSession(c: Context<AppEnv>, check: Extract<SessionCheck, { status: 'expired' }>) {
  const { user, session, reason } = check;
  await c.get('deps').db.transaction(async (tx) => {
    // Conditional: of two concurrent requests on one expired session, only one records the expiry.
    const gone = await tx.delete(sessions).where(eq(sessions.id, session.id)).returning({ id: sessions.id });
    if (gone.length === 0) return;
    await appendAudit(tx as never, {
      ...auditFieldsFrom(c),
      organizationId: user.organizationId,
      actorId: user.id,
      actorRole: user.role,
      action: 'auth.session_expired',
      outcome: 'success',
      targetType: 'user',
      targetId: user.id,
      detail: { reason },
    });
  });
}

/** The session of the request, partial or full; 401 without one. */
export function currentSession(c: Context<AppEnv>): AuthSession {
  const session = c.get('session') as AuthSession | undefined;
  if (!session) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  return session;
}

/** The signed-in actor; 401 without a session, or while the second factor is still owed. */
export function currentActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor') as Actor | undefined;
  if (actor) return actor;
  const session = c.get('session') as AuthSession | undefined;
  if (session?.mfaPending) {
    throw new AppError('UNAUTHENTICATED', 'Complete the second factor first', {
      details: { mfa: session.mfaPending },
    });
  }
  throw new AppError('UNAUTHENTICATED', 'Sign in first');
}
