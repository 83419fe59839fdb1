import type { Detection } from '../findings.ts';
import { calendarWords, institutionSuffixes, relations, titles } from '../lexicon/cues.ts';
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
  // ("#HappyEaster", "#MerryChristmas": a day's name closing it is no one's.)
  const given = (w: string) => doc.lex.firstNameRank(w) !== undefined && !calendarWords.has(w);
  const last = words[words.length - 1]!;
  // "#TaylorSwift", not "#LoveWins": a given name and a surname, not two everyday words.
  if (
    !calendarWords.has(last) &&
    words.length === 2 &&
    given(words[0]!) &&
    doc.lex.surnameRank(words[1]!) !== undefined &&
    !words.every((w) => doc.isOrdinaryWord(w))
  )
    return 'PERSON';
  // "#RIPKobe", "#JusticeForBreonna", "#TeamJacob": whoever is mourned, called for or cheered.
  if (
    words.slice(0, -1).every(beforeName) &&
    (given(last) || (!doc.isOrdinaryWord(last) && !calendarWords.has(last)))
  )
    return 'PERSON';
  // "#LongLiveTrey", "#Miles4Nadia": everyday words (a number read "for") before a given name that
  // is no everyday word.
  if (
    given(last) &&
    !doc.isOrdinaryWord(last) &&
    words.slice(0, -1).every((w) => doc.isOrdinaryWord(w) || doc.isGrammatical(w) || /^\d+$/.test(w))
  )
    return 'PERSON';
  // "#GreeleyStrong": a town a community rallies behind, though a reader may not know it.
  if (words.length >= 2 && last === 'strong') {
    const kind = doc.lex.place(words.slice(0, -1).join(' '));
    if (kind !== undefined && kind !== 'us-state' && kind !== 'country' && kind !== 'region')
      return 'LOCATION';
  }
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
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    const words = tagWords(t);
    const label = words
      ? hashtagReading(doc, words)
      : t.gapBefore.endsWith('#')
        ? oneWordPlace(doc, t)
        : undefined;
    if (label) {
      out.push({
        start: t.start,
        end: t.end,
        label,
        detector: 'gazetteer',
        score: 0.95,
        reason: label === 'LOCATION' ? 'hashtag naming a place' : 'hashtag naming a person',
      });
      continue;
    }
    const handle = personalHandle(doc, i);
    if (handle !== undefined)
      out.push({
        start: t.start,
        end: doc.tokens[handle]!.end,
        label: 'PERSON',
        detector: 'gazetteer',
        score: 0.8,
        reason: 'social-media handle',
      });
  }
  return out;
}

/**
 * "#miami", "#lasvegas", "#sanfrancisco": a hashtag of one word, or of a place's words run together
 * in lower case, that is a city or country a reader knows — not an everyday word ("#home") and not
 * a common given name ("#jordan").
 */
function oneWordPlace(doc: Doc, t: Token): 'LOCATION' | undefined {
  const key = t.key;
  const known = (k: string) => {
    const kind = doc.lex.place(k);
    return kind !== undefined && (knownPlaces.has(kind) || (kind === 'region' && k.includes(' ')));
  };
  if (known(key))
    return doc.isOrdinaryWord(key) || (doc.lex.firstNameRank(key) ?? Number.POSITIVE_INFINITY) <= 200
      ? undefined
      : 'LOCATION';
  if (!/^[a-z]{6,}$/.test(key) || doc.isOrdinaryWord(key)) return undefined;
  for (let cut = 3; cut <= key.length - 3; cut++)
    if (known(`${key.slice(0, cut)} ${key.slice(cut)}`)) return 'LOCATION';
  // "#seattleeats", "#phillymarathon": a city a reader knows, then an everyday word about it;
  // "#westfieldhigh": any listed town, then its school's word.
  for (let cut = 4; cut <= key.length - 3; cut++) {
    const [town, rest] = [key.slice(0, cut), key.slice(cut)];
    const kind = doc.lex.place(town);
    if (kind === undefined || kind === 'us-state' || kind === 'country' || doc.isOrdinaryWord(town)) continue;
    if ((doc.lex.firstNameRank(town) ?? Number.POSITIVE_INFINITY) <= 1500) continue;
    if (institutionSuffixes.has(rest)) return 'LOCATION';
    if (knownPlaces.has(kind) && doc.lex.wordCount(rest) >= 200 && !doc.isGrammatical(rest))
      return 'LOCATION';
  }
  return undefined;
}

/**
 * "@dannyboy92", "@ashleyy_b", "@laurenk": an account's handle names whoever holds it. Not a
 * company's, a chain's or a team's ("@Delta", "@Target"), nor one made of everyday words ("@here",
 * "@coffee_addict22", "@the_daily_grind": a page, not a person), and not in clinical shorthand,
 * where "@" reads "at" ("D5NS @75CC/HR"). Returns the index of the handle's last token, or undefined.
 */
function personalHandle(doc: Doc, i: number): number | undefined {
  const t = doc.tokens[i]!;
  if (!(/(?:^|\s)@$/.test(t.gapBefore) || redditPrefixed(doc, i, 'u'))) return undefined;
  if (doc.jargon >= 0.04 || !/^\p{L}/u.test(t.text)) return undefined;
  let last = i;
  while (doc.tokens[last + 1] && /^[_.]?$/.test(doc.tokens[last + 1]!.gapBefore)) last++;
  const handle = doc.text.slice(t.start, doc.tokens[last]!.end);
  if (handle.length < 3 || !/^[\p{L}\d_.]+$/u.test(handle)) return undefined;
  const key = handle.toLowerCase();
  if (doc.lex.company(key) || doc.lex.chain(key) || doc.lex.team(key) || doc.lex.medical(key))
    return undefined;
  const parts = handle
    .split(/[_.\d]+|(?<=\p{Ll})(?=\p{Lu})/u)
    .filter((p) => p.length > 0)
    .map((p) => p.toLowerCase());
  return parts.some((p) => handlePart(doc, p) !== 'word') ? last : undefined;
}

/**
 * "u/sleepy_otter", "r/AskDocs": Reddit writes a user's or a forum's name after one letter and a
 * slash, with nothing between them and nothing before the letter but a space.
 */
export function redditPrefixed(doc: Doc, i: number, letter: 'u' | 'r'): boolean {
  const prefix = doc.tokens[i - 1];
  return (
    doc.tokens[i]!.gapBefore === '/' &&
    prefix?.key === letter &&
    prefix.text.length === 1 &&
    (i === 1 || /\s$/.test(prefix.gapBefore) || prefix.gapBefore === '')
  );
}

/** One run of a handle's letters: an everyday word, a name, an initial, or none of these. */
function handlePart(doc: Doc, part: string, whole = true): 'word' | 'name' | 'initial' | 'unknown' {
  if (part.length === 1) return 'initial';
  // "xo", "ny", "tv": two letters say little either way.
  const word = doc.isOrdinaryWord(part) || doc.isGrammatical(part) || (part.length === 2 && whole);
  if (doc.listedName(part) && !word) return 'name';
  if (word) return 'word';
  if (!whole) return 'unknown';
  // "dannyboy", "laurenk", "gymrat": two runs written as one.
  let words = false;
  for (let cut = 1; cut < part.length; cut++) {
    const a = handlePart(doc, part.slice(0, cut), false);
    const b = handlePart(doc, part.slice(cut), false);
    if ((a === 'name' && b !== 'unknown') || (b === 'name' && a !== 'unknown')) return 'name';
    if (a === 'word' && b === 'word') words = true;
    // "nflnetwork", "wsbnews": a network's or a league's letters before an everyday word is a page.
    if (cut <= 4 && a === 'unknown' && b === 'word' && part.length - cut >= 4) words = true;
  }
  return words ? 'word' : 'unknown';
}

/**
 * A hashtag written in lower case, read as two or three everyday words run together ("#soberlife",
 * "#momlife", "#onedayatatime" is too many to try); undefined when no such reading exists, so
 * "#justiceforbreonna" keeps its name.
 */
function lowerTagWords(doc: Doc, t: Token): string[] | undefined {
  if (!/^\p{Ll}{6,}$/u.test(t.text)) return undefined;
  const everyday = (w: string) => w.length >= 3 && (doc.isOrdinaryWord(w) || doc.isGrammatical(w));
  const split = (rest: string, parts: number): string[] | undefined => {
    if (everyday(rest)) return [rest];
    if (parts === 1) return undefined;
    for (let cut = 3; cut <= rest.length - 3; cut++) {
      const head = rest.slice(0, cut);
      const tail = everyday(head) ? split(rest.slice(cut), parts - 1) : undefined;
      if (tail) return [head, ...tail];
    }
    return undefined;
  };
  const words = split(t.key, 3);
  return words && words.length > 1 ? words : undefined;
}

/**
 * A hashtag that names no one and nowhere: everyday words and coinages no name list holds
 * and days ("#BlackLivesMatter", "#SelfCare", "#SundayFunday", "#FitFam").
 */
export function everydayHashtag(doc: Doc, t: Token): boolean {
  // A handle names its holder whatever its words ("@dannyboy92"; see `personalHandle`).
  if (!t.gapBefore.endsWith('#')) return false;
  const words = tagWords(t) ?? lowerTagWords(doc, t);
  if (!words || hashtagReading(doc, words) !== undefined) return false;
  return words.every(
    (w) => doc.isOrdinaryWord(w) || doc.isGrammatical(w) || calendarWords.has(w) || namePrior(doc, w) === 0,
  );
}
