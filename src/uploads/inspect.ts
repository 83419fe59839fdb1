import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { MediaProcessingError, UndecodableMediaError } from '../media/errors.ts';
import { type AudioInfo, audioInfoFromProbe } from '../media/probe.ts';
import type { MediaProcessor } from '../media/processor.ts';
import type { Extractor } from '../scan/extract/extractor.ts';
import { type DocumentFormat, detectDocumentFormat, extractAudioTags } from '../scan/extract/index.ts';
import { probeAudio } from '../scan/extract/probe-audio.ts';
import { type Extraction, ExtractionError } from '../scan/types.ts';
import type { Vault } from '../vault/vault.ts';
import { documentLimits, extractorOf } from './extraction.ts';
import { unsupportedType } from './refusals.ts';
import { decryptToFile, readObjectBytes } from './vault-files.ts';

/** Document formats accepted as paperwork (each has a metadata stripper in src/documents/). */
export const acceptedDocumentFormats = ['pdf', 'docx', 'rtf', 'text'] as const;
export type AcceptedDocumentFormat = (typeof acceptedDocumentFormats)[number];

export const documentContentTypes: Record<AcceptedDocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  rtf: 'application/rtf',
  text: 'text/plain; charset=utf-8',
};

export interface InspectedDocument {
  format: AcceptedDocumentFormat;
  bytes: Uint8Array;
  extraction: Extraction;
}

const isAccepted = (format: DocumentFormat): format is AcceptedDocumentFormat =>
  (acceptedDocumentFormats as readonly string[]).includes(format);

/**
 * Decrypts a quarantined document into memory (it is at most MAX_DOCUMENT_BYTES, checked as it
 * streamed in), finds its format by parsing, and extracts text and metadata for the scan.
 */
export async function inspectDocument(
  deps: {
    vault: Vault;
    db: Db;
    config: Pick<Config, 'MAX_DOCUMENT_BYTES' | 'EXTRACT_MAX_INFLATED_MB'>;
    extractor?: Extractor;
  },
  objectId: string,
): Promise<InspectedDocument> {
  const bytes = await readObjectBytes(deps.vault, deps.db, objectId);
  const format = detectDocumentFormat(bytes);
  if (!isAccepted(format)) throw unsupportedType('paperwork');
  const extraction = await extractorOf(deps).document(bytes, documentLimits(deps.config));
  return { format, bytes, extraction };
}

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
