import { decodeFailure, MediaTooLongError, UndecodableMediaError } from './errors.ts';
import { fileInputArgs, runFfmpeg } from './run-ffmpeg.ts';

/**
 * Waveform peaks for the review player, in the JSON format of BBC's audiowaveform (version 2), which
 * peaks.js / waveform-data.js read directly:
 *
 *   { "version": 2, "channels": 1, "sample_rate": 8000, "samples_per_pixel": 800, "bits": 8,
 *     "length": N, "data": [min0, max0, min1, max1, …] }
 *
 * One (min, max) pair of signed 8-bit values (−128…127) per `samples_per_pixel` samples of the mono
 * signal at `sample_rate`: 800 samples = 100 ms, coarser for long recordings so `length` stays under
 * the cap (the pair count). Pair i covers [i·spp/8000, (i+1)·spp/8000) seconds; the last may be short.
 * About 10 bytes of JSON per pair, so a capped file is ≲100 KB before compression.
 */
export interface WaveformPeaks {
  version: 2;
  channels: 1;
  sample_rate: number;
  samples_per_pixel: number;
  bits: 8;
  length: number;
  data: number[];
}

export interface PeaksResult {
  peaks: WaveformPeaks;
  /** Decoded length, from the sample count. */
  durationMs: number;
}

export const PEAKS_SAMPLE_RATE = 8000;
/** 100 ms: finer than a reviewer can use, coarse enough to keep the file small. */
const BASE_SAMPLES_PER_PAIR = 800;
export const DEFAULT_PEAK_POINTS = 10_000;

/**
 * Folds little-endian s16 mono samples into min/max pairs as they stream in, so a 4 h recording
 * needs ~0.6 MB (its 100 ms pairs), never the decoded audio.
 */
export class PeakReducer {
  private mins: number[] = [];
  private maxs: number[] = [];
  private min = 0;
  private max = 0;
  private inBucket = 0;
  private carry: number | undefined;
  samples = 0;

  push(chunk: Uint8Array): void {
    let i = 0;
    if (this.carry !== undefined && chunk.length > 0) {
      this.add((((chunk[0]! << 8) | this.carry) << 16) >> 16);
      this.carry = undefined;
      i = 1;
    }
    for (; i + 1 < chunk.length; i += 2) this.add((((chunk[i + 1]! << 8) | chunk[i]!) << 16) >> 16);
    if (i < chunk.length) this.carry = chunk[i];
  }

  private add(sample: number): void {
    if (this.inBucket === 0 || sample < this.min) this.min = sample;
    if (this.inBucket === 0 || sample > this.max) this.max = sample;
    this.samples++;
    if (++this.inBucket === BASE_SAMPLES_PER_PAIR) this.close();
  }

  private close(): void {
    this.mins.push(this.min);
    this.maxs.push(this.max);
    this.inBucket = 0;
  }

  /** The peaks, merged so there are at most `points` pairs. */
  finish(points = DEFAULT_PEAK_POINTS): WaveformPeaks {
    if (this.inBucket > 0) this.close();
    const factor = Math.max(1, Math.ceil(this.mins.length / Math.max(1, points)));
    const data: number[] = [];
    for (let start = 0; start < this.mins.length; start += factor) {
      const end = Math.min(start + factor, this.mins.length);
      data.push(
        to8bit(Math.min(...this.mins.slice(start, end))),
        to8bit(Math.max(...this.maxs.slice(start, end))),
      );
    }
    return {
      version: 2,
      channels: 1,
      sample_rate: PEAKS_SAMPLE_RATE,
      samples_per_pixel: BASE_SAMPLES_PER_PAIR * factor,
      bits: 8,
      length: data.length / 2,
      data,
    };
  }
}

const to8bit = (s16: number) => Math.max(-128, Math.min(127, Math.floor(s16 / 256)));

export interface ComputePeaksOptions {
  ffmpegPath: string;
  timeoutMs: number;
  maxAudioSeconds: number;
  /** Most (min, max) pairs; default 10 000. */
  points?: number;
  /** ffmpeg's resident memory past this refuses the file as too complex. */
  maxResidentBytes?: number;
  signal?: AbortSignal;
}

/** Decodes `input` to 8 kHz mono through a pipe (nothing decoded touches disk) and reduces it to peaks. */
export async function computePeaks(input: string, options: ComputePeaksOptions): Promise<PeaksResult> {
  const reducer = new PeakReducer();
  const limit = options.maxAudioSeconds;
  try {
    await runFfmpeg(
      [
        ...fileInputArgs(input, { maxSeconds: limit + 1 }),
        ...['-map', '0:a:0', '-ac', '1', '-ar', String(PEAKS_SAMPLE_RATE)],
        ...['-f', 's16le', '-c:a', 'pcm_s16le', 'pipe:1'],
      ],
      {
        ffmpegPath: options.ffmpegPath,
        timeoutMs: options.timeoutMs,
        signal: options.signal,
        maxResidentBytes: options.maxResidentBytes,
        onStdout: (chunk) => reducer.push(chunk),
        maxStdoutBytes: (limit + 1) * PEAKS_SAMPLE_RATE * 2,
      },
    );
  } catch (err) {
    throw decodeFailure(err);
  }
  if (reducer.samples === 0) throw new UndecodableMediaError('no_audio_decoded');
  if (reducer.samples > limit * PEAKS_SAMPLE_RATE) throw new MediaTooLongError(limit);
  return {
    peaks: reducer.finish(options.points),
    durationMs: Math.round((reducer.samples * 1000) / PEAKS_SAMPLE_RATE),
  };
}
