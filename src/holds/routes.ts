import { createRoute, z } from '@hono/zod-openapi';
import { auditFieldsFrom } from '../audit/request.ts';
import { errorResponses } from '../auth/schemas.ts';
import { allow, authorize } from '../authz/authorize.ts';
import { notFound } from '../authz/not-found.ts';
import { createRouter } from '../http/router.ts';
import { findHold, HOLD_MIN_REASON, holdView, listHolds, placeHold, releaseHold } from './service.ts';
import { legalHoldScopes } from './tables.ts';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['legal-holds'];
const Reason = z.string().trim().min(HOLD_MIN_REASON).max(2000);

const Hold = z
  .object({
    id: z.uuid(),
    scope: z.enum(legalHoldScopes),
    targetId: z.uuid(),
    reason: z.string(),
    createdBy: z.uuid(),
    createdAt: z.string(),
    active: z.boolean(),
    releasedAt: z.string().nullable(),
    releasedBy: z.uuid().nullable(),
    releaseReason: z.string().nullable(),
  })
  .openapi('LegalHold');

const place = createRoute({
  method: 'post',
  path: '/',
  tags,
  middleware: [allow('legal_hold.set')],
  summary: 'Hold an upload, or every upload of a user or a team: nothing held is disposed or deleted',
  request: {
    body: {
      required: true,
      ...json(z.object({ scope: z.enum(legalHoldScopes), targetId: z.uuid(), reason: Reason }).strict()),
    },
  },
  responses: { 201: { description: 'Placed', ...json(Hold) }, ...errorResponses(400, 401, 403, 404) },
});

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  middleware: [allow('legal_hold.list')],
  summary: "The organization's holds, active first",
  request: { query: z.object({ active: z.enum(['true', 'false']).optional() }) },
  responses: {
    200: { description: 'Holds', ...json(z.object({ holds: z.array(Hold) })) },
    ...errorResponses(401, 403),
  },
});

const release = createRoute({
  method: 'post',
  path: '/{id}/release',
  tags,
  middleware: [allow('legal_hold.release')],
  summary: 'Release a hold (retention applies again from the next run)',
  request: {
    params: z.object({ id: z.uuid() }),
    body: { required: true, ...json(z.object({ reason: Reason }).strict()) },
  },
  responses: { 200: { description: 'Released', ...json(Hold) }, ...errorResponses(400, 401, 403, 404, 409) },
});

export const holdRoutes = createRouter()
  .openapi(place, async (c) => {
    const { actor } = await authorize(c, 'legal_hold.set', {
      type: 'organization',
      id: c.get('actor').organizationId,
    });
    const body = c.req.valid('json');
    const { db, clock } = c.get('deps');
    const hold = await placeHold(db, {
      organizationId: actor.organizationId,
      adminId: actor.userId,
      ...body,
      now: clock.now(),
      audit: auditFieldsFrom(c),
    });
    return c.json(holdView(hold), 201);
  })
  .openapi(list, async (c) => {
    const { actor } = await authorize(c, 'legal_hold.list', {
      type: 'organization',
      id: c.get('actor').organizationId,
    });
    const onlyActive = c.req.valid('query').active === 'true';
    return c.json({ holds: await listHolds(c.get('deps').db, actor.organizationId, onlyActive) }, 200);
  })
  .openapi(release, async (c) => {
    const { id } = c.req.valid('param');
    const { db, clock } = c.get('deps');
    const existing = await findHold(db, id);
    if (!existing) throw notFound('legal_hold');
    const { actor } = await authorize(c, 'legal_hold.release', {
      type: 'legal_hold',
      id,
      organizationId: existing.organizationId,
    });
    const hold = await releaseHold(db, {
      organizationId: actor.organizationId,
      holdId: id,
      adminId: actor.userId,
      reason: c.req.valid('json').reason,
      now: clock.now(),
      audit: auditFieldsFrom(c),
    });
    return c.json(holdView(hold), 200);
  });
