import type { Detection } from '../findings.ts';
import { isWord, type Token } from '../text/tokens.ts';
import type { Doc } from './doc.ts';

/** Words that say the sentence is about a family name: "…, it is his last name". */
const surnamePhrase = /^(?:last|family|maiden|middle)$/;
/** What follows a household named by its surname: "the Bells next door", "the Cooks' house". */
const householdAfter = new Set(
  'next across down up family house home place kids children came come live lives lived moved have had were are invited'.split(
    ' ',
  ),
);

function person(t: Token, end: number, score: number, reason: string): Detection {
  return { start: t.start, end, label: 'PERSON', detector: 'context', score, reason };
}

/** A surname the census lists, everyday word or not; in lower case only the commoner ones. */
function listedSurname(doc: Doc, key: string, cased: boolean): boolean {
  const rank = doc.lex.surnameRank(key);
  return rank !== undefined && (cased || rank <= 5000);
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
          out.push(person(t, t.end, 0.8, 'surname said to be a last name'));
          break;
        }
        if (w.key === 'surname') {
          out.push(person(t, t.end, 0.8, 'surname said to be a last name'));
          break;
        }
      }
    }
    // "the Bells next door", "the Cooks' house": a household by its surname in the plural.
    const p1 = doc.prev(i);
    const n1 = doc.next(i);
    if (p1?.key !== 'the' || !n1 || n1.line !== t.line || t.sentenceStart) continue;
    const singular = /(?:ch|sh|s|x|z)es$/.test(t.key) ? t.key.slice(0, -2) : t.key.replace(/s['’]?$/, '');
    if (singular === t.key || !/s['’]?$/.test(t.text) || !listedSurname(doc, singular, cased)) continue;
    if (!householdAfter.has(n1.key)) continue;
    // Without capitals, a plural said every day ("the guys down the road") is that word.
    if (!cased && doc.lex.wordCount(t.key) >= 1000) continue;
    const end = t.start + t.text.replace(/['’]$/, '').length;
    out.push(person(t, end, cased ? 0.8 : 0.6, 'household by its surname'));
  }
  return out;
}
