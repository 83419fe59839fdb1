import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { MediaProcessingError, UndecodableMediaError } from '../media/errors.ts';
import { type AudioInfo, audioInfoFromProbe } from '../media/probe.ts';
import type { MediaProcessor } from '../media/processor.ts';
import { extractAudioTags } from '../scan/extract/index.ts';
import { probeAudio } from '../scan/extract/probe-audio.ts';
import { type Extraction, ExtractionError } from '../scan/types.ts';
import type { Vault } from '../vault/vault.ts';
import { decryptToFile } from './vault-files-node.ts';

export interface InspectedRecording {
  info: AudioInfo;
  /** The recording's tags as metadata parts, scanned like a document's properties. */
  tags: Extraction;
}

/**
 * Decrypts a quarantined recording into a private temp file and probes it once: the probe both
 * decides whether it is an accepted recording (media's rules) and yields the tags to scan.
 */
export async function inspectRecording(
  deps: {
    vault: Vault;
    db: Db;
    media: MediaProcessor;
    config: Pick<Config, 'MAX_AUDIO_SECONDS' | 'FFMPEG_TIMEOUT_SECONDS' | 'FFMPEG_MEMORY_MB'>;
  },
  objectId: string,
): Promise<InspectedRecording> {
  const { ffprobe } = await deps.media.binaries();
  return deps.media.withTempDir(async (dir) => {
    const file = join(dir, 'original');
    await decryptToFile(deps.vault, deps.db, objectId, file);
    let probe: Awaited<ReturnType<typeof probeAudio>>;
    try {
      probe = await probeAudio(file, {
        ffprobePath: ffprobe,
        timeoutMs: deps.config.FFMPEG_TIMEOUT_SECONDS * 1000,
        maxResidentBytes: deps.config.FFMPEG_MEMORY_MB * 1024 * 1024,
      });
    } catch (err) {
      if (err instanceof ExtractionError && err.reason === 'corrupt')
        throw new UndecodableMediaError('corrupt');
      if (err instanceof ExtractionError && err.reason === 'timeout')
        throw new MediaProcessingError('timeout');
      if (err instanceof ExtractionError && err.reason === 'too_complex')
        throw new UndecodableMediaError('too_complex');
      throw new MediaProcessingError('ffprobe_failed', { cause: err });
    }
    return { info: audioInfoFromProbe(probe, deps.config.MAX_AUDIO_SECONDS), tags: extractAudioTags(probe) };
  });
}
