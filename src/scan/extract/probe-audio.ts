import { spawn } from 'node:child_process';
import { audioDemuxers } from '../../media/audio-formats.ts';
import { resolveMediaTool } from '../../media/ffmpeg-path.ts';
import { ExtractionError } from '../types.ts';
import { extractAudioTags, type FfprobeOutput } from './audio-tags.ts';

/** Node-only (spawns ffprobe): the Worker entry must not import this module. */
export interface ProbeOptions {
  /** The ffprobe binary; resolve it once with resolveMediaTool('ffprobe', …). Default: "ffprobe" on PATH. */
  ffprobePath?: string;
  /** Kill ffprobe after this long. */
  timeoutMs?: number;
  /** Most bytes of JSON ffprobe may print (tags are small; a flood means a hostile file). */
  maxOutputBytes?: number;
}

/**
 * Runs ffprobe on a file path or on bytes (piped to stdin, so plaintext audio never touches disk)
 * with an argument array (no shell), a timeout, and an output cap. Input ffprobe cannot read is an
 * ExtractionError ("corrupt" or "timeout"); ffprobe's stderr, which names the input, is not passed on.
 */
export async function probeAudio(
  input: string | Uint8Array,
  options: ProbeOptions = {},
): Promise<FfprobeOutput> {
  const bin = options.ffprobePath ?? (await resolveMediaTool('ffprobe'));
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxOutput = options.maxOutputBytes ?? 4 * 1024 * 1024;
  const fromPipe = typeof input !== 'string';
  const args = [
    ...['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '-show_chapters'],
    ...['-protocol_whitelist', fromPipe ? 'pipe' : 'file', '-format_whitelist', audioDemuxers],
    // "file:" stops a path that looks like an option or a protocol ("-x", "http:…") being read as one.
    ...['-i', fromPipe ? 'pipe:0' : `file:${input}`],
  ];

  return await new Promise<FfprobeOutput>((resolve, reject) => {
    // Its own process group, so a kill reaches anything it started and cannot leave a pipe open.
    const child = spawn(bin, args, {
      stdio: [fromPipe ? 'pipe' : 'ignore', 'pipe', 'ignore'],
      shell: false,
      detached: true,
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (err: Error | undefined, value?: FfprobeOutput) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(value as FfprobeOutput);
    };
    const stop = (err: Error) => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      child.stdout?.destroy();
      settle(err);
    };
    const timer = setTimeout(
      () => stop(new ExtractionError('timeout', 'The audio file could not be read in time.')),
      timeoutMs,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxOutput) stop(unreadable());
      else chunks.push(chunk);
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      settle(
        err.code === 'ENOENT' ? new Error('ffprobe was not found: install ffmpeg or set FFMPEG_PATH') : err,
      );
    });
    child.on('close', (code) => {
      if (code !== 0) return settle(unreadable());
      try {
        settle(undefined, JSON.parse(Buffer.concat(chunks).toString('utf8')) as FfprobeOutput);
      } catch {
        settle(unreadable());
      }
    });
    if (fromPipe && child.stdin) {
      // ffprobe may stop reading once it has what it needs; the resulting EPIPE is not an error.
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    }
  });
}

const unreadable = () =>
  new ExtractionError('corrupt', 'The audio file is damaged or not a supported audio format.');

/** Probe, then the tags as metadata parts (format "audio-tags"). */
export async function extractAudioMetadata(input: string | Uint8Array, options: ProbeOptions = {}) {
  return extractAudioTags(await probeAudio(input, options));
}
