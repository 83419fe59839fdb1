import { registerPortableJobs } from '../jobs/portable.ts';
import { JobRunner } from '../jobs/runner.ts';
import type { WorkerRuntime } from './runtime.ts';

/** Jobs one cron invocation runs at most, so it stays well inside a scheduled Worker's time limit. */
const MAX_JOBS_PER_TICK = 20;

/**
 * The Worker's cron: enqueues the recurring jobs whose slot has come (one instance wins each slot,
 * as on Node) and runs the due ones that need no ffmpeg — reconciler, access-log checkpoint, pruning.
 * Audio normalization, peaks and speech-to-text stay queued for `qa-vault worker` on Node.
 */
export async function runScheduled(
  runtime: WorkerRuntime,
  now: Date,
): Promise<{ enqueued: number; ran: number }> {
  const { deps } = runtime;
  const runner = new JobRunner({ db: deps.db, logger: deps.logger, clock: deps.clock });
  registerPortableJobs(runner, deps);
  const enqueued = await runner.tickSchedules(now);
  const ran = await runner.runUntilIdle(MAX_JOBS_PER_TICK);
  deps.logger.info('cron ran', { enqueued, ran });
  return { enqueued, ran };
}
