import { type ChildProcess, fork } from 'node:child_process';
import { watchResidentMemory } from '../../../limits/resident-memory.ts';
import type { Logger } from '../../../logger.ts';
import { ExtractionError } from '../../types.ts';
import type { Extractor } from '../extractor.ts';
import { partFromMap } from '../part-map.ts';
import { tooComplex } from '../pdf-budget.ts';
import { detectDocumentFormat } from '../sniff.ts';
import { extractPlainText } from '../text.ts';
import { extractTranscript } from '../transcript.ts';
import type { SandboxJob, SandboxReply } from './protocol.ts';

/**
 * Node-only: runs extraction in child processes, at most `concurrency` at once (the rest wait in a
 * bounded queue), each with a V8 heap limit, a resident-memory cap watched from here, and a time
 * limit. A child that goes over is killed and the file refused as `too_complex`; the server's own
 * memory never sees the file's expansion. Children are kept between jobs and exit when idle.
 */

export interface SandboxOptions {
  concurrency: number;
  /** Resident memory one child may reach (its V8 heap limit is set below it). */
  memoryMb: number;
  timeoutMs: number;
  /** Jobs that may wait for a child; past it the file is refused as "busy" (503). */
  queueMax?: number;
  /** How long an idle child is kept for the next job. */
  idleMs?: number;
  logger?: Logger;
}

export interface ExtractionSandbox extends Extractor {
  close(): Promise<void>;
}

/** A job before it is numbered (Omit of each member of the union). */
type JobInput = SandboxJob extends infer J ? (J extends SandboxJob ? Omit<J, 'id'> : never) : never;

interface Slot {
  child?: ChildProcess;
  idleTimer?: NodeJS.Timeout;
}

const childModule = new URL('./child.ts', import.meta.url);

/**
 * Plain text (and transcripts, which are text) up to this size is parsed in the server: decoding
 * text cannot expand, so a child would cost a process hand-off per note and nothing else, and a
 * burst of short notes would otherwise queue behind the few children.
 */
const inProcessTextBytes = 256 * 1024;

export function createExtractionSandbox(options: SandboxOptions): ExtractionSandbox {
  const capBytes = options.memoryMb * 1024 * 1024;
  const queueMax = options.queueMax ?? options.concurrency * 32;
  const idleMs = options.idleMs ?? 30_000;
  const free: Slot[] = Array.from({ length: options.concurrency }, () => ({}));
  const all = [...free];
  const waiting: ((slot: Slot) => void)[] = [];
  let nextId = 1;
  let closed = false;

  const acquire = (): Promise<Slot> => {
    const slot = free.pop();
    if (slot) {
      clearTimeout(slot.idleTimer);
      return Promise.resolve(slot);
    }
    if (waiting.length >= queueMax) {
      throw new ExtractionError('timeout', 'The server is busy checking other files. Try again in a minute.');
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (slot: Slot) => {
    const next = waiting.shift();
    if (next) return next(slot);
    free.push(slot);
    slot.idleTimer = setTimeout(() => stopChild(slot), idleMs);
    slot.idleTimer.unref();
  };

  const spawnChild = (slot: Slot): ChildProcess => {
    const heapMb = Math.max(64, options.memoryMb - 96);
    const execArgv = [`--max-old-space-size=${heapMb}`, '--max-semi-space-size=16'];
    if (!process.features?.typescript) execArgv.push('--experimental-strip-types', '--no-warnings');
    // No stdio: a parser's warnings may quote the file.
    const child = fork(childModule, [], {
      execArgv,
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    child.on('error', () => {});
    // A child that dies between jobs is replaced at the next one, not blamed on its file.
    child.once('exit', () => {
      if (slot.child === child) slot.child = undefined;
    });
    child.unref();
    return child;
  };

  const run = async (job: JobInput): Promise<SandboxReply> => {
    if (closed) throw new ExtractionError('timeout', 'The server is shutting down. Try again in a minute.');
    const slot = await acquire();
    try {
      return await runOn(slot, { ...job, id: nextId++ } as SandboxJob);
    } finally {
      release(slot);
    }
  };

  const runOn = (slot: Slot, job: SandboxJob): Promise<SandboxReply> => {
    slot.child ??= spawnChild(slot);
    const child = slot.child;
    const started = Date.now();
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = () => {
        settled = true;
        clearTimeout(timer);
        watch.stop();
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      const refuse = (why: 'memory' | 'time' | 'exit') => {
        if (settled) return;
        finish();
        if (slot.child === child) stopChild(slot);
        options.logger?.warn('extraction refused: over its limits', {
          why,
          op: job.op,
          peakRssMb: watch.peak() >> 20,
          ms: Date.now() - started,
        });
        reject(tooComplex());
      };
      const onMessage = (reply: SandboxReply) => {
        if (reply.id !== job.id || settled) return;
        finish();
        // A child that grew keeps its memory; start the next job in a fresh one.
        if (watch.peak() > capBytes / 2) stopChild(slot);
        resolve(reply);
      };
      const onExit = () => refuse('exit');
      const timer = setTimeout(() => refuse('time'), options.timeoutMs);
      const watch = watchResidentMemory(child.pid, capBytes, () => refuse('memory'));
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(job, (err) => {
        if (err) refuse('exit');
      });
    });
  };

  const stopChild = (slot: Slot) => {
    clearTimeout(slot.idleTimer);
    slot.child?.kill('SIGKILL');
    slot.child = undefined;
  };

  const extraction = (reply: SandboxReply) => {
    if (!reply.ok) throw failure(reply);
    if (!('extraction' in reply)) throw new TypeError('extraction child answered a different job');
    return { format: reply.extraction.format, parts: reply.extraction.parts.map(partFromMap) };
  };

  return {
    async document(bytes, opts) {
      if (bytes.length <= inProcessTextBytes && detectDocumentFormat(bytes) === 'text')
        return extractPlainText(bytes, opts);
      return extraction(await run({ op: 'document', bytes, options: opts }));
    },
    async transcript(bytes, opts) {
      if (bytes.length <= inProcessTextBytes) return extractTranscript(bytes, opts);
      return extraction(await run({ op: 'transcript', bytes, options: opts }));
    },
    async strip(bytes, format) {
      const reply = await run({ op: 'strip', bytes, format });
      if (!reply.ok) throw failure(reply);
      if (!('bytes' in reply)) throw new TypeError('extraction child answered a different job');
      return reply.bytes;
    },
    async close() {
      closed = true;
      for (const slot of all) stopChild(slot);
    },
  };
}

function failure(reply: Extract<SandboxReply, { ok: false }>): Error {
  if ('reason' in reply) return new ExtractionError(reply.reason, reply.message);
  return new ExtractionError('corrupt', 'The file is damaged, so its text cannot be checked.');
}
