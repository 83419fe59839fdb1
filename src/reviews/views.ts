import { z } from '@hono/zod-openapi';
import type { Actor } from '../auth/actor.ts';
import { RubricSchema, type RubricView } from '../rubrics/schemas.ts';
import type { Upload } from '../uploads/tables.ts';
import { publishedStates } from './state.ts';
import { type Review, type ReviewState, reviewStates } from './tables.ts';

export const ReviewSchema = z
  .object({
    uploadId: z.uuid(),
    state: z.enum(reviewStates),
    startedBy: z.uuid().nullable(),
    startedAt: z.string().nullable(),
    decidedBy: z.uuid().nullable(),
    returnedAt: z.string().nullable(),
    completedAt: z.string().nullable(),
    /** The rubric version the scores belong to. */
    rubric: z.union([RubricSchema, z.null()]),
    scores: z.record(z.string(), z.number()).nullable(),
    summary: z.string().nullable(),
    /** A later upload of the therapist naming this one in `replaces`. */
    replacedBy: z.uuid().nullable(),
  })
  .openapi('Review');
export type ReviewView = z.infer<typeof ReviewSchema>;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Whether the actor reviews the upload's team (rather than only owning the upload). */
export const isReviewerOf = (actor: Actor, upload: Pick<Upload, 'teamId'>) =>
  (actor.role === 'supervisor' || actor.role === 'consultant') &&
  upload.teamId !== null &&
  actor.teamIds.includes(upload.teamId);

/**
 * What of a review the caller sees. Reviewers see everything, drafts included. The therapist sees
 * the outcome (rubric, scores, summary) only once it was returned or completed — never a draft of a
 * review in progress. An admin sees state and scores; the summary is content, read only under a
 * break-glass grant.
 */
export function reviewView(
  input: { upload: Upload; review: Review | undefined; rubric: RubricView | null; replacedBy: string | null },
  viewer: { actor: Actor; grantId?: string },
): ReviewView {
  const { review, upload } = input;
  const state: ReviewState = review?.state ?? 'unreviewed';
  const reviewer = isReviewerOf(viewer.actor, upload);
  const admin = viewer.actor.role === 'admin';
  const outcomeVisible = reviewer || admin || publishedStates.includes(state);
  const summaryVisible = admin ? viewer.grantId !== undefined : outcomeVisible;
  return {
    uploadId: upload.id,
    state,
    startedBy: review?.startedBy ?? null,
    startedAt: iso(review?.startedAt),
    decidedBy: review?.decidedBy ?? null,
    returnedAt: iso(review?.returnedAt),
    completedAt: iso(review?.completedAt),
    rubric: outcomeVisible ? input.rubric : null,
    scores: outcomeVisible ? (review?.scores ?? null) : null,
    summary: summaryVisible ? (review?.summary ?? null) : null,
    replacedBy: input.replacedBy,
  };
}
