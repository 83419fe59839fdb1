import type { AppDeps } from '../deps.ts';
import { PermanentJobError } from '../jobs/errors.ts';
import type { JobRunner } from '../jobs/runner.ts';
import type { JobPayload } from '../jobs/tables.ts';
import { PROCESS_AUDIO_JOB, TRANSCRIBE_JOB } from './decide.ts';
import { processAudio } from './process-audio.ts';
import { registerReconcileJob } from './reconcile-job.ts';
import { transcribeUpload } from './transcribe.ts';

function uploadIdOf(payload: JobPayload): string {
  const id = payload.uploadId;
  if (typeof id !== 'string') throw new PermanentJobError('bad_payload');
  return id;
}

/** The upload pipeline's background work: audio processing and transcription (Node: ffmpeg), and the reconciler. */
export function registerUploadJobs(runner: JobRunner, deps: AppDeps): void {
  runner.register(PROCESS_AUDIO_JOB, (payload, { signal }) =>
    processAudio(deps, uploadIdOf(payload), signal),
  );
  runner.register(TRANSCRIBE_JOB, (payload, ctx) => transcribeUpload(deps, uploadIdOf(payload), ctx));
  registerReconcileJob(runner, deps);
}
