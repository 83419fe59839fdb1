import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../deps.ts';
import type { JobContext } from '../jobs/runner.ts';
import { MediaProcessingError } from '../media/errors.ts';
import { teamLocation } from '../residency/location.ts';
import { type Extraction, ExtractionError } from '../scan/types.ts';
import { SttError } from '../stt/errors.ts';
import { sttOptionsFrom, transcribeAudio } from '../stt/transcribe.ts';
import { ignoreConflict } from './conflict.ts';
import { acceptUpload, rejectUpload } from './decide.ts';
import { extractorOf } from './extraction.ts';
import { scanUpload } from './scan.ts';
import { uploads } from './tables.ts';
import { transcriptContentType } from './transcripts.ts';
import { systemAudit, transitionUpload } from './transitions.ts';
import { acceptedPrefix, putBytes, shredObjects } from './vault-files.ts';
import { decryptToFile } from './vault-files-node.ts';

/** What the speech-to-text server is told the recording is (it picks its decoder by these). */
const sttAudioTypes: Record<string, { type: string; ext: string }> = {
  wav: { type: 'audio/wav', ext: 'wav' },
  mp3: { type: 'audio/mpeg', ext: 'mp3' },
  m4a: { type: 'audio/mp4', ext: 'm4a' },
  aac: { type: 'audio/aac', ext: 'aac' },
  ogg: { type: 'audio/ogg', ext: 'ogg' },
  webm: { type: 'audio/webm', ext: 'webm' },
  flac: { type: 'audio/flac', ext: 'flac' },
};

/**
 * The transcription job: the recording goes to the configured speech-to-text server (decrypted into a
 * private temp file for the length of the request), and the transcript that comes back is scanned
 * with the title like an uploaded one. Clean → accepted, with the transcript stored; findings →
 * rejected and shredded. When the server refuses for good, or the last attempt fails, the upload
 * falls back to `needs_transcript` so the uploader can attach one. Idempotent: it acts only on an
 * upload still `transcribing`.
 */
export async function transcribeUpload(
  deps: AppDeps,
  uploadId: string,
  ctx: Pick<JobContext, 'job' | 'signal'>,
): Promise<void> {
  const { vault, db, media, config } = deps;
  const [row] = await db.select().from(uploads).where(eq(uploads.id, uploadId));
  if (row?.status !== 'transcribing' || !row.originalObjectId || !row.teamId) return;
  const audit = () => systemAudit(deps.clock.now(), row.organizationId);
  const fallBack = (reason: string) =>
    transitionUpload(db, {
      uploadId,
      from: ['transcribing'],
      set: { status: 'needs_transcript', failureReason: reason },
      audit: audit(),
      log: [],
    }).catch(ignoreConflict);
  if (!media) throw new MediaProcessingError('ffmpeg_missing');
  const stt = sttOptionsFrom(config);
  if (!stt) return void (await fallBack('stt_not_configured'));
  const audio = sttAudioTypes[row.format ?? ''] ?? { type: 'application/octet-stream', ext: 'bin' };
  let bytes: Uint8Array;
  try {
    bytes = await media.withTempDir(async (dir) => {
      const path = join(dir, `recording.${audio.ext}`);
      await decryptToFile(vault, db, row.originalObjectId!, path);
      return transcribeAudio(
        stt,
        { path, contentType: audio.type, filename: `recording.${audio.ext}` },
        ctx.signal,
      );
    });
  } catch (err) {
    const lastTry = ctx.job.attempt >= ctx.job.maxAttempts;
    if (err instanceof SttError && (err.permanent || lastTry))
      return void (await fallBack(`stt_${err.code}`));
    throw err;
  }
  let transcript: Extraction;
  try {
    transcript = await extractorOf(deps).transcript(bytes, {
      extension: 'json',
      maxBytes: config.MAX_DOCUMENT_BYTES,
    });
  } catch (err) {
    if (err instanceof ExtractionError) return void (await fallBack('stt_unreadable'));
    throw err;
  }
  const verdict = await scanUpload(deps, { teamId: row.teamId, title: row.title, transcript });
  if (!verdict.accepted) {
    await rejectUpload(deps, {
      uploadId,
      from: ['transcribing'],
      audit: audit(),
      verdict,
      withTranscript: true,
    }).catch(ignoreConflict);
    return;
  }
  const stored = await putBytes(
    vault,
    db,
    acceptedPrefix(uploadId),
    bytes,
    await teamLocation(deps, row.teamId),
  );
  try {
    await acceptUpload(deps, {
      uploadId,
      from: ['transcribing'],
      audit: audit(),
      set: {
        transcriptObjectId: stored.objectId,
        transcriptContentType: transcriptContentType(transcript.format),
        transcriptSource: 'stt',
      },
      withTranscript: true,
      processAudio: true,
    });
  } catch (err) {
    await shredObjects(vault, db, [stored.objectId]);
    ignoreConflict(err);
  }
}
