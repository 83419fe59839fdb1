import type { Db } from '../db/client.ts';
import type { AppDeps } from '../deps.ts';
import { enqueueJob } from '../jobs/queue.ts';
import type { JobRunner } from '../jobs/runner.ts';
import { reconcileUploads } from './reconcile.ts';

export const RECONCILE_UPLOADS_JOB = 'uploads.reconcile';
/** Often enough that crash leftovers do not outlive the quarantine window by much. */
const RECONCILE_EVERY_MS = 15 * 60_000;

/** The upload reconciler as a recurring job. Needs no ffmpeg, so the Worker's cron runs it too. */
export function registerReconcileJob(runner: JobRunner, deps: AppDeps): void {
  runner.register(RECONCILE_UPLOADS_JOB, async (_payload, { logger }) => {
    const result = await reconcileUploads(deps);
    if (Object.values(result).some((n) => n > 0)) logger.info('upload reconciler cleaned up', { ...result });
  });
  runner.schedule(RECONCILE_UPLOADS_JOB, RECONCILE_EVERY_MS);
}

/**
 * A reconciler run now, when an instance starts: a crash is usually followed by a restart, and what
 * it left behind should not wait for the next scheduled slot. A one-attempt job, so only one of
 * several instances starting together does the work at a time and a failure waits for the schedule.
 */
export async function enqueueStartupReconcile(db: Db): Promise<void> {
  await enqueueJob(db, {
    kind: RECONCILE_UPLOADS_JOB,
    dedupeKey: `startup:${crypto.randomUUID()}`,
    maxAttempts: 1,
  });
}
