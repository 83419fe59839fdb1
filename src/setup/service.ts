import { and, eq, gt, isNull } from 'drizzle-orm';
import { appendAudit } from '../audit/append.ts';
import type { AuditBase, AuthDeps } from '../auth/context.ts';
import { mfaStateFor } from '../auth/login.ts';
import { assertAcceptablePassword } from '../auth/passwords.ts';
import { createSession, sessionPolicyFrom } from '../auth/sessions.ts';
import { randomToken, sha256Hex } from '../auth/tokens.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { resolveOrganization } from '../orgs/service.ts';
import { createAccount } from '../users/service.ts';
import { users } from '../users/tables.ts';
import { viewUser } from '../users/views.ts';
import { setupTokens } from './tables.ts';

export const SETUP_TOKEN_TTL_MS = 3_600_000;

/** First run: no administrator exists yet (disabled ones count: an organization that had one is set up). */
export async function needsSetup(db: Db): Promise<boolean> {
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
  return !admin;
}

/**
 * A fresh setup token (returned once, stored hashed) when setup is still needed; earlier unused ones
 * are voided, so only the link logged last works.
 */
export async function issueSetupToken(
  db: Db,
  now: Date,
): Promise<{ token: string; expiresAt: Date } | undefined> {
  if (!(await needsSetup(db))) return undefined;
  const token = randomToken(32);
  const expiresAt = new Date(now.getTime() + SETUP_TOKEN_TTL_MS);
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.update(setupTokens).set({ usedAt: now }).where(isNull(setupTokens.usedAt));
    await t.insert(setupTokens).values({ tokenHash: await sha256Hex(token), createdAt: now, expiresAt });
  });
  return { token, expiresAt };
}

/** Whether a setup link can still be used (the page asks before showing the form). */
export async function setupTokenUsable(db: Db, token: string, now: Date): Promise<boolean> {
  if (token.length > 128 || !(await needsSetup(db))) return false;
  const [row] = await db
    .select({ id: setupTokens.id })
    .from(setupTokens)
    .where(
      and(
        eq(setupTokens.tokenHash, await sha256Hex(token)),
        isNull(setupTokens.usedAt),
        gt(setupTokens.expiresAt, now),
      ),
    );
  return Boolean(row);
}

const unusable = () => new AppError('BAD_REQUEST', 'This setup link is invalid, used or expired');

/**
 * Creates the first administrator with a setup token and signs them in; the session still owes the
 * second factor (enrolment), like any admin's first sign-in. Spending the token, creating the account
 * and the session happen in one transaction: a failure leaves the token usable and no account behind.
 */
export async function completeSetup(
  deps: AuthDeps,
  input: { token: string; name: string; email: string; password: string; audit: AuditBase },
) {
  const { db, clock, config, passwords } = deps;
  await assertAcceptablePassword(input.password, input.email);
  const passwordHash = await passwords.hash(input.password);
  const now = clock.now();
  const tokenHash = await sha256Hex(input.token);
  const result = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [spent] = await t
      .update(setupTokens)
      .set({ usedAt: now })
      .where(
        and(eq(setupTokens.tokenHash, tokenHash), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, now)),
      )
      .returning({ id: setupTokens.id });
    // An admin created meanwhile (say with `qa-vault user add`) makes every setup link void.
    if (!spent || !(await needsSetup(t))) throw unusable();
    const org = await resolveOrganization(t);
    const audit = { ...input.audit, organizationId: org.id };
    const { user } = await createAccount(t, {
      organizationId: org.id,
      email: input.email,
      name: input.name,
      role: 'admin',
      teamIds: [],
      passwordHash,
      createdBy: null,
      now,
      audit,
    });
    const mfa = await mfaStateFor({ db: t, config }, user);
    const { token, session } = await createSession(t, {
      userId: user.id,
      now,
      mfaPending: mfa === 'none' ? null : mfa,
      policy: sessionPolicyFrom(config),
    });
    await appendAudit(t, {
      ...audit,
      actorId: user.id,
      actorRole: 'admin',
      action: 'auth.setup_complete',
      outcome: 'success',
      targetType: 'user',
      targetId: user.id,
    });
    return { user, mfa, token, expiresAt: session.expiresAt };
  });
  return { ...result, user: await viewUser(db, result.user) };
}
