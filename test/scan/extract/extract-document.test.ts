import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectDocumentFormat, extractDocument, extractTranscript } from '../../../src/scan/extract/index.ts';
import { type Extraction, ExtractionError } from '../../../src/scan/types.ts';
import { makeDocx, makePdf, p, utf8 } from './fixtures.ts';

const NAME = 'Wilhelmina Okonkwo';

async function outcome(run: () => Promise<Extraction> | Extraction): Promise<Extraction | ExtractionError> {
  try {
    return await run();
  } catch (err) {
    // Anything but an ExtractionError is a crash: fail loudly with what it was.
    if (!(err instanceof ExtractionError)) throw err;
    return err;
  }
}

/** A small deterministic generator, so a failing fuzz case can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('document format detection', () => {
  let pdf: Uint8Array;
  let docx: Uint8Array;
  beforeAll(async () => {
    pdf = await makePdf({ pages: [[`Client ${NAME}`]] });
    docx = makeDocx({ body: p(`Client ${NAME}`) });
  });

  it('recognizes formats by their bytes', () => {
    expect(detectDocumentFormat(pdf)).toBe('pdf');
    expect(detectDocumentFormat(docx)).toBe('docx');
    expect(detectDocumentFormat(utf8('{\\rtf1 hi}'))).toBe('rtf');
    expect(detectDocumentFormat(utf8('# Markdown\n\nplain'))).toBe('text');
    expect(detectDocumentFormat(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{\\rtf1 x}')]))).toBe('rtf');
    expect(detectDocumentFormat(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe('text');
    expect(detectDocumentFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe(
      'unknown',
    );
    expect(detectDocumentFormat(zipSync({ 'a.txt': strToU8('x') }))).toBe('unknown');
  });

  it('finds a PDF header after leading junk, as readers do', () => {
    expect(detectDocumentFormat(new Uint8Array([...utf8('junk\n'), ...pdf]))).toBe('pdf');
  });

  it('calls a truncated DOCX a DOCX so that it is refused as damaged', () => {
    expect(detectDocumentFormat(docx.subarray(0, 400))).toBe('docx');
  });

  it('routes each format to its extractor', async () => {
    for (const [bytes, format] of [
      [pdf, 'pdf'],
      [docx, 'docx'],
      [utf8(`{\\rtf1 Client ${NAME}\\par}`), 'rtf'],
      [utf8(`Client ${NAME}`), 'text'],
    ] as const) {
      const result = await extractDocument(bytes);
      expect(result.format).toBe(format);
      expect(result.parts.some((part) => part.text.includes(NAME))).toBe(true);
    }
  });
});

describe('bad input gets a specific refusal, never a crash', () => {
  it('refuses legacy Word and password-protected Office files', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const err = await outcome(() => extractDocument(ole));
    expect(err).toMatchObject({ reason: 'unsupported_format' });
    expect((err as Error).message).toMatch(/password-protected Office/);
  });

  it('refuses a zip that is not DOCX, and binary files of other types', async () => {
    const zip = zipSync({ 'notes.txt': strToU8(NAME) });
    expect(await outcome(() => extractDocument(zip))).toMatchObject({ reason: 'unsupported_format' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await outcome(() => extractDocument(png))).toMatchObject({ reason: 'unsupported_format' });
  });

  it('refuses a file over maxBytes before parsing it', async () => {
    expect(await outcome(() => extractDocument(utf8('x'.repeat(2000)), { maxBytes: 1000 }))).toMatchObject({
      reason: 'too_large',
    });
  });

  it('refuses invalid UTF-8 text', async () => {
    expect(
      await outcome(() => extractDocument(new Uint8Array([0x48, 0x69, 0x20, 0xe9, 0x21]))),
    ).toMatchObject({
      reason: 'invalid_utf8',
    });
  });

  it('survives random bytes', async () => {
    const next = random(42);
    for (let i = 0; i < 200; i++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(next() * 2048) }, () =>
        Math.floor(next() * 256),
      );
      await outcome(() => extractDocument(bytes));
      await outcome(() => extractTranscript(bytes));
    }
  });

  it('survives every truncation and random corruption of real files, never quoting their content', async () => {
    const pdf = await makePdf({ pages: [[`Client ${NAME}`]], info: { author: NAME } });
    const docx = makeDocx({ body: p(`Client ${NAME}`), core: { 'dc:creator': NAME } });
    const rtf = utf8(
      `{\\rtf1{\\info{\\author ${NAME}}}{\\fonttbl{\\f0 Arial;}}\\u8217? Client ${NAME}\\par}`,
    );
    const vtt = utf8(`WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v ${NAME}>hi</v>`);
    const json = utf8(
      JSON.stringify({
        segments: [{ start: 0, end: 1, text: NAME, words: [{ word: NAME, start: 0, end: 1 }] }],
      }),
    );
    const next = random(7);
    for (const good of [pdf, docx, rtf, vtt, json]) {
      const cases: Uint8Array[] = [];
      const step = Math.max(1, Math.floor(good.length / 60));
      for (let n = 0; n < good.length; n += step) cases.push(good.subarray(0, n));
      for (let k = 0; k < 40; k++) {
        const bad = Uint8Array.from(good);
        for (let j = 0; j < 1 + Math.floor(next() * 8); j++)
          bad[Math.floor(next() * bad.length)] = Math.floor(next() * 256);
        cases.push(bad);
      }
      for (const bytes of cases) {
        for (const result of [
          await outcome(() => extractDocument(bytes)),
          await outcome(() => extractTranscript(bytes)),
        ]) {
          if (result instanceof ExtractionError) expect(result.message).not.toContain('Okonkwo');
        }
      }
    }
  });
});
