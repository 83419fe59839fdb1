import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { type AuditEntry, appendAudit } from '../audit/append.ts';
import type { ActiveGrant } from '../auth/actor.ts';
import { notFound } from '../authz/not-found.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { teams } from '../orgs/tables.ts';
import { users } from '../users/tables.ts';
import { type BreakglassGrantRow, breakglassGrants } from './tables.ts';

export const BREAKGLASS_DEFAULT_MINUTES = 60;
export const BREAKGLASS_MAX_MINUTES = 240;
export const BREAKGLASS_MIN_REASON = 20;
/** How far back the admin listing reaches for ended grants. */
const RECENT_MS = 30 * 24 * 3_600_000;

type AuditBase = Omit<AuditEntry, 'action' | 'outcome'>;

/** Grants of one admin that are neither expired nor revoked at `now`: what the policy honours. */
export async function activeGrantsFor(db: Db, adminId: string, now: Date): Promise<ActiveGrant[]> {
  const rows = await db
    .select()
    .from(breakglassGrants)
    .where(
      and(
        eq(breakglassGrants.adminId, adminId),
        gt(breakglassGrants.expiresAt, now),
        isNull(breakglassGrants.revokedAt),
      ),
    );
  return rows.map((g) => ({
    id: g.id,
    teamId: g.teamId,
    uploadIds: g.uploadIds ?? [],
    expiresAt: g.expiresAt,
  }));
}

export async function findGrantById(db: Db, id: string): Promise<BreakglassGrantRow | undefined> {
  const [grant] = await db.select().from(breakglassGrants).where(eq(breakglassGrants.id, id));
  return grant;
}

export interface GrantInput {
  organizationId: string;
  adminId: string;
  reason: string;
  minutes?: number;
  teamId?: string;
  uploadIds?: string[];
  now: Date;
  audit: AuditBase;
}

/**
 * Opens emergency access for an admin, recorded as `breakglass.grant` in the same transaction. The
 * reason stays in the grant (admins read it there), never in the access log, since people under
 * pressure type names into free text.
 */
export async function grantBreakglass(db: Db, input: GrantInput): Promise<BreakglassGrantRow> {
  const reason = input.reason.trim();
  if (reason.length < BREAKGLASS_MIN_REASON) {
    throw new AppError('VALIDATION_FAILED', `reason must be at least ${BREAKGLASS_MIN_REASON} characters`);
  }
  const uploadIds = [...new Set(input.uploadIds ?? [])];
  if ((input.teamId === undefined) === (uploadIds.length === 0)) {
    throw new AppError('VALIDATION_FAILED', 'name either a team (teamId) or uploads (uploadIds), not both');
  }
  const minutes = input.minutes ?? BREAKGLASS_DEFAULT_MINUTES;
  return db.transaction(async (tx) => {
    if (input.teamId) {
      const [team] = await tx
        .select({ id: teams.id })
        .from(teams)
        .where(and(eq(teams.id, input.teamId), eq(teams.organizationId, input.organizationId)));
      if (!team) throw notFound('team');
    }
    const [grant] = await tx
      .insert(breakglassGrants)
      .values({
        organizationId: input.organizationId,
        adminId: input.adminId,
        reason,
        teamId: input.teamId ?? null,
        uploadIds: uploadIds.length > 0 ? uploadIds : null,
        createdAt: input.now,
        expiresAt: new Date(input.now.getTime() + minutes * 60_000),
      })
      .returning();
    await appendAudit(tx, {
      ...input.audit,
      action: 'breakglass.grant',
      outcome: 'success',
      targetType: 'breakglass',
      targetId: grant!.id,
      teamId: input.teamId ?? null,
      detail: { minutes, uploadCount: uploadIds.length, scope: input.teamId ? 'team' : 'uploads' },
    });
    return grant!;
  });
}

/** Ends a grant early (any admin of the organization may). Revoking an ended grant is a conflict. */
export async function revokeBreakglass(
  db: Db,
  input: { organizationId: string; grantId: string; adminId: string; now: Date; audit: AuditBase },
): Promise<BreakglassGrantRow> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(breakglassGrants)
      .where(
        and(
          eq(breakglassGrants.id, input.grantId),
          eq(breakglassGrants.organizationId, input.organizationId),
        ),
      );
    if (!existing) throw notFound('breakglass');
    const [grant] = await tx
      .update(breakglassGrants)
      .set({ revokedAt: input.now, revokedBy: input.adminId })
      .where(
        and(
          eq(breakglassGrants.id, input.grantId),
          isNull(breakglassGrants.revokedAt),
          gt(breakglassGrants.expiresAt, input.now),
        ),
      )
      .returning();
    if (!grant) throw new AppError('CONFLICT', 'Grant has already ended');
    await appendAudit(tx, {
      ...input.audit,
      action: 'breakglass.revoke',
      outcome: 'success',
      targetType: 'breakglass',
      targetId: grant.id,
      teamId: grant.teamId,
      detail: { grantedBy: grant.adminId },
    });
    return grant;
  });
}

export interface GrantView {
  id: string;
  admin: { id: string; name: string; email: string };
  reason: string;
  teamId: string | null;
  uploadIds: string[];
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  active: boolean;
}

/** Active grants and those of the last 30 days in the organization, newest first — every admin sees all. */
export async function listBreakglass(
  db: Db,
  organizationId: string,
  now: Date,
  onlyId?: string,
): Promise<GrantView[]> {
  const since = new Date(now.getTime() - RECENT_MS);
  const rows = await db
    .select({ grant: breakglassGrants, admin: { id: users.id, name: users.name, email: users.email } })
    .from(breakglassGrants)
    .innerJoin(users, eq(users.id, breakglassGrants.adminId))
    .where(
      and(
        eq(breakglassGrants.organizationId, organizationId),
        onlyId
          ? eq(breakglassGrants.id, onlyId)
          : or(gt(breakglassGrants.createdAt, since), gt(breakglassGrants.expiresAt, now)),
      ),
    )
    .orderBy(desc(breakglassGrants.createdAt), sql`${breakglassGrants.id}`)
    .limit(500);
  return rows.map(({ grant, admin }) => ({
    id: grant.id,
    admin,
    reason: grant.reason,
    teamId: grant.teamId,
    uploadIds: grant.uploadIds ?? [],
    createdAt: grant.createdAt.toISOString(),
    expiresAt: grant.expiresAt.toISOString(),
    revokedAt: grant.revokedAt?.toISOString() ?? null,
    active: grant.revokedAt === null && grant.expiresAt > now,
  }));
}
