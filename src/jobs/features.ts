import { registerAuditJobs, registerAuditRetentionJob } from '../audit/jobs.ts';
import { keyRingAuditSigner } from '../audit/signer.ts';
import type { AppDeps } from '../deps.ts';
import { registerResidencyJobs } from '../residency/jobs.ts';
import { registerRetentionJobs } from '../retention/jobs.ts';
import { registerUploadJobs } from '../uploads/jobs.ts';
import { pruneFinishedJobs } from './queue.ts';
import type { JobRunner } from './runner.ts';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

export const PRUNE_JOBS_KIND = 'jobs.prune';

/**
 * Every feature's background work, registered on the runner the Node entry starts. Features add
 * their handlers (`runner.register(kind, handler)`) and recurring tasks (`runner.schedule(kind, ms)`)
 * here, the way CLI commands are listed in src/cli/main.ts.
 */
export function registerFeatureJobs(runner: JobRunner, deps: AppDeps): void {
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
  registerUploadJobs(runner, deps);
  registerRetentionJobs(runner, deps);
  registerResidencyJobs(runner, deps);
}
