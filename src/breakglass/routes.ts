import { createRoute, z } from '@hono/zod-openapi';
import { auditFieldsFrom } from '../audit/request.ts';
import { errorResponses } from '../auth/schemas.ts';
import { allow, authorize } from '../authz/authorize.ts';
import { notFound } from '../authz/not-found.ts';
import { createRouter } from '../http/router.ts';
import {
  BREAKGLASS_DEFAULT_MINUTES,
  BREAKGLASS_MAX_MINUTES,
  BREAKGLASS_MIN_REASON,
  findGrantById,
  grantBreakglass,
  listBreakglass,
  revokeBreakglass,
} from './service.ts';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['break-glass'];

const Grant = z
  .object({
    id: z.uuid(),
    admin: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
    reason: z.string(),
    teamId: z.uuid().nullable(),
    uploadIds: z.array(z.uuid()),
    createdAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    active: z.boolean(),
  })
  .openapi('BreakglassGrant');

const grant = createRoute({
  method: 'post',
  path: '/',
  tags,
  middleware: [allow('breakglass.grant')],
  summary: "Emergency access to a team's or named uploads' content, time-boxed and visible to all admins",
  request: {
    body: {
      required: true,
      ...json(
        z
          .object({
            reason: z.string().trim().min(BREAKGLASS_MIN_REASON).max(2000),
            minutes: z.number().int().min(1).max(BREAKGLASS_MAX_MINUTES).default(BREAKGLASS_DEFAULT_MINUTES),
            teamId: z.uuid().optional(),
            uploadIds: z.array(z.uuid()).min(1).max(100).optional(),
          })
          .strict()
          .refine((b) => (b.teamId === undefined) !== (b.uploadIds === undefined), {
            message: 'name either teamId or uploadIds',
            path: ['teamId'],
          }),
      ),
    },
  },
  responses: { 201: { description: 'Granted', ...json(Grant) }, ...errorResponses(400, 401, 403, 404) },
});

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  middleware: [allow('breakglass.list')],
  summary: 'Active grants and those of the last 30 days, from every admin of the organization',
  responses: {
    200: { description: 'Grants', ...json(z.object({ grants: z.array(Grant) })) },
    ...errorResponses(401, 403),
  },
});

const revoke = createRoute({
  method: 'post',
  path: '/{id}/revoke',
  tags,
  middleware: [allow('breakglass.revoke')],
  summary: 'End a grant early',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: { description: 'Revoked', ...json(Grant) }, ...errorResponses(401, 403, 404, 409) },
});

export const breakglassRoutes = createRouter()
  .openapi(grant, async (c) => {
    const { actor } = await authorize(c, 'breakglass.grant', {
      type: 'organization',
      id: c.get('actor').organizationId,
    });
    const body = c.req.valid('json');
    const { db, clock } = c.get('deps');
    const now = clock.now();
    const created = await grantBreakglass(db, {
      organizationId: actor.organizationId,
      adminId: actor.userId,
      reason: body.reason,
      minutes: body.minutes,
      teamId: body.teamId,
      uploadIds: body.uploadIds,
      now,
      audit: auditFieldsFrom(c),
    });
    const [view] = await listBreakglass(db, actor.organizationId, now, created.id);
    return c.json(view!, 201);
  })
  .openapi(list, async (c) => {
    const { actor } = await authorize(c, 'breakglass.list', {
      type: 'organization',
      id: c.get('actor').organizationId,
    });
    const { db, clock } = c.get('deps');
    return c.json({ grants: await listBreakglass(db, actor.organizationId, clock.now()) }, 200);
  })
  .openapi(revoke, async (c) => {
    const { id } = c.req.valid('param');
    const { db, clock } = c.get('deps');
    const existing = await findGrantById(db, id);
    if (!existing) throw notFound('breakglass');
    const { actor } = await authorize(c, 'breakglass.revoke', {
      type: 'breakglass',
      id,
      organizationId: existing.organizationId,
    });
    const now = clock.now();
    await revokeBreakglass(db, {
      organizationId: actor.organizationId,
      grantId: id,
      adminId: actor.userId,
      now,
      audit: auditFieldsFrom(c),
    });
    const [view] = await listBreakglass(db, actor.organizationId, now, id);
    return c.json(view!, 200);
  });
