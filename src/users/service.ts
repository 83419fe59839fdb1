import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { appendAudit } from '../audit/append.ts';
import type { AuditBase } from '../auth/context.ts';
import { issueUserToken } from '../auth/one-time-tokens.ts';
import { deleteUserSessions } from '../auth/sessions.ts';
import { mfaFactors } from '../auth/tables.ts';
import { notFound } from '../authz/not-found.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { assertTeamsInOrg } from '../orgs/service.ts';
import { teamMemberships } from '../orgs/tables.ts';
import { type Role, type User, users } from './tables.ts';
import { teamsOfUsers, type UserView } from './views.ts';

export interface UserAdminView extends UserView {
  disabled: boolean;
  mfaEnrolled: boolean;
  createdAt: string;
}

const isUniqueViolation = (err: unknown) =>
  (err as { code?: string })?.code === '23505' ||
  (err as { cause?: { code?: string } })?.cause?.code === '23505';

export async function listUsers(db: Db, organizationId: string): Promise<UserAdminView[]> {
  const rows = await db
    .select({ user: users, mfa: mfaFactors.confirmedAt })
    .from(users)
    .leftJoin(mfaFactors, and(eq(mfaFactors.userId, users.id), isNotNull(mfaFactors.confirmedAt)))
    .where(eq(users.organizationId, organizationId))
    .orderBy(asc(users.name), asc(users.id));
  const teamsOf = await teamsOfUsers(
    db,
    rows.map((r) => r.user.id),
  );
  return rows.map(({ user, mfa }) => adminView(user, teamsOf.get(user.id) ?? [], mfa !== null));
}

function adminView(user: User, teams: UserView['teams'], mfaEnrolled: boolean): UserAdminView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    teams,
    disabled: user.disabled,
    mfaEnrolled,
    createdAt: user.createdAt.toISOString(),
  };
}

export async function viewUserAsAdmin(db: Db, user: User): Promise<UserAdminView> {
  const [mfa] = await db
    .select({ userId: mfaFactors.userId })
    .from(mfaFactors)
    .where(and(eq(mfaFactors.userId, user.id), isNotNull(mfaFactors.confirmedAt)));
  const teamsOf = await teamsOfUsers(db, [user.id]);
  return adminView(user, teamsOf.get(user.id) ?? [], Boolean(mfa));
}

/** A user of the organization, or the same 404 as for one that does not exist. */
export async function getUserInOrg(db: Db, organizationId: string, userId: string): Promise<User> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organizationId, organizationId)));
  if (!user) throw notFound('user');
  return user;
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  return user;
}

export interface NewAccount {
  organizationId: string;
  email: string;
  name: string;
  role: Role;
  teamIds: string[];
  /** Already hashed (the CLI); without it the account waits for its invitation to be used. */
  passwordHash?: string;
  createdBy: string | null;
  now: Date;
  audit: AuditBase;
}

/**
 * Creates a user with their team memberships, recorded as `user.create`. Without a password an
 * invitation token (24 h) is issued and returned — the only time it is ever visible.
 */
export async function createAccount(
  db: Db,
  input: NewAccount,
): Promise<{ user: User; invitation?: { token: string; expiresAt: Date } }> {
  await assertTeamsInOrg(db, input.organizationId, input.teamIds);
  try {
    return await db.transaction(async (t) => {
      const [user] = await t
        .insert(users)
        .values({
          organizationId: input.organizationId,
          email: input.email.trim(),
          name: input.name.trim(),
          role: input.role,
          passwordHash: input.passwordHash ?? null,
          createdAt: input.now,
          updatedAt: input.now,
        })
        .returning();
      const teamIds = [...new Set(input.teamIds)];
      if (teamIds.length > 0) {
        await t.insert(teamMemberships).values(teamIds.map((teamId) => ({ teamId, userId: user!.id })));
      }
      const invitation = input.passwordHash
        ? undefined
        : await issueUserToken(t, {
            userId: user!.id,
            purpose: 'invite',
            createdBy: input.createdBy,
            now: input.now,
          });
      await appendAudit(t, {
        ...input.audit,
        action: 'user.create',
        outcome: 'success',
        targetType: 'user',
        targetId: user!.id,
        detail: { role: input.role, teamIds, invited: Boolean(invitation) },
      });
      return { user: user!, invitation };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', 'A user with this email already exists');
    throw err;
  }
}

export interface UserPatch {
  name?: string;
  role?: Role;
  teamIds?: string[];
  disabled?: boolean;
}

/**
 * Changes a user's name, role, teams or disabled flag. Disabling ends every session of the user in
 * the same transaction. Admins cannot disable or demote themselves (the last way back in).
 */
export async function updateAccount(
  db: Db,
  input: {
    organizationId: string;
    userId: string;
    patch: UserPatch;
    /** Who makes the change; null for the CLI. */
    actorId: string | null;
    now: Date;
    audit: AuditBase;
  },
): Promise<User> {
  const { patch } = input;
  const current = await getUserInOrg(db, input.organizationId, input.userId);
  if (
    current.id === input.actorId &&
    (patch.disabled === true || (patch.role && patch.role !== current.role))
  ) {
    throw new AppError('CONFLICT', 'You cannot disable or change the role of your own account');
  }
  if (patch.teamIds) await assertTeamsInOrg(db, input.organizationId, patch.teamIds);
  return db.transaction(async (t) => {
    const set: Partial<typeof users.$inferInsert> = { updatedAt: input.now };
    if (patch.name !== undefined) set.name = patch.name.trim();
    if (patch.role !== undefined) set.role = patch.role;
    if (patch.disabled !== undefined) {
      set.disabled = patch.disabled;
      set.disabledAt = patch.disabled ? input.now : null;
    }
    const [user] = await t.update(users).set(set).where(eq(users.id, current.id)).returning();
    const audit = { ...input.audit, targetType: 'user', targetId: current.id };
    const fields = Object.keys(patch).filter(
      (k) => k !== 'disabled' && patch[k as keyof UserPatch] !== undefined,
    );
    if (patch.teamIds) {
      await t.delete(teamMemberships).where(eq(teamMemberships.userId, current.id));
      const teamIds = [...new Set(patch.teamIds)];
      if (teamIds.length > 0) {
        await t.insert(teamMemberships).values(teamIds.map((teamId) => ({ teamId, userId: current.id })));
      }
    }
    if (fields.length > 0) {
      await appendAudit(t, {
        ...audit,
        action: 'user.update',
        outcome: 'success',
        detail: {
          fields,
          ...(patch.role && patch.role !== current.role
            ? { fromRole: current.role, toRole: patch.role }
            : {}),
          ...(patch.teamIds ? { teamIds: [...new Set(patch.teamIds)] } : {}),
        },
      });
    }
    if (patch.disabled === true && !current.disabled) {
      const ended = await deleteUserSessions(t, current.id);
      await appendAudit(t, {
        ...audit,
        action: 'user.disable',
        outcome: 'success',
        detail: { endedSessions: ended },
      });
    } else if (patch.disabled === false && current.disabled) {
      await appendAudit(t, { ...audit, action: 'user.enable', outcome: 'success' });
    }
    // A role change alters what every open session may do: end them rather than trust a stale view.
    if (patch.role && patch.role !== current.role) await deleteUserSessions(t, current.id);
    return user!;
  });
}

/** Issues a one-time password-reset token (24 h) for a user of the organization. */
export async function issuePasswordReset(
  db: Db,
  input: { organizationId: string; userId: string; createdBy: string | null; now: Date; audit: AuditBase },
): Promise<{ token: string; expiresAt: Date }> {
  const user = await getUserInOrg(db, input.organizationId, input.userId);
  return db.transaction(async (t) => {
    const issued = await issueUserToken(t, {
      userId: user.id,
      purpose: 'reset',
      createdBy: input.createdBy,
      now: input.now,
    });
    await appendAudit(t, {
      ...input.audit,
      action: 'auth.password_reset_issue',
      outcome: 'success',
      targetType: 'user',
      targetId: user.id,
    });
    return issued;
  });
}
