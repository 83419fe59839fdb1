import { describe, expect, it } from 'vitest';
import { decodeText, extractPlainText } from '../../../src/scan/extract/text.ts';
import { ExtractionError } from '../../../src/scan/types.ts';
import { utf8 } from './fixtures.ts';

function refusal(fn: () => unknown): ExtractionError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ExtractionError);
    return err as ExtractionError;
  }
  throw new Error('expected a refusal');
}

describe('plain text and Markdown extraction', () => {
  it('keeps the text as is and locates ranges by line, for LF, CRLF and CR line ends', () => {
    const { format, parts } = extractPlainText(utf8('# Notes\r\nMet with Ines\rat home\n\nEnd'));
    expect(format).toBe('text');
    const [part] = parts;
    expect(part?.text).toBe('# Notes\r\nMet with Ines\rat home\n\nEnd');
    const at = (s: string) => part?.text.indexOf(s) ?? -1;
    expect(part?.locate(at('Ines'), at('Ines') + 4)).toEqual({ page: 1, line: 2 });
    expect(part?.locate(at('home'), at('home') + 4)).toEqual({ page: 1, line: 3 });
    expect(part?.locate(at('End'), at('End') + 3)).toEqual({ page: 1, line: 5 });
  });

  it('drops a UTF-8 byte-order mark so offsets start at the first character', () => {
    const [part] = extractPlainText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Zoë')])).parts;
    expect(part?.text).toBe('Zoë');
  });

  it('decodes UTF-16 text that starts with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('Zoë Ruiz', 'utf16le')]);
    expect(decodeText(le)).toBe('Zoë Ruiz');
    const be = Buffer.from('Zoë Ruiz', 'utf16le').swap16();
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toBe('Zoë Ruiz');
  });

  it('accepts an empty file', () => {
    expect(extractPlainText(new Uint8Array(0)).parts[0]?.text).toBe('');
  });

  it('refuses text that is not valid UTF-8, without quoting it', () => {
    // "José" in Latin-1: 0xE9 alone is not UTF-8.
    const err = refusal(() => extractPlainText(new Uint8Array([0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x41])));
    expect(err.reason).toBe('invalid_utf8');
    expect(err.message).toMatch(/UTF-8/);
    expect(err.message).not.toMatch(/Jos/);
    // Overlong encodings and lone surrogates are invalid too.
    expect(refusal(() => extractPlainText(new Uint8Array([0xc0, 0xaf]))).reason).toBe('invalid_utf8');
    expect(refusal(() => extractPlainText(new Uint8Array([0xed, 0xa0, 0x80]))).reason).toBe('invalid_utf8');
    expect(refusal(() => extractPlainText(new Uint8Array([0x61, 0xe2, 0x82]))).reason).toBe('invalid_utf8');
  });

  it('refuses text over the byte limit', () => {
    expect(refusal(() => extractPlainText(utf8('x'.repeat(101)), { maxBytes: 100 })).reason).toBe(
      'too_large',
    );
  });

  it('rejects a limit that is not a positive number', () => {
    expect(() => extractPlainText(utf8('x'), { maxBytes: 0 })).toThrow(TypeError);
  });
});
