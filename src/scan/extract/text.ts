import { type Extraction, ExtractionError } from '../types.ts';
import { assertWithinSize, type ExtractOptions, resolveLimits } from './limits.ts';
import { TextBudget, textLinesPart } from './position-map.ts';

/**
 * Decodes text strictly. UTF-8 is the rule; a UTF-16 byte-order mark (what Windows Notepad writes
 * for "Unicode") is honoured too. Anything that does not decode is refused rather than guessed at
 * (a Latin-1 guess could turn a name into something no detector recognizes).
 */
export function decodeText(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const encoding =
    b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : 'utf-8';
  try {
    // The decoder drops a leading BOM of its own encoding (ignoreBOM defaults to false).
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const name = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
    throw new ExtractionError(
      'invalid_utf8',
      `The text is not valid ${name}. Save it as UTF-8 (or as PDF or DOCX) and upload it again.`,
    );
  }
}

/** Plain text or Markdown: the text as is, each character located by its line. */
export function extractPlainText(bytes: Uint8Array, options?: ExtractOptions): Extraction {
  const limits = resolveLimits(options);
  assertWithinSize(bytes, limits);
  const text = decodeText(bytes);
  new TextBudget(limits.maxTextChars).spend(text.length);
  return { format: 'text', parts: [textLinesPart(text)] };
}
