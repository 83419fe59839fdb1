/**
 * `multipart/form-data` framing (RFC 7578) over a web ReadableStream, pull-based: nothing is read from
 * the body until the consumer asks for the next part or the next chunk of the current one, so the
 * consumer's pace is the socket's pace. Runs the same on Node and on Workers (no Node modules).
 * Errors are MultipartSyntaxError with a message about the framing, never about the content.
 */

import { concatBytes } from '../bytes.ts';

export interface PartHeaders {
  name: string;
  /** Present (possibly empty) when the part is a file; absent for a text field. */
  filename?: string;
}

export class MultipartSyntaxError extends Error {
  constructor(message = 'malformed multipart body') {
    super(message);
    this.name = 'MultipartSyntaxError';
  }
}

/** A header block larger than this is no form any browser sends. */
const MAX_HEADER_BYTES = 16 * 1024;
const MAX_HEADER_LINES = 20;
const CRLF = new Uint8Array([13, 10]);
const HEADER_END = new Uint8Array([13, 10, 13, 10]);

/** The boundary parameter of a multipart Content-Type, or undefined when missing or invalid. */
export function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0]!;
  for (let i = haystack.indexOf(first, from); i !== -1 && i + needle.length <= haystack.length; ) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
    i = haystack.indexOf(first, i + 1);
  }
  return -1;
}

export class MultipartReader {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  /** "\r\n--boundary": what ends every part's body. */
  readonly #delimiter: Uint8Array;
  #buf: Uint8Array = new Uint8Array(0);
  #eof = false;
  /** `delimiter`: a part's body just ended at a delimiter not yet looked past. */
  #state: 'preamble' | 'headers' | 'body' | 'delimiter' | 'done' = 'preamble';
  readonly #onBytes: (n: number) => void;

  /** `onBytes` sees every chunk's size as it arrives (it may throw to stop the read: a size limit). */
  constructor(body: ReadableStream<Uint8Array>, boundary: string, onBytes: (n: number) => void = () => {}) {
    this.#reader = body.getReader();
    this.#delimiter = new TextEncoder().encode(`\r\n--${boundary}`);
    this.#onBytes = onBytes;
  }

  /** Stops the body; a pending read then ends as if the body had ended. */
  cancel(reason?: unknown): Promise<void> {
    this.#state = 'done';
    return this.#reader.cancel(reason).catch(() => {});
  }

  /** Reads and drops what is left of the body, `maxBytes` at most, then stops it. */
  async drain(maxBytes: number): Promise<void> {
    this.#state = 'done';
    let drained = 0;
    while (drained <= maxBytes) {
      const next = await this.#reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (next.done) break;
      drained += next.value.byteLength;
    }
    await this.cancel();
  }

  async #fill(): Promise<boolean> {
    if (this.#eof) return false;
    const next = await this.#reader.read();
    if (next.done) {
      this.#eof = true;
      return false;
    }
    this.#onBytes(next.value.byteLength);
    this.#buf = this.#buf.length === 0 ? next.value : concatBytes([this.#buf, next.value]);
    return true;
  }

  /** The next part's headers (skipping what is left of the current part), or null after the last. */
  async nextPart(): Promise<PartHeaders | null> {
    while (this.#state === 'body') await this.readBody();
    if (this.#state === 'preamble') await this.#skipPreamble();
    else if (this.#state === 'delimiter') await this.#afterDelimiter();
    if (this.#state === 'done') return null;
    return this.#readHeaders();
  }

  async #skipPreamble(): Promise<void> {
    // The body starts with "--boundary" (the delimiter without its CRLF) or a preamble and then the delimiter.
    const first = this.#delimiter.subarray(2);
    for (;;) {
      const at =
        this.#buf.length >= first.length && indexOf(this.#buf.subarray(0, first.length), first) === 0;
      if (at) {
        this.#buf = this.#buf.subarray(first.length);
        break;
      }
      const later = indexOf(this.#buf, this.#delimiter);
      if (later !== -1) {
        this.#buf = this.#buf.subarray(later + this.#delimiter.length);
        break;
      }
      if (this.#buf.length > MAX_HEADER_BYTES) throw new MultipartSyntaxError();
      if (!(await this.#fill())) throw new MultipartSyntaxError();
    }
    await this.#afterDelimiter();
  }

  /** After a delimiter: "--" closes the form, CRLF opens the next part's headers. */
  async #afterDelimiter(): Promise<void> {
    while (this.#buf.length < 2) if (!(await this.#fill())) throw new MultipartSyntaxError();
    if (this.#buf[0] === 45 && this.#buf[1] === 45) {
      this.#state = 'done';
      await this.cancel(); // the epilogue is ignored, not read
      return;
    }
    // Transport padding (spaces, tabs) may sit between the boundary and its CRLF.
    let i = 0;
    for (;;) {
      while (i < this.#buf.length && (this.#buf[i] === 32 || this.#buf[i] === 9)) i++;
      if (i + 2 <= this.#buf.length) break;
      if (i > 64 || !(await this.#fill())) throw new MultipartSyntaxError();
    }
    if (this.#buf[i] !== CRLF[0] || this.#buf[i + 1] !== CRLF[1]) throw new MultipartSyntaxError();
    this.#buf = this.#buf.subarray(i + 2);
    this.#state = 'headers';
  }

  async #readHeaders(): Promise<PartHeaders> {
    let end = indexOf(this.#buf, HEADER_END);
    while (end === -1) {
      if (this.#buf.length > MAX_HEADER_BYTES) throw new MultipartSyntaxError();
      if (!(await this.#fill())) throw new MultipartSyntaxError();
      end = indexOf(this.#buf, HEADER_END);
    }
    if (end > MAX_HEADER_BYTES) throw new MultipartSyntaxError();
    const block = new TextDecoder().decode(this.#buf.subarray(0, end));
    this.#buf = this.#buf.subarray(end + HEADER_END.length);
    const lines = block.split('\r\n');
    if (lines.length > MAX_HEADER_LINES) throw new MultipartSyntaxError();
    let headers: PartHeaders | undefined;
    for (const line of lines) {
      const colon = line.indexOf(':');
      if (colon <= 0) throw new MultipartSyntaxError();
      if (line.slice(0, colon).trim().toLowerCase() !== 'content-disposition') continue;
      headers = parseDisposition(line.slice(colon + 1));
    }
    if (!headers) throw new MultipartSyntaxError();
    this.#state = 'body';
    return headers;
  }

  /** The next chunk of the current part's body, or null at its end. */
  async readBody(): Promise<Uint8Array | null> {
    if (this.#state !== 'body') return null;
    for (;;) {
      const at = indexOf(this.#buf, this.#delimiter);
      if (at !== -1) {
        const chunk = this.#buf.slice(0, at);
        this.#buf = this.#buf.subarray(at + this.#delimiter.length);
        this.#state = 'delimiter';
        return chunk.length > 0 ? chunk : null;
      }
      // Everything except a tail that could be the start of the delimiter is body.
      const safe = this.#buf.length - (this.#delimiter.length - 1);
      if (safe > 0) {
        const chunk = this.#buf.slice(0, safe);
        this.#buf = this.#buf.subarray(safe);
        return chunk;
      }
      if (!(await this.#fill())) throw new MultipartSyntaxError('multipart body cut short');
    }
  }
}

/** `form-data; name="x"; filename="y"`. Quoted values may hold `;`; backslash escapes a quote. */
function parseDisposition(value: string): PartHeaders {
  const [type, ...rest] = splitParams(value);
  if (type?.trim().toLowerCase() !== 'form-data') throw new MultipartSyntaxError();
  const params = new Map<string, string>();
  for (const param of rest) {
    const eq = param.indexOf('=');
    if (eq <= 0) continue;
    let v = param.slice(eq + 1).trim();
    if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) v = v.slice(1, -1).replace(/\\(.)/g, '$1');
    params.set(param.slice(0, eq).trim().toLowerCase(), v);
  }
  const name = params.get('name');
  if (name === undefined) throw new MultipartSyntaxError();
  const filename = params.get('filename');
  return filename === undefined ? { name } : { name, filename };
}

function splitParams(value: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && quoted && i + 1 < value.length) {
      current += ch + value[++i];
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}
