import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { concatBytes } from '../bytes.ts';
import type { Config } from '../config.ts';
import { errorForStatus, SttPermanentError, SttRetryableError } from './errors.ts';

/**
 * Client for an OpenAI-compatible speech-to-text endpoint (`POST /v1/audio/transcriptions`): OpenAI
 * itself, or a self-hosted Whisper server (faster-whisper-server/speaches, LocalAI, whisper.cpp's
 * server) speaking the same protocol. Node-only: it streams the recording from a file on disk.
 */

export interface SttOptions {
  /** The server root (`https://stt.internal`), its `/v1`, or the full `/v1/audio/transcriptions` URL. */
  url: string;
  /** Sent as `Authorization: Bearer …` when set. */
  apiKey?: string;
  /** Defaults to `whisper-1` (what OpenAI and most compatible servers accept). */
  model?: string;
  /** The whole exchange — upload, transcription, answer — must finish within this. */
  timeoutMs: number;
}

export interface SttAudio {
  path: string;
  contentType: string;
  /**
   * The file name the server sees (it picks the decoder by extension). Pass a neutral one such as
   * `recording.ogg` — never the uploaded file's name, which can name a client.
   */
  filename: string;
}

export const DEFAULT_STT_MODEL = 'whisper-1';
/** A 4-hour session with word timings is a few MB of JSON; anything far past that is not a transcript. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** The STT settings from config, or undefined when no endpoint is configured. */
export function sttOptionsFrom(config: Config): SttOptions | undefined {
  if (!config.STT_URL) return undefined;
  return {
    url: config.STT_URL,
    apiKey: config.STT_API_KEY,
    model: config.STT_MODEL,
    timeoutMs: config.STT_TIMEOUT_SECONDS * 1000,
  };
}

/** Accepts the server root, `…/v1`, or the full path, and returns the full transcription URL. */
export function transcriptionsUrl(base: string): URL {
  const url = new URL(base);
  const path = url.pathname.replace(/\/+$/, '');
  if (!/\/audio\/transcriptions$/.test(path)) {
    url.pathname = /\/v1$/.test(path) ? `${path}/audio/transcriptions` : `${path}/v1/audio/transcriptions`;
  }
  return url;
}

/**
 * Transcribes one recording and returns the server's `verbose_json` answer as raw bytes, for
 * `extractTranscript(bytes, { extension: 'json' })`. The file is streamed from disk with a declared
 * length, never read whole. Throws SttRetryableError or SttPermanentError (see errors.ts); when
 * `signal` aborts (a shutdown), rejects with its reason instead. Nothing here logs: the answer is
 * a transcript of a therapy session.
 */
export async function transcribeAudio(
  options: SttOptions,
  audio: SttAudio,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const url = transcriptionsUrl(options.url);
  const { size } = await stat(audio.path);
  const body = multipartBody(
    [
      ['model', options.model ?? DEFAULT_STT_MODEL],
      ['response_format', 'verbose_json'],
      ['timestamp_granularities[]', 'segment'],
      ['timestamp_granularities[]', 'word'],
    ],
    { ...audio, size },
  );
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const headers: Record<string, string> = {
    'content-type': `multipart/form-data; boundary=${body.boundary}`,
    'content-length': String(body.length),
    accept: 'application/json',
  };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  try {
    const res = await fetch(url, {
      method: 'POST',
      headers,
      body: body.stream,
      signal: combined,
      redirect: 'error',
      // Required by fetch for a streamed request body.
      duplex: 'half',
    } as RequestInit);
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      throw errorForStatus(res.status, res.headers.get('retry-after'));
    }
    const bytes = await readCapped(res);
    assertTranscriptJson(bytes);
    return bytes;
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    if (err instanceof SttPermanentError || err instanceof SttRetryableError) throw err;
    if (timeout.aborted) {
      throw new SttRetryableError('timeout', `speech-to-text did not answer within ${options.timeoutMs} ms`);
    }
    // fetch's TypeError("fetch failed") carries the socket error as its cause; neither holds content.
    throw new SttRetryableError('network', 'speech-to-text service could not be reached', { cause: err });
  }
}

interface MultipartBody {
  boundary: string;
  length: number;
  stream: ReadableStream<Uint8Array>;
}

/** Text fields first, then the file streamed from disk, with the exact byte length up front. */
function multipartBody(fields: [string, string][], file: SttAudio & { size: number }): MultipartBody {
  const boundary = `qa-vault-${crypto.randomUUID().replaceAll('-', '')}`;
  const enc = new TextEncoder();
  let head = '';
  for (const [name, value] of fields) {
    head += `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  }
  head +=
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${safeFilename(file.filename)}"\r\n` +
    `Content-Type: ${safeContentType(file.contentType)}\r\n\r\n`;
  const headBytes = enc.encode(head);
  const tailBytes = enc.encode(`\r\n--${boundary}--\r\n`);
  async function* chunks(): AsyncGenerator<Uint8Array> {
    yield headBytes;
    for await (const chunk of createReadStream(file.path, { highWaterMark: 256 * 1024 })) {
      yield chunk as Uint8Array;
    }
    yield tailBytes;
  }
  return {
    boundary,
    length: headBytes.length + file.size + tailBytes.length,
    stream: streamOf(chunks()),
  };
}

/** A pull-based stream over an async iterator: the file is read only as fast as the socket drains. */
function streamOf(source: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await source.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await source.return(undefined);
    },
  });
}

/** Header-safe: letters, digits, dot, dash, underscore; the extension is what servers look at. */
function safeFilename(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._-]/g, '_').slice(-100);
  return cleaned.replace(/^[._]+/, '') || 'audio';
}

function safeContentType(type: string): string {
  return /^[\w.+-]+\/[\w.+-]+$/.test(type) ? type : 'application/octet-stream';
}

async function readCapped(res: Response): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of res.body ?? new ReadableStream<Uint8Array>()) {
    total += chunk.length;
    if (total > MAX_RESPONSE_BYTES) {
      await res.body?.cancel().catch(() => {});
      throw new SttPermanentError('invalid_response', 'speech-to-text answer is larger than any transcript');
    }
    chunks.push(chunk);
  }
  return concatBytes(chunks, total);
}

/** A 200 that is an HTML page or a plain-text answer means a misconfigured endpoint: retrying will not help. */
function assertTranscriptJson(bytes: Uint8Array): void {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    json = undefined;
  }
  const ok =
    typeof json === 'object' &&
    json !== null &&
    !Array.isArray(json) &&
    (Array.isArray((json as { segments?: unknown }).segments) ||
      typeof (json as { text?: unknown }).text === 'string');
  if (!ok) throw new SttPermanentError('invalid_response', 'speech-to-text answer is not a JSON transcript');
}
