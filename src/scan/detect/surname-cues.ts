import type { Detection } from '../findings.ts';
import { calendarWords, possessives } from '../lexicon/cues.ts';
import { isWord, type Token } from '../text/tokens.ts';
import type { Doc } from './doc.ts';

/** Words that say the sentence is about a family name: "…, it is his last name". */
const surnamePhrase = /^(?:last|family|maiden|middle)$/;
/** What follows a household named by its surname: "the Bells next door", "the Cooks' house". */
const householdAfter = new Set(
  'next across down up family house home place kids children came come live lives lived moved have had were are invited both'.split(
    ' ',
  ),
);

/** One of a family named by its surname before it: "the brennan kid", "the Okafor twins". */
const familyMembers = new Set(
  'kid kids boy boys girl girls mom dad mother father twins brothers sisters parents family household'.split(
    ' ',
  ),
);

/** Said after anyone at all, so they say a household only where capitals or the word's rarity do. */
const beingOnly = new Set(['are', 'were', 'have', 'had', 'both']);

/** When a household is seen, said right after it: "dinner with the johnsons tonight". */
const whenAfter = new Set(
  'tonight today tomorrow yesterday again later soon tonite now lately sometime'.split(' '),
);
/** What is watched or done is a show or a test: "watching the simpsons", "i did the conners". */
const watched =
  /^(?:watch|watches|watched|watching|rewatch|rewatching|binge|binged|bingeing|binging|did|do|done|completed|filled)$/;

export const householdReason = 'household by its surname';
export const lastNameReason = 'surname said to be a last name';

/** Words of family and visiting within five words of token `i`: "his family, the Masons", "spend it with the Masons". */
const familyWords = new Set(
  'family families neighbors neighbours with visit visiting visited spend spent invited cousins relatives in-laws kids children both'.split(
    ' ',
  ),
);

function amongFamily(doc: Doc, i: number): boolean {
  const line = doc.tokens[i]!.line;
  for (let k = Math.max(0, i - 5); k <= i + 5 && k < doc.tokens.length; k++) {
    const w = doc.tokens[k]!;
    if (k !== i && w.line === line && familyWords.has(w.key)) return true;
  }
  return false;
}

function person(t: Token, end: number, score: number, reason: string): Detection {
  return { start: t.start, end, label: 'PERSON', detector: 'context', score, reason };
}

/** A surname the census lists, everyday word or not; in lower case only the commoner ones. */
function listedSurname(doc: Doc, key: string, cased: boolean): boolean {
  const rank = doc.lex.surnameRank(key);
  return rank !== undefined && (cased || rank <= 5000);
}

/** "hill is his last name", "Price was her maiden name": a listed surname said to be one, anywhere. */
function saidToBeLastName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const copula = doc.tokens[i + 1]?.key;
  if (copula !== 'is' && copula !== 'was') return false;
  if (!isWord(t) || t.contraction || t.possessive || doc.isGrammatical(t.key)) return false;
  const cased = doc.caseInformative(t);
  if ((cased && !doc.capitalized(t)) || !listedSurname(doc, t.key, cased)) return false;
  const words = [1, 2, 3, 4].map((k) => doc.next(i, k));
  if (words.some((w) => w === undefined || w.line !== t.line || !/^[ \t]{1,2}$/.test(w.gapBefore)))
    return false;
  const [, owner, kind, name] = words.map((w) => w!.key);
  return possessives.has(owner!) && surnamePhrase.test(kind!) && name === 'name';
}

/**
 * Surnames that are everyday words, named by what the sentence says about them: a sentence that
 * opens with one and speaks of a last name ("Hunt is what everybody calls him, it's our last name"),
 * and a household called by the plural ("the Bells next door", "we had the Cooks over").
 */
export function surnameMentions(doc: Doc): Detection[] {
  const out: Detection[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (saidToBeLastName(doc, i)) {
      out.push(person(t, t.end, 0.8, lastNameReason));
      continue;
    }
    // Only a sentence's first word or a word after "the" can be either kind: check those cheaply first.
    if (!t.sentenceStart && tokens[i - 1]?.key !== 'the') continue;
    if (!isWord(t) || t.contraction || doc.isGrammatical(t.key)) continue;
    const cased = doc.caseInformative(t);
    if (cased && !doc.capitalized(t)) continue;
    // "Hunt is what everybody calls my dad, it is his last name."
    // (Not a speaker label: "Client: …".)
    const label = /^\s*:/.test(doc.next(i)?.gapBefore ?? '');
    if (t.sentenceStart && !label && listedSurname(doc, t.key, cased)) {
      for (let k = i + 1; k < i + 16 && k < tokens.length - 1; k++) {
        const w = tokens[k]!;
        if (w.line !== t.line || (cased && /[.?!]/.test(w.gapBefore))) break;
        const n = tokens[k + 1]!;
        if (surnamePhrase.test(w.key) && (n.key === 'name' || n.key === 'names') && n.line === t.line) {
          out.push(person(t, t.end, 0.8, lastNameReason));
          break;
        }
        if (w.key === 'surname') {
          out.push(person(t, t.end, 0.8, lastNameReason));
          break;
        }
      }
    }
    // "the Bells next door", "the Cooks' house": a household by its surname in the plural.
    const p1 = doc.prev(i);
    const n1 = doc.next(i);
    if (p1?.key !== 'the' || t.sentenceStart) continue;
    // "a fight with the brennan kid", "the kowalski twins": a surname no everyday word, before one
    // of the family it names.
    if (
      n1 !== undefined &&
      doc.adjacent(t, n1) &&
      familyMembers.has(n1.key) &&
      !t.possessive &&
      listedSurname(doc, t.key, cased) &&
      !doc.isOrdinaryWord(t.key) &&
      !doc.lex.chain(t.key)
    ) {
      out.push(person(t, t.end, 0.8, householdReason));
      continue;
    }
    const singular = /(?:ch|sh|s|x|z)es$/.test(t.key) ? t.key.slice(0, -2) : t.key.replace(/s['’]?$/, '');
    if (singular === t.key || !/s['’]?$/.test(t.text) || !listedSurname(doc, singular, cased)) continue;
    // "the Powerses", "the nunezes": a plural no one says of anything but a family needs nothing
    // after it; "the Masons" (a word too) needs what is said of households, or capitals and a
    // list's pause ("the Fords and the Ellises", "his family, the Masons, never …").
    // "the johnsons tonight": so is one whose singular is no everyday word, before no noun of its
    // own ("the Johnson report"); a show is watched ("watching the simpsons").
    const sameLine = n1 !== undefined && n1.line === t.line;
    const nounAfter =
      sameLine &&
      doc.isOrdinaryWord(n1.key) &&
      !doc.isGrammatical(n1.key) &&
      !householdAfter.has(n1.key) &&
      !whenAfter.has(n1.key);
    const familyOnly =
      (t.key.endsWith('es') || (!doc.isOrdinaryWord(singular) && !watched.test(doc.prev(i, 2)?.key ?? ''))) &&
      doc.lex.wordCount(t.key) < 5 &&
      !doc.isOrdinaryWord(t.key) &&
      !nounAfter;
    // Its end in a list or a clause ("and", a comma or stop, the line's end) among family words.
    const listed = !sameLine || n1.key === 'and' || /^[,;.!?]/.test(n1.gapBefore);
    const saidOfHousehold = sameLine && householdAfter.has(n1.key);
    if (!familyOnly && !saidOfHousehold && !(cased && listed && amongFamily(doc, i))) continue;
    // "the judges are so fake": without capitals, a plural of an everyday noun is that noun unless
    // what follows says a household (lives, came over, their house), not merely that it is.
    if (
      !cased &&
      !familyOnly &&
      beingOnly.has(n1?.key ?? '') &&
      (doc.lex.wordCount(singular) >= 1000 || doc.lex.wordCount(t.key) >= 200)
    )
      continue;
    // "the Mondays", "the Christmases": days and holidays come in plurals too ("the Mays next door" is a household).
    if (calendarWords.has(singular) && !saidOfHousehold) continue;
    // "worked with the Americans", "the Canadians": a people, not a household; "the eagles were
    // down at half": a team.
    // ("the eagles next door", "the Bears' house": what only a household has.)
    const homeSaid = saidOfHousehold && !/^(?:were|are|have|had|both|came|come)$/.test(n1.key);
    if (doc.lex.tags(t.key).includes('Demonym') || (doc.lex.team(t.key) && !homeSaid)) continue;
    // Without capitals, a plural said every day ("the guys down the road") is that word, unless it is
    // a common surname's, said less often, and the household lives by ("the hills next door").
    const neighbours =
      sameLine &&
      /^[ \t]+(?:next door|across the street|down the street|upstairs|downstairs)\b/i.test(
        doc.text.slice(t.end, t.end + 24),
      );
    const count = doc.lex.wordCount(t.key);
    if (!cased && count >= 1000 && !(neighbours && count < 5000 && listedSurname(doc, singular, false)))
      continue;
    const end = t.start + t.text.replace(/['’]$/, '').length;
    out.push(person(t, end, cased ? 0.8 : 0.6, householdReason));
  }
  return out;
}
