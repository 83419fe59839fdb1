import { and, desc, eq, getTableName, isNull, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type AuditEntry, appendAudit } from '../audit/append.ts';
import { notFound } from '../authz/not-found.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { teams } from '../orgs/tables.ts';
import { uploads } from '../uploads/tables.ts';
import { users } from '../users/tables.ts';
import { type LegalHold, type LegalHoldScope, legalHolds } from './tables.ts';

export const HOLD_MIN_REASON = 20;

type AuditBase = Omit<AuditEntry, 'action' | 'outcome'>;

/**
 * Holds and the work they stop take turns per organization: placing or releasing a hold takes this
 * lock exclusively, disposing or deleting an upload takes it shared. So a hold that commits is seen
 * by every disposal that commits after it, and a disposal never slips in between "no hold found" and
 * its commit. Per organization, so it never serializes the whole service.
 */
export async function lockHolds(tx: Db, organizationId: string, mode: 'shared' | 'exclusive'): Promise<void> {
  const key = sql`hashtextextended(${`legal-holds:${organizationId}`}, 0)`;
  await tx.execute(
    mode === 'shared'
      ? sql`select pg_advisory_xact_lock_shared(${key})`
      : sql`select pg_advisory_xact_lock(${key})`,
  );
}

/**
 * SQL that is true when an active hold covers the upload with these columns (directly, through its
 * owner, or through its team). Shared by the disposal plan, the disposal itself and deletion.
 */
export function heldCondition(u: { id: AnyPgColumn; ownerId: AnyPgColumn; teamId: AnyPgColumn }): SQL {
  return sql`exists (select 1 from ${legalHolds} h where h.released_at is null and (
    (h.scope = 'upload' and h.target_id = ${qualified(u.id)}) or
    (h.scope = 'user' and h.target_id = ${qualified(u.ownerId)}) or
    (h.scope = 'team' and h.target_id = ${qualified(u.teamId)})))`;
}

/**
 * drizzle names columns without their table in a single-table select, and inside the subquery an
 * unqualified "id" is the hold's own id: an upload-scoped hold then never matched on deletion.
 */
const qualified = (column: AnyPgColumn) =>
  sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;

/** Whether an active hold covers the upload; call after lockHolds in the same transaction. */
export async function isUploadHeld(tx: Db, uploadId: string): Promise<boolean> {
  const [row] = await tx
    .select({ held: heldCondition(uploads) })
    .from(uploads)
    .where(eq(uploads.id, uploadId));
  return row?.held === true;
}

/** Hold and release reasons are for the record: a sentence, not a word. */
function checkedReason(text: string): string {
  const reason = text.trim();
  if (reason.length < HOLD_MIN_REASON) {
    throw new AppError('VALIDATION_FAILED', `reason must be at least ${HOLD_MIN_REASON} characters`);
  }
  return reason;
}

const targetTables = { upload: uploads, user: users, team: teams } as const;

/** Places a hold on an upload, user or team of the organization (404 for anything else). */
export async function placeHold(
  db: Db,
  input: {
    organizationId: string;
    adminId: string;
    scope: LegalHoldScope;
    targetId: string;
    reason: string;
    now: Date;
    audit: AuditBase;
  },
): Promise<LegalHold> {
  const reason = checkedReason(input.reason);
  return db.transaction(async (tx) => {
    const table = targetTables[input.scope];
    const [target] = await tx
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.id, input.targetId), eq(table.organizationId, input.organizationId)));
    if (!target) throw notFound(input.scope);
    await lockHolds(tx, input.organizationId, 'exclusive');
    const [hold] = await tx
      .insert(legalHolds)
      .values({
        organizationId: input.organizationId,
        scope: input.scope,
        targetId: input.targetId,
        reason,
        createdBy: input.adminId,
        createdAt: input.now,
      })
      .returning();
    await appendAudit(tx, {
      ...input.audit,
      action: 'legal_hold.set',
      outcome: 'success',
      targetType: 'legal_hold',
      targetId: hold!.id,
      teamId: input.scope === 'team' ? input.targetId : null,
      detail: { scope: input.scope, holdTargetId: input.targetId },
    });
    return hold!;
  });
}

/** Releases an active hold; releasing one already released is a conflict. */
export async function releaseHold(
  db: Db,
  input: {
    organizationId: string;
    holdId: string;
    adminId: string;
    reason: string;
    now: Date;
    audit: AuditBase;
  },
): Promise<LegalHold> {
  const reason = checkedReason(input.reason);
  return db.transaction(async (tx) => {
    const existing = await findHold(tx, input.holdId);
    if (!existing || existing.organizationId !== input.organizationId) throw notFound('legal_hold');
    await lockHolds(tx, input.organizationId, 'exclusive');
    const [hold] = await tx
      .update(legalHolds)
      .set({ releasedAt: input.now, releasedBy: input.adminId, releaseReason: reason })
      .where(and(eq(legalHolds.id, input.holdId), isNull(legalHolds.releasedAt)))
      .returning();
    if (!hold) throw new AppError('CONFLICT', 'The hold has already been released');
    await appendAudit(tx, {
      ...input.audit,
      action: 'legal_hold.release',
      outcome: 'success',
      targetType: 'legal_hold',
      targetId: hold.id,
      teamId: hold.scope === 'team' ? hold.targetId : null,
      detail: { scope: hold.scope, holdTargetId: hold.targetId },
    });
    return hold;
  });
}

export async function findHold(db: Db, id: string): Promise<LegalHold | undefined> {
  const [hold] = await db.select().from(legalHolds).where(eq(legalHolds.id, id));
  return hold;
}

export interface HoldView {
  id: string;
  scope: LegalHoldScope;
  targetId: string;
  reason: string;
  createdBy: string;
  createdAt: string;
  active: boolean;
  releasedAt: string | null;
  releasedBy: string | null;
  releaseReason: string | null;
}

export const holdView = (h: LegalHold): HoldView => ({
  id: h.id,
  scope: h.scope,
  targetId: h.targetId,
  reason: h.reason,
  createdBy: h.createdBy,
  createdAt: h.createdAt.toISOString(),
  active: h.releasedAt === null,
  releasedAt: h.releasedAt?.toISOString() ?? null,
  releasedBy: h.releasedBy,
  releaseReason: h.releaseReason,
});

/** Every hold of the organization, active ones first, newest first. */
export async function listHolds(db: Db, organizationId: string, onlyActive = false): Promise<HoldView[]> {
  const rows = await db
    .select()
    .from(legalHolds)
    .where(
      and(
        eq(legalHolds.organizationId, organizationId),
        onlyActive ? isNull(legalHolds.releasedAt) : undefined,
      ),
    )
    .orderBy(sql`${legalHolds.releasedAt} is not null`, desc(legalHolds.createdAt))
    .limit(1000);
  return rows.map(holdView);
}
