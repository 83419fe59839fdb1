import { once } from 'node:events';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { AppError } from '../http/errors.ts';
import { readableToWeb } from './streams.ts';

/**
 * Node-only: a streaming reader for `multipart/form-data` over busboy. File parts are handed to
 * `onFile` as web streams while the body is still arriving, with backpressure all the way back to
 * the socket, so a 2 GiB recording is never held in memory. Text fields are small and collected.
 */

export interface FilePartInfo {
  /** The extension of the part's file name ("vtt"), lower case; the name itself is never kept. */
  extension: string | undefined;
  /** The text fields that arrived before this part (field order is the client's choice). */
  fieldsSoFar: ReadonlyMap<string, string>;
}

export interface MultipartOptions<T> {
  /** Largest body, counted as it streams (Content-Length is checked first when sent). */
  maxBytes: number;
  fieldNames: readonly string[];
  fileNames: readonly string[];
  maxFieldBytes: number;
  /** Aborts the read (a deadline); its reason is what the read rejects with. */
  signal?: AbortSignal;
  /** Consumes one file part. Must read `stream` to its end or fail. */
  onFile(name: string, stream: ReadableStream<Uint8Array>, info: FilePartInfo): Promise<T>;
}

export interface MultipartResult<T> {
  fields: Map<string, string>;
  files: Map<string, T>;
}

const bad = (message: string) => new AppError('BAD_REQUEST', message);

/**
 * After a refusal, the rest of a small body is read and dropped before the request is cancelled:
 * closing a socket with unread bytes makes the kernel reset it, and the client then loses the 4xx
 * it was sent. Bounded in bytes, and in time by the grace timer, so a refused 2 GiB upload (or a
 * client that stops sending) is still cut off at once.
 */
const DRAIN_BYTES = 1024 * 1024;
const DRAIN_GRACE_MS = 2000;

async function drainRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  let drained = 0;
  while (drained <= DRAIN_BYTES) {
    const next = await reader.read().catch(() => ({ done: true as const, value: undefined }));
    if (next.done) return;
    drained += next.value.byteLength;
  }
}

export function tooLarge(maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `The upload is larger than the limit of ${formatSize(maxBytes)}.`);
}

export function formatSize(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let n = bytes;
  let unit = 0;
  while (n >= 1024 && unit < units.length - 1) {
    n /= 1024;
    unit++;
  }
  return `${Number.isInteger(n) ? n : n.toFixed(1)} ${units[unit]}`;
}

/** Refuses what can be refused from the headers alone: not multipart, or a declared length over the limit. */
export function checkMultipartHeaders(headers: Headers, maxBytes: number): string {
  const contentType = headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;.*boundary=/i.test(contentType)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the upload as multipart/form-data.');
  }
  const declared = headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  return contentType;
}

/**
 * Reads the whole form. Whatever fails — a limit, a malformed body, a file handler, the deadline —
 * stops the body, errors every file stream still open, and is rethrown only after every `onFile`
 * has settled, so the caller's cleanup never races a write still in progress.
 */
export async function readMultipart<T>(
  request: Request,
  options: MultipartOptions<T>,
): Promise<MultipartResult<T>> {
  const contentType = checkMultipartHeaders(request.headers, options.maxBytes);
  if (!request.body) throw bad('The upload has no body.');
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      limits: {
        fieldSize: options.maxFieldBytes,
        fields: options.fieldNames.length,
        files: options.fileNames.length,
        // No `parts` limit: busboy signals it on reaching the count, not on passing it; fields and
        // files are each limited, so the parts are too.
        headerPairs: 20,
      },
    });
  } catch {
    throw bad('The multipart body is malformed.');
  }

  const fields = new Map<string, string>();
  const files = new Map<string, T>();
  // Names of file parts seen, counted when they start: `files` only fills once a part is consumed.
  const seenFiles = new Set<string>();
  const handlers: Promise<void>[] = [];
  const open = new Set<Readable>();
  const stop = new AbortController();
  let failure: unknown;
  const fail = (err: unknown) => {
    if (failure !== undefined) return;
    failure = err;
    for (const stream of open) stream.destroy(err instanceof Error ? err : new Error('upload aborted'));
    stop.abort(err);
  };
  const onDeadline = () => fail(options.signal?.reason);
  options.signal?.addEventListener('abort', onDeadline, { once: true });
  if (options.signal?.aborted) onDeadline();

  parser.on('field', (name, value, info) => {
    if (!options.fieldNames.includes(name)) {
      return fail(
        bad(`Unknown form field. Accepted: ${[...options.fieldNames, ...options.fileNames].join(', ')}.`),
      );
    }
    if (fields.has(name)) return fail(bad(`The ${name} field was sent twice.`));
    if (info.valueTruncated) return fail(bad(`The ${name} field is too long.`));
    fields.set(name, value);
  });
  parser.on('file', (name, stream, info) => {
    // Every part gets an 'error' listener before anything else: destroying the parser later (a
    // failure, a body cut short) errors each part it created, read or not, and an unheard 'error'
    // event would take the whole process down. Failures are reported through fail(), not here.
    stream.on('error', () => {});
    const seen = seenFiles.has(name);
    seenFiles.add(name);
    if (!options.fileNames.includes(name) || seen || failure !== undefined) {
      stream.resume();
      return fail(
        seen
          ? bad(`The ${name} part was sent twice.`)
          : bad(`Unknown form field. Accepted: ${[...options.fieldNames, ...options.fileNames].join(', ')}.`),
      );
    }
    open.add(stream);
    stream.once('close', () => open.delete(stream));
    const web = readableToWeb(stream);
    const extension = /\.([A-Za-z0-9]{1,8})$/.exec(info.filename ?? '')?.[1]?.toLowerCase();
    handlers.push(
      options.onFile(name, web, { extension, fieldsSoFar: new Map(fields) }).then(
        (value) => {
          files.set(name, value);
        },
        (err) => fail(err),
      ),
    );
  });
  const tooMany = () => fail(bad('The form has too many fields or files.'));
  parser.on('filesLimit', tooMany);
  parser.on('fieldsLimit', tooMany);
  // busboy's messages describe the framing ("Unexpected end of form"), never the content.
  parser.on('error', () => fail(bad('The multipart body is malformed or was cut short.')));

  const reader = request.body.getReader();
  // A failure cancels the pending read (it then resolves as done) — after a short grace in which
  // what the client is still sending is read and dropped (see drainRest). No Promise.race against a
  // promise that lives as long as the request: each race would leave a reaction on it holding that chunk.
  const cancelRead = () => reader.cancel().catch(() => {});
  let graceTimer: NodeJS.Timeout | undefined;
  const startGrace = () => {
    graceTimer = setTimeout(cancelRead, DRAIN_GRACE_MS);
  };
  stop.signal.addEventListener('abort', startGrace, { once: true });
  let received = 0;
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      done = next.done;
      if (failure !== undefined || next.done) break;
      received += next.value.byteLength;
      if (received > options.maxBytes) throw tooLarge(options.maxBytes);
      if (!parser.write(next.value)) await once(parser, 'drain', { signal: stop.signal });
    }
    if (failure === undefined) {
      parser.end();
      await once(parser, 'close', { signal: stop.signal });
    }
  } catch (err) {
    fail(err instanceof AppError ? err : (failure ?? bad('The upload was interrupted.')));
  } finally {
    options.signal?.removeEventListener('abort', onDeadline);
    stop.signal.removeEventListener('abort', startGrace);
    if (failure !== undefined && !done) await drainRest(reader);
    clearTimeout(graceTimer);
    cancelRead();
  }
  await Promise.allSettled(handlers);
  if (failure !== undefined) {
    parser.destroy();
    throw failure;
  }
  return { fields, files };
}
