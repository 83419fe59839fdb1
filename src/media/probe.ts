import { open } from 'node:fs/promises';
import type { FfprobeOutput } from '../scan/extract/audio-tags.ts';
import { probeAudio } from '../scan/extract/probe-audio.ts';
import { ExtractionError } from '../scan/types.ts';
import {
  MediaProcessingError,
  MediaTooLongError,
  UndecodableMediaError,
  UnsupportedMediaError,
} from './errors.ts';
import { AUDIO_SNIFF_BYTES, type AudioContainer, sniffAudio } from './sniff.ts';

/** Node-only (spawns ffprobe). */
export interface AudioInfo {
  container: AudioContainer;
  /** ffmpeg's codec name, e.g. "opus", "aac", "mp3", "pcm_s16le". */
  codec: string;
  /** From the container; null when it does not say (decoding then tells). */
  durationMs: number | null;
  channels: number;
  sampleRate: number;
}

export interface ProbeMediaOptions {
  ffprobePath: string;
  timeoutMs: number;
  /** Longer recordings are refused. */
  maxAudioSeconds: number;
  /** ffprobe's resident memory past this refuses the file as too complex. */
  maxResidentBytes?: number;
}

/** What ffprobe prints about streams beyond the fields the tag extractor reads. */
type ProbedStream = NonNullable<FfprobeOutput['streams']>[number] & {
  channels?: number;
  sample_rate?: string;
  duration?: string;
  disposition?: { attached_pic?: number };
};

/** ffprobe's demuxer names → our container names; anything else is not accepted. */
const containers: Record<string, AudioContainer> = {
  wav: 'wav',
  mp3: 'mp3',
  'mov,mp4,m4a,3gp,3g2,mj2': 'm4a',
  aac: 'aac',
  ogg: 'ogg',
  'matroska,webm': 'webm',
  flac: 'flac',
};

const codecs: Record<AudioContainer, RegExp> = {
  wav: /^(pcm_\w+|adpcm_\w+)$/,
  mp3: /^mp3$/,
  m4a: /^(aac|alac)$/,
  aac: /^aac$/,
  ogg: /^(opus|vorbis|flac|speex)$/,
  webm: /^(opus|vorbis)$/,
  flac: /^flac$/,
};

/**
 * What an accepted recording is, or why it is refused — from ffprobe's reading of the file (the
 * scanner's probe, whose output also feeds the tag scan, so the upload route can probe once and call
 * both). Cover art (an attached picture) is allowed; a real video track is not.
 */
export function audioInfoFromProbe(probe: FfprobeOutput, maxAudioSeconds: number): AudioInfo {
  const container = containers[probe.format?.format_name ?? ''];
  if (!container) throw new UnsupportedMediaError('unsupported_format');
  const streams = (probe.streams ?? []) as ProbedStream[];
  if (streams.some((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1)) {
    throw new UnsupportedMediaError('video');
  }
  const audio = streams.find((s) => s.codec_type === 'audio');
  if (!audio) throw new UnsupportedMediaError('no_audio_stream');
  if (!codecs[container].test(audio.codec_name ?? '')) throw new UnsupportedMediaError('unsupported_codec');
  const seconds = Number(probe.format?.duration ?? audio.duration);
  const durationMs = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : null;
  if (durationMs !== null && durationMs > maxAudioSeconds * 1000)
    throw new MediaTooLongError(maxAudioSeconds);
  const sampleRate = Number(audio.sample_rate);
  if (!audio.channels || !Number.isFinite(sampleRate) || sampleRate <= 0) {
    throw new UndecodableMediaError('corrupt');
  }
  return { container, codec: audio.codec_name!, durationMs, channels: audio.channels, sampleRate };
}

/**
 * Detects and describes an audio file on disk by parsing it: magic bytes first (so a PDF or a PNG is
 * "not audio", 415), then ffprobe (so a damaged recording is "cannot be decoded", 422).
 */
export async function probeMedia(file: string, options: ProbeMediaOptions): Promise<AudioInfo> {
  const head = await readHead(file, AUDIO_SNIFF_BYTES);
  if (head.length === 0) throw new UndecodableMediaError('empty');
  if (!sniffAudio(head)) throw new UnsupportedMediaError('not_audio');
  let probe: FfprobeOutput;
  try {
    probe = await probeAudio(file, {
      ffprobePath: options.ffprobePath,
      timeoutMs: options.timeoutMs,
      maxResidentBytes: options.maxResidentBytes,
    });
  } catch (err) {
    if (err instanceof ExtractionError && err.reason === 'corrupt')
      throw new UndecodableMediaError('corrupt');
    if (err instanceof ExtractionError && err.reason === 'timeout') throw new MediaProcessingError('timeout');
    if (err instanceof ExtractionError && err.reason === 'too_complex')
      throw new UndecodableMediaError('too_complex');
    throw new MediaProcessingError('ffprobe_failed', { cause: err });
  }
  return audioInfoFromProbe(probe, options.maxAudioSeconds);
}

async function readHead(file: string, length: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
