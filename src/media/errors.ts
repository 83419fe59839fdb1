/**
 * Media refusals and failures. Messages are shown to the uploader, so they describe the problem
 * without quoting anything from the file (ffmpeg's own output can carry tags and paths). The upload
 * route maps them: UnsupportedMediaError → 415, UndecodableMediaError → 422, MediaTooLongError → 413,
 * MediaProcessingError → 500/503 (our side, not the file's).
 */
export abstract class MediaError extends Error {
  /** Stable, machine-readable; safe to log and to store as a job's last error. */
  readonly reason: string;
  /** Retrying cannot help (the job queue fails such jobs at once). */
  abstract readonly permanent: boolean;
  constructor(reason: string, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** Formats a recording may arrive in, for messages and the upload form. */
export const acceptedAudioTypes = ['WAV', 'MP3', 'M4A/AAC', 'OGG/Opus', 'WebM', 'FLAC'] as const;

/** Not one of the accepted audio formats: another type, a video, or an audio codec we do not take. */
export class UnsupportedMediaError extends MediaError {
  readonly permanent = true;
  constructor(
    reason: 'not_audio' | 'video' | 'no_audio_stream' | 'unsupported_format' | 'unsupported_codec',
  ) {
    const why = {
      not_audio: 'This file is not an audio recording.',
      video: 'Video files are not accepted; upload the audio only.',
      no_audio_stream: 'This file holds no audio.',
      unsupported_format: 'This audio format is not accepted.',
      unsupported_codec: 'This audio encoding is not accepted.',
    }[reason];
    super(reason, `${why} Accepted: ${acceptedAudioTypes.join(', ')}.`);
    this.name = 'UnsupportedMediaError';
  }
}

/** Looks like an accepted format but cannot be decoded: empty, damaged or truncated. */
export class UndecodableMediaError extends MediaError {
  readonly permanent = true;
  constructor(reason: 'empty' | 'corrupt' | 'no_audio_decoded' | 'too_complex') {
    const why = {
      too_complex: 'The audio file is too complex to process safely: save it again as a plain WAV or MP3.',
      empty: 'The audio file is empty.',
      corrupt: 'The audio file could not be decoded: it is damaged or truncated.',
      no_audio_decoded: 'The audio file could not be decoded: it contains no playable audio.',
    }[reason];
    super(reason, why);
    this.name = 'UndecodableMediaError';
  }
}

export class MediaTooLongError extends MediaError {
  readonly permanent = true;
  readonly maxSeconds: number;
  constructor(maxSeconds: number) {
    super('too_long', `The recording is longer than the limit of ${formatSeconds(maxSeconds)}.`);
    this.name = 'MediaTooLongError';
    this.maxSeconds = maxSeconds;
  }
}

/**
 * ffmpeg could not do its job for reasons that are ours or transient: the binary is missing, it ran
 * out of time, its output hit the size cap, or the work was cancelled. Retrying may help.
 */
export class MediaProcessingError extends MediaError {
  readonly permanent = false;
  constructor(reason: string, options: { cause?: unknown } = {}) {
    super(reason, 'The audio could not be processed. Please try again later.');
    this.name = 'MediaProcessingError';
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

/** ffmpeg exited non-zero. `reason` is a code derived from its stderr; the stderr itself is not kept. */
export class FfmpegFailedError extends Error {
  readonly reason: string;
  readonly exitCode: number | null;
  constructor(reason: string, exitCode: number | null) {
    super(`ffmpeg failed (${reason})`);
    this.name = 'FfmpegFailedError';
    this.reason = reason;
    this.exitCode = exitCode;
  }
}

/** ffmpeg refusing the input is the file's fault (422); everything else stays ours. */
export function decodeFailure(err: unknown): unknown {
  if (err instanceof FfmpegFailedError) {
    if (err.reason === 'no_stream') return new UndecodableMediaError('no_audio_decoded');
    if (['truncated', 'invalid_data', 'no_decoder', 'decode_error'].includes(err.reason)) {
      return new UndecodableMediaError('corrupt');
    }
    return new MediaProcessingError(`ffmpeg_${err.reason}`, { cause: err });
  }
  return err;
}

function formatSeconds(s: number): string {
  if (s % 3600 === 0) return `${s / 3600} h`;
  if (s % 60 === 0) return `${s / 60} min`;
  return `${s} s`;
}
