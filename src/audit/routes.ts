import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { currentActor } from '../auth/middleware.ts';
import { errorResponses } from '../auth/schemas.ts';
import { allow } from '../authz/authorize.ts';
import type { AppEnv } from '../http/app-env.ts';
import { createRouter } from '../http/router.ts';
import { errorFields } from '../logger.ts';
import { auditActions, auditOutcomes } from './actions.ts';
import { type AuditReader, exportAuditLog, readAuditLog } from './admin.ts';
import { readChainStatus } from './chain-status.ts';
import { exportContentType } from './export.ts';
import { auditFieldsFrom } from './request.ts';
import { keyRingAuditSigner } from './signer.ts';
import type { AuditRow } from './tables.ts';

const tags = ['audit'];

/** A moment: a full ISO timestamp with offset, or a date (midnight UTC). */
const Instant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((v) => new Date(v))
  .openapi({ type: 'string', example: '2026-01-31T00:00:00Z' });

const Filters = z.object({
  actor: z.uuid().optional().openapi({ description: 'User id of the actor' }),
  action: z.enum(auditActions).optional(),
  target: z.string().min(1).max(200).optional().openapi({ description: 'Target id (upload, user, team, …)' }),
  team: z.uuid().optional(),
  outcome: z.enum(auditOutcomes).optional(),
  from: Instant.optional().openapi({ description: 'Entries at or after this time' }),
  to: Instant.optional().openapi({ description: 'Entries before this time' }),
});

const inOrder = (q: { from?: Date; to?: Date }) => !q.from || !q.to || q.from < q.to;
const inOrderMessage = { message: 'must be after from', path: ['to'] };

const ListQuery = Filters.extend({
  cursor: z
    .string()
    .regex(/^[1-9]\d{0,14}$/, 'must be a nextCursor from a previous page')
    .transform(Number)
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
}).refine(inOrder, inOrderMessage);

const ExportQuery = Filters.extend({ format: z.enum(['csv', 'jsonl']).default('jsonl') }).refine(
  inOrder,
  inOrderMessage,
);

const AuditEntrySchema = z
  .object({
    id: z.number().int().openapi({ description: 'Insertion order; the page cursor' }),
    seq: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Place in the chain; null for the second or so until it is chained' }),
    at: z.string(),
    organizationId: z.string().nullable(),
    actorId: z.string().nullable(),
    actorRole: z.string(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    teamId: z.string().nullable(),
    outcome: z.string(),
    clientIp: z.string().nullable(),
    userAgent: z.string().nullable(),
    requestId: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
    prevHash: z.string().nullable(),
    hash: z.string().nullable(),
  })
  .openapi('AuditEntry');

const AuditPageSchema = z
  .object({ entries: z.array(AuditEntrySchema), nextCursor: z.string().nullable() })
  .openapi('AuditPage');

const list = createRoute({
  method: 'get',
  path: '/',
  middleware: [allow('audit.read')],
  tags,
  summary: "The organization's access log, newest first; reading it is itself logged",
  request: { query: ListQuery },
  responses: {
    200: { description: 'One page', content: { 'application/json': { schema: AuditPageSchema } } },
    ...errorResponses(400, 401, 403),
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/export',
  middleware: [allow('audit.export')],
  tags,
  summary: 'Stream the matching entries oldest first as CSV or JSON Lines, with chain hashes',
  request: { query: ExportQuery },
  responses: {
    200: {
      description: 'The export (verify JSON Lines offline with `qa-vault audit verify --file`)',
      content: { 'text/csv': { schema: z.string() }, 'application/jsonl': { schema: z.string() } },
    },
    ...errorResponses(400, 401, 403),
  },
});

/** A row as the list shows it: chain columns null until the sequencer has linked it. */
const listedEntry = (row: AuditRow) => ({ ...row, at: row.at.toISOString() });
const ChainStatusSchema = z
  .object({
    headSeq: z.number().int(),
    pending: z.number().int(),
    checkpoint: z
      .object({
        seq: z.number().int(),
        at: z.string(),
        verified: z.boolean(),
        entriesSince: z.number().int(),
      })
      .nullable(),
  })
  .openapi('AuditChainStatus');

const chain = createRoute({
  method: 'get',
  path: '/chain',
  middleware: [allow('audit.read')],
  tags,
  summary: 'The latest signed checkpoint of the access-log chain and whether it still verifies',
  responses: {
    200: { description: 'Chain status', content: { 'application/json': { schema: ChainStatusSchema } } },
    ...errorResponses(401, 403),
  },
});

function readerFrom(c: Context<AppEnv>): AuditReader {
  const actor = currentActor(c);
  return { ...auditFieldsFrom(c), organizationId: actor.organizationId };
}

const filterOf = (q: z.output<typeof Filters>) => ({
  actorId: q.actor,
  action: q.action,
  targetId: q.target,
  teamId: q.team,
  outcome: q.outcome,
  from: q.from,
  to: q.to,
});

export const auditRoutes = createRouter()
  .openapi(chain, async (c) => {
    const { db, vault } = c.get('deps');
    return c.json(await readChainStatus(db, keyRingAuditSigner(vault.keys)), 200);
  })
  .openapi(list, async (c) => {
    const q = c.req.valid('query');
    const page = await readAuditLog(c.get('deps').db, {
      reader: readerFrom(c),
      filter: filterOf(q),
      cursor: q.cursor,
      limit: q.limit,
    });
    const nextCursor = page.nextCursor === null ? null : String(page.nextCursor);
    return c.json({ entries: page.entries.map(listedEntry), nextCursor }, 200);
  })
  .openapi(exportRoute, async (c) => {
    const q = c.req.valid('query');
    const { db, logger } = c.get('deps');
    const requestId = c.get('requestId');
    const stream = await exportAuditLog(db, {
      reader: readerFrom(c),
      filter: filterOf(q),
      format: q.format,
      // Headers are gone by then: a failure mid-stream can only cut the download short and be logged.
      onError: (err) => logger.error('audit export failed mid-stream', { requestId, ...errorFields(err) }),
    });
    const stamp = c.get('deps').clock.now().toISOString().replaceAll(':', '-').slice(0, 19);
    return c.body(stream, 200, {
      'Content-Type': exportContentType[q.format],
      'Content-Disposition': `attachment; filename="access-log-${stamp}.${q.format}"`,
      'Cache-Control': 'no-store',
    });
  });
