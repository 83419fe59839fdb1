import { rankCrowd, rankStdlib } from '../lexicon/load.ts';
import { calendarRange, type Doc } from './doc.ts';

/** Words formed like drug names ("Chantix", "sertraline"): capitalized, unknown, and still not people. */
export const drugLike =
  /(?:amine|azole|azepam|azolam|barbital|butrin|caine|cillin|cycline|dipine|floxacin|mycin|olol|oxetine|pril|profen|prazole|sartan|statin|tidine|triptan|xaban|zodone|etine|apine|idone|tix|xil|zac)$/;

/** Endings of English adverbs, abstract nouns and adjectives ("Hopefully", "Childcare" aside). */
const wordLike =
  /(?:ly|ness|ment|tion|sion|ive|able|ible|ous|ful|less|ism|ity|care|ies|itis|osis|lysis|emia|pathy|algia|ectomy|scopy|ology|ologist)$/;

/** A word no list knows, in text where unknown words are rare (not clinical shorthand): name-like. */
export function unknownWord(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  return (
    doc.jargon < 0.04 &&
    !drugLike.test(t.key) &&
    !wordLike.test(t.key) &&
    // "Catastrophizing", "Spiraling": a verb's -ing form no list holds (short names end so too: "Ming").
    !(t.key.length >= 7 && t.key.endsWith('ing')) &&
    // "ACEs", "DMed", "DMing", "OD'd": initials made a plural or a verb.
    !/^[A-Z]{1,5}(?:s|'?d|'?ed|'?ing)$/.test(t.text) &&
    /^\p{L}[\p{L}'-]*$/u.test(t.key) &&
    doc.commonness(t.key) < 30 &&
    !doc.isOrdinaryWord(t.key)
  );
}

/** A given name the census ranks among its commonest 1,500 ("Jake", "Tyler"). */
export const commonGivenName = (doc: Doc, key: string) =>
  (doc.lex.firstNameRank(key) ?? Number.POSITIVE_INFINITY) <= 1500;

/** Evidence that the word itself is a personal name, before context (0..1). */
export function namePrior(doc: Doc, key: string): number {
  // "chris-christian": a stutter or a double name is as much a name as its parts.
  // "eusebio-holly-holly": every part a listed name and one of them no everyday word is a name too,
  // while "will-power" (two names that are both words) is not.
  if (key.includes('-')) {
    // ("Mon-Thu": days cut short, though "Thu" is someone's name somewhere.)
    if (calendarRange.test(key)) return 0;
    const parts = key.split('-').filter((p) => p.length > 1);
    if (parts.length === 0) return 0;
    const priors = parts.map((p) => namePrior(doc, p));
    const words = parts.filter((p) => doc.isOrdinaryWord(p)).length;
    if (words === 0 || (words < parts.length && priors.every((x) => x > 0))) return Math.min(...priors);
    return 0;
  }
  const first = doc.lex.firstNameRank(key);
  const last = doc.lex.surnameRank(key);
  let prior = 0;
  if (first !== undefined) prior = first <= 1000 ? 0.9 : first <= 5000 ? 0.8 : 0.7;
  if (last !== undefined) prior = Math.max(prior, last <= 5000 ? 0.8 : last <= 30000 ? 0.7 : 0.55);
  return prior;
}

const alphabet = 'abcdefghijklmnopqrstuvwxyz';

/**
 * One slip of the keyboard away from a common word ("visisted", "presnt", "whezes", "quickley"):
 * in notes typed in a hurry such a word is that word, not a name. Only words of five letters or
 * more, so short names ("Jon", "Ana") are never read as "on" or "and".
 */
export function misspeltWord(doc: Doc, key: string): boolean {
  if (key.length < 5 || !/^[a-z]+$/.test(key)) return false;
  const common = (w: string) => doc.commonness(w) >= 200;
  for (let k = 0; k < key.length; k++) {
    if (common(key.slice(0, k) + key.slice(k + 1))) return true;
    if (k + 1 < key.length && common(key.slice(0, k) + key[k + 1] + key[k] + key.slice(k + 2))) return true;
    for (const c of alphabet) {
      if (c !== key[k] && common(key.slice(0, k) + c + key.slice(k + 1))) return true;
    }
  }
  for (let k = 0; k <= key.length; k++) {
    for (const c of alphabet) if (common(key.slice(0, k) + c + key.slice(k))) return true;
  }
  return false;
}

/**
 * A given name only the crowd-sourced or the unranked lists hold — no census rank, no surname, no
 * birth record ("Obot", "neta"): the weakest evidence of a name there is.
 */
export function unrankedGivenNameOnly(doc: Doc, key: string): boolean {
  const first = doc.lex.firstNameRank(key);
  return (
    (first === rankCrowd || first === rankStdlib) &&
    doc.lex.surnameRank(key) === undefined &&
    !doc.lex.babyName(key)
  );
}
