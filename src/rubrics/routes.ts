import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { auditFieldsFrom } from '../audit/request.ts';
import { errorResponses } from '../auth/schemas.ts';
import { allow, authorize } from '../authz/authorize.ts';
import type { PolicyAction } from '../authz/policy.ts';
import type { AppEnv } from '../http/app-env.ts';
import { createRouter } from '../http/router.ts';
import { exampleRubric } from './example.ts';
import { RubricInputSchema, RubricSchema } from './schemas.ts';
import { createRubric, listRubrics, readRubric, updateRubric } from './service.ts';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['rubrics'];
const IdParam = z.object({ id: z.uuid() });

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  middleware: [allow('rubric.list')],
  summary: "The organization's rubrics, each at its current version",
  responses: {
    200: { description: 'Rubrics', ...json(z.object({ rubrics: z.array(RubricSchema) })) },
    ...errorResponses(401, 403),
  },
});

const read = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  middleware: [allow('rubric.list')],
  summary: 'One rubric at its current version, or at `?version=`; lists all its version numbers',
  request: {
    params: IdParam,
    query: z.object({ version: z.coerce.number().int().min(1).optional() }),
  },
  responses: {
    200: { description: 'The rubric', ...json(RubricSchema.extend({ versions: z.array(z.number()) })) },
    ...errorResponses(400, 401, 403, 404),
  },
});

const create = createRoute({
  method: 'post',
  path: '/',
  tags,
  middleware: [allow('rubric.create')],
  summary: 'A new rubric (version 1)',
  request: { body: { required: true, ...json(RubricInputSchema) } },
  responses: { 201: { description: 'Created', ...json(RubricSchema) }, ...errorResponses(400, 401, 403) },
});

const example = createRoute({
  method: 'post',
  path: '/example',
  tags,
  middleware: [allow('rubric.create')],
  summary: "Install QA Vault's generic example rubric as a new rubric of the organization",
  responses: { 201: { description: 'Created', ...json(RubricSchema) }, ...errorResponses(401, 403) },
});

const update = createRoute({
  method: 'put',
  path: '/{id}',
  tags,
  middleware: [allow('rubric.update')],
  summary: 'Save the next version of a rubric; earlier versions, and reviews scored with them, stay',
  request: { params: IdParam, body: { required: true, ...json(RubricInputSchema) } },
  responses: {
    200: { description: 'The new version', ...json(RubricSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
});

/** Rubrics are always the caller's own organization's. */
const ownOrganization = (c: Context<AppEnv>, action: PolicyAction) =>
  authorize(c, action, { type: 'organization', id: c.get('actor').organizationId });

export const rubricRoutes = createRouter()
  .openapi(list, async (c) => {
    const { actor } = await ownOrganization(c, 'rubric.list');
    const found = await listRubrics(c.get('deps').db, {
      organizationId: actor.organizationId,
      audit: auditFieldsFrom(c),
    });
    return c.json({ rubrics: found }, 200);
  })
  .openapi(create, async (c) => {
    const { actor } = await ownOrganization(c, 'rubric.create');
    const rubric = await createRubric(c.get('deps').db, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      rubric: c.req.valid('json'),
      audit: auditFieldsFrom(c),
    });
    return c.json(rubric, 201);
  })
  .openapi(example, async (c) => {
    const { actor } = await ownOrganization(c, 'rubric.create');
    const rubric = await createRubric(c.get('deps').db, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      rubric: exampleRubric,
      audit: auditFieldsFrom(c),
    });
    return c.json(rubric, 201);
  })
  .openapi(read, async (c) => {
    const { actor } = await ownOrganization(c, 'rubric.list');
    const rubric = await readRubric(c.get('deps').db, {
      organizationId: actor.organizationId,
      rubricId: c.req.valid('param').id,
      version: c.req.valid('query').version,
      audit: auditFieldsFrom(c),
    });
    return c.json(rubric, 200);
  })
  .openapi(update, async (c) => {
    const { actor } = await ownOrganization(c, 'rubric.update');
    const rubric = await updateRubric(c.get('deps').db, {
      organizationId: actor.organizationId,
      rubricId: c.req.valid('param').id,
      actorId: actor.userId,
      rubric: c.req.valid('json'),
      audit: auditFieldsFrom(c),
    });
    return c.json(rubric, 200);
  });
