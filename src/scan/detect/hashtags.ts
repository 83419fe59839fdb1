import type { Detection } from '../findings.ts';
import { calendarWords, relations, titles } from '../lexicon/cues.ts';
import type { Token } from '../text/tokens.ts';
import type { Doc } from './doc.ts';
import { namePrior } from './name-shape.ts';
import { knownPlaces } from './place-or-name.ts';

/**
 * A hashtag's or handle's words, split where a capital starts one: "#TaylorSwift" → taylor swift,
 * "#NYCMarathon" → nyc marathon, "@DrMike" → dr mike, "@TaylorSwift13" → taylor swift. Undefined
 * for a token that is neither or is one word ("#blessed"; a handle's lower-case words are scored as
 * words of lower-cased text, see `Doc.caseInformative`).
 */
export function tagWords(t: Token): string[] | undefined {
  if (!t.gapBefore.endsWith('#') && !/(?:^|\s)@$/.test(t.gapBefore)) return undefined;
  const parts = t.text.match(/\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\d+/gu);
  if (!parts || parts.join('') !== t.text) return undefined;
  // "@TaylorSwift13", "#Boston2024": a number after the words is no part of whom they name.
  const words = parts.map((p) => p.toLowerCase());
  while (words.length > 2 && /^\d+$/.test(words.at(-1)!)) words.pop();
  return words.length < 2 ? undefined : words;
}

/**
 * Words that a hashtag puts before someone it mourns or calls for ("#RIPKobe", "#JusticeForBreonna"),
 * and the titles and family words a handle puts before a name ("@DrMike", "@AuntieRos").
 */
const forSomeone = new Set(['rip', 'for', 'justice', 'pray', 'love', 'team', 'happy', 'birthday']);
const beforeName = (w: string) => forSomeone.has(w) || titles.has(w) || relations.has(w);

/** What a hashtag names: a place, a full name, or someone mourned or cheered ("#RIPKobe"). */
function hashtagReading(doc: Doc, words: string[]): 'LOCATION' | 'PERSON' | undefined {
  const given = (w: string) => doc.lex.firstNameRank(w) !== undefined;
  // "#TaylorSwift", not "#LoveWins": a given name and a surname, not two everyday words.
  if (
    words.length === 2 &&
    given(words[0]!) &&
    doc.lex.surnameRank(words[1]!) !== undefined &&
    !words.every((w) => doc.isOrdinaryWord(w))
  )
    return 'PERSON';
  // "#RIPKobe", "#JusticeForBreonna", "#TeamJacob": whoever is mourned, called for or cheered.
  const last = words[words.length - 1]!;
  if (words.slice(0, -1).every(beforeName) && (given(last) || !doc.isOrdinaryWord(last))) return 'PERSON';
  // "#SanDiego", "#NewYorkCity", "#NYCMarathon": a listed place inside it — of two words or more, or
  // one a reader knows ("#Chicago", not the town that every given name is somewhere). A state alone
  // is allowed ("#Texas"); the town list holds everyday words too ("#SelfCare" is none).
  for (let from = 0; from < words.length; from++) {
    for (let to = words.length; to > from; to--) {
      const run = words.slice(from, to);
      const place = doc.lex.place(run.join(' '));
      if (!place || place === 'us-state' || run.every((w) => doc.isOrdinaryWord(w))) continue;
      if (run.length > 1 || (knownPlaces.has(place) && !given(run[0]!))) return 'LOCATION';
    }
  }
  return undefined;
}

/**
 * Hashtags that name a place or a person, read by their words: "#SanDiego", "#TaylorSwift",
 * "#RIPKobe". A hashtag of everyday words ("#SelfCare", "#MondayMotivation") names neither, and
 * `everydayHashtag` says so to the other detectors' guesses.
 */
export function detectHashtags(doc: Doc): Detection[] {
  const out: Detection[] = [];
  for (const t of doc.tokens) {
    const words = tagWords(t);
    const label = words && hashtagReading(doc, words);
    if (!label) continue;
    out.push({
      start: t.start,
      end: t.end,
      label,
      detector: 'gazetteer',
      score: 0.95,
      reason: label === 'LOCATION' ? 'hashtag naming a place' : 'hashtag naming a person',
    });
  }
  return out;
}

/**
 * A hashtag that names no one and nowhere: everyday words and coinages no name list holds
 * and days ("#BlackLivesMatter", "#SelfCare", "#SundayFunday", "#FitFam").
 */
export function everydayHashtag(doc: Doc, t: Token): boolean {
  const words = tagWords(t);
  if (!words || hashtagReading(doc, words) !== undefined) return false;
  return words.every(
    (w) => doc.isOrdinaryWord(w) || doc.isGrammatical(w) || calendarWords.has(w) || namePrior(doc, w) === 0,
  );
}
