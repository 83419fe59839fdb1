import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { createTOTPKeyURI, verifyHOTP } from '@oslojs/otp';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { appendAudit } from '../audit/append.ts';
import { AppError } from '../http/errors.ts';
import type { User } from '../users/tables.ts';
import type { AuditBase, AuthDeps } from './context.ts';
import { throttled } from './login.ts';
import type { AuthSession } from './middleware.ts';
import { totpSecretBox } from './secret-box.ts';
import { completeSessionMfa } from './sessions.ts';
import { mfaFactors, recoveryCodes } from './tables.ts';
import { checkThrottle, clearThrottle, recordFailure, throttleKeys, throttlePolicyFrom } from './throttle.ts';
import { randomToken, sha256Hex } from './tokens.ts';

/** RFC 6238 defaults that every authenticator app understands. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'QA Vault';

export interface Enrollment {
  secret: string;
  uri: string;
  recoveryCodes: string[];
}

const normalizeRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');
/** 10 random base32 characters (50 bits), shown as xxxxx-xxxxx. */
function newRecoveryCode(): string {
  const raw = randomToken(7).slice(0, 10);
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

/**
 * Starts (or restarts) TOTP enrollment: a fresh secret, sealed before it is stored, and ten recovery
 * codes of which only hashes are kept. Refused once a factor is confirmed — replacing one would let
 * a stolen session swap the second factor.
 */
export async function beginMfaEnrollment(deps: AuthDeps, user: User): Promise<Enrollment> {
  const { db, clock, vault } = deps;
  const key = crypto.getRandomValues(new Uint8Array(20));
  const sealed = await totpSecretBox(vault.keys).seal(key, user.id);
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const hashes = await Promise.all(codes.map((c) => sha256Hex(normalizeRecoveryCode(c))));
  await db.transaction(async (tx) => {
    const [existing] = await tx.select().from(mfaFactors).where(eq(mfaFactors.userId, user.id)).for('update');
    if (existing?.confirmedAt) throw new AppError('CONFLICT', 'A second factor is already enrolled');
    const now = clock.now();
    await tx
      .insert(mfaFactors)
      .values({ userId: user.id, sealedSecret: sealed, createdAt: now })
      .onConflictDoUpdate({
        target: mfaFactors.userId,
        set: { sealedSecret: sealed, createdAt: now, lastUsedStep: -1 },
      });
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId: user.id, codeHash })));
  });
  return {
    secret: encodeBase32UpperCaseNoPadding(key),
    uri: createTOTPKeyURI(ISSUER, user.email, key, TOTP_PERIOD_SECONDS, TOTP_DIGITS),
    recoveryCodes: codes,
  };
}

/** The time step (±1 for clock drift) a code matches, newest first; undefined when none does. */
function matchingStep(key: Uint8Array, code: string, now: Date): number | undefined {
  const step = Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
  for (const s of [step + 1, step, step - 1]) {
    if (verifyHOTP(key, BigInt(s), TOTP_DIGITS, code)) return s;
  }
  return undefined;
}

export type SecondFactor = { code: string } | { recoveryCode: string };

/**
 * Checks a TOTP code or a recovery code for the session's user. On success a pending enrollment is
 * confirmed and a partial session becomes full. Failures count toward a per-user lock like passwords.
 * `stepUp`: a full session proves its second factor again right now, for an action that demands a
 * freshly verified one (closing the organization); it needs a confirmed factor.
 */
export async function verifySecondFactor(
  deps: AuthDeps,
  input: { session: AuthSession; factor: SecondFactor; audit: AuditBase; stepUp?: boolean },
): Promise<void> {
  const { db, clock, config, vault } = deps;
  const box = totpSecretBox(vault.keys);
  const { session, factor } = input;
  const user = session.user;
  const [row] = await db.select().from(mfaFactors).where(eq(mfaFactors.userId, user.id));
  const enrolling = !row?.confirmedAt;
  if (!row) throw new AppError('CONFLICT', 'No second factor to verify: enroll first');
  if (input.stepUp && enrolling) throw new AppError('FORBIDDEN', 'Set up a second factor first');
  if (!session.mfaPending && !enrolling && !input.stepUp) {
    throw new AppError('CONFLICT', 'Second factor already verified');
  }
  if (enrolling && 'recoveryCode' in factor) {
    throw new AppError('BAD_REQUEST', 'Confirm enrollment with a code from the authenticator app');
  }

  const policy = throttlePolicyFrom(config);
  const keys = [throttleKeys.mfa(user.id)];
  const now = clock.now();
  const state = await checkThrottle(db, keys, now, policy);
  const who = {
    ...input.audit,
    organizationId: user.organizationId,
    actorId: user.id,
    actorRole: user.role,
    targetType: 'user',
    targetId: user.id,
  };
  if (!state.allowed) {
    await appendAudit(db, {
      ...who,
      action: 'auth.mfa_verify',
      outcome: 'denied',
      detail: { reason: 'locked' },
    });
    throw throttled(state);
  }

  const ok = await db.transaction(async (t) => {
    if ('code' in factor) {
      const key = await box.open(row.sealedSecret, user.id);
      const step = matchingStep(key, factor.code, now);
      if (step === undefined) return false;
      // Sealed under a KEK that has since been rotated out: re-seal, so the old KEK can be retired.
      const sealedSecret = box.isStale(row.sealedSecret) ? await box.seal(key, user.id) : row.sealedSecret;
      // Conditional on the last used step: a code (or an older one) is accepted once, even under races.
      const used = await t
        .update(mfaFactors)
        .set({ lastUsedStep: step, confirmedAt: row.confirmedAt ?? now, sealedSecret })
        .where(and(eq(mfaFactors.userId, user.id), lt(mfaFactors.lastUsedStep, step)))
        .returning({ userId: mfaFactors.userId });
      if (used.length === 0) return false;
      await appendAudit(t, {
        ...who,
        action: enrolling ? 'auth.mfa_enroll' : 'auth.mfa_verify',
        outcome: 'success',
        detail: { method: 'totp', ...(input.stepUp ? { stepUp: true } : {}) },
      });
    } else {
      const codeHash = await sha256Hex(normalizeRecoveryCode(factor.recoveryCode));
      const used = await t
        .update(recoveryCodes)
        .set({ usedAt: now })
        .where(
          and(
            eq(recoveryCodes.userId, user.id),
            eq(recoveryCodes.codeHash, codeHash),
            isNull(recoveryCodes.usedAt),
          ),
        )
        .returning({ id: recoveryCodes.id });
      if (used.length === 0) return false;
      const [left] = await t
        .select({ n: sql<number>`count(*)::int` })
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)));
      await appendAudit(t, {
        ...who,
        action: 'auth.mfa_recovery_code',
        outcome: 'success',
        detail: { remaining: left?.n ?? 0 },
      });
    }
    await clearThrottle(t, keys);
    if (session.mfaPending) await completeSessionMfa(t, session.id);
    return true;
  });
  if (ok) return;

  await db.transaction(async (t) => {
    await recordFailure(t, keys, now, policy);
    await appendAudit(t, {
      ...who,
      action:
        'recoveryCode' in factor
          ? 'auth.mfa_recovery_code'
          : enrolling
            ? 'auth.mfa_enroll'
            : 'auth.mfa_verify',
      outcome: 'failure',
      detail: { reason: 'bad_code' },
    });
  });
  throw new AppError('UNAUTHENTICATED', 'Invalid code');
}
