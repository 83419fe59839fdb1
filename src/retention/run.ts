import { and, desc, eq, isNull, lt } from 'drizzle-orm';
import { type AuditEntry, appendAudit } from '../audit/append.ts';
import type { AuditSigner } from '../audit/signer.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { afterTimeCursor, encodeTimeCursor } from '../http/time-cursor.ts';
import { enqueueJob } from '../jobs/queue.ts';
import type { Logger } from '../logger.ts';
import { organizations } from '../orgs/tables.ts';
import type { Vault } from '../vault/vault.ts';
import { buildCertificate, signCertificate } from './certificate.ts';
import { type DisposeOutcome, disposeUpload, expireReport } from './dispose.ts';
import { countLiveUploads, type DisposalPlan, planDisposal, safetyLimit } from './plan.ts';
import { type RetentionRun, retentionCertificates, retentionRuns } from './tables.ts';

export const RETENTION_EXECUTE_JOB = 'retention.execute';
/** A run still "running" this long after it started lost its process; the next run closes it. */
const ABANDONED_RUN_MS = 6 * 3_600_000;

export interface RetentionDeps {
  db: Db;
  vault: Vault;
  config: Pick<Config, 'RETENTION_MIN_DAYS' | 'REJECTED_REPORT_DAYS' | 'RETENTION_MAX_PER_RUN'>;
  signer: AuditSigner;
  logger?: Logger;
}

export type RunResult =
  | { outcome: 'dry_run'; plan: DisposalPlan }
  | { outcome: 'awaiting_confirmation'; run: RetentionRun; plan: DisposalPlan }
  | { outcome: 'completed'; run: RetentionRun; certificateId: string | null; plan: DisposalPlan };

const system = (at: Date, organizationId: string) => ({ at, organizationId, actorRole: 'system' as const });

/**
 * One organization's disposal run at `now`. The plan is the preview's (within 0 days). If more
 * uploads are due than the safety net allows, nothing is disposed: the run waits for an admin's
 * confirmation and an alert goes to the access log — a jumped clock is the usual cause. Otherwise each
 * due, unheld upload is disposed in its own transaction and the run ends with a signed certificate.
 */
export async function runRetention(
  deps: RetentionDeps,
  input: { organizationId: string; now: Date; dryRun?: boolean },
): Promise<RunResult> {
  const plan = await planDisposal(deps.db, deps.config, { ...input, withinDays: 0 });
  if (input.dryRun) return { outcome: 'dry_run', plan };
  await closeAbandonedRuns(deps, input.organizationId, input.now);
  const due = plan.uploads.filter((u) => !u.held).map((u) => u.id);
  const limit = safetyLimit(deps.config, await countLiveUploads(deps.db, input.organizationId));
  const run = await deps.db.transaction(async (tx) => {
    // An unconfirmed stop is replaced by this run's view of what is due (and re-alerted if still too many).
    await tx
      .update(retentionRuns)
      .set({ status: 'superseded', finishedAt: input.now })
      .where(
        and(
          eq(retentionRuns.organizationId, input.organizationId),
          eq(retentionRuns.status, 'awaiting_confirmation'),
        ),
      );
    const stopped = due.length > limit;
    const [created] = await tx
      .insert(retentionRuns)
      .values({
        organizationId: input.organizationId,
        status: stopped ? 'awaiting_confirmation' : 'running',
        startedAt: input.now,
        dueCount: due.length,
        limit,
        planned: stopped ? due : [],
      })
      .returning();
    if (stopped) {
      await appendAudit(tx, {
        ...system(input.now, input.organizationId),
        action: 'retention.alert',
        outcome: 'denied',
        targetType: 'retention_run',
        targetId: created!.id,
        detail: { reason: 'over_max_per_run', due: due.length, maxPerRun: limit },
      });
    }
    return created!;
  });
  if (run.status === 'awaiting_confirmation') {
    deps.logger?.warn('retention run stopped by the safety net; an admin must confirm it', {
      runId: run.id,
      due: due.length,
      maxPerRun: limit,
    });
    return { outcome: 'awaiting_confirmation', run, plan };
  }
  const reports = plan.reports.filter((r) => !r.held).map((r) => r.id);
  return { ...(await disposeAndFinish(deps, run, due, reports, input.now)), plan };
}

async function disposeAndFinish(
  deps: RetentionDeps,
  run: RetentionRun,
  uploadIds: string[],
  reportIds: string[],
  now: Date,
) {
  const ids = { runId: run.id, organizationId: run.organizationId, now };
  const count = (outcomes: DisposeOutcome[]) => outcomes.filter((o) => o === 'disposed').length;
  const disposed: DisposeOutcome[] = [];
  for (const uploadId of uploadIds) disposed.push(await disposeUpload(deps, { ...ids, uploadId }));
  const expired: DisposeOutcome[] = [];
  for (const uploadId of reportIds) expired.push(await expireReport(deps, { ...ids, uploadId }));
  const { run: finished, certificateId } = await finishRun(deps, run, now, count(expired));
  return { outcome: 'completed' as const, run: finished, certificateId };
}

/**
 * Ends a run: its certificate signed over the lines its disposals recorded, the run marked completed,
 * and a `retention.purge` entry — one transaction. A run that disposed nothing gets a certificate
 * too (zero uploads): the daily run is then provable, and a missing day is a gap anyone can see.
 */
async function finishRun(deps: RetentionDeps, run: RetentionRun, now: Date, reportsExpired: number) {
  const certificateId = crypto.randomUUID();
  const doc = await buildCertificate(deps.db, {
    certificateId,
    organizationId: run.organizationId,
    runId: run.id,
    issuedAt: now,
  });
  const signed = await signCertificate(deps.signer, doc);
  return deps.db.transaction(async (tx) => {
    const [finished] = await tx
      .update(retentionRuns)
      .set({ status: 'completed', finishedAt: now, disposedCount: doc.uploads.length, reportsExpired })
      .where(and(eq(retentionRuns.id, run.id), eq(retentionRuns.status, 'running')))
      .returning();
    if (!finished) return { run, certificateId: null };
    await tx.insert(retentionCertificates).values({
      id: certificateId,
      runId: run.id,
      organizationId: run.organizationId,
      issuedAt: now,
      document: signed.certificate as unknown as Record<string, unknown>,
      keyId: signed.signature.keyId,
      mac: signed.signature.mac,
    });
    await appendAudit(tx, {
      ...system(now, run.organizationId),
      action: 'retention.purge',
      outcome: 'success',
      targetType: 'retention_run',
      targetId: run.id,
      detail: {
        disposed: doc.uploads.length,
        dataKeysDestroyed: doc.totals.dataKeysDestroyed,
        reportsExpired,
        certificateId,
      },
    });
    return { run: finished, certificateId };
  });
}

/** Runs whose process died mid-way get their certificate for what they did dispose (maybe nothing). */
async function closeAbandonedRuns(deps: RetentionDeps, organizationId: string, now: Date) {
  const stale = await deps.db
    .select()
    .from(retentionRuns)
    .where(
      and(
        eq(retentionRuns.organizationId, organizationId),
        eq(retentionRuns.status, 'running'),
        isNull(retentionRuns.finishedAt),
        lt(retentionRuns.startedAt, new Date(now.getTime() - ABANDONED_RUN_MS)),
      ),
    );
  for (const run of stale) await finishRun(deps, run, now, run.reportsExpired);
}

/** The admin's go-ahead for a run the safety net stopped; the disposal itself runs as a job. */
export async function confirmRun(
  db: Db,
  input: {
    organizationId: string;
    runId: string;
    adminId: string;
    audit: Omit<AuditEntry, 'action' | 'outcome'>;
  },
): Promise<RetentionRun | undefined> {
  return db.transaction(async (tx) => {
    const [run] = await tx
      .update(retentionRuns)
      .set({ status: 'confirmed', confirmedBy: input.adminId, confirmedAt: input.audit.at })
      .where(
        and(
          eq(retentionRuns.id, input.runId),
          eq(retentionRuns.organizationId, input.organizationId),
          eq(retentionRuns.status, 'awaiting_confirmation'),
        ),
      )
      .returning();
    if (!run) return undefined;
    await appendAudit(tx, {
      ...input.audit,
      action: 'retention.confirm',
      outcome: 'success',
      targetType: 'retention_run',
      targetId: run.id,
      detail: { planned: run.planned.length, maxPerRun: run.limit },
    });
    await enqueueJob(tx, {
      kind: RETENTION_EXECUTE_JOB,
      payload: { runId: run.id },
      dedupeKey: `run:${run.id}`,
    });
    return run;
  });
}

/**
 * Disposes what a confirmed run planned — only those still due and unheld at `now` (a hold placed
 * since the confirmation wins). Idempotent: a second delivery finds the run no longer confirmed.
 */
export async function executeConfirmedRun(deps: RetentionDeps, runId: string, now: Date) {
  const [run] = await deps.db
    .update(retentionRuns)
    .set({ status: 'running', startedAt: now })
    .where(and(eq(retentionRuns.id, runId), eq(retentionRuns.status, 'confirmed')))
    .returning();
  if (!run) return undefined;
  const plan = await planDisposal(deps.db, deps.config, {
    organizationId: run.organizationId,
    now,
    withinDays: 0,
  });
  const planned = new Set(run.planned);
  const due = plan.uploads.filter((u) => !u.held && planned.has(u.id)).map((u) => u.id);
  const reports = plan.reports.filter((r) => !r.held).map((r) => r.id);
  return disposeAndFinish(deps, run, due, reports, now);
}

/** The daily job: every organization in turn. */
export async function runRetentionForAll(deps: RetentionDeps, now: Date) {
  const orgs = await deps.db.select({ id: organizations.id }).from(organizations).orderBy(organizations.id);
  const results: { organizationId: string; result: RunResult }[] = [];
  for (const org of orgs) {
    results.push({
      organizationId: org.id,
      result: await runRetention(deps, { organizationId: org.id, now }),
    });
  }
  return results;
}

/** Runs newest first, a page at a time, each with its certificate's id once it has one. */
export async function listRuns(db: Db, organizationId: string, page: { cursor?: string; limit: number }) {
  const rows = await db
    .select({ run: retentionRuns, certificateId: retentionCertificates.id })
    .from(retentionRuns)
    .leftJoin(retentionCertificates, eq(retentionCertificates.runId, retentionRuns.id))
    .where(
      and(
        eq(retentionRuns.organizationId, organizationId),
        afterTimeCursor(retentionRuns.startedAt, retentionRuns.id, page.cursor),
      ),
    )
    .orderBy(desc(retentionRuns.startedAt), desc(retentionRuns.id))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1)?.run;
  return {
    runs: shown,
    nextCursor: rows.length > page.limit && last ? encodeTimeCursor(last.startedAt, last.id) : null,
  };
}

export async function findRun(db: Db, organizationId: string, id: string): Promise<RetentionRun | undefined> {
  const [run] = await db
    .select()
    .from(retentionRuns)
    .where(and(eq(retentionRuns.id, id), eq(retentionRuns.organizationId, organizationId)));
  return run;
}
