import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import busboy from 'busboy';

/**
 * A speech-to-text server for tests: real HTTP on 127.0.0.1, the OpenAI `/v1/audio/transcriptions`
 * wire format. It parses the multipart request with busboy (as the upload routes do), checks the
 * bearer key and the fields a verbose transcript needs, and answers `verbose_json` with segment and
 * word timings — or whatever a test scripts with `reply`.
 *
 *   const stt = await startFakeStt({ apiKey: 'k', segments: [{ start: 0, end: 2.5, text: 'Hello there.' }] });
 *   await transcribeAudio({ url: stt.url, apiKey: 'k', timeoutMs: 5000 }, audio);
 *   await stt.close();
 */

export interface FakeSegment {
  /** Seconds, as the real API gives them. */
  start: number;
  end: number;
  text: string;
}

/** What the server received: fields, and the file's size and digest (its bytes are not kept). */
export interface FakeSttRequest {
  authorization: string | undefined;
  fields: Record<string, string[]>;
  file: { filename: string; contentType: string; size: number; sha256: string } | undefined;
  contentLength: number | undefined;
  chunked: boolean;
}

export interface FakeReply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Wait this long before answering (timeout tests). */
  delayMs?: number;
}

export interface FakeSttOptions {
  apiKey?: string;
  segments?: FakeSegment[];
  /** Scripted answers, used in order before the default (a checked, verbose_json answer). */
  reply?: FakeReply[];
}

export interface FakeStt {
  /** The server root, e.g. http://127.0.0.1:41234 */
  url: string;
  requests: FakeSttRequest[];
  /** Queues scripted answers for the next requests. */
  script(...replies: FakeReply[]): void;
  close(): Promise<void>;
}

/** The OpenAI verbose_json shape: segments with their timing fields, and words spread across each segment. */
export function verboseJson(segments: FakeSegment[]): string {
  const words: { word: string; start: number; end: number }[] = [];
  for (const s of segments) {
    const parts = s.text.trim().split(/\s+/).filter(Boolean);
    const step = (s.end - s.start) / Math.max(parts.length, 1);
    parts.forEach((word, i) => {
      words.push({ word, start: round(s.start + i * step), end: round(s.start + (i + 1) * step) });
    });
  }
  return JSON.stringify({
    task: 'transcribe',
    language: 'english',
    duration: segments.at(-1)?.end ?? 0,
    text: segments.map((s) => s.text.trim()).join(' '),
    segments: segments.map((s, id) => ({
      id,
      seek: 0,
      start: s.start,
      end: s.end,
      text: ` ${s.text.trim()}`,
      tokens: [],
      temperature: 0,
      avg_logprob: -0.2,
      compression_ratio: 1.3,
      no_speech_prob: 0.01,
    })),
    words,
  });
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const openAiError = (message: string, type: string) =>
  JSON.stringify({ error: { message, type, code: null } });

export async function startFakeStt(options: FakeSttOptions = {}): Promise<FakeStt> {
  const requests: FakeSttRequest[] = [];
  const queue: FakeReply[] = [...(options.reply ?? [])];
  const segments = options.segments ?? [{ start: 0, end: 2, text: 'Hello, this is a test.' }];

  const send = (res: ServerResponse, reply: FakeReply) => {
    const write = () => {
      if (res.destroyed) return;
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.body ?? '');
    };
    if (reply.delayMs) setTimeout(write, reply.delayMs).unref();
    else write();
  };

  const server = createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url?.split('?')[0] !== '/v1/audio/transcriptions') {
      return send(res, { status: 404, body: openAiError('Not found', 'invalid_request_error') });
    }
    const record = await parseRequest(req).catch(() => undefined);
    if (!record)
      return send(res, {
        status: 400,
        body: openAiError('Malformed multipart body', 'invalid_request_error'),
      });
    requests.push(record);
    const scripted = queue.shift();
    if (scripted) return send(res, scripted);
    if (options.apiKey && record.authorization !== `Bearer ${options.apiKey}`) {
      return send(res, {
        status: 401,
        body: openAiError('Incorrect API key provided', 'invalid_request_error'),
      });
    }
    const problem = checkFields(record);
    if (problem) return send(res, { status: 400, body: openAiError(problem, 'invalid_request_error') });
    send(res, { status: 200, body: verboseJson(segments) });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...replies) => queue.push(...replies),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function checkFields(r: FakeSttRequest): string | undefined {
  if (!r.file || r.file.size === 0) return "Missing required parameter: 'file'";
  if (!r.fields.model?.[0]) return "Missing required parameter: 'model'";
  if (r.fields.response_format?.[0] !== 'verbose_json')
    return 'timestamp_granularities requires verbose_json';
  const granularities = r.fields['timestamp_granularities[]'] ?? [];
  if (!granularities.includes('segment') || !granularities.includes('word')) return 'missing granularities';
  return undefined;
}

function parseRequest(req: IncomingMessage): Promise<FakeSttRequest> {
  return new Promise((resolve, reject) => {
    const record: FakeSttRequest = {
      authorization: req.headers.authorization ?? undefined,
      fields: {},
      file: undefined,
      contentLength: req.headers['content-length'] ? Number(req.headers['content-length']) : undefined,
      chunked: /chunked/i.test(req.headers['transfer-encoding'] ?? ''),
    };
    const parser = busboy({ headers: req.headers });
    parser.on('field', (name, value) => {
      record.fields[name] = [...(record.fields[name] ?? []), value];
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file') return stream.resume();
      const hash = createHash('sha256');
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        hash.update(chunk);
      });
      stream.on('end', () => {
        record.file = {
          filename: info.filename ?? '',
          contentType: info.mimeType,
          size,
          sha256: hash.digest('hex'),
        };
      });
    });
    parser.on('close', () => resolve(record));
    parser.on('error', reject);
    req.pipe(parser);
  });
}
