import { createRoute, z } from '@hono/zod-openapi';
import { auditFieldsFrom } from '../audit/request.ts';
import { errorResponses } from '../auth/schemas.ts';
import { allow, authorize } from '../authz/authorize.ts';
import { notFound } from '../authz/not-found.ts';
import { createRouter } from '../http/router.ts';
import { setTeamStorageLocation, teamStorageView } from '../residency/service.ts';
import { createTeam, findTeamById, listTeams, renameTeam } from './service.ts';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['teams'];

const Team = z
  .object({
    id: z.uuid(),
    name: z.string(),
    memberCount: z.number().int(),
    storageLocation: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Team');
const TeamInput = z.object({ name: z.string().trim().min(1).max(200) }).strict();
/** A rename, a storage location (data residency: admins pin a team to a STORAGE_LOCATIONS name), or both. */
const TeamUpdate = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    storageLocation: z.string().min(1).max(32).optional(),
  })
  .strict()
  .refine((b) => b.name !== undefined || b.storageLocation !== undefined, {
    message: 'name or storageLocation is required',
  });
const TeamDetail = Team.extend({
  pinned: z.boolean(),
  objectsToMove: z.number().int(),
  storageLocation: z.string(),
});

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  middleware: [allow('team.list')],
  summary: "The organization's teams",
  responses: {
    200: { description: 'Teams', ...json(z.object({ teams: z.array(Team) })) },
    ...errorResponses(401, 403),
  },
});

const create = createRoute({
  method: 'post',
  path: '/',
  tags,
  middleware: [allow('team.create')],
  summary: 'Create a team',
  request: { body: { required: true, ...json(TeamInput) } },
  responses: { 201: { description: 'Created', ...json(Team) }, ...errorResponses(400, 401, 403, 409) },
});

const read = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  middleware: [allow('team.list')],
  summary: 'A team, with its storage location and any move still under way',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: { description: 'Team', ...json(TeamDetail) }, ...errorResponses(401, 403, 404) },
});

const update = createRoute({
  method: 'patch',
  path: '/{id}',
  tags,
  middleware: [allow('team.update')],
  summary: 'Rename a team or pin it to a storage location (its uploads are then moved there)',
  request: { params: z.object({ id: z.uuid() }), body: { required: true, ...json(TeamUpdate) } },
  responses: { 200: { description: 'Updated', ...json(Team) }, ...errorResponses(400, 401, 403, 404, 409) },
});

export const teamRoutes = createRouter()
  .openapi(read, async (c) => {
    const { id } = c.req.valid('param');
    const deps = c.get('deps');
    const existing = await findTeamById(deps.db, id);
    if (!existing) throw notFound('team');
    const { actor } = await authorize(c, 'team.list', {
      type: 'team',
      id,
      organizationId: existing.organizationId,
    });
    const [view] = await listTeams(deps.db, actor.organizationId, id);
    if (!view) throw notFound('team');
    return c.json({ ...view, ...(await teamStorageView(deps, existing)) }, 200);
  })
  .openapi(list, async (c) => {
    const { actor } = await authorize(c, 'team.list', {
      type: 'organization',
      id: c.get('actor').organizationId,
    });
    return c.json({ teams: await listTeams(c.get('deps').db, actor.organizationId) }, 200);
  })
  .openapi(create, async (c) => {
    const { actor } = await authorize(c, 'team.create', {
      type: 'organization',
      id: c.get('actor').organizationId,
    });
    const team = await createTeam(c.get('deps').db, {
      organizationId: actor.organizationId,
      name: c.req.valid('json').name,
      audit: auditFieldsFrom(c),
    });
    return c.json(
      {
        id: team.id,
        name: team.name,
        memberCount: 0,
        storageLocation: team.storageLocation,
        createdAt: team.createdAt.toISOString(),
      },
      201,
    );
  })
  .openapi(update, async (c) => {
    const { id } = c.req.valid('param');
    const { db } = c.get('deps');
    const existing = await findTeamById(db, id);
    if (!existing) throw notFound('team');
    const { actor } = await authorize(c, 'team.update', {
      type: 'team',
      id,
      organizationId: existing.organizationId,
    });
    const body = c.req.valid('json');
    if (body.name !== undefined) {
      await renameTeam(db, {
        organizationId: actor.organizationId,
        teamId: id,
        name: body.name,
        audit: auditFieldsFrom(c),
      });
    }
    if (body.storageLocation !== undefined) {
      await setTeamStorageLocation(c.get('deps'), {
        organizationId: actor.organizationId,
        teamId: id,
        location: body.storageLocation,
        audit: auditFieldsFrom(c),
      });
    }
    const [view] = await listTeams(db, actor.organizationId, id);
    if (!view) throw notFound('team');
    return c.json(view, 200);
  });
