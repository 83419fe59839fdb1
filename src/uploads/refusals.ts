import { AppError, type ErrorCode } from '../http/errors.ts';
import {
  acceptedAudioTypes,
  MediaError,
  MediaTooLongError,
  UndecodableMediaError,
  UnsupportedMediaError,
} from '../media/errors.ts';
import { ExtractionError, type ExtractionReason } from '../scan/types.ts';
import type { UploadKind } from './tables.ts';
import { isRecordingKind } from './tables.ts';

/** What may be uploaded, for messages and the error body (`accepted`). */
export const acceptedTypes = {
  recordings: [...acceptedAudioTypes],
  paperwork: ['PDF', 'DOCX', 'RTF', 'plain text'],
};

/** 415 naming what is accepted for the kind (or for every kind while it is not known). */
export function unsupportedType(kind?: UploadKind): AppError {
  const message =
    kind === undefined
      ? `This file type is not accepted. Recordings: ${acceptedTypes.recordings.join(', ')}. Paperwork: ${acceptedTypes.paperwork.join(', ')}.`
      : isRecordingKind(kind)
        ? `A recording must be an audio file: ${acceptedTypes.recordings.join(', ')}.`
        : `Paperwork must be ${acceptedTypes.paperwork.join(', ')}.`;
  return new AppError('UNSUPPORTED_MEDIA_TYPE', message, {
    details: { reason: 'unsupported_type', accepted: acceptedTypes },
  });
}

const extractionCodes: Record<ExtractionReason, ErrorCode> = {
  too_large: 'PAYLOAD_TOO_LARGE',
  corrupt: 'UNPROCESSABLE',
  unsupported_format: 'UNSUPPORTED_MEDIA_TYPE',
  invalid_utf8: 'UNPROCESSABLE',
  pdf_encrypted: 'UNPROCESSABLE',
  pdf_no_text_layer: 'UNPROCESSABLE',
  zip_bomb: 'UNPROCESSABLE',
  too_complex: 'UNPROCESSABLE',
  timeout: 'UNAVAILABLE',
};

/**
 * The refusal a client sees for a file that cannot be checked or played. Extraction and media
 * messages are written for uploaders and never quote the file, so they pass through; the reason is
 * a stable code. Anything else is not a refusal (undefined): it is our failure and stays a 500.
 */
export function refusalFor(err: unknown, what: 'file' | 'transcript' = 'file'): AppError | undefined {
  if (err instanceof AppError) return err;
  if (err instanceof ExtractionError) {
    const message = what === 'transcript' ? `Transcript: ${err.message}` : err.message;
    const details = { reason: err.reason, part: what };
    if (err.reason === 'unsupported_format' && what === 'file') {
      return new AppError('UNSUPPORTED_MEDIA_TYPE', message, {
        details: { ...details, accepted: acceptedTypes },
      });
    }
    return new AppError(extractionCodes[err.reason], message, { details });
  }
  if (err instanceof MediaError) {
    const code: ErrorCode =
      err instanceof UnsupportedMediaError
        ? 'UNSUPPORTED_MEDIA_TYPE'
        : err instanceof UndecodableMediaError
          ? 'UNPROCESSABLE'
          : err instanceof MediaTooLongError
            ? 'PAYLOAD_TOO_LARGE'
            : 'UNAVAILABLE';
    const details: Record<string, unknown> = { reason: err.reason };
    if (err instanceof UnsupportedMediaError) details.accepted = acceptedTypes;
    return new AppError(code, err.message, { details });
  }
  return undefined;
}

/** A refusal's stable reason code, for the access log and the job's last error. */
export function reasonOf(err: AppError): string {
  const reason = err.details?.reason;
  return typeof reason === 'string' ? reason : err.code.toLowerCase();
}
