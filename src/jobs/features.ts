import type { AppDeps } from '../deps.ts';
import { registerResidencyJobs } from '../residency/jobs.ts';
import { registerRetentionJobs } from '../retention/jobs.ts';
import { registerUploadJobs } from '../uploads/jobs.ts';
import { registerHousekeepingJobs } from './portable.ts';
import type { JobRunner } from './runner.ts';

export { PRUNE_JOBS_KIND } from './portable.ts';

/**
 * Every feature's background work, registered on the runner the Node entry starts. Features add
 * their handlers (`runner.register(kind, handler)`) and recurring tasks (`runner.schedule(kind, ms)`)
 * here, the way CLI commands are listed in src/cli/main.ts. Jobs that need no ffmpeg or files go in
 * portable.ts, which the Worker's cron registers too.
 */
export function registerFeatureJobs(runner: JobRunner, deps: AppDeps): void {
  registerHousekeepingJobs(runner, deps);
  registerUploadJobs(runner, deps);
  registerRetentionJobs(runner, deps);
  registerResidencyJobs(runner, deps);
}
