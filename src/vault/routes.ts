import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses } from '../auth/schemas.ts';
import { allow } from '../authz/authorize.ts';
import { createRouter } from '../http/router.ts';
import { readVaultKeyStatus } from './status.ts';

const KeyStatus = z
  .object({
    activeKeyId: z.string(),
    keys: z.array(z.object({ id: z.string(), active: z.boolean(), dataKeys: z.number().int() })),
    unknownKeys: z.array(z.object({ id: z.string(), dataKeys: z.number().int() })),
  })
  .openapi('VaultKeyStatus');

const keys = createRoute({
  method: 'get',
  path: '/keys',
  middleware: [allow('vault.status')],
  tags: ['vault'],
  summary: 'Key-encryption keys (ids only) and how many data keys each wraps; rotation stays a CLI task',
  responses: {
    200: { description: 'Key status', content: { 'application/json': { schema: KeyStatus } } },
    ...errorResponses(401, 403),
  },
});

export const vaultRoutes = createRouter().openapi(keys, async (c) => {
  const { db, vault } = c.get('deps');
  return c.json(await readVaultKeyStatus(db, vault.keys), 200);
});
