import { SaxesParser } from 'saxes';
import { ExtractionError } from '../scan/types.ts';

export interface XmlRewriter {
  /**
   * Whether to keep an element (and everything inside it). `path` holds the local names of its
   * ancestors, root first; a dropped element's descendants are never asked about.
   */
  keep?(local: string, path: readonly string[], attributes: Readonly<Record<string, string>>): boolean;
  /** A new value for an attribute, given its local name; undefined keeps it as it was. */
  attribute?(local: string, value: string): string | undefined;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const localName = (name: string) => name.slice(name.indexOf(':') + 1);
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Literal tabs and newlines in attributes would be normalized to spaces by the next reader; keep them.
const escapeAttribute = (s: string) =>
  escapeText(s)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');

/**
 * Parses an XML part with saxes (no DTD entity expansion, strict well-formedness) and writes it back
 * with elements dropped and attributes replaced as the rewriter says. Comments and processing
 * instructions are left out (Office writes neither where they matter, and a comment can hold
 * anything); prefixes and namespace declarations are written as they were read.
 */
export function rewriteXml(xml: string, rewriter: XmlRewriter): string {
  const parser = new SaxesParser({ position: false });
  const out: string[] = [XML_DECLARATION];
  const path: string[] = [];
  let dropDepth = 0; // > 0 while inside a dropped element
  let selfClosing = false;
  let failed = false;

  parser.on('opentag', (tag) => {
    const local = localName(tag.name);
    const attributes = tag.attributes as Record<string, string>;
    if (dropDepth > 0 || (rewriter.keep && !rewriter.keep(local, path, attributes))) {
      dropDepth++;
      path.push(local);
      return;
    }
    let text = `<${tag.name}`;
    for (const [name, value] of Object.entries(attributes)) {
      const next = rewriter.attribute?.(localName(name), value) ?? value;
      text += ` ${name}="${escapeAttribute(next)}"`;
    }
    selfClosing = tag.isSelfClosing;
    out.push(selfClosing ? `${text}/>` : `${text}>`);
    path.push(local);
  });
  parser.on('closetag', (tag) => {
    path.pop();
    if (dropDepth > 0) {
      dropDepth--;
      return;
    }
    if (selfClosing) selfClosing = false;
    else out.push(`</${tag.name}>`);
  });
  parser.on('text', (t) => {
    if (dropDepth === 0 && path.length > 0) out.push(escapeText(t));
  });
  parser.on('cdata', (t) => {
    if (dropDepth === 0) out.push(escapeText(t));
  });
  parser.on('error', () => {
    failed = true;
  });
  try {
    parser.write(xml).close();
  } catch {
    failed = true;
  }
  // The parser's message quotes the markup, which may be content; never pass it on.
  if (failed) {
    throw new ExtractionError('corrupt', 'The document is damaged: one of its XML parts cannot be read.');
  }
  return out.join('');
}
