import { keyRingAuditSigner } from '../audit/signer.ts';
import type { AppDeps } from '../deps.ts';
import { PermanentJobError } from '../jobs/errors.ts';
import type { JobRunner } from '../jobs/runner.ts';
import { executeConfirmedRun, RETENTION_EXECUTE_JOB, type RetentionDeps, runRetentionForAll } from './run.ts';

export const RETENTION_RUN_JOB = 'retention.run';
/** Daily: a due upload waits a day at most (well inside the 60 days policy allows). */
const RETENTION_EVERY_MS = 24 * 3_600_000;

export function retentionDeps(deps: AppDeps): RetentionDeps {
  return {
    db: deps.db,
    vault: deps.vault,
    config: deps.config,
    signer: keyRingAuditSigner(deps.vault.keys),
    logger: deps.logger,
  };
}

/** The daily disposal run over every organization, and the disposal of runs an admin confirmed. */
export function registerRetentionJobs(runner: JobRunner, deps: AppDeps): void {
  runner.register(RETENTION_RUN_JOB, async (_payload, { logger }) => {
    const results = await runRetentionForAll(retentionDeps(deps), deps.clock.now());
    const disposed = results.reduce(
      (n, r) => n + (r.result.outcome === 'completed' ? r.result.run.disposedCount : 0),
      0,
    );
    const stopped = results.filter((r) => r.result.outcome === 'awaiting_confirmation').length;
    if (disposed > 0 || stopped > 0) logger.info('retention run', { disposed, stopped });
  });
  runner.schedule(RETENTION_RUN_JOB, RETENTION_EVERY_MS);
  runner.register(RETENTION_EXECUTE_JOB, async (payload) => {
    if (typeof payload.runId !== 'string') throw new PermanentJobError('bad_payload');
    await executeConfirmedRun(retentionDeps(deps), payload.runId, deps.clock.now());
  });
}
