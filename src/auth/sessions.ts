import { and, eq, ne } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { type User, users } from '../users/tables.ts';
import { type SessionRow, sessions } from './tables.ts';
import { constantTimeEqual, randomToken, sha256Hex } from './tokens.ts';

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

export function sessionPolicyFrom(config: Pick<Config, 'SESSION_IDLE_MINUTES' | 'SESSION_ABSOLUTE_HOURS'>) {
  return {
    idleMs: config.SESSION_IDLE_MINUTES * 60_000,
    absoluteMs: config.SESSION_ABSOLUTE_HOURS * 3_600_000,
  } satisfies SessionPolicy;
}

export type MfaPending = 'required' | 'enroll' | null;

/** Creates a session and returns the cookie token `id.secret` — the only time the secret exists. */
export async function createSession(
  db: Db,
  input: { userId: string; now: Date; mfaPending: MfaPending; policy: SessionPolicy },
): Promise<{ token: string; session: SessionRow }> {
  const id = randomToken(15);
  const secret = randomToken(20);
  const [session] = await db
    .insert(sessions)
    .values({
      id,
      userId: input.userId,
      secretHash: await sha256Hex(secret),
      mfaPending: input.mfaPending,
      createdAt: input.now,
      lastActiveAt: input.now,
      expiresAt: new Date(input.now.getTime() + input.policy.absoluteMs),
    })
    .returning();
  return { token: `${id}.${secret}`, session: session! };
}

export type SessionCheck =
  | { status: 'invalid' }
  | { status: 'expired'; session: SessionRow; user: User; reason: 'idle' | 'absolute' | 'disabled' }
  | { status: 'valid'; session: SessionRow; user: User };

/**
 * Checks a cookie token. Valid sessions slide forward (last activity = now) at most once a minute, so
 * an active user is not signed out while a burst of requests costs one write rather than one each.
 */
export async function validateSessionToken(
  db: Db,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<SessionCheck> {
  const [id, secret, extra] = token.split('.');
  if (!id || !secret || extra !== undefined || id.length > 64 || secret.length > 64) {
    return { status: 'invalid' };
  }
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id))
    .limit(1);
  if (!row) return { status: 'invalid' };
  // Hash first, compare in constant time: the id is a lookup key, the secret is the credential.
  if (!constantTimeEqual(await sha256Hex(secret), row.session.secretHash)) return { status: 'invalid' };
  const { session, user } = row;
  const t = now.getTime();
  if (user.disabled) return { status: 'expired', session, user, reason: 'disabled' };
  if (t >= session.expiresAt.getTime()) return { status: 'expired', session, user, reason: 'absolute' };
  if (t - session.lastActiveAt.getTime() >= policy.idleMs) {
    return { status: 'expired', session, user, reason: 'idle' };
  }
  if (t - session.lastActiveAt.getTime() >= Math.min(60_000, policy.idleMs / 4)) {
    await db.update(sessions).set({ lastActiveAt: now }).where(eq(sessions.id, id));
    session.lastActiveAt = now;
  }
  return { status: 'valid', session, user };
}

/** Ends every session of a user (disable, password reset) or every one but `exceptSessionId`. */
export async function deleteUserSessions(db: Db, userId: string, exceptSessionId?: string): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(
      exceptSessionId
        ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
        : eq(sessions.userId, userId),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

/** The second factor is done: the partial session becomes a full one. */
export async function completeSessionMfa(db: Db, sessionId: string): Promise<void> {
  await db.update(sessions).set({ mfaPending: null }).where(eq(sessions.id, sessionId));
}
