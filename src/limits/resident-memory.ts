import { readFileSync } from 'node:fs';

/**
 * Node-only: a child process's resident memory, watched from outside. RLIMIT_AS does not fit our
 * children (V8 and ffmpeg reserve far more address space than they touch, and Node cannot set it),
 * so parsers and ffmpeg are instead polled through /proc and killed when they pass their cap.
 * Where /proc does not exist the watch reads 0 and the other limits (heap, time, output) remain.
 */

const PAGE_BYTES = 4096;
const POLL_MS = 20;

export function residentBytes(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1]);
    return Number.isFinite(pages) ? pages * PAGE_BYTES : 0;
  } catch {
    return 0;
  }
}

export interface MemoryWatch {
  /** Highest resident memory seen so far, in bytes. */
  peak(): number;
  stop(): void;
}

/** Calls `onOver` once when `pid` passes `maxBytes` resident; stop() ends the watch. */
export function watchResidentMemory(
  pid: number | undefined,
  maxBytes: number,
  onOver: () => void,
): MemoryWatch {
  let peak = 0;
  const timer = setInterval(() => {
    const rss = residentBytes(pid);
    peak = Math.max(peak, rss);
    if (rss > maxBytes) {
      clearInterval(timer);
      onOver();
    }
  }, POLL_MS);
  timer.unref();
  return { peak: () => peak, stop: () => clearInterval(timer) };
}
