import { and, asc, eq, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import { organizationClosures } from '../closure/tables.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { heldCondition } from '../holds/service.ts';
import { uploads } from '../uploads/tables.ts';
import { DEFAULT_KEEP_DAYS } from './rules.ts';
import { retentionRules } from './tables.ts';

/** A closed organization keeps everything at least this long after the closure. */
export const CLOSURE_KEEP_DAYS = 365;
const DAY_MS = 86_400_000;

export type PlanConfig = Pick<Config, 'RETENTION_MIN_DAYS' | 'REJECTED_REPORT_DAYS'>;

export interface DueUpload {
  id: string;
  kind: NonNullable<(typeof uploads.$inferSelect)['kind']>;
  teamId: string;
  acceptedAt: Date;
  dueAt: Date;
  held: boolean;
}

export interface DueReport {
  id: string;
  status: 'rejected' | 'failed';
  teamId: string | null;
  dueAt: Date;
  held: boolean;
}

/**
 * When an accepted upload is due: acceptance (server time) plus its kind's rule (never under the
 * floor) — or, in a closed organization, 365 days after the closure if that is later. One SQL
 * expression, used by the preview, the run and the disposal transaction alike, so they cannot differ.
 */
function uploadDueAt(minDays: number) {
  const keep = sql`greatest(coalesce(${retentionRules.keepDays}, ${DEFAULT_KEEP_DAYS}), ${minDays})::int`;
  return sql<Date>`greatest(
    ${uploads.decidedAt} + make_interval(days => ${keep}),
    coalesce(${organizationClosures.closedAt} + make_interval(days => ${CLOSURE_KEEP_DAYS}), '-infinity'::timestamptz))`.mapWith(
    uploads.decidedAt,
  );
}

/** Accepted uploads due by `horizon`, oldest due first (optionally one upload, locked for disposal). */
export function dueUploadsQuery(
  db: Db,
  input: { organizationId: string; horizon: Date; minDays: number; uploadId?: string },
) {
  const dueAt = uploadDueAt(input.minDays);
  return db
    .select({
      id: uploads.id,
      kind: uploads.kind,
      teamId: uploads.teamId,
      acceptedAt: uploads.decidedAt,
      dueAt,
      held: heldCondition(uploads).mapWith(Boolean),
    })
    .from(uploads)
    .leftJoin(
      retentionRules,
      and(eq(retentionRules.organizationId, uploads.organizationId), eq(retentionRules.kind, uploads.kind)),
    )
    .leftJoin(
      organizationClosures,
      and(
        eq(organizationClosures.organizationId, uploads.organizationId),
        isNull(organizationClosures.reopenedAt),
      ),
    )
    .where(
      and(
        eq(uploads.organizationId, input.organizationId),
        eq(uploads.status, 'accepted'),
        input.uploadId ? eq(uploads.id, input.uploadId) : undefined,
        lte(dueAt, sql`${input.horizon.toISOString()}::timestamptz`),
      ),
    )
    .orderBy(asc(dueAt), asc(uploads.id));
}

/**
 * Rejected and failed uploads whose masked report has been kept REJECTED_REPORT_DAYS since the
 * decision (or since the failure was recorded).
 */
export function dueReportsQuery(
  db: Db,
  input: { organizationId: string; horizon: Date; reportDays: number; uploadId?: string },
) {
  const dueAt =
    sql<Date>`coalesce(${uploads.decidedAt}, ${uploads.updatedAt}) + make_interval(days => ${input.reportDays}::int)`.mapWith(
      uploads.updatedAt,
    );
  return db
    .select({
      id: uploads.id,
      status: uploads.status,
      teamId: uploads.teamId,
      dueAt,
      held: heldCondition(uploads).mapWith(Boolean),
    })
    .from(uploads)
    .where(
      and(
        eq(uploads.organizationId, input.organizationId),
        inArray(uploads.status, ['rejected', 'failed']),
        input.uploadId ? eq(uploads.id, input.uploadId) : undefined,
        lte(dueAt, sql`${input.horizon.toISOString()}::timestamptz`),
      ),
    )
    .orderBy(asc(dueAt), asc(uploads.id));
}

export interface DisposalPlan {
  asOf: Date;
  horizon: Date;
  uploads: DueUpload[];
  reports: DueReport[];
}

/**
 * What is due by `now + withinDays`: the preview shows it, and a run (withinDays 0) disposes exactly
 * its unheld uploads and expires its unheld reports.
 */
export async function planDisposal(
  db: Db,
  config: PlanConfig,
  input: { organizationId: string; now: Date; withinDays: number },
): Promise<DisposalPlan> {
  const horizon = new Date(input.now.getTime() + input.withinDays * DAY_MS);
  const due = await dueUploadsQuery(db, {
    organizationId: input.organizationId,
    horizon,
    minDays: config.RETENTION_MIN_DAYS,
  });
  const reports = await dueReportsQuery(db, {
    organizationId: input.organizationId,
    horizon,
    reportDays: config.REJECTED_REPORT_DAYS,
  });
  return {
    asOf: input.now,
    horizon,
    uploads: due.map((u) => ({ ...u, kind: u.kind!, teamId: u.teamId!, acceptedAt: u.acceptedAt! })),
    reports: reports.map((r) => ({ ...r, status: r.status as DueReport['status'] })),
  };
}

/** Uploads not yet tombstones: what the safety net's 5 % is of. */
export async function countLiveUploads(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(uploads)
    .where(and(eq(uploads.organizationId, organizationId), ne(uploads.status, 'deleted')));
  return row?.n ?? 0;
}

/** RETENTION_MAX_PER_RUN, or the larger of 100 and 5 % of the organization's live uploads. */
export function safetyLimit(config: Pick<Config, 'RETENTION_MAX_PER_RUN'>, liveUploads: number): number {
  return config.RETENTION_MAX_PER_RUN ?? Math.max(100, Math.ceil(liveUploads * 0.05));
}
