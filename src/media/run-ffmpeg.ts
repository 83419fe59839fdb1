import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { audioDemuxers } from './audio-formats.ts';
import { FfmpegFailedError, MediaProcessingError } from './errors.ts';

/** Node-only (spawns ffmpeg): the Worker entry must not import this module. */
export interface RunFfmpegOptions {
  /** The resolved ffmpeg binary (see ffmpeg-path.ts). */
  ffmpegPath: string;
  /** Killed (SIGKILL) after this long. */
  timeoutMs: number;
  /** Cancels the run (the job runner aborts on shutdown or a lost lease). */
  signal?: AbortSignal;
  /** Receives stdout (e.g. raw PCM from `pipe:1`); without it stdout is discarded. */
  onStdout?: (chunk: Buffer) => void;
  /** Killed when stdout exceeds this many bytes. */
  maxStdoutBytes?: number;
}

/**
 * Options every run gets. `-loglevel error` keeps stderr to real problems (at info level ffmpeg prints
 * every tag of the input); `-max_alloc` caps any single allocation, so a crafted header claiming a
 * huge frame fails instead of exhausting memory. Total memory is not capped with RLIMIT_AS: ffmpeg maps
 * large shared libraries and the right number differs per build; the time limit, `-threads 1`, the
 * duration cap (`-t`) and the output caps bound the work instead.
 */
const globalArgs = ['-hide_banner', '-nostdin', '-nostats', '-loglevel', 'error', '-max_alloc', '268435456'];

/**
 * Input options for a file we were handed: one decoding thread, only the plain-file protocol, only
 * audio demuxers (a playlist cannot make ffmpeg read other files or URLs), and "file:" so a path is
 * never mistaken for an option or protocol.
 */
export function fileInputArgs(path: string, options: { maxSeconds?: number } = {}): string[] {
  return [
    ...['-threads', '1', '-protocol_whitelist', 'file', '-format_whitelist', audioDemuxers],
    ...(options.maxSeconds ? ['-t', String(options.maxSeconds)] : []),
    ...['-i', `file:${path}`],
  ];
}

/** ffmpeg's stderr lines mapped to reason codes. Only the code leaves this module. */
const stderrReasons: [RegExp, string][] = [
  [/moov atom not found|stream ends prematurely|Truncat/i, 'truncated'],
  [/Invalid data found when processing input/i, 'invalid_data'],
  [/matches no streams|does not contain any stream|Output file is empty/i, 'no_stream'],
  [/Could not find codec parameters|Decoder \(codec .*\) not found|unsupported codec/i, 'no_decoder'],
  [/Error while decoding|Invalid frame|decoding error|Error submitting packet/i, 'decode_error'],
  [/No such file or directory/i, 'missing_file'],
  [/Cannot allocate memory|max_alloc/i, 'allocation_refused'],
];

export function ffmpegReason(stderr: string, exitCode: number | null): string {
  for (const [pattern, reason] of stderrReasons) if (pattern.test(stderr)) return reason;
  return `exit_${exitCode ?? 'signal'}`;
}

/**
 * Runs ffmpeg with an argument array (never a shell), at low CPU priority, killed past `timeoutMs`,
 * on abort, or when stdout passes its cap. Throws FfmpegFailedError on a non-zero exit and
 * MediaProcessingError for timeouts, caps, cancellation and a missing binary. stderr is read only
 * to classify the failure: it can contain the input's tags and is never logged or returned.
 */
export function runFfmpeg(args: string[], options: RunFfmpegOptions): Promise<void> {
  if (options.signal?.aborted) return Promise.reject(new MediaProcessingError('aborted'));
  return new Promise((resolve, reject) => {
    const child = spawn(options.ffmpegPath, [...globalArgs, ...args], {
      stdio: ['ignore', options.onStdout ? 'pipe' : 'ignore', 'pipe'],
      shell: false,
    });
    if (child.pid !== undefined) {
      try {
        // Transcoding must not starve request handling on the same machine.
        setPriority(child.pid, 10);
      } catch {
        // Not permitted on some platforms; the run works either way.
      }
    }
    let failure: Error | undefined;
    const kill = (err: Error) => {
      failure ??= err;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => kill(new MediaProcessingError('timeout')), options.timeoutMs);
    const onAbort = () => kill(new MediaProcessingError('aborted'));
    options.signal?.addEventListener('abort', onAbort, { once: true });

    // Keep only the tail: enough to classify, bounded however chatty a hostile file makes ffmpeg.
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text: string) => {
      stderr = (stderr + text).slice(-16_384);
    });
    let stdoutBytes = 0;
    child.stdout?.on('data', (chunk: Buffer) => {
      if (failure) return;
      stdoutBytes += chunk.length;
      if (options.maxStdoutBytes !== undefined && stdoutBytes > options.maxStdoutBytes) {
        kill(new MediaProcessingError('output_too_large'));
        return;
      }
      try {
        options.onStdout?.(chunk);
      } catch (err) {
        kill(err as Error);
      }
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      failure ??= new MediaProcessingError(err.code === 'ENOENT' ? 'ffmpeg_missing' : 'spawn_failed', {
        cause: err,
      });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (failure) reject(failure);
      else if (code !== 0) reject(new FfmpegFailedError(ffmpegReason(stderr, code), code));
      else resolve();
    });
  });
}
