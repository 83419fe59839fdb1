import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.ts';
import { isPermanentError } from '../../src/jobs/errors.ts';
import { extractTranscript } from '../../src/scan/extract/index.ts';
import { SttError, SttPermanentError, SttRetryableError } from '../../src/stt/errors.ts';
import { sttOptionsFrom, transcribeAudio, transcriptionsUrl } from '../../src/stt/transcribe.ts';
import { type FakeStt, startFakeStt } from '../support/fake-stt.ts';

const KEY = 'sk-test-key';
const SPOKEN = 'So how did the week go at home?';

let dir: string;
let audio: { path: string; contentType: string; filename: string };
let bytes: Uint8Array;
let stt: FakeStt | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qa-vault-stt-'));
  // The fake server does not decode audio, so any bytes do; 3 MB exercises streaming in many chunks.
  bytes = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => (i * 7) % 251);
  audio = { path: join(dir, 'recording.ogg'), contentType: 'audio/ogg', filename: 'recording.ogg' };
  await writeFile(audio.path, bytes);
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(async () => {
  await stt?.close();
  stt = undefined;
});

const options = (over: Partial<Parameters<typeof transcribeAudio>[0]> = {}) => ({
  url: stt!.url,
  apiKey: KEY,
  timeoutMs: 5000,
  ...over,
});

async function failure(promise: Promise<unknown>): Promise<SttError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SttError);
  return err as SttError;
}

describe('transcribeAudio', () => {
  it('streams the recording with the fields a timed transcript needs and returns verbose_json', async () => {
    stt = await startFakeStt({
      apiKey: KEY,
      segments: [
        { start: 0, end: 2.4, text: SPOKEN },
        { start: 2.4, end: 5, text: 'Pretty good, mostly.' },
      ],
    });
    const out = await transcribeAudio(options(), audio);

    const [req] = stt.requests;
    expect(req!.authorization).toBe(`Bearer ${KEY}`);
    expect(req!.fields).toEqual({
      model: ['whisper-1'],
      response_format: ['verbose_json'],
      'timestamp_granularities[]': ['segment', 'word'],
    });
    expect(req!.file).toEqual({
      filename: 'recording.ogg',
      contentType: 'audio/ogg',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    // A declared length, not chunked: some servers (and proxies in front of them) refuse chunked uploads.
    expect(req!.chunked).toBe(false);
    expect(req!.contentLength).toBeGreaterThan(bytes.length);

    const extraction = extractTranscript(out, { extension: 'json' });
    expect(extraction.format).toBe('stt-json');
    const body = extraction.parts.find((p) => p.source === 'body')!;
    expect(body.text).toContain(SPOKEN);
    const at = body.text.indexOf('Pretty');
    const where = body.locate(at, at + 'Pretty'.length) as { startMs: number; endMs: number };
    expect(where.startMs).toBeGreaterThanOrEqual(2400);
    expect(where.endMs).toBeLessThanOrEqual(5000);
  });

  it('sends the configured model, no Authorization without a key, and a neutral file name', async () => {
    stt = await startFakeStt();
    await transcribeAudio(options({ apiKey: undefined, model: 'large-v3' }), {
      ...audio,
      filename: 'Session with "Jane Doe".ogg',
    });
    const [req] = stt.requests;
    expect(req!.authorization).toBeUndefined();
    expect(req!.fields.model).toEqual(['large-v3']);
    expect(req!.file!.filename).toBe('Session_with__Jane_Doe_.ogg');
  });

  it('accepts the server root, its /v1, or the full transcriptions path', async () => {
    stt = await startFakeStt();
    for (const url of [stt.url, `${stt.url}/`, `${stt.url}/v1`, `${stt.url}/v1/audio/transcriptions`]) {
      await transcribeAudio(options({ url }), audio);
    }
    expect(stt.requests).toHaveLength(4);
    expect(transcriptionsUrl('https://stt.example/whisper/').pathname).toBe(
      '/whisper/v1/audio/transcriptions',
    );
  });

  it('fails permanently on 401 without passing the server’s message on', async () => {
    stt = await startFakeStt({ apiKey: KEY });
    const err = await failure(transcribeAudio(options({ apiKey: 'wrong' }), audio));
    expect(err).toBeInstanceOf(SttPermanentError);
    expect(err).toMatchObject({ code: 'unauthorized', status: 401, permanent: true, retryable: false });
    expect(isPermanentError(err)).toBe(true);
    expect(err.message).not.toMatch(/incorrect/i);
  });

  it('classifies 500 as retryable, and the retry succeeds', async () => {
    stt = await startFakeStt({
      reply: [{ status: 500, body: '{"error":{"message":"CUDA out of memory"}}' }],
    });
    const err = await failure(transcribeAudio(options(), audio));
    expect(err).toBeInstanceOf(SttRetryableError);
    expect(err).toMatchObject({ code: 'server_error', status: 500, retryable: true });
    expect(isPermanentError(err)).toBe(false);
    const out = await transcribeAudio(options(), audio);
    expect(JSON.parse(new TextDecoder().decode(out)).segments).toHaveLength(1);
  });

  it('classifies 429 as retryable and reports Retry-After', async () => {
    stt = await startFakeStt({ reply: [{ status: 429, headers: { 'retry-after': '7' } }] });
    const err = await failure(transcribeAudio(options(), audio));
    expect(err).toMatchObject({ code: 'rate_limited', retryable: true, retryAfterMs: 7000 });
  });

  it('fails permanently on other 4xx answers (file too large, bad request)', async () => {
    stt = await startFakeStt({ reply: [{ status: 413 }, { status: 400 }] });
    expect(await failure(transcribeAudio(options(), audio))).toMatchObject({
      code: 'too_large',
      permanent: true,
    });
    expect(await failure(transcribeAudio(options(), audio))).toMatchObject({
      code: 'rejected',
      permanent: true,
    });
  });

  it('times out as retryable when the answer takes longer than the limit', async () => {
    stt = await startFakeStt({
      reply: [{ status: 200, body: '{"text":"late","segments":[]}', delayMs: 2000 }],
    });
    const started = Date.now();
    const err = await failure(transcribeAudio(options({ timeoutMs: 300 }), audio));
    expect(err).toMatchObject({ code: 'timeout', retryable: true });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('reports an unreachable server as a retryable network failure', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    const err = await failure(transcribeAudio({ url: `http://127.0.0.1:${port}`, timeoutMs: 2000 }, audio));
    expect(err).toMatchObject({ code: 'network', retryable: true });
  });

  it('refuses a 200 that is not a JSON transcript as permanent', async () => {
    stt = await startFakeStt({
      reply: [{ status: 200, body: '<html>login</html>', headers: { 'content-type': 'text/html' } }],
    });
    expect(await failure(transcribeAudio(options(), audio))).toMatchObject({
      code: 'invalid_response',
      permanent: true,
    });
  });

  it('rejects with the caller’s abort reason, not an STT error, when cancelled', async () => {
    stt = await startFakeStt({ reply: [{ status: 200, body: '{}', delayMs: 2000 }] });
    const controller = new AbortController();
    const pending = transcribeAudio(options(), audio, controller.signal);
    setTimeout(() => controller.abort(new Error('shutting down')), 100);
    await expect(pending).rejects.toThrow('shutting down');
  });
});

describe('STT configuration', () => {
  it('is off by default and builds client options when STT_URL is set', () => {
    expect(sttOptionsFrom(parseConfig({}))).toBeUndefined();
    expect(
      sttOptionsFrom(
        parseConfig({ STT_URL: 'http://127.0.0.1:9000', STT_API_KEY: 'k', STT_TIMEOUT_SECONDS: '90' }),
      ),
    ).toEqual({ url: 'http://127.0.0.1:9000', apiKey: 'k', model: 'whisper-1', timeoutMs: 90_000 });
  });

  it('names bad settings without echoing them', () => {
    const bad = () => parseConfig({ STT_URL: 'ftp://secret-host', STT_TIMEOUT_SECONDS: '0' });
    expect(bad).toThrow(ConfigError);
    try {
      bad();
    } catch (err) {
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toMatch(/STT_URL/);
      expect(problems).toMatch(/STT_TIMEOUT_SECONDS/);
      expect(problems).not.toContain('secret-host');
    }
    expect(() => parseConfig({ STT_API_KEY: 'k' })).toThrow(/STT_URL: required/);
  });
});
