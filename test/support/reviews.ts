import { eq } from 'drizzle-orm';
import { reviewComments, reviews } from '../../src/reviews/tables.ts';
import type { RubricInput } from '../../src/rubrics/schemas.ts';
import { createRubric } from '../../src/rubrics/service.ts';
import { type Upload, uploads } from '../../src/uploads/tables.ts';
import type { Role } from '../../src/users/tables.ts';
import { call, signedInUser } from './auth.ts';
import type { TestContext } from './context.ts';
import { createOrganization, createTeam } from './factories.ts';
import { insertAcceptedUpload } from './uploads.ts';

/**
 * Review fixtures written straight to the database, for tests about who may do what (the route ×
 * role matrix) rather than about the workflow itself, which goes through the API.
 */

const system = (ctx: TestContext, organizationId: string) => ({
  at: ctx.clock.now(),
  actorRole: 'system',
  organizationId,
});

/** Puts an accepted upload in review, started by `reviewerId`. */
export async function startedReview(ctx: TestContext, upload: Upload, reviewerId: string) {
  const now = ctx.clock.now();
  await ctx.deps.db.update(uploads).set({ reviewStartedAt: now }).where(eq(uploads.id, upload.id));
  const [row] = await ctx.deps.db
    .insert(reviews)
    .values({
      uploadId: upload.id,
      organizationId: upload.organizationId,
      teamId: upload.teamId!,
      state: 'in_review',
      startedBy: reviewerId,
      startedAt: now,
      updatedAt: now,
    })
    .returning();
  return row!;
}

/** A comment on an upload by `authorId` (a reviewer), written now. */
export async function insertComment(
  ctx: TestContext,
  upload: Upload,
  authorId: string,
  body = 'Good pacing here.',
) {
  const [row] = await ctx.deps.db
    .insert(reviewComments)
    .values({
      uploadId: upload.id,
      organizationId: upload.organizationId,
      teamId: upload.teamId!,
      authorId,
      authorRole: 'supervisor',
      body,
      startMs: 0,
      endMs: 500,
      createdAt: ctx.clock.now(),
    })
    .returning();
  return row!;
}

export const twoItemRubric: RubricInput = {
  name: 'Two questions',
  appliesTo: ['session_recording', 'paperwork'],
  items: [
    { id: 'pace', label: 'Pacing', scale: { min: 1, max: 5 } },
    { id: 'plan', label: 'Plan agreed', scale: { min: 0, max: 3, labels: { '0': 'No', '3': 'Fully' } } },
  ],
};

/** A rubric of the organization, created as an admin would (through the service). */
export async function insertRubric(
  ctx: TestContext,
  organizationId: string,
  actorId: string,
  rubric = twoItemRubric,
) {
  return createRubric(ctx.deps.db, { organizationId, actorId, rubric, audit: system(ctx, organizationId) });
}

/**
 * An organization with one team and a signed-in therapist, supervisor, consultant and admin, plus a
 * supervisor of another team — the cast of the review tests — and a way to add accepted uploads.
 */
export async function reviewTeam(ctx: TestContext) {
  const db = ctx.deps.db;
  const org = await createOrganization(db);
  const team = await createTeam(db, org.id);
  const otherTeam = await createTeam(db, org.id);
  const as = (role: Role, teamIds: string[] = [team.id]) =>
    signedInUser(ctx, { role, organizationId: org.id, teamIds: role === 'admin' ? [] : teamIds });
  const [therapist, supervisor, consultant, admin, outsider] = await Promise.all([
    as('therapist'),
    as('supervisor'),
    as('consultant'),
    as('admin'),
    as('supervisor', [otherTeam.id]),
  ]);
  return {
    org,
    team,
    otherTeam,
    therapist: therapist!,
    supervisor: supervisor!,
    consultant: consultant!,
    admin: admin!,
    outsider: outsider!,
    /** An accepted upload of the therapist (a recording unless `kind` says otherwise). */
    upload: (kind: Upload['kind'] = 'session_recording') =>
      insertAcceptedUpload(ctx, {
        organizationId: org.id,
        teamId: team.id,
        ownerId: therapist!.user.id,
        kind,
      }),
  };
}

/** POST /api/uploads/:id/review with an action. */
export const reviewAction = (
  ctx: TestContext,
  cookie: string,
  uploadId: string,
  body: Record<string, unknown>,
) => call(ctx, 'POST', `/api/uploads/${uploadId}/review`, body, cookie);

/** Moves the test clock on in steps, keeping the given sessions alive (they end after 15 idle minutes). */
export async function advanceKeepingSessions(ctx: TestContext, cookies: string[], ms: number) {
  for (let left = ms; left > 0; left -= 5 * 60_000) {
    ctx.clock.advance(Math.min(left, 5 * 60_000));
    for (const cookie of cookies) await call(ctx, 'GET', '/api/auth/me', undefined, cookie);
  }
}
