import { eng, fra, ind, ita, pol, por, som, spa, swa, tgl, vie } from 'stopword';
import type { Detection } from '../findings.ts';
import { spanishBeforeNoun, spokenSpanish } from '../lexicon/cues.ts';
import { Case, foldKey, isWord } from '../text/tokens.ts';
import { strongCue } from './clinical-vocab.ts';
import { type Doc, perDocument } from './doc.ts';
import { commonGivenName, unrankedGivenNameOnly } from './name-shape.ts';

/**
 * Sessions in the United States are held in Spanish, Tagalog, Haitian Creole and many other tongues,
 * or switch into them mid-sentence, and an interpreter relays both ways. Words of another tongue
 * are words no English list knows, or that English lists hold as names and towns ("nada", "palo",
 * "casi"): the name rules, tuned to English, take them for people and places by the dozen. Each
 * tongue's grammar words (the `stopword` package's lists) say where it is spoken.
 */

const otherLists = new Set([spa, por, tgl, ita, fra, pol, swa, som, ind, vie].flat().map(foldKey));
const englishLists = new Set(eng.map(foldKey));

/**
 * English's own grammar words: a stretch with them is English, whatever else is said in it — save
 * those other tongues spell alike ("a", "me", "no", "he"), which say neither.
 */
const englishGrammar = new Set([...englishLists].filter((w) => !otherLists.has(w)));

/**
 * Grammar words of tongues spoken in American clinics that the package lists in Latin letters, and
 * of tongues it does not (Haitian Creole; Hindi and Urdu, Arabic, Korean, Cantonese and Russian as
 * speech-to-text spells them), English grammar taken out.
 */
const tongueGrammar = new Set(
  [
    ...otherLists,
    ...`mwen ou nou nan ki sa gen konn vle lakay paske anpil toujou kounye kounya pral kijan jodi
      mera meri mere hai hain nahi nahin kya aur bhi kyun kaise yeh tum aap hota hoti tha thi
      ana enta inti howa hiya ehna mish mafi shu leh kaman yani
      geunde geuraeseo jinjja mwo nae neo uri
      ngo nei keoi ge mou jau dou zau
      eto chto kak ona oni net ochen tozhe mne menya`.split(/\s+/),
  ].filter((w) => /^[a-z]{2,}$/.test(w) && !englishLists.has(w)),
);

/**
 * Spanish, the tongue most often spoken in American clinics, by its commonest grammar words — some
 * of them English words or names too ("sin", "era", "Mia"), which say Spanish beside the others —
 * and the Spanish the cues already know said inside English speech.
 */
const spanishCore = new Set([
  ...spokenSpanish,
  ...spanishBeforeNoun,
  ...`que de la en esta este eso esto un yo cuando donde pues aqui alla nada algo toda todos si ni sin
  se te le les lo nos tus usted ustedes ella ellos era fue soy estoy estaba tengo tiene hay asi mas`.split(
    /\s+/,
  ),
]);

/** How far on either side a word's neighbours are read for the tongue they are said in. */
const reach = 4;
/** How far a stretch in another tongue reaches past the words that showed it. */
const edge = 2;
/** Words said in another tongue that make a session bilingual, where its words said alone are too. */
const bilingualWords = 30;

/** Is the word a grammar word of another tongue, and no everyday English word? */
function tongueWord(doc: Doc, key: string): boolean {
  if (spanishCore.has(key)) return true;
  if (!tongueGrammar.has(key)) return false;
  const count = doc.lex.wordCount(key);
  return count < 5000 && (count < 100 || doc.lex.tags(key).length === 0);
}

/**
 * A word English lists know nothing of — no dictionary word, name or town — as another tongue's
 * words are ("trabajando", "despierta"): evidence beside that tongue's grammar words.
 */
function unknownToEnglish(doc: Doc, key: string): boolean {
  return (
    // (A note's shorthand is unknown to English lists too, and short: "abd", "sats", "hct".)
    key.length >= 5 &&
    !key.includes('-') &&
    doc.lex.wordCount(key) === 0 &&
    doc.lex.tags(key).length === 0 &&
    !doc.listedName(key) &&
    doc.lex.place(key) === undefined
  );
}

/**
 * The tokens said in another tongue: before the word or after it (speech switches tongue
 * mid-sentence), that tongue's grammar words and words no English list knows outnumber English
 * grammar words at least two to one — three or more of them, one at least a grammar word.
 */
const saidInTongue = perDocument((doc: Doc): Set<number> => {
  const out = new Set<number>();
  const { tokens } = doc;
  const grammar = tokens.map((t) => isWord(t) && tongueWord(doc, t.key));
  if (!grammar.some(Boolean)) return out;
  const unknown = tokens.map((t, k) => isWord(t) && !grammar[k] && unknownToEnglish(doc, t.key));
  const english = tokens.map((t) => isWord(t) && englishGrammar.has(t.key));
  const foreignSide = (i: number, step: 1 | -1) => {
    let g = grammar[i] ? 1 : 0;
    let u = unknown[i] ? 1 : 0;
    let e = english[i] ? 1 : 0;
    for (let k = i + step, n = 0; n < reach && k >= 0 && k < tokens.length; k += step) {
      if (tokens[k]!.line !== tokens[i]!.line) break;
      if (!isWord(tokens[k]!)) continue;
      n++;
      if (grammar[k]) g++;
      else if (unknown[k]) u++;
      if (english[k]) e++;
    }
    return g >= 1 && g + u >= 3 && g + u >= 2 * e;
  };
  // (Lines in capitals are notes' and headings', whose shorthand no tongue speaks.)
  for (let i = 0; i < tokens.length; i++)
    if (isWord(tokens[i]!) && !doc.onCapitalsLine(tokens[i]!) && (foreignSide(i, -1) || foreignSide(i, 1)))
      out.add(i);
  // A stretch's edges ("… se me ponen frias"): a word or two beside it on the line, up to English.
  for (const i of [...out])
    for (const step of [-1, 1])
      for (let k = i + step, n = 0; n < edge && k >= 0 && k < tokens.length; k += step, n++) {
        if (tokens[k]!.line !== tokens[i]!.line || english[k] || out.has(k) || doc.onCapitalsLine(tokens[k]!))
          break;
        out.add(k);
      }
  return out;
});

/**
 * "que le paso algo", "en la sala con la luz apagada", "Rezo el rosario.": a guess inside speech in
 * another tongue is that tongue's word — unless the writer's capitals chose it inside the sentence
 * ("vive en Houston", "mi hija María"), or a common given name is said to be someone.
 */
export function saidInAnotherTongue(doc: Doc, d: Detection): boolean {
  if ((d.label !== 'PERSON' && d.label !== 'LOCATION') || d.detector === 'roster' || d.detector === 'pattern')
    return false;
  const [first, last] = doc.touched(d.start, d.end);
  const inTongue = saidInTongue(doc);
  const bilingual = inTongue.size >= bilingualWords;
  let words = 0;
  for (let k = first; k <= last; k++) {
    const w = doc.tokens[k]!;
    if (!isWord(w)) continue;
    words++;
    if (doc.caseInformative(w) && w.case !== Case.Lower && !w.sentenceStart) return false;
    // ("mi hija María": a name the writer's capitals and a cue both say; in speech without capitals
    // the cue was read off the other tongue's words as English.)
    if (doc.caseInformative(w) && strongCue.test(d.reason) && commonGivenName(doc, w.key)) return false;
    // "pero la neta i just didn't", "en serio it's like": in a session that speaks another tongue
    // at length, one of its words said alone amid English is still that tongue's.
    if (
      !inTongue.has(k) &&
      !(
        bilingual &&
        (tongueWord(doc, w.key) ||
          unknownToEnglish(doc, w.key) ||
          (unrankedGivenNameOnly(doc, w.key) && doc.lex.place(w.key) === undefined))
      )
    )
      return false;
  }
  return words > 0;
}
