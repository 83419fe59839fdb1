import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { appendAudit } from '../audit/append.ts';
import { findOpenClosure } from '../closure/service.ts';
import { AppError } from '../http/errors.ts';
import { type User, users } from '../users/tables.ts';
import { type UserView, viewUser } from '../users/views.ts';
import type { AuditBase, AuthDeps } from './context.ts';
import { dummyHash } from './password-hasher.ts';
import { createSession, type MfaPending, sessionPolicyFrom } from './sessions.ts';
import { mfaFactors } from './tables.ts';
import {
  checkThrottle,
  clearThrottle,
  recordFailure,
  type ThrottleState,
  throttleKeys,
  throttlePolicyFrom,
} from './throttle.ts';

export type MfaState = 'none' | 'required' | 'enroll';

export interface SignInResult {
  user: UserView;
  mfa: MfaState;
  token: string;
  expiresAt: Date;
}

/** The single answer to a wrong email, a wrong password, a disabled account and an unusable one. */
const BAD_CREDENTIALS = 'Invalid email or password';

export function throttled(state: Extract<ThrottleState, { allowed: false }>): AppError {
  return new AppError('TOO_MANY_REQUESTS', 'Too many failed attempts. Try again later.', {
    headers: { 'Retry-After': String(state.retryAfterSeconds) },
    details: { retryAfterSeconds: state.retryAfterSeconds },
  });
}

/** What a user still owes after the password: nothing, a code, or setting up a factor first. */
export async function mfaStateFor(deps: Pick<AuthDeps, 'db' | 'config'>, user: User): Promise<MfaState> {
  const [factor] = await deps.db
    .select({ userId: mfaFactors.userId })
    .from(mfaFactors)
    .where(and(eq(mfaFactors.userId, user.id), isNotNull(mfaFactors.confirmedAt)));
  if (factor) return 'required';
  return deps.config.MFA_REQUIRED_ROLES.includes(user.role) ? 'enroll' : 'none';
}

/**
 * Password sign-in. Unknown emails, disabled accounts and accounts without a password get the same
 * answer after the same argon2 work (a dummy hash is verified), and are throttled by the email typed,
 * so neither the message, the timing nor a lockout tells whether an account exists.
 */
export async function signIn(
  deps: AuthDeps,
  input: { email: string; password: string; ip: string | null; audit: AuditBase },
): Promise<SignInResult> {
  const { db, clock, config, passwords } = deps;
  const policy = throttlePolicyFrom(config);
  const keys = [throttleKeys.account(input.email), ...(input.ip ? [throttleKeys.ip(input.ip)] : [])];
  const now = clock.now();
  const state = await checkThrottle(db, keys, now, policy);
  if (!state.allowed) {
    await appendAudit(db, {
      ...input.audit,
      action: 'auth.login',
      outcome: 'denied',
      detail: { reason: state.locked ? 'locked' : 'backoff' },
    });
    throw throttled(state);
  }

  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${input.email.trim().toLowerCase()}`)
    .limit(1);
  const usable = user && !user.disabled && user.passwordHash;
  const ok = await passwords.verify(usable ? user.passwordHash! : await dummyHash(passwords), input.password);

  if (!ok || !usable) {
    await db.transaction(async (t) => {
      const locked = await recordFailure(t, keys, now, policy);
      await appendAudit(t, {
        ...input.audit,
        // Failed attempts on a real account are attributed to it, so admins can see who is targeted.
        organizationId: user?.organizationId ?? null,
        action: 'auth.login',
        outcome: 'failure',
        targetType: user ? 'user' : null,
        targetId: user?.id ?? null,
        detail: { reason: !user ? 'unknown_account' : user.disabled ? 'disabled' : 'bad_credentials' },
      });
      for (const key of locked) {
        await appendAudit(t, {
          ...input.audit,
          organizationId: user?.organizationId ?? null,
          action: 'auth.lockout',
          outcome: 'success',
          targetType: user ? 'user' : null,
          targetId: user?.id ?? null,
          detail: { scope: key.split(':')[0], minutes: config.LOGIN_LOCK_MINUTES },
        });
      }
    });
    throw new AppError('UNAUTHENTICATED', BAD_CREDENTIALS);
  }

  if (user.role !== 'admin' && (await findOpenClosure(db, user.organizationId))) {
    // Checked after the password, so a closure reveals nothing to someone guessing accounts.
    await appendAudit(db, {
      ...input.audit,
      organizationId: user.organizationId,
      action: 'auth.login',
      outcome: 'denied',
      targetType: 'user',
      targetId: user.id,
      detail: { reason: 'organization_closed' },
    });
    throw new AppError('FORBIDDEN', 'Your organization is closed; only administrators can sign in.');
  }

  if (passwords.needsRehash(user.passwordHash!)) {
    await db
      .update(users)
      .set({ passwordHash: await passwords.hash(input.password), updatedAt: now })
      .where(eq(users.id, user.id));
  }
  const mfa = await mfaStateFor(deps, user);
  const mfaPending: MfaPending = mfa === 'none' ? null : mfa;
  const { token, session } = await db.transaction(async (t) => {
    const created = await createSession(t, {
      userId: user.id,
      now,
      mfaPending,
      policy: sessionPolicyFrom(config),
    });
    await clearThrottle(t, [throttleKeys.account(input.email)]);
    await appendAudit(t, {
      ...input.audit,
      organizationId: user.organizationId,
      actorId: user.id,
      actorRole: user.role,
      action: 'auth.login',
      outcome: 'success',
      targetType: 'user',
      targetId: user.id,
      detail: { mfa },
    });
    return created;
  });
  return { user: await viewUser(db, user), mfa, token, expiresAt: session.expiresAt };
}
