import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { auditFieldsFrom } from '../audit/request.ts';
import { errorResponses } from '../auth/schemas.ts';
import { allow, authorize } from '../authz/authorize.ts';
import type { PolicyAction } from '../authz/policy.ts';
import type { AppEnv } from '../http/app-env.ts';
import { createRouter } from '../http/router.ts';
import { findingLabels } from '../scan/findings.ts';
import { scanSettingsInputSchema } from './schemas.ts';
import { readScanSettings, updateScanSettings } from './service.ts';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['scan-settings'];

const Label = z.enum(findingLabels);
const Settings = z
  .object({
    policy: z.object({ block: z.array(Label), warn: z.array(Label), threshold: z.number() }),
    allowList: z.array(z.string()),
    isDefault: z.boolean(),
    updatedBy: z.uuid().nullable(),
    updatedAt: z.string().nullable(),
  })
  .openapi('ScanSettings');

// The route validates with the very schema the service re-checks, so the two cannot drift.
const SettingsInput = scanSettingsInputSchema;

const read = createRoute({
  method: 'get',
  path: '/',
  tags,
  middleware: [allow('scan_settings.read')],
  summary: "The organization's scan policy and allow list (the default when it set none)",
  responses: { 200: { description: 'Settings', ...json(Settings) }, ...errorResponses(401, 403) },
});

const update = createRoute({
  method: 'put',
  path: '/',
  tags,
  middleware: [allow('scan_settings.update')],
  summary: 'Replace the scan policy, the allow list, or both (PERSON and LOCATION always block)',
  request: { body: { required: true, ...json(SettingsInput) } },
  responses: { 200: { description: 'Saved', ...json(Settings) }, ...errorResponses(400, 401, 403) },
});

/** The caller's own organization: there is no path to anyone else's settings. */
const ownOrganization = (c: Context<AppEnv>, action: PolicyAction) =>
  authorize(c, action, { type: 'organization', id: c.get('actor').organizationId });

export const scanSettingsRoutes = createRouter()
  .openapi(read, async (c) => {
    const { actor } = await ownOrganization(c, 'scan_settings.read');
    const settings = await readScanSettings(c.get('deps').db, {
      organizationId: actor.organizationId,
      audit: auditFieldsFrom(c),
    });
    return c.json(settings, 200);
  })
  .openapi(update, async (c) => {
    const { actor } = await ownOrganization(c, 'scan_settings.update');
    const settings = await updateScanSettings(c.get('deps').db, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      change: c.req.valid('json'),
      audit: auditFieldsFrom(c),
    });
    return c.json(settings, 200);
  });
