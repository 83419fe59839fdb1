import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../../src/scan/extract/pdf.ts';
import { ExtractionError, type TextPart } from '../../../src/scan/types.ts';
import { makeEncryptedPdf, makePdf, xmpPacket } from './fixtures.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/extract', name));

async function refusal(promise: Promise<unknown>): Promise<ExtractionError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ExtractionError);
  return err as ExtractionError;
}

const body = (parts: TextPart[]) => parts.find((p) => p.source === 'body') as TextPart;
const field = (parts: TextPart[], name: string) => parts.filter((p) => p.field === name).map((p) => p.text);

describe('PDF extraction', () => {
  it('extracts the text layer with the page and line of every span', async () => {
    const pdf = await makePdf({
      pages: [['Session notes', 'Client Marisol Vega attended'], ['Next visit in Tulsa']],
    });
    const { format, parts } = await extractPdf(pdf);
    expect(format).toBe('pdf');
    const text = body(parts);
    expect(text.text).toBe('Session notes\nClient Marisol Vega attended\nNext visit in Tulsa');
    const at = (s: string) => text.text.indexOf(s);
    expect(text.locate(at('Marisol'), at('Marisol') + 13)).toEqual({ page: 1, line: 2 });
    expect(text.locate(at('Tulsa'), at('Tulsa') + 5)).toEqual({ page: 2, line: 1 });
    expect(text.locate(0, 7)).toEqual({ page: 1, line: 1 });
  });

  it('puts a space between items drawn apart on one line, and none between adjoining ones', async () => {
    const runs = [
      { text: 'Dana', x: 50, y: 400 },
      { text: 'Reyes', x: 120, y: 400 },
      { text: 'Mari', x: 50, y: 300 },
      { text: 'sol', x: 'adjoining' as const, y: 300 },
    ];
    const { parts } = await extractPdf(await makePdf({ pages: [[]], runs }));
    expect(body(parts).text).toBe('Dana Reyes\nMarisol');
  });

  it('reads the info dictionary and XMP metadata as metadata parts', async () => {
    const pdf = await makePdf({
      pages: [['text']],
      info: { title: 'Notes on Ana', author: 'Kim Lee', subject: 'Intake', keywords: ['Oakdale'] },
      xmp: xmpPacket(
        '<dc:creator><rdf:Seq><rdf:li>Xavier Quinn</rdf:li></rdf:Seq></dc:creator>' +
          '<xmp:CreateDate>2024-03-05T10:00:00Z</xmp:CreateDate><xmpMM:DocumentID>uuid:1234</xmpMM:DocumentID>',
      ),
    });
    const { parts } = await extractPdf(pdf);
    expect(field(parts, 'title')).toEqual(['Notes on Ana']);
    expect(field(parts, 'author')).toEqual(['Kim Lee']);
    expect(field(parts, 'subject')).toEqual(['Intake']);
    expect(field(parts, 'keywords')).toEqual(['Oakdale']);
    expect(field(parts, 'xmp:dc:creator')).toEqual(['Xavier Quinn']);
    // Dates and generated ids are the file's bookkeeping, not text anyone typed.
    expect(parts.some((p) => p.field?.includes('date') || p.field?.includes('documentid'))).toBe(false);
    const title = parts.find((p) => p.field === 'title') as TextPart;
    expect(title.source).toBe('metadata');
    expect(title.locate(0, 5)).toEqual({ field: 'title' });
  });

  it('reads comments and their authors from annotations', async () => {
    const { parts } = await extractPdf(
      await makePdf({
        pages: [['text']],
        comment: { contents: 'Ask Jorge about school', author: 'Pat Doe' },
      }),
    );
    expect(field(parts, 'annotation:page-1')).toEqual(['Ask Jorge about school']);
    expect(field(parts, 'annotation-author:page-1')).toEqual(['Pat Doe']);
  });

  it('accepts a Node Buffer as input', async () => {
    const { parts } = await extractPdf(Buffer.from(await makePdf({ pages: [['buffered']] })));
    expect(body(parts).text).toBe('buffered');
  });

  it('refuses a password-protected PDF', async () => {
    for (const bytes of [await makeEncryptedPdf(), fixture('encrypted-aes256.pdf')]) {
      const err = await refusal(extractPdf(bytes));
      expect(err.reason).toBe('pdf_encrypted');
      expect(err.message).toMatch(/password/);
    }
  });

  it('reads a PDF that has only an owner (permissions) password', async () => {
    const { parts } = await extractPdf(fixture('owner-password-only.pdf'));
    expect(body(parts).text).toBe('Hello Ana');
  });

  it('refuses a scanned PDF with no text layer', async () => {
    const err = await refusal(extractPdf(await makePdf({ pages: [[]], imagePages: [1] })));
    expect(err.reason).toBe('pdf_no_text_layer');
    expect(err.message).toBe('The PDF is a scanned image: text cannot be checked.');
  });

  it('refuses a PDF where one page is a scanned image among text pages', async () => {
    const err = await refusal(
      extractPdf(await makePdf({ pages: [['typed cover'], [], ['typed']], imagePages: [2] })),
    );
    expect(err.reason).toBe('pdf_no_text_layer');
    expect(err.message).toBe('Page 2 of the PDF is a scanned image: text cannot be checked.');
  });

  it('accepts blank pages that have neither text nor images', async () => {
    const { parts } = await extractPdf(await makePdf({ pages: [['one'], [], ['three']] }));
    expect(body(parts).locate(4, 5)).toEqual({ page: 3, line: 1 });
  });

  it('refuses damaged, truncated and empty PDFs as corrupt', async () => {
    const good = await makePdf({ pages: [['Hello Ana']] });
    for (const bytes of [
      new TextEncoder().encode('%PDF-1.7\nthis is not a pdf'),
      good.subarray(0, Math.floor(good.length / 2)),
      new Uint8Array(0),
    ]) {
      const err = await refusal(extractPdf(bytes));
      expect(err.reason).toBe('corrupt');
      expect(err.message).not.toMatch(/Ana/);
    }
  });

  it('refuses PDFs over the byte and page limits', async () => {
    const pdf = await makePdf({ pages: [['a'], ['b'], ['c']] });
    expect((await refusal(extractPdf(pdf, { maxBytes: 100 }))).reason).toBe('too_large');
    const pages = await refusal(extractPdf(pdf, { maxPdfPages: 2 }));
    expect(pages.reason).toBe('too_large');
    expect(pages.message).toMatch(/2-page/);
    expect((await refusal(extractPdf(pdf, { maxTextChars: 3 }))).reason).toBe('too_large');
  });
});
