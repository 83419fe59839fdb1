import { join } from 'node:path';
import { and, eq, isNull } from 'drizzle-orm';
import type { AppDeps } from '../deps.ts';
import { MediaError, MediaProcessingError } from '../media/errors.ts';
import { NORMALIZED_CONTENT_TYPE } from '../media/normalize.ts';
import { teamLocation } from '../residency/location.ts';
import { shredObject } from '../vault/objects.ts';
import { ignoreConflict } from './conflict.ts';
import { crashPoint } from './crash.ts';
import { failUpload } from './decide.ts';
import { inspectAcceptedRecording } from './inspect-later.ts';
import { uploads } from './tables.ts';
import { systemAudit } from './transitions.ts';
import { acceptedPrefix, putBytes, shredObjects } from './vault-files.ts';
import { decryptToFile, putFile } from './vault-files-node.ts';

/**
 * The audio job after a recording is accepted: decrypt the original into a private temp directory,
 * normalize it (Opus mono in Ogg, no tags left), compute waveform peaks, store both encrypted, then
 * record them — and shred the original unless KEEP_ORIGINAL_AUDIO — in one conditional transaction.
 * Idempotent: a recording already processed, deleted or failed is left alone, and objects written
 * by a run that lost the race are shredded. A file that turns out undecodable or too long fails the
 * upload (everything shredded); anything else is thrown for the queue to retry.
 */
export async function processAudio(deps: AppDeps, uploadId: string, signal?: AbortSignal): Promise<void> {
  const { vault, db, media, config } = deps;
  const [row] = await db.select().from(uploads).where(eq(uploads.id, uploadId));
  if (row?.status !== 'accepted' || row.contentObjectId || !row.originalObjectId || !row.teamId) return;
  // Only the Node job worker has ffmpeg; a Worker never registers this job.
  if (!media) throw new MediaProcessingError('ffmpeg_missing');
  const originalId = row.originalObjectId;
  if (!row.audioInspected) {
    const goOn = await inspectAcceptedRecording(deps, media, {
      ...row,
      originalObjectId: originalId,
      teamId: row.teamId,
    });
    if (!goOn) return;
  }
  const written: string[] = [];
  let result: { audioId: string; peaksId: string; durationMs: number };
  try {
    result = await media.withTempDir(async (dir) => {
      const input = join(dir, 'original');
      const output = join(dir, 'normalized.ogg');
      await decryptToFile(vault, db, originalId, input);
      const normalized = await media.normalizeAudio(input, output, { signal });
      const { peaks } = await media.computePeaks(output, { signal });
      const location = await teamLocation(deps, row.teamId);
      const audio = await putFile(vault, db, acceptedPrefix(uploadId), output, location);
      written.push(audio.objectId);
      const peaksObject = await putBytes(
        vault,
        db,
        acceptedPrefix(uploadId),
        new TextEncoder().encode(JSON.stringify(peaks)),
        location,
      );
      written.push(peaksObject.objectId);
      return { audioId: audio.objectId, peaksId: peaksObject.objectId, durationMs: normalized.durationMs };
    });
  } catch (err) {
    await shredObjects(vault, db, written).catch(() => {});
    if (err instanceof MediaError && err.permanent) {
      await failUpload(deps, {
        uploadId,
        from: ['accepted'],
        reason: err.reason,
        audit: systemAudit(deps.clock.now(), row.organizationId),
      }).catch(ignoreConflict);
      return;
    }
    throw err;
  }
  crashPoint(config, 'normalized');
  const now = deps.clock.now();
  const recorded = await db.transaction(async (tx) => {
    const updated = await tx
      .update(uploads)
      .set({
        contentObjectId: result.audioId,
        contentType: NORMALIZED_CONTENT_TYPE,
        peaksObjectId: result.peaksId,
        durationMs: result.durationMs,
        processedAt: now,
        updatedAt: now,
      })
      .where(and(eq(uploads.id, uploadId), eq(uploads.status, 'accepted'), isNull(uploads.contentObjectId)))
      .returning({ id: uploads.id });
    if (updated.length === 0) return false;
    if (!config.KEEP_ORIGINAL_AUDIO) await shredObject(vault, tx, originalId);
    return true;
  });
  if (!recorded) await shredObjects(vault, db, written);
}
