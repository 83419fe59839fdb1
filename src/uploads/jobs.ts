import type { Db } from '../db/client.ts';
import type { AppDeps } from '../deps.ts';
import { PermanentJobError } from '../jobs/errors.ts';
import { enqueueJob } from '../jobs/queue.ts';
import type { JobRunner } from '../jobs/runner.ts';
import type { JobPayload } from '../jobs/tables.ts';
import { PROCESS_AUDIO_JOB, TRANSCRIBE_JOB } from './decide.ts';
import { processAudio } from './process-audio.ts';
import { reconcileUploads } from './reconcile.ts';
import { transcribeUpload } from './transcribe.ts';

export const RECONCILE_UPLOADS_JOB = 'uploads.reconcile';
/** Often enough that crash leftovers do not outlive the quarantine window by much. */
const RECONCILE_EVERY_MS = 15 * 60_000;

function uploadIdOf(payload: JobPayload): string {
  const id = payload.uploadId;
  if (typeof id !== 'string') throw new PermanentJobError('bad_payload');
  return id;
}

/** The upload pipeline's background work: audio processing, transcription, and the reconciler. */
export function registerUploadJobs(runner: JobRunner, deps: AppDeps): void {
  runner.register(PROCESS_AUDIO_JOB, (payload, { signal }) =>
    processAudio(deps, uploadIdOf(payload), signal),
  );
  runner.register(TRANSCRIBE_JOB, (payload, ctx) => transcribeUpload(deps, uploadIdOf(payload), ctx));
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
