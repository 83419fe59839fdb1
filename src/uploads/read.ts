import { and, desc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { AuditAction } from '../audit/actions.ts';
import { appendAudit, auditInsert } from '../audit/append.ts';
import { auditLog } from '../audit/tables.ts';
import type { Actor } from '../auth/actor.ts';
import { notFound } from '../authz/not-found.ts';
import type { Resource } from '../authz/policy.ts';
import type { Db } from '../db/client.ts';
import { afterTimeCursor, encodeTimeCursor } from '../http/time-cursor.ts';
import { type Upload, type UploadKind, type UploadStatus, uploads } from './tables.ts';
import type { AuditBase } from './transitions.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An upload by id; one still arriving does not exist yet for anyone. */
export async function findUpload(db: Db, id: string): Promise<Upload> {
  const [row] = uuidPattern.test(id) ? await db.select().from(uploads).where(eq(uploads.id, id)) : [];
  if (!row || row.status === 'receiving') throw notFound('upload');
  return row;
}

/** The upload as the policy sees it. */
export function uploadResource(row: Upload): Extract<Resource, { type: 'upload' }> {
  return {
    type: 'upload',
    id: row.id,
    organizationId: row.organizationId,
    // Only receiving uploads have no team, and those are never found.
    teamId: row.teamId ?? '',
    ownerId: row.ownerId,
    reviewStarted: row.reviewStartedAt !== null,
  };
}

/** Writes a successful read to the access log (in `db`, which may be the caller's transaction). */
export async function logRead(
  db: Db,
  input: {
    row: Upload;
    action: AuditAction;
    audit: AuditBase;
    grantId?: string;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  await appendAudit(db, {
    ...input.audit,
    action: input.action,
    outcome: 'success',
    targetType: 'upload',
    targetId: input.row.id,
    teamId: input.row.teamId,
    detail: { ...input.detail, ...(input.grantId ? { grantId: input.grantId } : {}) },
  });
}

/** Metadata of one upload, after the route's policy check; the view is logged as `upload.view`. */
export async function viewUpload(
  db: Db,
  input: { row: Upload; audit: AuditBase; grantId?: string },
): Promise<Upload> {
  await logRead(db, { ...input, action: 'upload.view' });
  return input.row;
}

export interface ListFilter {
  team?: string;
  status?: UploadStatus;
  kind?: UploadKind;
}

export interface ListPage {
  rows: Upload[];
  nextCursor: string | null;
}

/**
 * What the caller may list, newest first: a therapist their own uploads; supervisors and
 * consultants those of their teams (and their own); an admin the organization's, as metadata. Rows
 * still arriving are never listed, deleted ones only when asked for. One `upload.list` entry per page.
 */
export async function listUploads(
  db: Db,
  input: { actor: Actor; filter: ListFilter; cursor?: string; limit: number; audit: AuditBase },
): Promise<ListPage> {
  const { actor, filter } = input;
  const conditions: (SQL | undefined)[] = [
    eq(uploads.organizationId, actor.organizationId),
    ne(uploads.status, 'receiving'),
    filter.status ? eq(uploads.status, filter.status) : ne(uploads.status, 'deleted'),
    filter.kind ? eq(uploads.kind, filter.kind) : undefined,
    filter.team ? eq(uploads.teamId, filter.team) : undefined,
  ];
  if (actor.role === 'therapist') conditions.push(eq(uploads.ownerId, actor.userId));
  else if (actor.role !== 'admin') {
    conditions.push(
      actor.teamIds.length > 0
        ? or(eq(uploads.ownerId, actor.userId), inArray(uploads.teamId, actor.teamIds))
        : eq(uploads.ownerId, actor.userId),
    );
  }
  conditions.push(afterTimeCursor(uploads.createdAt, uploads.id, input.cursor));
  // The page and its `upload.list` entry are one statement, so they commit together in one round
  // trip instead of four; the entry counts what the same snapshot shows (the page without the row
  // that only tells whether a next page exists).
  const where = and(...conditions);
  const shownCount = sql`(select count(*) from (select 1 from ${uploads} where ${where} limit ${input.limit}) as shown)`;
  const extra = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
  };
  const entry = db.$with('entry').as(
    auditInsert(db, {
      ...input.audit,
      action: 'upload.list',
      outcome: 'success',
      targetType: filter.team ? 'team' : 'organization',
      targetId: filter.team ?? actor.organizationId,
      teamId: filter.team ?? null,
      detail: sql`jsonb_build_object('count', ${shownCount}::int) || ${JSON.stringify(extra)}::jsonb`,
    }).returning({ id: auditLog.id }),
  );
  const rows = await db
    .with(entry)
    .select()
    .from(uploads)
    .where(where)
    .orderBy(desc(uploads.createdAt), desc(uploads.id))
    .limit(input.limit + 1);
  const shown = rows.slice(0, input.limit);
  return {
    rows: shown,
    nextCursor:
      rows.length > input.limit ? encodeTimeCursor(shown.at(-1)!.createdAt, shown.at(-1)!.id) : null,
  };
}
