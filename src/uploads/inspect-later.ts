import { and, eq } from 'drizzle-orm';
import type { AppDeps } from '../deps.ts';
import { MediaError } from '../media/errors.ts';
import type { MediaProcessor } from '../media/processor.ts';
import { ignoreConflict } from './conflict.ts';
import { failUpload, rejectUpload } from './decide.ts';
import { scanUpload } from './scan.ts';
import { type Upload, uploads } from './tables.ts';
import { systemAudit } from './transitions.ts';

/**
 * What the upload route does on Node, done by the audio job for a recording that arrived through the
 * Worker (no ffmpeg there): probe it (undecodable or too long fails it, shredding everything) and
 * scan its tags against the team's roster and policy (a finding rejects it, shredding everything and
 * keeping the masked report). Its transcript was scanned on arrival. Returns whether to go on.
 */
export async function inspectAcceptedRecording(
  deps: AppDeps,
  media: MediaProcessor,
  row: Upload & { originalObjectId: string; teamId: string },
): Promise<boolean> {
  const audit = () => systemAudit(deps.clock.now(), row.organizationId);
  let recording: Awaited<ReturnType<MediaProcessor['inspectRecording']>>;
  try {
    recording = await media.inspectRecording(deps, row.originalObjectId);
  } catch (err) {
    if (!(err instanceof MediaError && err.permanent)) throw err;
    await failUpload(deps, {
      uploadId: row.id,
      from: ['accepted'],
      reason: err.reason,
      audit: audit(),
    }).catch(ignoreConflict);
    return false;
  }
  const verdict = await scanUpload(deps, { teamId: row.teamId, file: recording.tags });
  if (!verdict.accepted) {
    await rejectUpload(deps, {
      uploadId: row.id,
      from: ['accepted'],
      verdict,
      withTranscript: row.transcriptObjectId !== null,
      audit: audit(),
    }).catch(ignoreConflict);
    return false;
  }
  const updated = await deps.db
    .update(uploads)
    .set({ audioInspected: true, format: recording.info.container })
    .where(and(eq(uploads.id, row.id), eq(uploads.status, 'accepted')))
    .returning({ id: uploads.id });
  return updated.length > 0;
}
