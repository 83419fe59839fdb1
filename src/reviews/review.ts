import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { currentRubricVersion, rubricVersionById, rubricView } from '../rubrics/service.ts';
import type { RubricVersion } from '../rubrics/tables.ts';
import type { Scanner } from '../scan/scanner.ts';
import { type Upload, uploads } from '../uploads/tables.ts';
import type { AuditBase } from '../uploads/transitions.ts';
import type { Vault } from '../vault/vault.ts';
import { logRefusal, logReviewEntry } from './log.ts';
import { blockingCount, checkReviewerWords } from './scan-words.ts';
import { checkScores } from './scores.ts';
import { type ReviewAction, transitions } from './state.ts';
import { type Review, reviews, type storedReviewStates } from './tables.ts';
import { type ReviewView, reviewView } from './views.ts';

type Deps = { vault: Vault; db: Db; scanner: () => Promise<Scanner> };

export interface ReviewActionInput {
  action: ReviewAction;
  rubricId?: string;
  scores?: Record<string, number>;
  summary?: string;
}

const stale = (current: string) =>
  new AppError('CONFLICT', 'The review changed meanwhile; reload it and try again.', {
    details: { state: current },
  });

export async function findReview(db: Db, uploadId: string): Promise<Review | undefined> {
  const [row] = await db.select().from(reviews).where(eq(reviews.uploadId, uploadId));
  return row;
}

/** The live upload that names this one in `replaces`, if any (a rejected or failed attempt does not count). */
export async function replacementOf(db: Db, uploadId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: uploads.id })
    .from(uploads)
    .where(
      and(
        eq(uploads.replacesId, uploadId),
        notInArray(uploads.status, ['receiving', 'rejected', 'failed', 'deleted']),
      ),
    )
    .limit(1);
  return row?.id ?? null;
}

async function viewOf(
  db: Db,
  upload: Upload,
  review: Review | undefined,
  viewer: { actor: Actor; grantId?: string },
) {
  const found = review?.rubricVersionId ? await rubricVersionById(db, review.rubricVersionId) : undefined;
  const rubric = found ? rubricView(found.rubric, found.version) : null;
  return reviewView({ upload, review, rubric, replacedBy: await replacementOf(db, upload.id) }, viewer);
}

/** GET /api/uploads/:id/review after the policy check: the review as the caller may see it, logged. */
export async function readReview(
  db: Db,
  input: { upload: Upload; actor: Actor; audit: AuditBase; grantId?: string },
): Promise<ReviewView> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const view = await viewOf(tx, input.upload, await findReview(tx, input.upload.id), input);
    await logReviewEntry(tx, input, 'review.read', {
      state: view.state,
      ...(input.grantId ? { grantId: input.grantId } : {}),
    });
    return view;
  });
}

/**
 * The rubric version a decision is scored with: the one the review already has when the same rubric
 * is named again (a review keeps its version), else the rubric's current version, which must apply
 * to the upload's kind.
 */
async function rubricFor(db: Db, upload: Upload, review: Review | undefined, rubricId: string | undefined) {
  const kept = review?.rubricVersionId ? await rubricVersionById(db, review.rubricVersionId) : undefined;
  if (!rubricId || kept?.rubric.id === rubricId) return kept?.version;
  const version: RubricVersion = await currentRubricVersion(db, upload.organizationId, rubricId);
  if (upload.kind && !version.appliesTo.includes(upload.kind)) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Invalid request: rubricId: this rubric does not apply to this kind of upload',
    );
  }
  return version;
}

/**
 * POST /api/uploads/:id/review after the policy check. Every move is a conditional update on the
 * state it leaves, so a stale client (two reviewers starting at once, completing a review someone
 * reopened) gets 409 and changes nothing. A summary is scanned like an upload before anything is
 * written; a refusal is logged without any of its text.
 */
export async function actOnReview(
  deps: Deps,
  input: { upload: Upload; actor: Actor; request: ReviewActionInput; audit: AuditBase },
): Promise<ReviewView> {
  const { upload, actor, request } = input;
  const t = transitions[request.action];
  if (!t.decides && (request.rubricId || request.scores || request.summary !== undefined)) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Invalid request: ${request.action} takes no rubricId, scores or summary`,
    );
  }
  if (upload.status !== 'accepted' || !upload.teamId) {
    throw new AppError('CONFLICT', 'Only an accepted upload can be reviewed.', {
      details: { status: upload.status },
    });
  }
  const teamId = upload.teamId;
  const existing = await findReview(deps.db, upload.id);
  const current = existing?.state ?? 'unreviewed';
  if (!t.from.includes(current)) throw stale(current);

  const rubric = t.decides ? await rubricFor(deps.db, upload, existing, request.rubricId) : undefined;
  if (request.scores && !rubric) {
    throw new AppError('VALIDATION_FAILED', 'Invalid request: scores need a rubricId');
  }
  const scores = rubric
    ? checkScores(rubric.items, request.scores ?? existing?.scores ?? {}, {
        complete: request.action === 'complete',
      })
    : undefined;
  const summary = request.summary?.trim() || undefined;
  if (summary) {
    try {
      await checkReviewerWords(deps, { teamId, texts: { summary } });
    } catch (err) {
      if (err instanceof AppError && err.code === 'COMMENT_REJECTED') {
        await logRefusal(deps.db, input, t.audit, blockingCount(err));
      }
      throw err;
    }
  }

  return deps.db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const now = input.audit.at;
    // The upload must still be accepted when this commits; a concurrent delete waits for us or wins.
    const [live] = await tx
      .select({ id: uploads.id })
      .from(uploads)
      .where(and(eq(uploads.id, upload.id), eq(uploads.status, 'accepted')))
      .for('share');
    if (!live) throw new AppError('CONFLICT', 'Only an accepted upload can be reviewed.');
    let row: Review | undefined;
    if (request.action === 'start') {
      // Once started, the therapist may no longer delete the upload (src/authz/policy.ts, src/uploads/delete.ts).
      await tx
        .update(uploads)
        .set({
          reviewStartedAt: sql`coalesce(${uploads.reviewStartedAt}, ${now.toISOString()}::timestamptz)`,
        })
        .where(eq(uploads.id, upload.id));
      [row] = await tx
        .insert(reviews)
        .values({
          uploadId: upload.id,
          organizationId: upload.organizationId,
          teamId,
          state: 'in_review',
          startedBy: actor.userId,
          startedAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning();
    } else {
      [row] = await tx
        .update(reviews)
        .set({
          state: t.to,
          updatedAt: now,
          ...(t.decides
            ? {
                decidedBy: actor.userId,
                publishedAt: now,
                ...(request.action === 'complete' ? { completedAt: now } : { returnedAt: now }),
                ...(rubric ? { rubricVersionId: rubric.id, scores: scores ?? null } : {}),
                ...(request.summary !== undefined ? { summary: summary ?? null } : {}),
              }
            : {}),
        })
        .where(
          and(
            eq(reviews.uploadId, upload.id),
            inArray(reviews.state, t.from as (typeof storedReviewStates)[number][]),
          ),
        )
        .returning();
    }
    if (!row) throw stale((await findReview(tx, upload.id))?.state ?? 'unreviewed');
    await logReviewEntry(tx, input, t.audit, { from: current, to: row.state });
    if (rubric && request.scores) {
      await logReviewEntry(tx, input, 'review.score', {
        rubricVersionId: rubric.id,
        items: Object.keys(scores ?? {}).length,
      });
    }
    return viewOf(tx, upload, row, { actor });
  });
}
