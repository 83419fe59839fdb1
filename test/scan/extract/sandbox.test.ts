import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractionSandbox } from '../../../src/scan/extract/sandbox/pool.ts';
import { ExtractionError } from '../../../src/scan/types.ts';
import { doublePdfBomb, pdfBomb } from '../../support/bombs.ts';
import { makeDocx, makePdf, p, utf8 } from './fixtures.ts';

/**
 * The extraction sandbox: files are parsed in capped child processes. What parses well comes back
 * exactly as in-process extraction returns it (positions included); a bomb is refused as too_complex
 * within seconds, and the test process's own memory never sees the expansion.
 */

const GiB = 1024 * 1024 * 1024;
// A generous time limit: on a loaded machine starting a child and loading pdf.js alone takes seconds.
const sandbox = createExtractionSandbox({ concurrency: 1, memoryMb: 256, timeoutMs: 60_000, queueMax: 1 });
let bomb: Uint8Array;
let doubleBomb: Uint8Array;
beforeAll(async () => {
  bomb = await pdfBomb(GiB);
  doubleBomb = await doublePdfBomb(GiB / 2);
}, 120_000);
afterAll(() => sandbox.close());

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (err: unknown) => err,
  );

describe('the extraction sandbox', () => {
  it('extracts a PDF, a DOCX and a transcript with the same text and positions as in process', async () => {
    const pdf = await sandbox.document(await makePdf({ pages: [['Weekly plan'], ['Second page line']] }), {});
    const body = pdf.parts.find((part) => part.source === 'body')!;
    expect(body.text).toBe('Weekly plan\nSecond page line');
    expect(body.locate(13, 19)).toEqual({ page: 2, line: 1 });
    const docx = await sandbox.document(makeDocx({ body: p('Home visit notes') }), {});
    expect(docx.format).toBe('docx');
    expect(docx.parts[0]!.text).toContain('Home visit notes');
    const vtt = await sandbox.transcript(utf8('WEBVTT\n\n00:01.000 --> 00:02.500\nThe plan.\n'), {});
    expect(vtt.parts[0]!.locate(0, 3)).toEqual({ startMs: 1000, endMs: 2500 });
    const stripped = await sandbox.strip(
      await makePdf({ pages: [['x']], info: { author: 'Someone' } }),
      'pdf',
    );
    expect(Buffer.from(stripped).toString('latin1')).not.toContain('Someone');
  }, 90_000);

  it('refuses a 1 GiB PDF decompression bomb as too_complex in seconds, without the memory', async () => {
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const err = await refusal(sandbox.document(bomb, { maxInflatedBytes: 256 * 1024 * 1024 }));
    expect(err).toBeInstanceOf(ExtractionError);
    expect((err as ExtractionError).reason).toBe('too_complex');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  }, 90_000);

  it('refuses a bomb compressed twice as too_complex', async () => {
    const err = await refusal(sandbox.document(doubleBomb, { maxInflatedBytes: 64 * 1024 * 1024 }));
    expect((err as ExtractionError).reason).toBe('too_complex');
  }, 90_000);

  it('kills a child that passes its memory cap and answers the next file from a fresh one', async () => {
    // No inflate budget: pdf.js itself inflates the stream, and the memory watch has to stop it.
    const err = await refusal(sandbox.document(bomb, { maxInflatedBytes: Number.MAX_SAFE_INTEGER }));
    expect((err as ExtractionError).reason).toBe('too_complex');
    const next = await sandbox.document(await makePdf({ pages: [['After the bomb']] }), {});
    expect(next.parts[0]!.text).toBe('After the bomb');
  }, 90_000);

  it('refuses a file that takes longer than the time limit', async () => {
    const slow = createExtractionSandbox({ concurrency: 1, memoryMb: 256, timeoutMs: 1 });
    try {
      const err = await refusal(slow.document(await makePdf({ pages: [['Any text']] }), {}));
      expect((err as ExtractionError).reason).toBe('too_complex');
    } finally {
      await slow.close();
    }
  });

  it('queues work beyond its concurrency and refuses as busy past the queue', async () => {
    const doc = utf8('{\\rtf1\\ansi Notes about the plan.\\par}');
    const results = await Promise.allSettled([
      sandbox.document(doc, {}),
      sandbox.document(doc, {}),
      sandbox.document(doc, {}),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect(((results[2] as PromiseRejectedResult).reason as ExtractionError).reason).toBe('timeout');
  });

  it('parses short plain text and transcripts in process, so a burst of notes never waits for a child', async () => {
    const notes = Array.from({ length: 40 }, (_, i) => utf8(`Plain notes about plan ${i}.\n`));
    const results = await Promise.allSettled(notes.map((doc) => sandbox.document(doc, {})));
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    const srt = await Promise.all(
      notes.map(() => sandbox.transcript(utf8('1\n00:00:01,000 --> 00:00:02,000\nThe plan.\n'), {})),
    );
    expect(srt.every((t) => t.parts[0]!.text.includes('The plan.'))).toBe(true);
  });
});
