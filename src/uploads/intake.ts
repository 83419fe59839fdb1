import { concatBytes } from '../bytes.ts';
import { AppError } from '../http/errors.ts';
import { AUDIO_SNIFF_BYTES, sniffAudio } from '../media/sniff.ts';
import { formatSize } from './multipart.ts';
import { unsupportedType } from './refusals.ts';
import { isRecordingKind, type UploadKind } from './tables.ts';

/** What the file part looked like as it streamed past, before it was decrypted again. */
export interface Intake {
  /** The first bytes (for sniffing). */
  head: Uint8Array;
  size: number;
  /** The first bytes start an accepted audio container. */
  looksLikeAudio: boolean;
}

/**
 * Watches the file part on its way into the vault: keeps its first bytes and its size, and refuses
 * early what is already certain from the first bytes — a recording kind whose file is no audio
 * (415), a non-audio file larger than a document may be (413) — instead of reading gigabytes first.
 * The kind may still be unknown here (fields after the file); the final checks come after the stream.
 */
export function inspectFilePart(
  body: ReadableStream<Uint8Array>,
  options: { kind: UploadKind | undefined; maxDocumentBytes: number },
): { stream: ReadableStream<Uint8Array>; intake: Promise<Intake>; refusal: () => AppError | undefined } {
  let head = new Uint8Array(0);
  let size = 0;
  let refusal: AppError | undefined;
  let settle!: (intake: Intake) => void;
  const intake = new Promise<Intake>((resolve) => {
    settle = resolve;
  });
  const decided = () => head.length >= AUDIO_SNIFF_BYTES;
  const transform = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      if (!decided()) {
        const merged = new Uint8Array(Math.min(AUDIO_SNIFF_BYTES, head.length + chunk.length));
        merged.set(head);
        merged.set(chunk.subarray(0, merged.length - head.length), head.length);
        head = merged;
        if (decided() && !sniffAudio(head) && options.kind && isRecordingKind(options.kind)) {
          refusal = unsupportedType(options.kind);
          return controller.error(refusal);
        }
      }
      size += chunk.byteLength;
      if (size > options.maxDocumentBytes && decided() && !sniffAudio(head)) {
        refusal = new AppError(
          'PAYLOAD_TOO_LARGE',
          `Documents may be at most ${formatSize(options.maxDocumentBytes)}.`,
        );
        return controller.error(refusal);
      }
      controller.enqueue(chunk);
    },
    flush() {
      settle({ head, size, looksLikeAudio: sniffAudio(head) !== null });
    },
  });
  return { stream: body.pipeThrough(transform), intake, refusal: () => refusal };
}

/** Collects a transcript part into memory: transcripts are text, read whole by the extractor anyway. */
export async function collectSmallPart(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  what: string,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    // Throwing out of the loop cancels the stream, which stops the rest of the part.
    if (size > maxBytes) {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `The ${what} is larger than the limit of ${formatSize(maxBytes)}.`,
      );
    }
    chunks.push(chunk);
  }
  return concatBytes(chunks, size);
}
