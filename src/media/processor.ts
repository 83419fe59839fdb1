import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { type InspectedRecording, inspectRecording } from '../uploads/inspect.ts';
import type { Vault } from '../vault/vault.ts';
import { MediaProcessingError } from './errors.ts';
import { resolveMediaTool } from './ffmpeg-path.ts';
import { type NormalizedAudio, normalizeAudio } from './normalize.ts';
import { computePeaks, type PeaksResult } from './peaks.ts';
import { type AudioInfo, probeMedia } from './probe.ts';
import { withPrivateTempDir } from './temp-dir.ts';

/**
 * The audio pipeline as a dependency (`deps.media`): probe, normalize, peaks, with binaries, limits and
 * temp location bound from config. Node-only; work happens on files in a private temp directory that
 * the caller fills (e.g. by decrypting from the vault) inside `withTempDir`.
 */
export interface MediaProcessor {
  /** Detects and describes an accepted recording; throws the typed errors of errors.ts. */
  probe(file: string): Promise<AudioInfo>;
  /** Writes Opus mono in Ogg, no metadata (see normalize.ts). */
  normalizeAudio(input: string, output: string, options?: { signal?: AbortSignal }): Promise<NormalizedAudio>;
  /** Waveform peaks in audiowaveform's JSON format (see peaks.ts). */
  computePeaks(input: string, options?: { points?: number; signal?: AbortSignal }): Promise<PeaksResult>;
  /** Decrypts a stored recording and probes it once: accepted-recording rules and the tags to scan. */
  inspectRecording(store: { vault: Vault; db: Db }, objectId: string): Promise<InspectedRecording>;
  /** A fresh 0700 directory, removed when `fn` settles. */
  withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T>;
  /** The ffmpeg and ffprobe in use, resolved on first need (throws MediaProcessingError "ffmpeg_missing"). */
  binaries(): Promise<{ ffmpeg: string; ffprobe: string }>;
}

export interface MediaEnvironment {
  /** PATH to search for ffmpeg last (the entrypoint passes its environment's PATH). */
  searchPath?: string;
  /** Parent of the private temp directories; default the OS temp directory. */
  tempDir?: string;
}

export function createMediaProcessor(
  config: Pick<Config, 'FFMPEG_PATH' | 'FFMPEG_TIMEOUT_SECONDS' | 'FFMPEG_MEMORY_MB' | 'MAX_AUDIO_SECONDS'>,
  environment: MediaEnvironment = {},
): MediaProcessor {
  let resolved: Promise<{ ffmpeg: string; ffprobe: string }> | undefined;
  const binaries = () => {
    const lookup = { ffmpegPath: config.FFMPEG_PATH, searchPath: environment.searchPath };
    resolved ??= Promise.all([resolveMediaTool('ffmpeg', lookup), resolveMediaTool('ffprobe', lookup)]).then(
      ([ffmpeg, ffprobe]) => ({ ffmpeg, ffprobe }),
      (err) => {
        resolved = undefined; // an operator may install ffmpeg without restarting us
        throw new MediaProcessingError('ffmpeg_missing', { cause: err });
      },
    );
    return resolved;
  };
  const limits = {
    timeoutMs: config.FFMPEG_TIMEOUT_SECONDS * 1000,
    maxAudioSeconds: config.MAX_AUDIO_SECONDS,
    maxResidentBytes: config.FFMPEG_MEMORY_MB * 1024 * 1024,
  };

  const processor: MediaProcessor = {
    binaries,
    inspectRecording: (store, objectId) => inspectRecording({ ...store, media: processor, config }, objectId),
    async probe(file) {
      const { ffprobe } = await binaries();
      return probeMedia(file, { ffprobePath: ffprobe, ...limits });
    },
    async normalizeAudio(input, output, options = {}) {
      const { ffmpeg, ffprobe } = await binaries();
      return normalizeAudio(input, output, {
        ffmpegPath: ffmpeg,
        ffprobePath: ffprobe,
        ...limits,
        ...options,
      });
    },
    async computePeaks(input, options = {}) {
      const { ffmpeg } = await binaries();
      return computePeaks(input, { ffmpegPath: ffmpeg, ...limits, ...options });
    },
    withTempDir: (fn) => withPrivateTempDir(fn, { parent: environment.tempDir }),
  };
  return processor;
}
