import type { Detection } from '../findings.ts';
import { calendarWords, credentials, relations, titles } from '../lexicon/cues.ts';
import { isWord } from '../text/tokens.ts';
import type { Doc } from './doc.ts';
import { drugLike, unknownWord } from './name-shape.ts';
import { rarelyLower } from './person-context.ts';

/** Words joining the last items of a list: "A, B and C", "A, B, or C". */
const conjunctions = new Set(['and', 'or']);

/**
 * Could item i of a list of names be a name too? Capitalized unknown words can ("Kónya, Becker and
 * Delgado"); without capitals, listed names and words no list knows can ("percival, deontae and
 * alisa"); everyday words only when the list is plainly one of names and the word is a common name
 * ("olive, hailee and gunnar", "reece, price and emmett").
 */
function listable(doc: Doc, i: number, anchors: number, size: number): boolean {
  const t = doc.tokens[i]!;
  if (!isWord(t) || t.contraction || doc.isGrammatical(t.key) || doc.plainLower(t) || drugLike.test(t.key))
    return false;
  // "cooper, tx and…": a state after a town is no name, nor is a two-letter word; "in November,
  // Craig would…": a month before a name is its date.
  if (
    calendarWords.has(t.key) ||
    titles.has(t.key) ||
    relations.has(t.key) ||
    credentials.has(t.key) ||
    t.key.length < 3 ||
    doc.lex.isUsState(t.key)
  )
    return false;
  if (!doc.isOrdinaryWord(t.key)) {
    if (doc.capitalized(t)) return true;
    return !doc.caseInformative(t) && (unknownWord(doc, i) || doc.listedName(t.key));
  }
  if (doc.caseInformative(t) && !doc.capitalized(t)) return false;
  // "Pellerin, Graves and Reed", "Park and Mann": where capitals count, a capitalized listed surname
  // or first name beside a confident name is one, everyday word or not.
  if (doc.capitalized(t))
    return (
      (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1500 ||
      (doc.lex.surnameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 5000
    );
  // "noah, gail and eda": in a list of three or more, a listed first name that talk seldom writes
  // in lower case needs one anchor ("to be frank, mark" is two).
  if (size >= 3 && rarelyLower(doc, t.key)) return true;
  if (anchors < 2) return false;
  return (
    (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1500 ||
    (doc.lex.surnameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1000
  );
}

/**
 * Names listed with names are names. Runs after scoring: each list (single words joined by commas,
 * "and", "or") with a confident name in it lends the label to the other items that can be names.
 */
export function withListedNames(doc: Doc, out: Detection[], scored: (Detection | undefined)[]): Detection[] {
  const added: Detection[] = [];
  const { tokens } = doc;
  const gap = (a: number, b: number) => doc.text.slice(tokens[a]!.end, tokens[b]!.start).replace(/ +/g, ' ');
  /** The next item of the list after item k, if the list goes on. */
  const nextItem = (k: number): number | undefined => {
    if (k + 1 >= tokens.length) return undefined;
    if (/^(?:, ?| ?& ?)$/.test(gap(k, k + 1)) && !conjunctions.has(tokens[k + 1]!.key)) return k + 1;
    const c = tokens[k + 1]!;
    if (
      conjunctions.has(c.key) &&
      /^,? $/.test(gap(k, k + 1)) &&
      k + 2 < tokens.length &&
      gap(k + 1, k + 2) === ' '
    )
      return k + 2;
    return undefined;
  };
  // Lower-cased names from the unranked lists score lower: there a slightly weaker name anchors.
  const anchorAt = (k: number) => (scored[k]?.score ?? 0) >= (doc.caseInformative(tokens[k]!) ? 0.7 : 0.6);
  let i = 0;
  while (i < tokens.length) {
    const items = [i];
    for (let k = nextItem(i); k !== undefined; k = nextItem(k)) items.push(k);
    if (items.length >= 2) {
      const anchors = items.filter(anchorAt).length;
      // "to be frank, mark, i …": pronouns and grammar words are no items of a list of names.
      const size = items.filter((k) => !doc.isGrammatical(tokens[k]!.key)).length;
      for (const k of items) {
        if (anchors === 0 || (scored[k]?.score ?? 0) >= 0.5) continue;
        if (!listable(doc, k, anchors - (anchorAt(k) ? 1 : 0), size)) continue;
        const t = tokens[k]!;
        const d: Detection = {
          start: t.start,
          end: t.end,
          label: 'PERSON',
          detector: 'context',
          score: 0.6,
          reason: 'listed with a name',
        };
        scored[k] = d;
        added.push(d);
      }
    }
    i = items[items.length - 1]! + 1;
  }
  return added.length > 0 ? [...out, ...added] : out;
}
