import { createRoute, z } from '@hono/zod-openapi';
import { pingDatabase } from '../db/client.ts';
import { createRouter } from '../http/router.ts';
import { errorFields, type LogFields } from '../logger.ts';

const Part = z.enum(['ok', 'unavailable']);
const Health = z.object({ status: z.enum(['ok', 'degraded']), database: Part, storage: Part });

const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['health'],
  summary: 'Whether the database and the blob store answer',
  responses: {
    200: { description: 'All parts answer', content: { 'application/json': { schema: Health } } },
    503: { description: 'A named part is failing', content: { 'application/json': { schema: Health } } },
  },
});

async function probe(name: string, check: () => Promise<void>, log: (m: string, f: LogFields) => void) {
  try {
    // A hung dependency must not hang the load balancer's probe.
    await Promise.race([
      check(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 5s')), 5000).unref?.()),
    ]);
    return 'ok' as const;
  } catch (err) {
    log('health check failed', { part: name, ...errorFields(err) });
    return 'unavailable' as const;
  }
}

export const healthRoutes = createRouter().openapi(healthRoute, async (c) => {
  const { db, blobs, logger } = c.get('deps');
  const warn = (m: string, f: LogFields) => logger.warn(m, f);
  const [database, storage] = await Promise.all([
    probe('database', () => pingDatabase(db), warn),
    probe('storage', () => blobs.check(), warn),
  ]);
  const ok = database === 'ok' && storage === 'ok';
  return c.json({ status: ok ? 'ok' : 'degraded', database, storage } as const, ok ? 200 : 503);
});
