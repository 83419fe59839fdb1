import type { Detection } from '../findings.ts';
import { isWord } from '../text/tokens.ts';
import type { Doc } from './doc.ts';

/** "Apt. 595", "Suite 501", "Unit 4B": the secondary unit of an address, on its own or not. */
const unit = /\b(?:apt|apartment|suite|ste|unit)\.?\s*#?\s*\d+[a-z]?\b/gi;

/**
 * A house number, a name and a number, as many countries write a street line ("28245 Puruntie 82",
 * "450 Præstevænget 15"), at the start of a line or after "lives at" / "address:".
 */
const numberedStreet =
  /(?:^|(?<=\b(?:at|address:?|to)\s))[ \t>]*(\d{1,6}(?:\s\d{1,4})?\s+(?:\p{Lu}[\p{L}'.-]*\s+){1,4}\d{1,4}[a-z]?)\b/gmu;

/** A postal code closing an address line after a place or country: "Estonia 62488", "Aalborg NO 9100". */
const postalCode = /(?<=\p{L}[ \t,]{1,2})\d{4,5}(?:-\d{4})?(?=[ \t]*(?:\n|$|\)))/gu;

/**
 * Address blocks: street lines, their unit lines, and the short town / region / postal lines that
 * follow them. Each line on its own looks like little; together they are an address.
 */
export function detectAddresses(doc: Doc, found: readonly Detection[]): Detection[] {
  const { text } = doc;
  const out: Detection[] = [];
  const add = (start: number, end: number, reason: string) =>
    out.push({ start, end, label: 'LOCATION', detector: 'pattern', score: 0.9, reason });
  for (const m of text.matchAll(unit)) add(m.index, m.index + m[0].length, 'apartment or suite number');
  for (const m of text.matchAll(numberedStreet)) {
    const value = m[1]!;
    const start = m.index + m[0].indexOf(value);
    add(start, start + value.length, 'street line');
  }
  const streets = [...found.filter((d) => d.label === 'LOCATION' && d.detector === 'pattern'), ...out];
  for (const m of text.matchAll(postalCode)) {
    // Only inside an address block, else "I paid 2000" would be a postal code.
    if (streets.some((d) => m.index > d.start && m.index - d.end < 200))
      add(m.index, m.index + m[0].length, 'postal code');
  }
  // The next few short lines after a street line are its town, region and country.
  for (const street of streets) {
    let lineStart = text.indexOf('\n', street.end);
    // Only a street line that ends its line starts a block: "We're at 12 Elm Street now." in a
    // transcript is followed by the next speaker's turn, not by a town.
    if (!/^[\s,.;]*$/.test(text.slice(street.end, lineStart === -1 ? text.length : lineStart))) continue;
    for (let k = 0; k < 4 && lineStart !== -1; k++) {
      const lineEnd = text.indexOf('\n', lineStart + 1);
      const end = lineEnd === -1 ? text.length : lineEnd;
      const words = doc.tokensIn(lineStart + 1, end).filter(isWord);
      const plain =
        words.length > 0 &&
        words.length <= 4 &&
        words.every((w) => !doc.plainLower(w) || w.key === 'and' || w.key === 'of');
      if ((words.length > 0 && !plain) || /^\p{L}+:/u.test(text.slice(lineStart + 1, end))) break;
      if (words.length > 0 && !words.some((w) => /^(?:apt|suite|ste|unit|apartment)$/.test(w.key))) {
        add(words[0]!.start, words[words.length - 1]!.end, 'town or region line of an address');
      }
      lineStart = lineEnd;
    }
  }
  return out;
}
