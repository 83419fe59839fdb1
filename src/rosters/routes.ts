import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { auditFieldsFrom } from '../audit/request.ts';
import { errorResponses } from '../auth/schemas.ts';
import { allow, authorize } from '../authz/authorize.ts';
import { notFound } from '../authz/not-found.ts';
import type { PolicyAction } from '../authz/policy.ts';
import type { AppEnv } from '../http/app-env.ts';
import { createRouter } from '../http/router.ts';
import { findTeamById } from '../orgs/service.ts';
import {
  addRosterEntries,
  deleteRosterEntry,
  listRosterEntries,
  MAX_ROSTER_ENTRIES_PER_REQUEST,
  MAX_ROSTER_VALUE_CHARS,
} from './service.ts';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['rosters'];

const Entry = z
  .object({
    id: z.uuid(),
    kind: z.enum(['person', 'place']),
    masked: z.string().openapi({ example: 'J•••n T•••s' }),
    createdBy: z.uuid(),
    createdAt: z.string(),
  })
  .openapi('RosterEntry');
const Counts = z.object({ people: z.number().int(), places: z.number().int() }).openapi('RosterCounts');

// Messages name the rule, never the value: the value is a client's name.
const value = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_ROSTER_VALUE_CHARS, `must be at most ${MAX_ROSTER_VALUE_CHARS} characters`)
  .refine((v) => !/\p{Cc}/u.test(v), 'must not contain control characters');
const RosterInput = z
  .object({ people: z.array(value).default([]), places: z.array(value).default([]) })
  .strict()
  .refine((b) => b.people.length + b.places.length > 0, { message: 'name at least one entry' })
  .refine((b) => b.people.length + b.places.length <= MAX_ROSTER_ENTRIES_PER_REQUEST, {
    message: `at most ${MAX_ROSTER_ENTRIES_PER_REQUEST} entries per request`,
  })
  .openapi('RosterInput', {
    example: { people: ['Jason Thomas', 'Jay'], places: ['Lincoln Middle School'] },
  });

const params = z.object({ id: z.uuid() });

const add = createRoute({
  method: 'post',
  path: '/{id}/roster',
  tags,
  middleware: [allow('roster.add')],
  summary: "Add client names and places to a team's roster (stored sealed; shown masked)",
  request: { params, body: { required: true, ...json(RosterInput) } },
  responses: {
    201: {
      description: 'Added (entries already on the roster are skipped)',
      ...json(z.object({ added: z.array(Entry), skipped: z.number().int(), counts: Counts })),
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

const list = createRoute({
  method: 'get',
  path: '/{id}/roster',
  tags,
  middleware: [allow('roster.list')],
  summary: "The team's roster, masked, with counts",
  request: { params },
  responses: {
    200: { description: 'Masked entries', ...json(z.object({ entries: z.array(Entry), counts: Counts })) },
    ...errorResponses(401, 403, 404),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/{id}/roster/{entryId}',
  tags,
  middleware: [allow('roster.delete')],
  summary: 'Remove an entry; its sealed value is destroyed',
  request: { params: params.extend({ entryId: z.uuid() }) },
  responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
});

/** The team, checked against the policy for `action` (404 when it does not exist or is not the caller's). */
async function authorizeTeam(c: Context<AppEnv>, action: PolicyAction, teamId: string) {
  const team = await findTeamById(c.get('deps').db, teamId);
  if (!team) throw notFound('team');
  return authorize(c, action, { type: 'team', id: team.id, organizationId: team.organizationId });
}

/** Mounted under /api/teams beside the team routes. */
export const rosterRoutes = createRouter()
  .openapi(add, async (c) => {
    const { id } = c.req.valid('param');
    const { actor } = await authorizeTeam(c, 'roster.add', id);
    const { people, places } = c.req.valid('json');
    const { db, vault, clock } = c.get('deps');
    const result = await addRosterEntries(vault, db, {
      teamId: id,
      people,
      places,
      actorId: actor.userId,
      now: clock.now(),
      audit: auditFieldsFrom(c),
    });
    return c.json(result, 201);
  })
  .openapi(list, async (c) => {
    const { id } = c.req.valid('param');
    await authorizeTeam(c, 'roster.list', id);
    return c.json(await listRosterEntries(c.get('deps').db, { teamId: id, audit: auditFieldsFrom(c) }), 200);
  })
  .openapi(remove, async (c) => {
    const { id, entryId } = c.req.valid('param');
    const { actor } = await authorizeTeam(c, 'roster.delete', id);
    const { db, clock } = c.get('deps');
    await deleteRosterEntry(db, {
      teamId: id,
      entryId,
      actorId: actor.userId,
      now: clock.now(),
      audit: auditFieldsFrom(c),
    });
    return c.body(null, 204);
  });
