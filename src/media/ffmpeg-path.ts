import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, delimiter, dirname, join } from 'node:path';

/**
 * Where the ffmpeg and ffprobe binaries are (Node-only). Order: the configured FFMPEG_PATH (a
 * directory holding both, or the ffmpeg binary itself, whose directory is then used), then the
 * `ffmpeg-static` package if it is installed, then the PATH the entrypoint hands in. Nothing here
 * reads the environment: callers pass config.FFMPEG_PATH and the PATH variable.
 */
export type MediaTool = 'ffmpeg' | 'ffprobe';

export interface MediaToolOptions {
  /** FFMPEG_PATH from config. */
  ffmpegPath?: string | undefined;
  /** The PATH to search last. Without it, the bare tool name is returned for spawn to look up. */
  searchPath?: string | undefined;
}

export class MediaToolNotFoundError extends Error {
  constructor(tool: MediaTool) {
    super(`${tool} was not found: install ffmpeg, or set FFMPEG_PATH to the directory that holds ${tool}`);
    this.name = 'MediaToolNotFoundError';
  }
}

const exe = (tool: MediaTool) => (process.platform === 'win32' ? `${tool}.exe` : tool);

async function isExecutable(path: string): Promise<boolean> {
  try {
    if (!(await stat(path)).isFile()) return false;
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The ffmpeg binary shipped by `ffmpeg-static`, when that optional package is installed. */
function ffmpegStaticBinary(): string | undefined {
  try {
    const path = createRequire(import.meta.url)('ffmpeg-static') as unknown;
    return typeof path === 'string' ? path : undefined;
  } catch {
    return undefined;
  }
}

export async function resolveMediaTool(tool: MediaTool, options: MediaToolOptions = {}): Promise<string> {
  if (options.ffmpegPath) {
    // A configured location is used alone: silently running some other ffmpeg would hide the mistake.
    const configured = options.ffmpegPath;
    const isDir = await stat(configured).then(
      (s) => s.isDirectory(),
      () => false,
    );
    const candidates = [join(isDir ? configured : dirname(configured), exe(tool))];
    // FFMPEG_PATH naming the binary itself (fluent-ffmpeg's convention) is honoured for ffmpeg.
    if (!isDir && tool === 'ffmpeg' && basename(configured).startsWith('ffmpeg'))
      candidates.unshift(configured);
    for (const candidate of candidates) if (await isExecutable(candidate)) return candidate;
    throw new MediaToolNotFoundError(tool);
  }
  const candidates: string[] = [];
  const bundled = ffmpegStaticBinary();
  if (bundled) candidates.push(tool === 'ffmpeg' ? bundled : join(dirname(bundled), exe(tool)));
  for (const dir of options.searchPath?.split(delimiter) ?? [])
    if (dir) candidates.push(join(dir, exe(tool)));
  for (const candidate of candidates) if (await isExecutable(candidate)) return candidate;
  if (options.searchPath !== undefined) throw new MediaToolNotFoundError(tool);
  return exe(tool);
}
