import type { Detection } from '../findings.ts';
import { isWord, type Token } from '../text/tokens.ts';
import type { Doc } from './doc.ts';

export const spelledReason = 'name spelled letter by letter';

/** Words that say a name is being spelled: "can you spell that", "it's spelled", "letters". */
const spellingWords = new Set(['spell', 'spelled', 'spelt', 'spelling', 'letters', 'letter']);
/** Words read between spelled letters: "O-K-O-N-K-W-O dash R-E-Y-E-S", "m c apostrophe …". */
const spokenMarks = new Set(['dash', 'hyphen', 'apostrophe', 'space']);
/** "with a y", "two n's": said while spelling, then the letters. */
const letterNotes = /^(?:with|without|two|double|capital|like)$/;

const singleLetter = (t: Token) => isWord(t) && t.text.length === 1 && /\p{L}/u.test(t.text);
/** "P-R-Z-Y-B-Y-L-S-K-I": letters joined by hyphens, three at least. */
const hyphenedLetters = (t: Token) => /^\p{L}(?:[-‐]\p{L}){2,}$/u.test(t.text);

/**
 * Letters spelled one after another, from token `i`: single letters apart ("r h y s", "D. U. P."),
 * hyphened runs ("S-A-L-E-H"), "as in" words ("E as in echo, Z as in zebra"), and "dash" or
 * "apostrophe" read between them. Returns the last token and the letters, or undefined.
 */
function letterRun(doc: Doc, i: number): { last: number; letters: string } | undefined {
  let letters = '';
  let last = -1;
  let k = i;
  while (k < doc.tokens.length) {
    const t = doc.tokens[k]!;
    if (k > i && (t.line !== doc.tokens[k - 1]!.line || !/^[ \t.,\-‐]{1,4}$/.test(t.gapBefore))) break;
    if (hyphenedLetters(t)) {
      letters += t.text.replace(/[-‐]/g, '');
      last = k++;
      continue;
    }
    if (!singleLetter(t)) {
      if (spokenMarks.has(t.key) && letters.length > 0 && k + 1 < doc.tokens.length) {
        k++;
        continue;
      }
      break;
    }
    letters += t.text;
    last = k++;
    // "E as in echo": the word after "as in" says the letter, and is part of the spelling.
    if (doc.tokens[k]?.key === 'as' && doc.tokens[k + 1]?.key === 'in' && doc.tokens[k + 2]) {
      last = k + 2;
      k += 3;
    }
  }
  if (last < 0) return undefined;
  return { last, letters: letters.toLowerCase() };
}

/**
 * "my name is rhys r h y s", "Przybylski. You'll want me to spell that. P-R-Z-Y-B-Y-L-S-K-I", "Eze,
 * that's E as in echo, Z as in zebra": a name spelled letter by letter, as intake calls and
 * voicemails do — the letters are the name, and so is the word they spell where it was just said.
 * Letters are spelling only where the text says so: they spell a word said just before, or a word of
 * spelling ("spell", "with a y", "as in") stands near; "a b c" or "i e" alone are no one.
 */
export function detectSpelledNames(doc: Doc): Detection[] {
  const out: Detection[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!singleLetter(t) && !hyphenedLetters(t)) continue;
    const run = letterRun(doc, i);
    if (!run || run.letters.length < 3) continue;
    const { last, letters } = run;
    const asIn = tokens.slice(i, last + 1).some((w) => w.key === 'as');
    // The word the letters spell, said within the dozen words before (or "… a o i f e it's irish").
    let said = -1;
    for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
      if (tokens[k]!.key.replace(/[-'’]/g, '') === letters && isWord(tokens[k]!)) {
        said = k;
        break;
      }
    }
    let cued = asIn;
    for (let k = Math.max(0, i - 10); k < i && !cued; k++) {
      const w = tokens[k]!;
      if (spellingWords.has(w.key)) cued = true;
      // "stacy with a y so s t a c y", "two n's": a note about a letter before the run.
      if (
        letterNotes.test(w.key) &&
        /^(?:a|an)$/.test(tokens[k + 1]?.key ?? '') &&
        singleLetter(tokens[k + 2] ?? t)
      )
        cued = true;
    }
    const everyLetter = tokens.slice(i, last + 1).filter((w) => singleLetter(w) || hyphenedLetters(w));
    // A run of hyphened letters is spelling as it is written; single letters need the word or a cue.
    const written = everyLetter.some(hyphenedLetters) && letters.length >= 4;
    if (said < 0 && !cued && !written) {
      i = last;
      continue;
    }
    // Not a word the text spells for its own sake: a place everyone knows, grammar, an everyday word
    // no one is called, or initials speech-to-text writes letter by letter ("my a d h d", "p t s d").
    const place = doc.lex.place(letters);
    const initials = !/[aeiouy]/.test(letters) || (doc.lex.medical(letters) && !doc.listedName(letters));
    if (
      place === 'country' ||
      place === 'us-state' ||
      doc.isGrammatical(letters) ||
      initials ||
      // An everyday word spelled out is a name only where spelling is said ("spell that", "with a y").
      (doc.isOrdinaryWord(letters) && !(doc.listedName(letters) && (cued || written)))
    ) {
      i = last;
      continue;
    }
    out.push({
      start: t.start,
      end: tokens[last]!.end,
      label: 'PERSON',
      detector: 'context',
      score: 0.9,
      reason: spelledReason,
    });
    if (said >= 0) {
      const w = tokens[said]!;
      const end = w.possessive ? w.start + w.text.replace(/['’]s?$/, '').length : w.end;
      out.push({
        start: w.start,
        end,
        label: 'PERSON',
        detector: 'context',
        score: 0.9,
        reason: spelledReason,
      });
    }
    i = last;
  }
  return out;
}
