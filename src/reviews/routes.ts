import { createRoute, z } from '@hono/zod-openapi';
import { auditFieldsFrom } from '../audit/request.ts';
import { currentActor } from '../auth/middleware.ts';
import { errorResponses } from '../auth/schemas.ts';
import { allow, authorize } from '../authz/authorize.ts';
import { notFound } from '../authz/not-found.ts';
import { createRouter } from '../http/router.ts';
import { findTeamById } from '../orgs/service.ts';
import { uploadKinds } from '../uploads/tables.ts';
import { UploadSchema, uploadView } from '../uploads/views.ts';
import { listReviewQueue } from './queue.ts';
import { summarizeReviews } from './summary.ts';
import { reviewStates } from './tables.ts';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['reviews'];
const Counts = z.object(
  Object.fromEntries(reviewStates.map((s) => [s, z.number()])) as Record<
    (typeof reviewStates)[number],
    z.ZodNumber
  >,
);

const QueueItem = z
  .object({
    upload: UploadSchema,
    ownerName: z.string(),
    teamName: z.string(),
    review: z.object({
      state: z.enum(reviewStates),
      startedBy: z.uuid().nullable(),
      startedAt: z.string().nullable(),
      returnedAt: z.string().nullable(),
      completedAt: z.string().nullable(),
    }),
  })
  .openapi('ReviewQueueItem');

const queue = createRoute({
  method: 'get',
  path: '/',
  tags,
  middleware: [allow('review.list')],
  summary:
    'The review queue: accepted uploads the caller may review (a therapist: their own), unreviewed first, oldest first',
  request: {
    query: z.object({
      team: z.uuid().optional(),
      state: z.enum(reviewStates).optional(),
      kind: z.enum(uploadKinds).optional(),
      owner: z.uuid().optional(),
      cursor: z.string().max(300).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    200: {
      description: 'One page, and the counts per state of the whole filtered queue',
      ...json(z.object({ items: z.array(QueueItem), counts: Counts, nextCursor: z.string().nullable() })),
    },
    ...errorResponses(400, 401, 403),
  },
});

const isoTime = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((v) => new Date(v));

const summary = createRoute({
  method: 'get',
  path: '/summary',
  tags,
  middleware: [allow('review.summary')],
  summary: "A team's reviews: counts by state, median time to review, mean score per rubric item",
  request: { query: z.object({ team: z.uuid(), from: isoTime.optional(), to: isoTime.optional() }) },
  responses: {
    200: {
      description: 'Figures only',
      ...json(
        z
          .object({
            teamId: z.uuid(),
            from: z.string().nullable(),
            to: z.string().nullable(),
            counts: Counts,
            reviewed: z.number(),
            medianTimeToReviewMs: z.number().nullable(),
            rubrics: z.array(
              z.object({
                rubricId: z.uuid(),
                version: z.number(),
                name: z.string(),
                reviews: z.number(),
                items: z.array(
                  z.object({
                    id: z.string(),
                    label: z.string(),
                    mean: z.number().nullable(),
                    scored: z.number(),
                  }),
                ),
              }),
            ),
          })
          .openapi('ReviewSummary'),
      ),
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

export const reviewRoutes = createRouter()
  .openapi(queue, async (c) => {
    const q = c.req.valid('query');
    const actor = currentActor(c);
    const page = await listReviewQueue(c.get('deps').db, {
      actor,
      filter: { team: q.team, state: q.state, kind: q.kind, owner: q.owner },
      cursor: q.cursor,
      limit: q.limit,
      audit: auditFieldsFrom(c),
    });
    const items = page.rows.map((r) => ({
      upload: uploadView(r.upload, { withFindings: false }),
      ownerName: r.ownerName,
      teamName: r.teamName,
      review: {
        state: r.review?.state ?? ('unreviewed' as const),
        startedBy: r.review?.startedBy ?? null,
        startedAt: r.review?.startedAt.toISOString() ?? null,
        returnedAt: r.review?.returnedAt?.toISOString() ?? null,
        completedAt: r.review?.completedAt?.toISOString() ?? null,
      },
    }));
    return c.json({ items, counts: page.counts, nextCursor: page.nextCursor }, 200);
  })
  .openapi(summary, async (c) => {
    const q = c.req.valid('query');
    const { db } = c.get('deps');
    const team = await findTeamById(db, q.team);
    if (!team) throw notFound('team');
    await authorize(c, 'review.summary', { type: 'team', id: team.id, organizationId: team.organizationId });
    const figures = await summarizeReviews(db, {
      teamId: team.id,
      from: q.from,
      to: q.to,
      audit: auditFieldsFrom(c),
    });
    return c.json(figures, 200);
  });
