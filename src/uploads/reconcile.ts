import { type AnyColumn, and, eq, inArray, isNull, like, lt, ne, or, sql } from 'drizzle-orm';
import type { AppDeps } from '../deps.ts';
import { enqueueJob } from '../jobs/queue.ts';
import { jobs } from '../jobs/tables.ts';
import { sweepVault } from '../vault/maintenance.ts';
import { shredObject } from '../vault/objects.ts';
import { vaultObjects } from '../vault/tables.ts';
import { ignoreConflict } from './conflict.ts';
import { failUpload, PROCESS_AUDIO_JOB, TRANSCRIBE_JOB } from './decide.ts';
import { uploadPlaybacks, uploads } from './tables.ts';
import { systemAudit, transitionUpload } from './transitions.ts';
import { ACCEPTED_PREFIX, QUARANTINE_PREFIX } from './vault-files.ts';

export interface ReconcileResult {
  /** Uploads whose request died while they were arriving: failed, everything shredded. */
  interrupted: number;
  /** Recordings that waited longer than UPLOAD_TRANSCRIPT_WAIT_DAYS for a transcript. */
  expired: number;
  /** Uploads whose job had given up (or vanished): failed, sent back to wait, or re-queued. */
  stuck: number;
  /** Live vault objects of the upload prefixes that no upload refers to. */
  orphansShredded: number;
  /** Blobs with no key record (or an abandoned write) removed by the vault sweep. */
  blobsSwept: number;
}

const BATCH = 500;
const DAY = 24 * 60 * 60_000;

/**
 * Finishes what crashes leave behind; safe to run at any time, on any number of instances at once
 * (every change is conditional). Runs at start and on a schedule (src/uploads/reconcile-job.ts).
 *  - A `receiving` row older than the quarantine window belongs to a request that died (requests
 *    give up at three quarters of it): failed, and its quarantined bytes shredded.
 *  - Recordings waiting for a transcript past UPLOAD_TRANSCRIPT_WAIT_DAYS: failed and shredded.
 *  - A recording whose transcription or audio job failed for good, or vanished: back to
 *    `needs_transcript`, failed, or queued again.
 *  - Vault objects under quarantine/ or uploads/ older than the window that no upload refers to
 *    (written just before a crash): shredded. Then the vault's sweep removes blobs without a key.
 */
export async function reconcileUploads(deps: AppDeps): Promise<ReconcileResult> {
  const { db, vault, config } = deps;
  const now = deps.clock.now();
  const windowMs = config.UPLOAD_QUARANTINE_MINUTES * 60_000;
  const cutoff = new Date(now.getTime() - windowMs);
  const audit = (organizationId: string) => systemAudit(deps.clock.now(), organizationId);
  const result: ReconcileResult = { interrupted: 0, expired: 0, stuck: 0, orphansShredded: 0, blobsSwept: 0 };

  const stale = await db
    .select({ id: uploads.id, organizationId: uploads.organizationId })
    .from(uploads)
    .where(and(eq(uploads.status, 'receiving'), lt(uploads.createdAt, cutoff)))
    .limit(BATCH);
  for (const row of stale) {
    await failUpload(deps, {
      uploadId: row.id,
      from: ['receiving'],
      reason: 'interrupted',
      audit: audit(row.organizationId),
    })
      .then(() => result.interrupted++)
      .catch(ignoreConflict);
  }

  const waitCutoff = new Date(now.getTime() - config.UPLOAD_TRANSCRIPT_WAIT_DAYS * DAY);
  const waited = await db
    .select({ id: uploads.id, organizationId: uploads.organizationId })
    .from(uploads)
    .where(and(eq(uploads.status, 'needs_transcript'), lt(uploads.updatedAt, waitCutoff)))
    .limit(BATCH);
  for (const row of waited) {
    await failUpload(deps, {
      uploadId: row.id,
      from: ['needs_transcript'],
      reason: 'transcript_timeout',
      audit: audit(row.organizationId),
    })
      .then(() => result.expired++)
      .catch(ignoreConflict);
  }

  result.stuck += await rescueStuck(deps, TRANSCRIBE_JOB, cutoff);
  result.stuck += await rescueStuck(deps, PROCESS_AUDIO_JOB, cutoff);

  const referenced = (column: AnyColumn) =>
    sql`exists (select 1 from ${uploads} where ${column} = ${vaultObjects.id} and ${uploads.status} in ('transcribing', 'needs_transcript', 'accepted'))`;
  const orphans = await db
    .select({ id: vaultObjects.id })
    .from(vaultObjects)
    .where(
      and(
        ne(vaultObjects.status, 'shredded'),
        lt(vaultObjects.createdAt, cutoff),
        or(
          like(vaultObjects.blobKey, `${QUARANTINE_PREFIX}%`),
          like(vaultObjects.blobKey, `${ACCEPTED_PREFIX}%`),
        ),
        sql`not ${referenced(uploads.originalObjectId)}`,
        sql`not ${referenced(uploads.contentObjectId)}`,
        sql`not ${referenced(uploads.transcriptObjectId)}`,
        sql`not ${referenced(uploads.peaksObjectId)}`,
      ),
    )
    .limit(BATCH);
  for (const object of orphans) {
    await shredObject(vault, db, object.id);
    result.orphansShredded++;
  }

  for (const prefix of [QUARANTINE_PREFIX, ACCEPTED_PREFIX]) {
    const swept = await sweepVault(vault, db, { prefix, graceMs: windowMs });
    result.blobsSwept += swept.orphanBlobsDeleted + swept.abandonedWrites + swept.partialWritesRemoved;
  }
  await db.delete(uploadPlaybacks).where(lt(uploadPlaybacks.lastReadAt, new Date(now.getTime() - DAY)));
  return result;
}

/**
 * Uploads waiting on a job (transcribing; accepted recordings not yet processed) whose job failed
 * for good or no longer exists. A transcription falls back to waiting for the uploader; audio that
 * could not be processed fails the upload; a vanished job is queued again.
 */
async function rescueStuck(deps: AppDeps, kind: string, cutoff: Date): Promise<number> {
  const { db } = deps;
  const waitingOn =
    kind === TRANSCRIBE_JOB
      ? eq(uploads.status, 'transcribing')
      : and(eq(uploads.status, 'accepted'), isNull(uploads.contentObjectId), ne(uploads.kind, 'paperwork'));
  const rows = await db
    .select({ id: uploads.id, organizationId: uploads.organizationId, jobStatus: jobs.status })
    .from(uploads)
    .leftJoin(jobs, and(eq(jobs.kind, kind), eq(jobs.dedupeKey, sql`${uploads.id}::text`)))
    .where(
      and(
        waitingOn,
        lt(uploads.updatedAt, cutoff),
        or(isNull(jobs.id), inArray(jobs.status, ['failed', 'succeeded'])),
      ),
    )
    .limit(BATCH);
  let rescued = 0;
  for (const row of rows) {
    const audit = systemAudit(deps.clock.now(), row.organizationId);
    if (row.jobStatus === null) {
      await enqueueJob(db, { kind, payload: { uploadId: row.id }, dedupeKey: row.id });
    } else if (kind === TRANSCRIBE_JOB) {
      await transitionUpload(db, {
        uploadId: row.id,
        from: ['transcribing'],
        set: { status: 'needs_transcript', failureReason: 'stt_failed' },
        audit,
        log: [],
      }).catch(ignoreConflict);
    } else {
      await failUpload(deps, {
        uploadId: row.id,
        from: ['accepted'],
        reason: 'processing_failed',
        audit,
      }).catch(ignoreConflict);
    }
    rescued++;
  }
  return rescued;
}
