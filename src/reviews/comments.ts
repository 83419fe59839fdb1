import { and, asc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import type { Scanner } from '../scan/scanner.ts';
import { isRecordingKind, type Upload } from '../uploads/tables.ts';
import type { AuditBase } from '../uploads/transitions.ts';
import { users } from '../users/tables.ts';
import type { Vault } from '../vault/vault.ts';
import { COMMENT_EDIT_WINDOW_MS, type CommentInput, type CommentView, commentView } from './comment-views.ts';
import { logRefusal, logReviewEntry } from './log.ts';
import { findReview } from './review.ts';
import { blockingCount, checkReviewerWords } from './scan-words.ts';
import { publishedStates } from './state.ts';
import { reviewComments } from './tables.ts';
import { isReviewerOf } from './views.ts';

type Deps = { vault: Vault; db: Db; scanner: () => Promise<Scanner> };

const commentNotFound = () => new AppError('NOT_FOUND', 'Comment not found');

/** The reviewer's words are checked before anything is written; a refusal is logged with counts only. */
async function checkBody(
  deps: Deps,
  input: { upload: Upload; audit: AuditBase },
  action: 'review.comment' | 'review.comment_edit',
  body: string,
) {
  try {
    await checkReviewerWords(deps, { teamId: input.upload.teamId!, texts: { body } });
  } catch (err) {
    if (err instanceof AppError && err.code === 'COMMENT_REJECTED') {
      await logRefusal(deps.db, input, action, blockingCount(err));
    }
    throw err;
  }
}

/**
 * Who may write on the upload now: its team's reviewers while the review is in progress; its
 * therapist (replying) once the review came back to them.
 */
async function checkMayComment(db: Db, upload: Upload, actor: Actor): Promise<void> {
  if (upload.status !== 'accepted')
    throw new AppError('CONFLICT', 'Only an accepted upload can be commented on.');
  const state = (await findReview(db, upload.id))?.state ?? 'unreviewed';
  if (isReviewerOf(actor, upload)) {
    if (state !== 'in_review') {
      throw new AppError('CONFLICT', 'Start (or reopen) the review before commenting.', {
        details: { state },
      });
    }
  } else if (!publishedStates.includes(state)) {
    throw new AppError('CONFLICT', 'You can reply once the review has been returned or completed.', {
      details: { state },
    });
  }
}

function checkPlacement(upload: Upload, input: CommentInput): void {
  const recording = upload.kind !== null && isRecordingKind(upload.kind);
  if (input.startMs !== undefined && !recording) {
    throw new AppError('VALIDATION_FAILED', 'Invalid request: startMs: a document is commented on by page');
  }
  if (input.page !== undefined && recording) {
    throw new AppError('VALIDATION_FAILED', 'Invalid request: page: a recording is commented on by time');
  }
  const end = input.endMs ?? input.startMs;
  if (end !== undefined && upload.durationMs !== null && end > upload.durationMs) {
    throw new AppError('VALIDATION_FAILED', 'Invalid request: startMs/endMs: past the end of the recording');
  }
}

/** POST /api/uploads/:id/comments after the policy check. */
export async function createComment(
  deps: Deps,
  input: { upload: Upload; actor: Actor; comment: CommentInput; audit: AuditBase },
): Promise<CommentView> {
  const { upload, actor, comment } = input;
  await checkMayComment(deps.db, upload, actor);
  checkPlacement(upload, comment);
  if (comment.parentId) {
    const [parent] = await deps.db
      .select({ id: reviewComments.id })
      .from(reviewComments)
      .where(and(eq(reviewComments.id, comment.parentId), eq(reviewComments.uploadId, upload.id)));
    if (!parent) throw commentNotFound();
  }
  await checkBody(deps, input, 'review.comment', comment.body);
  return deps.db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [row] = await tx
      .insert(reviewComments)
      .values({
        uploadId: upload.id,
        organizationId: upload.organizationId,
        teamId: upload.teamId!,
        authorId: actor.userId,
        authorRole: actor.role,
        parentId: comment.parentId ?? null,
        body: comment.body,
        startMs: comment.startMs ?? null,
        endMs: comment.endMs ?? null,
        page: comment.page ?? null,
        createdAt: input.audit.at,
      })
      .returning();
    await logReviewEntry(tx, input, 'review.comment', {
      commentId: row!.id,
      reply: comment.parentId !== undefined,
      at: comment.startMs !== undefined ? 'time' : comment.page !== undefined ? 'page' : 'whole',
    });
    return commentView(row!, await authorName(tx, actor.userId), {
      userId: actor.userId,
      now: input.audit.at,
    });
  });
}

/**
 * GET /api/uploads/:id/comments after the policy check. Reviewers (and an admin under a grant) see
 * every comment; the therapist sees what was written up to the latest return or completion (never a
 * draft of a review in progress) and their own replies.
 */
export async function listComments(
  db: Db,
  input: { upload: Upload; actor: Actor; audit: AuditBase; grantId?: string },
): Promise<CommentView[]> {
  const { upload, actor } = input;
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const conditions = [eq(reviewComments.uploadId, upload.id)];
    if (!isReviewerOf(actor, upload) && actor.role !== 'admin') {
      const review = await findReview(tx, upload.id);
      const published = review?.publishedAt;
      const visible = published
        ? or(lte(reviewComments.createdAt, published), eq(reviewComments.authorId, actor.userId))
        : eq(reviewComments.authorId, actor.userId);
      conditions.push(visible!);
    }
    const rows = await tx
      .select({ comment: reviewComments, name: users.name })
      .from(reviewComments)
      .innerJoin(users, eq(users.id, reviewComments.authorId))
      .where(and(...conditions))
      .orderBy(
        asc(reviewComments.startMs),
        asc(reviewComments.page),
        asc(reviewComments.createdAt),
        asc(reviewComments.id),
      );
    await logReviewEntry(tx, input, 'review.comment_list', {
      count: rows.length,
      ...(input.grantId ? { grantId: input.grantId } : {}),
    });
    return rows.map((r) => commentView(r.comment, r.name, { userId: actor.userId, now: input.audit.at }));
  });
}

/** The author's own live comment still inside its edit window, or the reason it is not. */
async function ownEditable(
  db: Db,
  input: { upload: Upload; actor: Actor; commentId: string; audit: AuditBase },
) {
  const [row] = await db
    .select()
    .from(reviewComments)
    .where(and(eq(reviewComments.id, input.commentId), eq(reviewComments.uploadId, input.upload.id)));
  if (!row || row.deletedAt) throw commentNotFound();
  if (row.authorId !== input.actor.userId)
    throw new AppError('FORBIDDEN', 'Only its author can change a comment');
  if (row.createdAt.getTime() + COMMENT_EDIT_WINDOW_MS <= input.audit.at.getTime()) {
    throw new AppError(
      'CONFLICT',
      'A comment can be changed only in the first 15 minutes after it was written.',
      {
        details: { reason: 'edit_window_closed' },
      },
    );
  }
  return row;
}

/**
 * The earlier text survives only as a keyed hash in the access-log entry (HMAC-SHA-256 under a key the
 * vault derives for this purpose): whoever holds the text can prove what it was; the log reveals nothing.
 */
async function textHash(vault: Vault, text: string): Promise<{ keyId: string; hash: string }> {
  const derived = await vault.keys.deriveKey('review-comment-history');
  const key = await crypto.subtle.importKey('raw', derived.key, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text));
  return { keyId: derived.keyId, hash: Buffer.from(mac).toString('hex') };
}

/** Conditional on the window and on the row being unchanged since it was read: otherwise 409. */
const stillEditable = (id: string, body: string, now: Date) =>
  and(
    eq(reviewComments.id, id),
    eq(reviewComments.body, body),
    isNull(reviewComments.deletedAt),
    gt(reviewComments.createdAt, new Date(now.getTime() - COMMENT_EDIT_WINDOW_MS)),
  );
const changed = () => new AppError('CONFLICT', 'The comment changed meanwhile; reload it and try again.');

/** PATCH /api/uploads/:id/comments/:commentId after the policy check: the author, within 15 minutes. */
export async function editComment(
  deps: Deps,
  input: { upload: Upload; actor: Actor; commentId: string; body: string; audit: AuditBase },
): Promise<CommentView> {
  const row = await ownEditable(deps.db, input);
  await checkBody(deps, input, 'review.comment_edit', input.body);
  const previous = await textHash(deps.vault, row.body!);
  return deps.db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [updated] = await tx
      .update(reviewComments)
      .set({ body: input.body, editedAt: input.audit.at })
      .where(stillEditable(row.id, row.body!, input.audit.at))
      .returning();
    if (!updated) throw changed();
    await logReviewEntry(tx, input, 'review.comment_edit', {
      commentId: row.id,
      previousHash: previous.hash,
      keyId: previous.keyId,
    });
    return commentView(updated, await authorName(tx, input.actor.userId), {
      userId: input.actor.userId,
      now: input.audit.at,
    });
  });
}

/** DELETE /api/uploads/:id/comments/:commentId: the body goes; the row stays so replies keep their place. */
export async function deleteComment(
  deps: Deps,
  input: { upload: Upload; actor: Actor; commentId: string; audit: AuditBase },
): Promise<void> {
  const row = await ownEditable(deps.db, input);
  const previous = await textHash(deps.vault, row.body!);
  await deps.db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [deleted] = await tx
      .update(reviewComments)
      .set({ body: null, deletedAt: input.audit.at })
      .where(stillEditable(row.id, row.body!, input.audit.at))
      .returning({ id: reviewComments.id });
    if (!deleted) throw changed();
    await logReviewEntry(tx, input, 'review.comment_delete', {
      commentId: row.id,
      previousHash: previous.hash,
      keyId: previous.keyId,
    });
  });
}

async function authorName(db: Db, userId: string): Promise<string> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? '';
}
