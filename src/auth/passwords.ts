import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append.ts';
import { AppError } from '../http/errors.ts';
import { users } from '../users/tables.ts';
import type { AuditBase, AuthDeps } from './context.ts';
import { throttled } from './login.ts';
import { consumeUserToken } from './one-time-tokens.ts';
import { passwordProblems } from './password-policy.ts';
import { deleteUserSessions } from './sessions.ts';
import { checkThrottle, recordFailure, throttleKeys, throttlePolicyFrom } from './throttle.ts';

/** Refuses a password that breaks the policy, naming every problem (never echoing the password). */
export async function assertAcceptablePassword(password: string, email: string): Promise<void> {
  const problems = await passwordProblems(password, email);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', `Invalid request: ${problems.join('; ')}`);
}

/**
 * Changes the signed-in user's password. The current password is required (and wrong guesses are
 * throttled like sign-ins); every other session of the user ends, so a thief's session does not survive.
 */
export async function changePassword(
  deps: AuthDeps,
  input: {
    userId: string;
    sessionId: string;
    current: string;
    next: string;
    ip: string | null;
    audit: AuditBase;
  },
): Promise<void> {
  const { db, clock, config, passwords } = deps;
  const [user] = await db.select().from(users).where(eq(users.id, input.userId));
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  const policy = throttlePolicyFrom(config);
  const keys = [throttleKeys.account(user.email), ...(input.ip ? [throttleKeys.ip(input.ip)] : [])];
  const now = clock.now();
  const state = await checkThrottle(db, keys, now, policy);
  if (!state.allowed) throw throttled(state);
  const audit = { ...input.audit, targetType: 'user', targetId: user.id };
  if (!user.passwordHash || !(await passwords.verify(user.passwordHash, input.current))) {
    await db.transaction(async (tx) => {
      await recordFailure(tx, keys, now, policy);
      await appendAudit(tx, {
        ...audit,
        action: 'auth.password_change',
        outcome: 'failure',
        detail: { reason: 'bad_current_password' },
      });
    });
    throw new AppError('FORBIDDEN', 'Current password is incorrect');
  }
  await assertAcceptablePassword(input.next, user.email);
  const hash = await passwords.hash(input.next);
  await db.transaction(async (t) => {
    await t.update(users).set({ passwordHash: hash, updatedAt: now }).where(eq(users.id, user.id));
    const ended = await deleteUserSessions(t, user.id, input.sessionId);
    await appendAudit(t, {
      ...audit,
      action: 'auth.password_change',
      outcome: 'success',
      detail: { endedSessions: ended },
    });
  });
}

/**
 * Sets a password with an invitation or reset token. All the user's sessions end. A bad, used or
 * expired token gets one answer; a token is spent only when the new password is acceptable.
 */
export async function resetPasswordWithToken(
  deps: AuthDeps,
  input: { token: string; password: string; audit: AuditBase },
): Promise<void> {
  const { db, clock, passwords } = deps;
  const now = clock.now();
  await db.transaction(async (t) => {
    const spent = await consumeUserToken(t, input.token, now);
    const [user] = spent ? await t.select().from(users).where(eq(users.id, spent.userId)) : [];
    if (!spent || !user || user.disabled) {
      throw new AppError(
        'BAD_REQUEST',
        'This link is invalid or has expired; ask an administrator for a new one',
      );
    }
    // Validation failure throws and rolls back the spend, so the user can try another password.
    await assertAcceptablePassword(input.password, user.email);
    await t
      .update(users)
      .set({ passwordHash: await passwords.hash(input.password), updatedAt: now })
      .where(eq(users.id, user.id));
    const ended = await deleteUserSessions(t, user.id);
    await appendAudit(t, {
      ...input.audit,
      organizationId: user.organizationId,
      actorId: user.id,
      actorRole: user.role,
      action: 'auth.password_reset_use',
      outcome: 'success',
      targetType: 'user',
      targetId: user.id,
      detail: { purpose: spent.purpose, endedSessions: ended },
    });
  });
}
