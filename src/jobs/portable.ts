import { registerAuditJobs, registerAuditRetentionJob } from '../audit/jobs.ts';
import { keyRingAuditSigner } from '../audit/signer.ts';
import type { AppDeps } from '../deps.ts';
import { registerReconcileJob } from '../uploads/reconcile-job.ts';
import { pruneFinishedJobs } from './queue.ts';
import type { JobRunner } from './runner.ts';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

export const PRUNE_JOBS_KIND = 'jobs.prune';

/**
 * The jobs that need no ffmpeg or files: housekeeping and the upload reconciler. The Worker's cron
 * registers only these (src/worker/scheduled.ts); audio work waits for `qa-vault worker` on Node.
 * Imports nothing Node-only: the Worker bundle reaches this file.
 */
export function registerPortableJobs(runner: JobRunner, deps: AppDeps): void {
  registerHousekeepingJobs(runner, deps);
  registerReconcileJob(runner, deps);
}

/** Pruning, access-log checkpoints and access-log retention (the reconciler comes with the upload jobs on Node). */
export function registerHousekeepingJobs(runner: JobRunner, deps: AppDeps): void {
  // Finished jobs are history, not state; failed ones stay longer for operators to look at.
  runner.register(PRUNE_JOBS_KIND, async (_payload, { logger }) => {
    const deleted = await pruneFinishedJobs(deps.db, {
      succeededOlderThanMs: 7 * DAY,
      failedOlderThanMs: 30 * DAY,
    });
    if (deleted > 0) logger.info('pruned finished jobs', { deleted });
  });
  runner.schedule(PRUNE_JOBS_KIND, 6 * HOUR);
  registerAuditJobs(runner, {
    db: deps.db,
    clock: deps.clock,
    signer: keyRingAuditSigner(deps.vault.keys),
    everyMs: deps.config.AUDIT_CHECKPOINT_MINUTES * 60_000,
  });
  registerAuditRetentionJob(runner, {
    db: deps.db,
    clock: deps.clock,
    signer: keyRingAuditSigner(deps.vault.keys),
    retentionDays: deps.config.AUDIT_RETENTION_DAYS,
  });
}
