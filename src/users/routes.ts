import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { auditFieldsFrom } from '../audit/request.ts';
import { errorResponses, RoleSchema, UserSchema } from '../auth/schemas.ts';
import { allow, authorize } from '../authz/authorize.ts';
import { notFound } from '../authz/not-found.ts';
import type { AppEnv } from '../http/app-env.ts';
import { createRouter } from '../http/router.ts';
import {
  createAccount,
  findUserById,
  issuePasswordReset,
  listUsers,
  updateAccount,
  viewUserAsAdmin,
} from './service.ts';
import type { User } from './tables.ts';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['users'];

const AdminUser = UserSchema.extend({
  disabled: z.boolean(),
  mfaEnrolled: z.boolean(),
  createdAt: z.string(),
}).openapi('AdminUser');
const OneTimeToken = z
  .object({ token: z.string(), expiresAt: z.string() })
  .openapi('OneTimeToken', { description: 'Shown once; only its hash is stored' });
const IdParam = z.object({ id: z.uuid() });

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  middleware: [allow('user.list')],
  summary: "The organization's users",
  responses: {
    200: { description: 'Users', ...json(z.object({ users: z.array(AdminUser) })) },
    ...errorResponses(401, 403),
  },
});

const create = createRoute({
  method: 'post',
  path: '/',
  tags,
  middleware: [allow('user.create')],
  summary: 'Create a user; returns a one-time invitation token for setting the password',
  request: {
    body: {
      required: true,
      ...json(
        z.object({
          email: z.email().max(320),
          name: z.string().trim().min(1).max(200),
          role: RoleSchema,
          teams: z.array(z.uuid()).max(100).default([]),
        }),
      ),
    },
  },
  responses: {
    201: { description: 'Created', ...json(z.object({ user: AdminUser, invitation: OneTimeToken })) },
    ...errorResponses(400, 401, 403, 409),
  },
});

const update = createRoute({
  method: 'patch',
  path: '/{id}',
  tags,
  middleware: [allow('user.update')],
  summary: "Change a user's name, role, teams or disabled flag (disabling ends their sessions)",
  request: {
    params: IdParam,
    body: {
      required: true,
      ...json(
        z
          .object({
            name: z.string().trim().min(1).max(200),
            role: RoleSchema,
            teams: z.array(z.uuid()).max(100),
            disabled: z.boolean(),
          })
          .partial()
          .strict()
          .refine((p) => Object.keys(p).length > 0, 'name at least one field to change'),
      ),
    },
  },
  responses: {
    200: { description: 'Updated', ...json(AdminUser) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const reset = createRoute({
  method: 'post',
  path: '/{id}/reset',
  tags,
  middleware: [allow('user.reset')],
  summary: 'Issue a one-time password-reset token (24 h)',
  request: { params: IdParam },
  responses: { 201: { description: 'Issued', ...json(OneTimeToken) }, ...errorResponses(401, 403, 404) },
});

/** Loads the user whatever their organization, so the policy (not a query filter) decides 404 and logs it. */
async function loadUser(c: Context<AppEnv>, id: string): Promise<User> {
  const user = await findUserById(c.get('deps').db, id);
  if (!user) throw notFound('user');
  return user;
}

export const userRoutes = createRouter()
  .openapi(list, async (c) => {
    const { actor } = await authorize(c, 'user.list', {
      type: 'organization',
      id: c.get('actor').organizationId,
    });
    return c.json({ users: await listUsers(c.get('deps').db, actor.organizationId) }, 200);
  })
  .openapi(create, async (c) => {
    const { actor } = await authorize(c, 'user.create', {
      type: 'organization',
      id: c.get('actor').organizationId,
    });
    const input = c.req.valid('json');
    const { db, clock } = c.get('deps');
    const { user, invitation } = await createAccount(db, {
      organizationId: actor.organizationId,
      email: input.email,
      name: input.name,
      role: input.role,
      teamIds: input.teams,
      createdBy: actor.userId,
      now: clock.now(),
      audit: auditFieldsFrom(c),
    });
    return c.json(
      {
        user: await viewUserAsAdmin(db, user),
        invitation: { token: invitation!.token, expiresAt: invitation!.expiresAt.toISOString() },
      },
      201,
    );
  })
  .openapi(update, async (c) => {
    const { id } = c.req.valid('param');
    const target = await loadUser(c, id);
    const { actor } = await authorize(c, 'user.update', {
      type: 'user',
      id,
      organizationId: target.organizationId,
    });
    const patch = c.req.valid('json');
    const { db, clock } = c.get('deps');
    const user = await updateAccount(db, {
      organizationId: actor.organizationId,
      userId: id,
      patch: { name: patch.name, role: patch.role, teamIds: patch.teams, disabled: patch.disabled },
      actorId: actor.userId,
      now: clock.now(),
      audit: auditFieldsFrom(c),
    });
    return c.json(await viewUserAsAdmin(db, user), 200);
  })
  .openapi(reset, async (c) => {
    const { id } = c.req.valid('param');
    const target = await loadUser(c, id);
    const { actor } = await authorize(c, 'user.reset', {
      type: 'user',
      id,
      organizationId: target.organizationId,
    });
    const { db, clock } = c.get('deps');
    const issued = await issuePasswordReset(db, {
      organizationId: actor.organizationId,
      userId: id,
      createdBy: actor.userId,
      now: clock.now(),
      audit: auditFieldsFrom(c),
    });
    return c.json({ token: issued.token, expiresAt: issued.expiresAt.toISOString() }, 201);
  });
