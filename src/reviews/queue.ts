import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { appendAudit } from '../audit/append.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { teams } from '../orgs/tables.ts';
import { type Upload, type UploadKind, uploads } from '../uploads/tables.ts';
import type { AuditBase } from '../uploads/transitions.ts';
import { users } from '../users/tables.ts';
import { type Review, type ReviewState, reviewStates, reviews } from './tables.ts';

export interface QueueFilter {
  team?: string;
  state?: ReviewState;
  kind?: UploadKind;
  owner?: string;
}

export interface QueueRow {
  upload: Upload;
  review: Review | null;
  ownerName: string;
  teamName: string;
}

export interface QueuePage {
  rows: QueueRow[];
  counts: Record<ReviewState, number>;
  nextCursor: string | null;
}

const stateOf = sql`coalesce(${reviews.state}::text, 'unreviewed')`;
/** Unreviewed first, then in review, returned, reviewed; within each, the oldest upload first. */
const queueOrder: readonly ReviewState[] = ['unreviewed', 'in_review', 'returned', 'reviewed'];
const rankOf = sql<number>`(case ${stateOf} ${sql.join(
  queueOrder.map((s, i) => sql`when ${s} then ${i}`),
  sql` `,
)} end)`;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const badCursor = () =>
  new AppError('VALIDATION_FAILED', 'Invalid request: cursor: must be a nextCursor from a previous page');

function encodeCursor(row: QueueRow): string {
  const rank = queueOrder.indexOf(row.review?.state ?? 'unreviewed');
  return Buffer.from(`${rank}|${row.upload.createdAt.toISOString()}|${row.upload.id}`).toString('base64url');
}

function decodeCursor(cursor: string): SQL {
  const [rank, at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (!/^[0-3]$/.test(rank ?? '') || Number.isNaN(date.getTime()) || !id || !uuidPattern.test(id))
    throw badCursor();
  // A row comparison: strictly after the last row of the previous page in the queue's order.
  return sql`(${rankOf}, ${uploads.createdAt}, ${uploads.id}) > (${Number(rank)}, ${date.toISOString()}::timestamptz, ${id}::uuid)`;
}

/**
 * Which accepted uploads the caller's queue holds: a therapist's own; a supervisor's or consultant's
 * teams'; an admin's whole organization (metadata only, as for uploads).
 */
function scopeOf(actor: Actor): SQL | undefined {
  if (actor.role === 'therapist') return eq(uploads.ownerId, actor.userId);
  if (actor.role === 'admin') return undefined;
  return actor.teamIds.length > 0 ? inArray(uploads.teamId, actor.teamIds) : sql`false`;
}

/**
 * GET /api/reviews: one page of the queue in a stable keyset order (unreviewed first, oldest first),
 * with the counts per state of the whole filtered queue, and one `review.list` entry.
 */
export async function listReviewQueue(
  db: Db,
  input: { actor: Actor; filter: QueueFilter; cursor?: string; limit: number; audit: AuditBase },
): Promise<QueuePage> {
  const { actor, filter } = input;
  const base: (SQL | undefined)[] = [
    eq(uploads.organizationId, actor.organizationId),
    eq(uploads.status, 'accepted'),
    scopeOf(actor),
    filter.team ? eq(uploads.teamId, filter.team) : undefined,
    filter.kind ? eq(uploads.kind, filter.kind) : undefined,
    filter.owner ? eq(uploads.ownerId, filter.owner) : undefined,
  ];
  const paged = [
    ...base,
    filter.state ? sql`${stateOf} = ${filter.state}` : undefined,
    input.cursor ? decodeCursor(input.cursor) : undefined,
  ];
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const rows = await tx
      .select({ upload: uploads, review: reviews, ownerName: users.name, teamName: teams.name })
      .from(uploads)
      .leftJoin(reviews, eq(reviews.uploadId, uploads.id))
      .innerJoin(users, eq(users.id, uploads.ownerId))
      .innerJoin(teams, eq(teams.id, uploads.teamId))
      .where(and(...paged))
      .orderBy(rankOf, asc(uploads.createdAt), asc(uploads.id))
      .limit(input.limit + 1);
    const grouped = await tx
      .select({ state: sql<ReviewState>`${stateOf}`, count: sql<number>`count(*)::int` })
      .from(uploads)
      .leftJoin(reviews, eq(reviews.uploadId, uploads.id))
      .where(and(...base))
      .groupBy(stateOf);
    const counts = Object.fromEntries(reviewStates.map((s) => [s, 0])) as Record<ReviewState, number>;
    for (const g of grouped) counts[g.state] = Number(g.count);
    const page = rows.slice(0, input.limit);
    await appendAudit(tx, {
      ...input.audit,
      action: 'review.list',
      outcome: 'success',
      targetType: filter.team ? 'team' : 'organization',
      targetId: filter.team ?? actor.organizationId,
      teamId: filter.team ?? null,
      detail: {
        count: page.length,
        ...(filter.state ? { state: filter.state } : {}),
        ...(filter.kind ? { kind: filter.kind } : {}),
        ...(filter.owner ? { owner: filter.owner } : {}),
      },
    });
    return { rows: page, counts, nextCursor: rows.length > input.limit ? encodeCursor(page.at(-1)!) : null };
  });
}
