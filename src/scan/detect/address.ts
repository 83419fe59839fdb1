import type { Detection } from '../findings.ts';
import { isWord } from '../text/tokens.ts';
import type { Doc } from './doc.ts';
import { notStreetWords, unitWords } from './pattern-shapes.ts';

/** "Apt. 595", "Suite 501", "Unit 4B": the secondary unit of an address, on its own or not. */
const unit = /\b(?:apt|apartment|suite|ste|unit)\.?\s*#?\s*\d+[a-z]?\b/gi;

/** Words that open a street name in many countries, written in lower case too ("ul. Lipowa"). */
const streetPrefix =
  '(?:[Rr]u[ea]|[Vv]ia|[Vv]iale|[Uu]l\\.|[Aa]l\\.|[Cc]alle|[Aa]venida|[Aa]v\\.|[Pp]iazza|[Ss]trada|[Cc]hemin|[Pp]lac)';
const openers = new RegExp(`^${streetPrefix}$`);
/** Endings of street words in lower-cased text: "ekvej", "skogveien", "kuusitie". */
const streetEnding =
  '\\p{Ll}[\\p{Ll}-]*(?:vej|veien|vegen|gate|gata|gatan|vägen|straße|strasse|weg|laan|straat|katu|tie|tee|utca|út|útja|tér|ulica|allé|plads|torv)';

/**
 * A house number, a name and a number, as many countries write a street line ("41870 Kuusitie 17",
 * "212 Rua das Flores 88", "310 Kirkevænget 4"): at the start of a line (after a bullet or
 * quote mark), after "lives at" / "address:" / a comma, or after the unit that precedes it.
 */
const numberedStreet = new RegExp(
  '(?:^[^\\p{L}\\d\\n]{0,6}|(?<=\\b(?:at|address:?|to|,)[ \\t])|(?<=\\b(?:[Aa]pt|[Ss]uite|[Ss]te|[Uu]nit)\\.?[ \\t]\\d{1,5}[ \\t]))' +
    `(\\d{1,6}(?:[ \\t]\\d{1,4})?[ \\t]+(?:${streetPrefix}|\\p{Lu}\\p{Ll}[\\p{L}'.-]*|\\p{Lu}\\.|${streetEnding})` +
    "(?:[ \\t]+(?:\\p{Lu}[\\p{L}'.-]*|\\p{Ll}[\\p{L}'-]*\\.?)){0,4}[ \\t]+\\d{1,4}[a-z]?)(?![\\p{L}\\d])",
  'gmu',
);

/** A line holding only a postal code: "53650", "340 12", "53-320", "B0J 2H0". */
const postalLine = /^[^\p{L}\d\n]{0,6}(\d{3,5}(?:[ -]\d{2,4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)(?=[ \t.]*$)/u;

/** "12 Rue des Tanneurs", "8 rue de la gare": where the opening word says street, no number closes it. */
const prefixedStreet = new RegExp(
  `(?<![\\p{L}\\d.,/-])\\d{1,6}(?:[ \\t]\\d{1,4})?[ \\t]+${streetPrefix}(?:[ \\t]+[\\p{L}'-]+\\.?){1,5}(?=[ \\t]*(?:[,;\\n]|$))`,
  'gmu',
);

/** A postal code closing an address line after a place or country: "Latvia 1050", "Odense DK 5000". */
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
  for (const m of text.matchAll(unit)) {
    // "BACK TO UNIT 0840", "ADOLESCENT UNIT 1500-2330": a ward's unit and the clock, in a nursing note.
    const number = /\d+[a-z]?$/i.exec(m[0])![0];
    const clock = /^(?:[01]\d|2[0-3])[0-5]\d$/.test(number);
    if (
      clock &&
      (number.startsWith('0') || /^-(?:[01]\d|2[0-3])[0-5]\d\b/.test(text.slice(m.index + m[0].length)))
    )
      continue;
    add(m.index, m.index + m[0].length, 'apartment or suite number');
  }
  for (const m of text.matchAll(numberedStreet)) {
    const value = m[1]!;
    if (!plausibleStreetLine(value, text, m.index + m[0].length)) continue;
    const start = m.index + m[0].indexOf(value);
    add(start, start + value.length, 'street line');
  }
  for (const m of text.matchAll(prefixedStreet)) {
    const end = m.index + m[0].length;
    if (plausibleStreetLine(m[0], text, end)) add(m.index, end, 'street line');
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
      const line = text.slice(lineStart + 1, end);
      const postal = postalLine.exec(line);
      if (postal) {
        const at = lineStart + 1 + postal[0].length - postal[1]!.length;
        add(at, at + postal[1]!.length, 'postal code');
        lineStart = lineEnd;
        continue;
      }
      const words = doc.tokensIn(lineStart + 1, end).filter(isWord);
      // A lower-case word belongs to the block only on a line of one or two words ("nan", a
      // region code) or on one that a postal code closes ("ASKER nan 1386"); else it is prose.
      const short = words.length <= 2 && line.trim().length <= 30;
      const plain =
        words.length > 0 &&
        words.length <= 4 &&
        words.every(
          (w) =>
            !doc.plainLower(w) ||
            w.key === 'and' ||
            w.key === 'of' ||
            ((short || /\d{3,}[ \t]*$/.test(line)) && !doc.isGrammatical(w.key)),
        );
      if ((words.length > 0 && !plain) || /^\p{L}+:/u.test(line)) break;
      if (words.length > 0 && !words.some((w) => /^(?:apt|suite|ste|unit|apartment)$/.test(w.key))) {
        // "VRETSTORP nan 716 93": the postal code closing the line belongs to it.
        const tail = /^[ \t,]*\d{3,5}(?:[ -]\d{2,4})?(?=[ \t.]*$)/.exec(
          text.slice(words[words.length - 1]!.end, end),
        );
        add(
          words[0]!.start,
          words[words.length - 1]!.end + (tail?.[0].length ?? 0),
          'town or region line of an address',
        );
      }
      lineStart = lineEnd;
    }
  }
  return out;
}

/** Shorthand such as "at 1400 Pt given 20 mg" has the shape of a street line but grammar or units in it. */
function plausibleStreetLine(value: string, text: string, end: number): boolean {
  const words = value.split(/[ \t]+/).filter((w) => !/^\d/.test(w) && !openers.test(w));
  if (words.some((w) => notStreetWords.has(w.toLowerCase()) || unitWords.has(w.toLowerCase()))) return false;
  const next = /^[ \t]*(\p{L}+)/u.exec(text.slice(end, end + 16));
  return !next || !unitWords.has(next[1]!.toLowerCase());
}
