import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { auditFieldsFrom } from '../audit/request.ts';
import { verifySecondFactor } from '../auth/mfa.ts';
import { currentSession } from '../auth/middleware.ts';
import { errorResponses } from '../auth/schemas.ts';
import { allow, authorize } from '../authz/authorize.ts';
import type { PolicyAction } from '../authz/policy.ts';
import type { AppEnv } from '../http/app-env.ts';
import { createRouter } from '../http/router.ts';
import { CLOSURE_MIN_REASON, closeOrganization, organizationView, reopenOrganization } from './service.ts';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['organization'];
const Organization = z
  .object({
    id: z.uuid(),
    name: z.string(),
    closed: z.boolean(),
    closedAt: z.string().nullable(),
    closedBy: z.uuid().nullable(),
    closeReason: z.string().nullable(),
    /** While closed: everything is kept at least until then (longer where a kind's rule says so). */
    keepUntil: z.string().nullable(),
  })
  .openapi('Organization');
/** A TOTP code from the admin's authenticator, checked now: closing and reopening want a fresh second factor. */
const Code = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'a 6-digit code from the authenticator app');

const read = createRoute({
  method: 'get',
  path: '/',
  tags,
  middleware: [allow('organization.read')],
  summary: 'The organization and whether it is closed',
  responses: { 200: { description: 'Organization', ...json(Organization) }, ...errorResponses(401, 403) },
});
const close = createRoute({
  method: 'post',
  path: '/close',
  tags,
  middleware: [allow('organization.close')],
  summary: 'Close the organization: only admins sign in, nobody uploads, everything is kept then disposed',
  request: {
    body: {
      required: true,
      ...json(z.object({ reason: z.string().trim().min(CLOSURE_MIN_REASON).max(2000), code: Code }).strict()),
    },
  },
  responses: {
    200: { description: 'Closed', ...json(Organization) },
    ...errorResponses(400, 401, 403, 409, 429),
  },
});
const reopen = createRoute({
  method: 'post',
  path: '/reopen',
  tags,
  middleware: [allow('organization.reopen')],
  summary: 'Reopen a closed organization',
  request: { body: { required: true, ...json(z.object({ code: Code }).strict()) } },
  responses: {
    200: { description: 'Reopened', ...json(Organization) },
    ...errorResponses(400, 401, 403, 409, 429),
  },
});

const ownOrganization = (c: Context<AppEnv>, action: PolicyAction) =>
  authorize(c, action, { type: 'organization', id: c.get('actor').organizationId });

/** The second factor again, now (a stolen session cookie alone cannot close an organization). */
async function freshSecondFactor(c: Context<AppEnv>, code: string) {
  await verifySecondFactor(c.get('deps'), {
    session: currentSession(c),
    factor: { code },
    audit: auditFieldsFrom(c),
    stepUp: true,
  });
}

export const organizationRoutes = createRouter()
  .openapi(read, async (c) => {
    const { actor } = await ownOrganization(c, 'organization.read');
    return c.json(await organizationView(c.get('deps').db, actor.organizationId), 200);
  })
  .openapi(close, async (c) => {
    const { actor } = await ownOrganization(c, 'organization.close');
    const body = c.req.valid('json');
    await freshSecondFactor(c, body.code);
    const { db, clock } = c.get('deps');
    await closeOrganization(db, {
      organizationId: actor.organizationId,
      adminId: actor.userId,
      reason: body.reason,
      now: clock.now(),
      audit: auditFieldsFrom(c),
    });
    return c.json(await organizationView(db, actor.organizationId), 200);
  })
  .openapi(reopen, async (c) => {
    const { actor } = await ownOrganization(c, 'organization.reopen');
    await freshSecondFactor(c, c.req.valid('json').code);
    const { db, clock } = c.get('deps');
    await reopenOrganization(db, {
      organizationId: actor.organizationId,
      adminId: actor.userId,
      now: clock.now(),
      audit: auditFieldsFrom(c),
    });
    return c.json(await organizationView(db, actor.organizationId), 200);
  });
