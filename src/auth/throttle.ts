import { inArray, sql } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { authThrottles } from './tables.ts';

export interface ThrottlePolicy {
  backoffAfter: number;
  lockAfter: number;
  lockMs: number;
}

export function throttlePolicyFrom(
  config: Pick<Config, 'LOGIN_BACKOFF_AFTER' | 'LOGIN_LOCK_AFTER' | 'LOGIN_LOCK_MINUTES'>,
): ThrottlePolicy {
  return {
    backoffAfter: config.LOGIN_BACKOFF_AFTER,
    lockAfter: Math.max(config.LOGIN_LOCK_AFTER, config.LOGIN_BACKOFF_AFTER),
    lockMs: config.LOGIN_LOCK_MINUTES * 60_000,
  };
}

/** Failures older than this are forgotten; a quiet day resets a key. */
const FAILURE_MEMORY_MS = 24 * 3_600_000;

/** Keys a sign-in attempt is counted under. Emails are keyed whether or not the account exists. */
export const throttleKeys = {
  account: (email: string) => `account:${email.trim().toLowerCase()}`,
  ip: (ip: string) => `ip:${ip}`,
  mfa: (userId: string) => `mfa:${userId}`,
};

export type ThrottleState =
  | { allowed: true }
  | { allowed: false; locked: boolean; retryAfterSeconds: number };

/** Whether another attempt may be made now under every key (the strictest key wins). */
export async function checkThrottle(
  db: Db,
  keys: string[],
  now: Date,
  policy: ThrottlePolicy,
): Promise<ThrottleState> {
  if (keys.length === 0) return { allowed: true };
  const rows = await db.select().from(authThrottles).where(inArray(authThrottles.key, keys));
  let waitUntil = 0;
  let locked = false;
  for (const row of rows) {
    if (now.getTime() - row.lastFailureAt.getTime() > FAILURE_MEMORY_MS) continue;
    if (row.lockedUntil && row.lockedUntil > now) {
      locked = true;
      waitUntil = Math.max(waitUntil, row.lockedUntil.getTime());
    } else if (row.failures >= policy.backoffAfter && row.failures < policy.lockAfter) {
      // Exponential backoff: 1 s after the 5th failure, 2 s after the 6th, … doubling up to the lock.
      const delay = Math.min(1000 * 2 ** (row.failures - policy.backoffAfter), policy.lockMs);
      waitUntil = Math.max(waitUntil, row.lastFailureAt.getTime() + delay);
    }
  }
  if (waitUntil <= now.getTime()) return { allowed: true };
  return { allowed: false, locked, retryAfterSeconds: Math.ceil((waitUntil - now.getTime()) / 1000) };
}

/**
 * Counts a failure under each key in one statement per key (atomic across instances) and returns the
 * keys that this failure locked. A key already past the lock threshold is locked again on each further
 * failure after its lock ends.
 */
export async function recordFailure(
  db: Db,
  keys: string[],
  now: Date,
  policy: ThrottlePolicy,
): Promise<string[]> {
  const forgetBefore = new Date(now.getTime() - FAILURE_MEMORY_MS).toISOString();
  const lockUntil = new Date(now.getTime() + policy.lockMs).toISOString();
  const locked: string[] = [];
  for (const key of keys) {
    const failures = sql`case when ${authThrottles.lastFailureAt} < ${forgetBefore}::timestamptz then 1 else ${authThrottles.failures} + 1 end`;
    const [row] = await db
      .insert(authThrottles)
      .values({
        key,
        failures: 1,
        lastFailureAt: now,
        lockedUntil: policy.lockAfter <= 1 ? new Date(lockUntil) : null,
      })
      .onConflictDoUpdate({
        target: authThrottles.key,
        set: {
          failures,
          lastFailureAt: now,
          lockedUntil: sql`case when ${failures} >= ${policy.lockAfter} then ${lockUntil}::timestamptz else null end`,
        },
      })
      .returning();
    if (row && row.failures >= policy.lockAfter) locked.push(key);
  }
  return locked;
}

/** A successful sign-in clears the account's counter. IP counters are left to expire on their own, so
 * signing in to one's own account cannot reset the count of guesses made against others. */
export async function clearThrottle(db: Db, keys: string[]): Promise<void> {
  if (keys.length > 0) await db.delete(authThrottles).where(inArray(authThrottles.key, keys));
}
