import { describe, expect, it } from 'vitest';
import { extractRtf } from '../../../src/scan/extract/rtf.ts';
import { ExtractionError, type TextPart } from '../../../src/scan/types.ts';
import { utf8 } from './fixtures.ts';

const rtf = (s: string) => utf8(`{\\rtf1\\ansi\\ansicpg1252\\deff0${s}}`);
const body = (parts: TextPart[]) => parts.find((p) => p.source === 'body');
const field = (parts: TextPart[], name: string) => parts.filter((p) => p.field === name).map((p) => p.text);

function refusal(fn: () => unknown): ExtractionError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ExtractionError);
    return err as ExtractionError;
  }
  throw new Error('expected a refusal');
}

describe('RTF extraction', () => {
  it('extracts paragraphs, with page 1 and the paragraph number as line', () => {
    const { format, parts } = extractRtf(
      rtf('\\pard Intake for {\\b Hugo Lind}\\par\\par Next\\line line\\par'),
    );
    expect(format).toBe('rtf');
    const text = body(parts);
    expect(text?.text).toBe('Intake for Hugo Lind\nNext\tline');
    expect(text?.locate(11, 20)).toEqual({ page: 1, line: 1 });
    expect(text?.locate(text.text.indexOf('Next'), 25)).toEqual({ page: 1, line: 3 });
  });

  it('skips font tables, colour tables, pictures, field instructions and unknown \\* destinations', () => {
    const src =
      '{\\fonttbl{\\f0\\fswiss Arial;}}{\\colortbl;\\red255\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}' +
      '{\\*\\generator Writer;}{\\*\\unknowndest hidden stuff}{\\pict\\pngblip 89504e47}' +
      '{\\field{\\*\\fldinst HYPERLINK "x"}{\\fldrslt shown}} text\\par';
    expect(body(extractRtf(rtf(src)).parts)?.text).toBe('shown text');
  });

  it('decodes \\u escapes with their fallback, hex escapes in the code page, and escaped symbols', () => {
    const src =
      "Jos\\'e9 \\u8220?quoted\\u8221? caf\\u233\\'e9 \\{braces\\} back\\\\slash\\~nbsp\\emdash x\\par";
    expect(body(extractRtf(rtf(src)).parts)?.text).toBe(
      'José “quoted” café {braces} back\\slash\u00a0nbsp—x',
    );
  });

  it('honours \\uc for multi-character fallbacks and other code pages', () => {
    const cp1251 = utf8("{\\rtf1\\ansi\\ansicpg1251 \\'c8\\'e2\\'e0\\'ed {\\uc2\\u1055\\'cf\\'cf}\\par}");
    expect(body(extractRtf(cp1251).parts)?.text).toBe('Иван П');
  });

  it('reads the \\info group, revision authors and comment authors as metadata', () => {
    const src =
      '{\\info{\\title Plan for Ada}{\\author Bea Writer}{\\operator Cy Editor}{\\keywords Birch Lane}' +
      '{\\doccomm Draft}{\\*\\company Elm Services}{\\*\\manager Di Manager}{\\creatim\\yr2024\\mo3\\dy5}}' +
      '{\\*\\revtbl {Unknown;}{Flo Reviser;}}' +
      'Body {\\*\\atnid GH}{\\*\\atnauthor Gus Hale}\\chatn {\\*\\annotation Call the school}\\par';
    const { parts } = extractRtf(rtf(src));
    expect(field(parts, 'title')).toEqual(['Plan for Ada']);
    expect(field(parts, 'author')).toEqual(['Bea Writer']);
    expect(field(parts, 'lastModifiedBy')).toEqual(['Cy Editor']);
    expect(field(parts, 'keywords')).toEqual(['Birch Lane']);
    expect(field(parts, 'description')).toEqual(['Draft']);
    expect(field(parts, 'company')).toEqual(['Elm Services']);
    expect(field(parts, 'manager')).toEqual(['Di Manager']);
    expect(field(parts, 'revision-author')).toEqual(['Unknown', 'Flo Reviser']);
    expect(field(parts, 'comment-author')).toEqual(['Gus Hale']);
    // The comment's text is in the file, so it is scanned with the body.
    expect(body(parts)?.text).toContain('Call the school');
    expect(body(parts)?.text).not.toContain('2024');
  });

  it('keeps headers, footers and hidden text, which are in the file', () => {
    const src = '{\\header \\pard Family of Ivo\\par}{\\footer Page}\\pard Visible {\\v hidden Jae}\\par';
    const text = body(extractRtf(rtf(src)).parts)?.text ?? '';
    expect(text).toContain('Family of Ivo');
    expect(text).toContain('hidden Jae');
  });

  it('skips \\bin binary data by its byte count', () => {
    expect(body(extractRtf(rtf('{\\pict\\bin4 {}\\x}after\\par')).parts)?.text).toBe('after');
  });

  it('tolerates unbalanced closing braces and a missing final brace', () => {
    expect(body(extractRtf(utf8('{\\rtf1 one}} two\\par')).parts)?.text).toBe('one two');
    expect(body(extractRtf(utf8('{\\rtf1 unterminated')).parts)?.text).toBe('unterminated');
  });

  it('refuses input that is not RTF, or nests groups absurdly deep', () => {
    expect(refusal(() => extractRtf(utf8('plain text'))).reason).toBe('corrupt');
    expect(refusal(() => extractRtf(utf8(`{\\rtf1 ${'{'.repeat(10_000)}`))).reason).toBe('corrupt');
  });

  it('refuses RTF over the byte limit', () => {
    expect(refusal(() => extractRtf(rtf('x'.repeat(200)), { maxBytes: 100 })).reason).toBe('too_large');
  });
});
