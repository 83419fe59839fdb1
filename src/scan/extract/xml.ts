import { SaxesParser } from 'saxes';
import { ExtractionError } from '../types.ts';

export interface XmlHandlers {
  /** `local` is the tag name without its prefix (Word uses "w:", but strict OOXML may not). */
  open(local: string, attributes: Record<string, string>): void;
  close(local: string): void;
  text(text: string): void;
}

/**
 * Streams an XML part through saxes, a strict, non-validating tokenizer: it decodes the predefined
 * and numeric entities, expands no DTD entities (so no "billion laughs" and no external fetches),
 * and fails on malformed markup, which we report as a damaged file.
 */
export function walkXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
  parser.on('closetag', (tag) => handlers.close(localName(tag.name)));
  parser.on('text', handlers.text);
  parser.on('cdata', handlers.text);
  let failed = false;
  parser.on('error', () => {
    failed = true;
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof ExtractionError) throw err;
    failed = true;
  }
  // The parser's own message quotes the markup, which may be content; never pass it on.
  if (failed)
    throw new ExtractionError('corrupt', 'The document is damaged: one of its XML parts cannot be read.');
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** An attribute by local name, whatever its prefix. */
export function attr(attributes: Record<string, string>, local: string): string | undefined {
  for (const key in attributes) {
    if (key === local || key.endsWith(`:${local}`)) return attributes[key];
  }
  return undefined;
}
