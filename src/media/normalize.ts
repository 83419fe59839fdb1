import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { probeAudio } from '../scan/extract/probe-audio.ts';
import { ExtractionError } from '../scan/types.ts';
import { decodeFailure, MediaProcessingError, MediaTooLongError, UndecodableMediaError } from './errors.ts';
import { fileInputArgs, runFfmpeg } from './run-ffmpeg.ts';
import { withPrivateTempDir } from './temp-dir.ts';

/** Node-only (spawns ffmpeg). */
export interface NormalizeOptions {
  ffmpegPath: string;
  ffprobePath: string;
  /** Per ffmpeg run. */
  timeoutMs: number;
  maxAudioSeconds: number;
  /** Per ffmpeg/ffprobe run: resident memory past this refuses the file as too complex. */
  maxResidentBytes?: number;
  signal?: AbortSignal;
}

export interface NormalizedAudio {
  container: 'ogg';
  codec: 'opus';
  contentType: typeof NORMALIZED_CONTENT_TYPE;
  channels: 1;
  sampleRate: 48_000;
  durationMs: number;
  bytes: number;
}

/**
 * The stored form of every recording: Opus, mono, in Ogg.
 *
 * Why Ogg rather than WebM: Ogg Opus plays in every current browser (Chrome, Firefox, Edge, Safari
 * 18.4+) and streams over HTTP Range requests — a seek bisects the file with a few small ranged reads,
 * which our content route serves. WebM's index would save those reads, but Matroska's mandatory
 * MuxingApp/WritingApp elements and the per-track DURATION tag cannot be left out by ffmpeg, so
 * WebM output always carries tags; Ogg output carries none (checked with ffprobe in the tests).
 */
export const NORMALIZED_CONTENT_TYPE = 'audio/ogg; codecs=opus';

/**
 * 40 kbit/s: Opus's recommended range for fullband speech is 28–40 kbit/s; the top of it leaves room
 * for rooms with several speakers and background noise. A 4 h session is about 72 MB.
 */
const BITRATE = 40_000;

/** No bitrate spike can push a capped-duration output this far; if it does, something is wrong. */
const maxOutputBytes = (maxSeconds: number) => Math.ceil(((maxSeconds + 1) * BITRATE * 2) / 8) + 1024 * 1024;

/**
 * Transcodes `input` (any accepted recording) to `output` as Opus mono in Ogg with no metadata left:
 * no tags, chapters or cover art of the original, and no encoder tag. Two runs, because ffmpeg adds an
 * "encoder" tag to every stream it encodes even in bitexact mode; a stream-copy remux with
 * `-map_metadata -1` is what drops it. Returns the decoded duration, which, unlike a header's claim,
 * cannot lie — over MAX_AUDIO_SECONDS is refused.
 */
export async function normalizeAudio(
  input: string,
  output: string,
  options: NormalizeOptions,
): Promise<NormalizedAudio> {
  const run = (args: string[]) =>
    runFfmpeg(args, {
      ffmpegPath: options.ffmpegPath,
      timeoutMs: options.timeoutMs,
      signal: options.signal,
      maxResidentBytes: options.maxResidentBytes,
    });
  const limit = options.maxAudioSeconds;
  await withPrivateTempDir(async (dir) => {
    const encoded = join(dir, 'encoded.ogg');
    const strip = ['-map_metadata', '-1', '-map_chapters', '-1', '-fflags', '+bitexact'];
    try {
      await run([
        // Decoding one second past the limit is how an over-long file is recognised.
        ...fileInputArgs(input, { maxSeconds: limit + 1 }),
        ...['-map', '0:a:0', '-vn', '-sn', '-dn', ...strip, '-flags:a', '+bitexact'],
        ...['-ac', '1', '-ar', '48000', '-c:a', 'libopus', '-b:a', String(BITRATE), '-vbr', 'on'],
        ...['-application', 'voip', '-threads', '1', '-fs', String(maxOutputBytes(limit))],
        ...['-f', 'ogg', '-y', `file:${encoded}`],
      ]);
    } catch (err) {
      throw decodeFailure(err);
    }
    await run([
      ...fileInputArgs(encoded),
      '-map',
      '0:a:0',
      '-c',
      'copy',
      ...strip,
      '-f',
      'ogg',
      '-y',
      `file:${output}`,
    ]);
  });

  const [probe, size] = await Promise.all([
    // An output ffprobe cannot read holds no audio frames (only Ogg headers were written).
    probeAudio(output, {
      ffprobePath: options.ffprobePath,
      timeoutMs: options.timeoutMs,
      maxResidentBytes: options.maxResidentBytes,
    }).catch((err) => {
      throw err instanceof ExtractionError && err.reason === 'corrupt'
        ? new UndecodableMediaError('no_audio_decoded')
        : new MediaProcessingError('ffprobe_failed', { cause: err });
    }),
    stat(output).then((s) => s.size),
  ]);
  if (size >= maxOutputBytes(limit)) throw new MediaProcessingError('output_too_large');
  const seconds = Number(probe.format?.duration);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UndecodableMediaError('no_audio_decoded');
  if (seconds > limit) throw new MediaTooLongError(limit);
  return {
    container: 'ogg',
    codec: 'opus',
    contentType: NORMALIZED_CONTENT_TYPE,
    channels: 1,
    sampleRate: 48_000,
    durationMs: Math.round(seconds * 1000),
    bytes: size,
  };
}
