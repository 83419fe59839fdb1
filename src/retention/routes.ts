import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { auditFieldsFrom } from '../audit/request.ts';
import { errorResponses } from '../auth/schemas.ts';
import { allow, authorize } from '../authz/authorize.ts';
import { notFound } from '../authz/not-found.ts';
import type { PolicyAction } from '../authz/policy.ts';
import type { AppEnv } from '../http/app-env.ts';
import { AppError } from '../http/errors.ts';
import { createRouter } from '../http/router.ts';
import { uploadKinds } from '../uploads/tables.ts';
import { certificateToCsv } from './certificate-format.ts';
import { planDisposal } from './plan.ts';
import { getRetentionRules, MAX_KEEP_DAYS, setRetentionRules } from './rules.ts';
import { confirmRun, findRun, listRuns } from './run.ts';
import { retentionRunStatus } from './tables.ts';
import { getCertificate, listCertificates, planView, runView } from './views.ts';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['retention'];
const Kind = z.enum(uploadKinds);
const Rules = z
  .object({
    rules: z.array(z.object({ kind: Kind, keepDays: z.number().int(), isDefault: z.boolean() })),
    minDays: z.number().int(),
    maxPerRun: z.number().int().nullable(),
  })
  .openapi('RetentionRules');
const RulesInput = z
  .object({
    rules: z
      .array(z.object({ kind: Kind, keepDays: z.number().int().min(1).max(MAX_KEEP_DAYS) }).strict())
      .min(1)
      .max(uploadKinds.length),
  })
  .strict();
const Run = z
  .object({
    id: z.uuid(),
    status: z.enum(retentionRunStatus.enumValues),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    dueCount: z.number().int(),
    maxPerRun: z.number().int(),
    planned: z.number().int(),
    disposedCount: z.number().int(),
    reportsExpired: z.number().int(),
    confirmedBy: z.uuid().nullable(),
    confirmedAt: z.string().nullable(),
    /** The run's disposal certificate, once it completed. */
    certificateId: z.uuid().nullable(),
  })
  .openapi('RetentionRun');
const PageQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const Preview = z
  .object({
    within: z.number().int(),
    asOf: z.string(),
    horizon: z.string(),
    uploads: z.array(
      z.object({
        id: z.uuid(),
        kind: Kind,
        teamId: z.uuid(),
        acceptedAt: z.string(),
        dueAt: z.string(),
        held: z.boolean(),
      }),
    ),
    reports: z.array(
      z.object({
        id: z.uuid(),
        status: z.enum(['rejected', 'failed']),
        teamId: z.uuid().nullable(),
        dueAt: z.string(),
        held: z.boolean(),
      }),
    ),
    counts: z.object({
      due: z.number().int(),
      held: z.number().int(),
      toDispose: z.number().int(),
      overdue: z.number().int(),
      reports: z.number().int(),
    }),
  })
  .openapi('RetentionPreview');
const CertificateSummary = z
  .object({ id: z.uuid(), runId: z.uuid(), issuedAt: z.string(), uploads: z.number().int() })
  .openapi('DisposalCertificateSummary');
const SignedCertificate = z
  .object({
    certificate: z.object({
      type: z.string(),
      version: z.number().int(),
      certificateId: z.uuid(),
      organizationId: z.uuid(),
      runId: z.uuid(),
      issuedAt: z.string(),
      standard: z.string(),
      method: z.string(),
      uploads: z.array(
        z.object({
          uploadId: z.uuid(),
          kind: Kind,
          teamId: z.uuid(),
          acceptedAt: z.string(),
          disposedAt: z.string(),
          dataKeyIds: z.array(z.string()),
        }),
      ),
      totals: z.object({ uploads: z.number().int(), dataKeysDestroyed: z.number().int() }),
    }),
    signature: z.object({ algorithm: z.literal('HMAC-SHA-256'), keyId: z.string(), mac: z.string() }),
  })
  .openapi('DisposalCertificate');
const idParam = z.object({ id: z.uuid() });

const getRules = createRoute({
  method: 'get',
  path: '/',
  tags,
  middleware: [allow('retention.read')],
  summary: 'Days each kind of upload is kept after acceptance',
  responses: { 200: { description: 'Rules', ...json(Rules) }, ...errorResponses(401, 403) },
});
const putRules = createRoute({
  method: 'put',
  path: '/',
  tags,
  middleware: [allow('retention.manage')],
  summary: 'Set the rules named (never under RETENTION_MIN_DAYS)',
  request: { body: { required: true, ...json(RulesInput) } },
  responses: { 200: { description: 'Saved', ...json(Rules) }, ...errorResponses(400, 401, 403) },
});
const preview = createRoute({
  method: 'get',
  path: '/preview',
  tags,
  middleware: [allow('retention.read')],
  summary: 'What becomes due within N days (what a run then disposes)',
  request: { query: z.object({ within: z.coerce.number().int().min(0).max(3650).default(30) }) },
  responses: {
    200: { description: 'Plan', ...json(Preview) },
    ...errorResponses(400, 401, 403),
  },
});
const runs = createRoute({
  method: 'get',
  path: '/runs',
  tags,
  middleware: [allow('retention.read')],
  summary: 'Disposal runs, newest first, by pages (stopped ones wait for confirmation)',
  request: { query: PageQuery },
  responses: {
    200: {
      description: 'Runs',
      ...json(z.object({ runs: z.array(Run), nextCursor: z.string().nullable() })),
    },
    ...errorResponses(400, 401, 403),
  },
});
const confirm = createRoute({
  method: 'post',
  path: '/runs/{id}/confirm',
  tags,
  middleware: [allow('retention.confirm')],
  summary: 'Let a run the safety net stopped dispose what it planned',
  request: { params: idParam },
  responses: {
    202: { description: 'Confirmed; disposal runs as a job', ...json(Run) },
    ...errorResponses(401, 403, 404, 409),
  },
});
const certificates = createRoute({
  method: 'get',
  path: '/certificates',
  tags,
  middleware: [allow('retention.read')],
  summary: 'Disposal certificates, newest first, by pages (pass nextCursor back as cursor)',
  request: { query: PageQuery },
  responses: {
    200: {
      description: 'Certificates',
      ...json(z.object({ certificates: z.array(CertificateSummary), nextCursor: z.string().nullable() })),
    },
    ...errorResponses(400, 401, 403),
  },
});
const certificate = createRoute({
  method: 'get',
  path: '/certificates/{id}',
  tags,
  middleware: [allow('retention.read')],
  summary: 'One signed certificate as JSON or CSV',
  request: { params: idParam, query: z.object({ format: z.enum(['json', 'csv']).default('json') }) },
  responses: {
    200: {
      description: 'Certificate',
      content: {
        'application/json': { schema: SignedCertificate },
        'text/csv': { schema: z.string() },
      },
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

/** The caller's own organization: no path names anyone else's. */
const ownOrganization = (c: Context<AppEnv>, action: PolicyAction) =>
  authorize(c, action, { type: 'organization', id: c.get('actor').organizationId });

export const retentionRoutes = createRouter()
  .openapi(getRules, async (c) => {
    const { actor } = await ownOrganization(c, 'retention.read');
    const { db, config } = c.get('deps');
    return c.json(
      {
        rules: await getRetentionRules(db, config, actor.organizationId),
        minDays: config.RETENTION_MIN_DAYS,
        maxPerRun: config.RETENTION_MAX_PER_RUN ?? null,
      },
      200,
    );
  })
  .openapi(putRules, async (c) => {
    const { actor } = await ownOrganization(c, 'retention.manage');
    const { db, config, clock } = c.get('deps');
    const rules = await setRetentionRules(db, {
      config,
      organizationId: actor.organizationId,
      adminId: actor.userId,
      rules: c.req.valid('json').rules,
      now: clock.now(),
      audit: auditFieldsFrom(c),
    });
    return c.json(
      { rules, minDays: config.RETENTION_MIN_DAYS, maxPerRun: config.RETENTION_MAX_PER_RUN ?? null },
      200,
    );
  })
  .openapi(preview, async (c) => {
    const { actor } = await ownOrganization(c, 'retention.read');
    const { db, config, clock } = c.get('deps');
    const { within } = c.req.valid('query');
    const plan = await planDisposal(db, config, {
      organizationId: actor.organizationId,
      now: clock.now(),
      withinDays: within,
    });
    return c.json({ within, ...planView(plan) }, 200);
  })
  .openapi(runs, async (c) => {
    const { actor } = await ownOrganization(c, 'retention.read');
    const page = await listRuns(c.get('deps').db, actor.organizationId, c.req.valid('query'));
    return c.json(
      { runs: page.runs.map((r) => runView(r.run, r.certificateId)), nextCursor: page.nextCursor },
      200,
    );
  })
  .openapi(confirm, async (c) => {
    const { actor } = await ownOrganization(c, 'retention.confirm');
    const { id } = c.req.valid('param');
    const { db } = c.get('deps');
    const run = await confirmRun(db, {
      organizationId: actor.organizationId,
      runId: id,
      adminId: actor.userId,
      audit: auditFieldsFrom(c),
    });
    if (!run) {
      if (!(await findRun(db, actor.organizationId, id))) throw notFound('retention_run');
      throw new AppError('CONFLICT', 'Only a run waiting for confirmation can be confirmed.');
    }
    return c.json(runView(run), 202);
  })
  .openapi(certificates, async (c) => {
    const { actor } = await ownOrganization(c, 'retention.read');
    return c.json(await listCertificates(c.get('deps').db, actor.organizationId, c.req.valid('query')), 200);
  })
  .openapi(certificate, async (c) => {
    const { actor } = await ownOrganization(c, 'retention.read');
    const { id } = c.req.valid('param');
    const signed = await getCertificate(c.get('deps').db, actor.organizationId, id);
    if (!signed) throw notFound('certificate');
    const name = `disposal-certificate-${id}`;
    if (c.req.valid('query').format === 'csv') {
      return c.body(certificateToCsv(signed), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}.csv"`,
      });
    }
    c.header('content-disposition', `attachment; filename="${name}.json"`);
    return c.json(signed, 200);
  });
