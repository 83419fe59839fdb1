import { concatBytes } from '../bytes.ts';
import { AppError } from '../http/errors.ts';
import { boundaryOf, MultipartReader } from './multipart-parser.ts';

/**
 * A streaming reader for `multipart/form-data` on web streams (Node and Workers alike). File parts
 * are handed to `onFile` as web streams while the body is still arriving, pulled only as fast as the
 * handler reads, so the socket applies backpressure and a 2 GiB recording is never held in memory.
 * Text fields are small and collected.
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
 * stops the body, errors the file stream still open, and is rethrown only after every `onFile`
 * has settled, so the caller's cleanup never races a write still in progress.
 */
export async function readMultipart<T>(
  request: Request,
  options: MultipartOptions<T>,
): Promise<MultipartResult<T>> {
  const contentType = checkMultipartHeaders(request.headers, options.maxBytes);
  const boundary = boundaryOf(contentType);
  if (!boundary) throw bad('The multipart body is malformed.');
  if (!request.body) throw bad('The upload has no body.');
  let received = 0;
  const parser = new MultipartReader(request.body, boundary, (n) => {
    received += n;
    if (received > options.maxBytes) throw tooLarge(options.maxBytes);
  });

  const fields = new Map<string, string>();
  const files = new Map<string, T>();
  const handlers: Promise<void>[] = [];
  let openPart: ReadableStreamDefaultController<Uint8Array> | undefined;
  let failure: unknown;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  const fail = (err: unknown) => {
    if (failure !== undefined) return;
    failure = err;
    try {
      openPart?.error(err);
    } catch {
      // already closed or errored
    }
    // A read still waiting on the client ends when the body is cut, after the drain's grace.
    graceTimer = setTimeout(() => void parser.cancel(), DRAIN_GRACE_MS);
  };
  const onDeadline = () => fail(options.signal?.reason);
  options.signal?.addEventListener('abort', onDeadline, { once: true });
  if (options.signal?.aborted) onDeadline();
  const accepted = () => `Accepted: ${[...options.fieldNames, ...options.fileNames].join(', ')}.`;

  try {
    let fieldCount = 0;
    let fileCount = 0;
    for (;;) {
      const part = failure === undefined ? await parser.nextPart() : null;
      if (!part || failure !== undefined) break;
      const isFile = part.filename !== undefined;
      const known = (isFile ? options.fileNames : options.fieldNames).includes(part.name);
      if (!known) throw bad(`Unknown form field. ${accepted()}`);
      if (isFile ? files.has(part.name) : fields.has(part.name)) {
        throw bad(`The ${part.name} ${isFile ? 'part' : 'field'} was sent twice.`);
      }
      if (isFile ? ++fileCount > options.fileNames.length : ++fieldCount > options.fieldNames.length) {
        throw bad('The form has too many fields or files.');
      }
      if (!isFile) {
        fields.set(part.name, await readField(parser, part.name, options.maxFieldBytes));
        continue;
      }
      handlers.push(runFilePart(part.name, part.filename ?? ''));
      // The next part starts only after this one was read to its end (or the handler gave up).
      await handlers[handlers.length - 1];
    }
  } catch (err) {
    fail(
      err instanceof AppError ? err : (failure ?? bad('The multipart body is malformed or was cut short.')),
    );
  } finally {
    options.signal?.removeEventListener('abort', onDeadline);
    if (failure !== undefined) await parser.drain(DRAIN_BYTES);
    clearTimeout(graceTimer);
    void parser.cancel();
  }
  await Promise.allSettled(handlers);
  if (failure !== undefined) throw failure;
  return { fields, files };

  function runFilePart(name: string, filename: string): Promise<void> {
    let ended!: () => void;
    const partEnded = new Promise<void>((resolve) => {
      ended = resolve;
    });
    const stream = new ReadableStream<Uint8Array>(
      {
        start(controller) {
          openPart = controller;
        },
        async pull(controller) {
          try {
            const chunk = await parser.readBody();
            if (chunk) return controller.enqueue(chunk);
            controller.close();
            openPart = undefined;
            ended();
          } catch (err) {
            fail(err instanceof AppError ? err : bad('The multipart body is malformed or was cut short.'));
            ended();
          }
        },
        cancel(reason) {
          fail(reason ?? bad('The upload was interrupted.'));
          ended();
        },
      },
      { highWaterMark: 0 },
    );
    const extension = /\.([A-Za-z0-9]{1,8})$/.exec(filename)?.[1]?.toLowerCase();
    const handled = options.onFile(name, stream, { extension, fieldsSoFar: new Map(fields) }).then(
      (value) => {
        // A handler that returns before its part ended broke the contract: the form cannot go on.
        if (openPart) {
          fail(new Error('a file handler returned before reading its part to the end'));
          ended();
        } else files.set(name, value);
      },
      (err) => {
        fail(err);
        ended();
      },
    );
    return Promise.all([handled, partEnded]).then(() => {});
  }
}

async function readField(parser: MultipartReader, name: string, maxBytes: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await parser.readBody(); chunk; chunk = await parser.readBody()) {
    size += chunk.byteLength;
    if (size > maxBytes) throw bad(`The ${name} field is too long.`);
    chunks.push(chunk);
  }
  return new TextDecoder().decode(concatBytes(chunks, size));
}
