import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import { type AuditEntry, appendAudit } from '../audit/append.ts';
import { sessions } from '../auth/tables.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { organizations } from '../orgs/tables.ts';
import { CLOSURE_KEEP_DAYS } from '../retention/plan.ts';
import { users } from '../users/tables.ts';
import { type OrganizationClosure, organizationClosures } from './tables.ts';

export const CLOSURE_MIN_REASON = 20;
type AuditBase = Omit<AuditEntry, 'action' | 'outcome'>;

export async function findOpenClosure(
  db: Db,
  organizationId: string,
): Promise<OrganizationClosure | undefined> {
  const [row] = await db
    .select()
    .from(organizationClosures)
    .where(
      and(eq(organizationClosures.organizationId, organizationId), isNull(organizationClosures.reopenedAt)),
    );
  return row;
}

/** Refuses work a closed organization no longer takes (uploads; sign-ins of anyone but admins). */
export async function assertOrganizationOpen(db: Db, organizationId: string, what: string): Promise<void> {
  if (await findOpenClosure(db, organizationId)) {
    throw new AppError('FORBIDDEN', `Your organization is closed: ${what} is no longer possible.`);
  }
}

/**
 * Closes the organization: from now on only admins sign in and nobody uploads; every upload is kept
 * until max(its rule, 365 days after today) and then disposed by the daily run (src/retention/plan.ts).
 * Everyone else's sessions end in the same transaction. The reason stays with the closure.
 */
export async function closeOrganization(
  db: Db,
  input: { organizationId: string; adminId: string; reason: string; now: Date; audit: AuditBase },
): Promise<OrganizationClosure> {
  const reason = input.reason.trim();
  if (reason.length < CLOSURE_MIN_REASON) {
    throw new AppError('VALIDATION_FAILED', `reason must be at least ${CLOSURE_MIN_REASON} characters`);
  }
  return db.transaction(async (tx) => {
    // The organization row is the lock two admins closing at once take turns on.
    await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, input.organizationId))
      .for('update');
    if (await findOpenClosure(tx, input.organizationId))
      throw new AppError('CONFLICT', 'The organization is already closed.');
    const [closure] = await tx
      .insert(organizationClosures)
      .values({ organizationId: input.organizationId, closedAt: input.now, closedBy: input.adminId, reason })
      .returning();
    const others = tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.organizationId, input.organizationId), ne(users.role, 'admin')));
    const ended = await tx
      .delete(sessions)
      .where(inArray(sessions.userId, others))
      .returning({ id: sessions.id });
    await appendAudit(tx, {
      ...input.audit,
      action: 'organization.close',
      outcome: 'success',
      targetType: 'organization',
      targetId: input.organizationId,
      detail: { closureId: closure!.id, sessionsEnded: ended.length },
    });
    return closure!;
  });
}

/** Reopens a closed organization: sign-ins, uploads and the ordinary retention rules apply again. */
export async function reopenOrganization(
  db: Db,
  input: { organizationId: string; adminId: string; now: Date; audit: AuditBase },
): Promise<OrganizationClosure> {
  return db.transaction(async (tx) => {
    const [closure] = await tx
      .update(organizationClosures)
      .set({ reopenedAt: input.now, reopenedBy: input.adminId })
      .where(
        and(
          eq(organizationClosures.organizationId, input.organizationId),
          isNull(organizationClosures.reopenedAt),
        ),
      )
      .returning();
    if (!closure) throw new AppError('CONFLICT', 'The organization is not closed.');
    await appendAudit(tx, {
      ...input.audit,
      action: 'organization.reopen',
      outcome: 'success',
      targetType: 'organization',
      targetId: input.organizationId,
      detail: { closureId: closure.id },
    });
    return closure;
  });
}

export async function organizationView(db: Db, organizationId: string) {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, organizationId));
  const closure = await findOpenClosure(db, organizationId);
  return {
    id: org!.id,
    name: org!.name,
    closed: Boolean(closure),
    closedAt: closure?.closedAt.toISOString() ?? null,
    closedBy: closure?.closedBy ?? null,
    closeReason: closure?.reason ?? null,
    keepUntil: closure
      ? new Date(closure.closedAt.getTime() + CLOSURE_KEEP_DAYS * 86_400_000).toISOString()
      : null,
  };
}
