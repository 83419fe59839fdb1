import type { Detection } from '../findings.ts';
import { titles } from '../lexicon/cues.ts';
import type { Token } from '../text/tokens.ts';
import { strongCue } from './clinical-vocab.ts';
import type { Doc } from './doc.ts';

/** Names of God and of the divine: "pray to God", "thank the Lord". */
const deities = new Set(['god', 'lord', 'allah', 'christ', 'yahweh', 'jehovah', 'buddha', 'krishna']);
const faithWords = new Set(
  'pray prayed praying prayer prayers praise faith believe church thank thanks trust bible god lord christ worship'.split(
    ' ',
  ),
);
/** Verbs whose object is an activity: "doing Pilates", "practicing Tai Chi". */
const activityVerbs = new Set(['doing', 'practice', 'practicing', 'practise', 'practising']);

/** A deity, or "Jesus" among words of faith (it is also a first name). */
function sacred(doc: Doc, t: Token, i: number): boolean {
  if (deities.has(t.key)) return true;
  if (t.key !== 'jesus') return false;
  for (let k = i - 8; k <= i + 2; k++) if (k !== i && faithWords.has(doc.tokens[k]?.key ?? '')) return true;
  return false;
}

/**
 * A company, brand, app or sports team that compromise's lexicon or the company-names list knows
 * ("Netflix", "Hulu", "Reddit", "Lakers") and no first-name list has.
 */
export function organization(doc: Doc, t: Token): boolean {
  return (
    (doc.lex.tags(t.key).some((tag) => tag === 'Organization' || tag === 'SportsTeam') ||
      // An everyday word on the list ("State", "Target") is a word first, and a surname ("Kroger")
      // may be a person: the list decides only for names no other list holds.
      (doc.lex.company(t.key) &&
        doc.lex.wordCount(t.key) < 200 &&
        doc.lex.surnameRank(t.key) === undefined)) &&
    doc.lex.firstNameRank(t.key) === undefined
  );
}

/**
 * Whether a PERSON or LOCATION guess is a thing everyday talk capitalizes: a company or service, a
 * deity, an activity after "doing", a holiday ("Father's Day", "Christmas Eve") or a programme that
 * meets ("<name> meetings"). A title or other strong cue keeps a person's name.
 */
export function everydayThing(doc: Doc, d: Detection): boolean {
  if ((d.label !== 'PERSON' && d.label !== 'LOCATION') || d.detector === 'roster' || d.detector === 'pattern')
    return false;
  const [first, last] = doc.touched(d.start, d.end);
  const words = doc.tokens.slice(first, last + 1);
  if (words.length === 0) return false;
  // "went to Walmart", "on Netflix": a chain or service is no place that says where someone is —
  // unless the text says a person ("Mr. Kroger next door").
  if (
    words.every((w) => organization(doc, w) && doc.lex.place(w.key) === undefined) &&
    !(d.label === 'PERSON' && strongCue.test(d.reason))
  )
    return true;
  const after = doc.next(last);
  const lastWord = words[words.length - 1]!;
  // "CoDA meetings", "Al-Anon meeting": what meets is a programme, not a person or a place.
  if (after && /^meetings?$/.test(after.key) && doc.adjacent(lastWord, after) && !strongCue.test(d.reason))
    return true;
  if (d.label !== 'PERSON') return false;
  if (words.every((w, k) => sacred(doc, w, first + k))) return true;
  // "St. Patrick's Day", "Valentine's Day": a name in the possessive before "Day" is a holiday,
  // whatever title stands before it; so is "Eve" after Christmas or a New Year's.
  if (lastWord.possessive && after?.key === 'day' && doc.capitalized(after) && doc.adjacent(lastWord, after))
    return true;
  if (words.length === 1 && lastWord.key === 'eve' && /^(?:christmas|year)$/.test(doc.prev(first)?.key ?? ''))
    return true;
  if (strongCue.test(d.reason) && !/\+ title$/.test(d.reason)) return false;
  const before = doc.prev(first);
  // "Father's Day", "Mother's Day", "Memorial Day": a day named after someone is a holiday ("Coach
  // Day" is a person: a title outweighs).
  const day = words.length === 1 && words[0]!.key === 'day' && before !== undefined;
  if (day && before.possessive) return true;
  if (before && titles.has(before.key)) return false;
  if (day && doc.capitalized(before)) return true;
  // "doing Pilates", "doing Tai Chi": the verb may stand before the whole capitalized phrase.
  let k = first - 1;
  while (k > first - 3 && doc.tokens[k] && doc.capitalized(doc.tokens[k]!)) k--;
  const verb = doc.tokens[k];
  return verb !== undefined && activityVerbs.has(verb.key) && verb.line === words[0]!.line;
}
