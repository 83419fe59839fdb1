import type { Detection } from '../findings.ts';
import { calendarWords, finiteAfterModal, placePrepositions, titles, weekday } from '../lexicon/cues.ts';
import { Case, isWord, type Token } from '../text/tokens.ts';
import { strongCue } from './clinical-vocab.ts';
import { closesLabel, type Doc } from './doc.ts';
import { practiceWord } from './everyday-things.ts';
import { lastNameReason } from './surname-cues.ts';

/** How often (SUBTLEX, lower case) a word may be said for a lower-cased repeat of it to be the name. */
const everydayCount = 1000;

/**
 * Once a word is somebody's name (or a place's) in a text, it is that wherever the text writes it so:
 * "Henderson keeps riding me … Henderson's your supervisor?", a speaker label said again in a turn.
 * A document is refused if any mention stays, so each one must be found; and since only texts that
 * already name someone gain findings here, no clean text is refused for it.
 *
 * Seeds are the rules' person guesses sure enough to block (`threshold`), one word long, or the words
 * of a longer name that are no everyday word ("Dana Kroger" seeds "Dana" and "Kroger", "Rose Brown"
 * neither). A repeat counts where it is written the same way: capitalized where case means something,
 * and, where it does not, only a whole name that speech does not say every day ("sterling", "ruby";
 * not "hope", "chase"). What the post-filter called an everyday thing (`everyday`: "Father's Day"
 * beside "Coach Day", "the Wendy's drive-thru") stays one; the medical list's veto gives way
 * ("Henderson's your supervisor?" is no eponym once Henderson is someone in the text).
 */
export function namedElsewhere(
  doc: Doc,
  found: readonly Detection[],
  everyday: readonly Detection[],
  threshold: number,
): Detection[] {
  // A name's word, whether it was the whole name, and whether it is an everyday word said in a
  // longer name ("Dale" and "Price" of "Dale Price"), which repeats only in capitals.
  const names = new Map<
    string,
    { seed: Detection; whole: boolean; everydayPart?: boolean; townOfState?: boolean }
  >();
  for (const d of found) {
    // The learned scorer weighs each place a word stands on its own; its guess is not repeated.
    // Notes write a place's words as shorthand for other things ("MICU", "Floor"): there only people repeat.
    if (
      (d.label !== 'PERSON' && (d.label !== 'LOCATION' || doc.jargon >= 0.04)) ||
      d.detector === 'roster' ||
      d.detector === 'learned' ||
      d.score < threshold
    )
      continue;
    const [first, last] = doc.touched(d.start, d.end);
    // "hazard kentucky … from hazard originally": a town the text placed in its state is that town
    // where it is said alone after "from" or "in", however everyday its word.
    if (d.label === 'LOCATION' && last === first + 1 && doc.lex.isUsState(doc.tokens[last]!.key)) {
      const town = doc.tokens[first]!;
      if (isWord(town) && !doc.isGrammatical(town.key) && !names.has(town.key))
        names.set(town.key, { seed: d, whole: true, townOfState: true });
      continue;
    }
    for (let i = first; i <= last; i++) {
      const t = doc.tokens[i]!;
      // ("Mrs. D … Mrs. Hope Delgado": a title is no word of the name to find again.)
      if (!isWord(t) || t.contraction || t.key.length < 2 || doc.isGrammatical(t.key) || titles.has(t.key))
        continue;
      // "Price — Dale Price, two doors down … Dale gets it": an everyday word of a full name, written
      // as a name where capitals tell, is that person again where it is written so.
      const everydayPart = first !== last && doc.isOrdinaryWord(t.key);
      // (Not in notes, whose capitals name body parts and orders: "Ice pack to Left Knee".)
      if (
        everydayPart &&
        !(d.label === 'PERSON' && doc.jargon < 0.04 && doc.caseInformative(t) && doc.capitalized(t))
      )
        continue;
      const known = names.get(t.key);
      if (everydayPart) {
        if (!known) names.set(t.key, { seed: d, whole: false, everydayPart: true });
        continue;
      }
      const whole = first === last;
      // The seed that says most: a whole name over a part, a strong cue over a faint one.
      const stronger =
        known !== undefined &&
        whole === known.whole &&
        strongCue.test(d.reason) &&
        !strongCue.test(known.seed.reason);
      if (!known || (!known.whole && whole) || stronger) names.set(t.key, { seed: d, whole });
    }
  }
  if (names.size === 0 && !found.some((d) => d.label === 'PERSON')) return [];
  if (found.some((d) => d.label === 'PERSON' && d.score >= threshold))
    for (const seed of saidAsSomeone(doc, names, everyday, threshold))
      names.set(doc.tokens[doc.touched(seed.start, seed.end)[0]]!.key, { seed, whole: true });
  // A guess too weak to block covers nothing in talk: "any Bend people" is the town the post moves
  // to, "then Sky started sitting" the girl of "me and Sky", though the word alone is a faint guess.
  // Notes write shorthand ("BUN & crea.") that a faint guess there rightly leaves alone.
  // An everyday thing stays one ("Father's Day" beside "Coach Day", "the Wendy's drive-thru"); a
  // word vetoed only for being in the companies' list ("walt") is the one the text made someone.
  const covered = (start: number, end: number, key: string, someone: boolean) =>
    found.some((d) => d.start < end && start < d.end && (doc.jargon >= 0.04 || d.score >= threshold)) ||
    (!(someone && doc.lex.company(key) && !doc.lex.chain(key)) &&
      everyday.some((d) => d.start < end && start < d.end));
  const out: Detection[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    // "April's mom … see you in April": a month or a day is the date again.
    const name = names.get(t.key);
    if (!isWord(t) || (calendarWords.has(t.key) && name?.seed.reason !== twiceAsSomeone)) continue;
    // A word no seed holds ("Will", "Hill" of "Jasmine Hill") may still be restated as someone.
    const again = name?.seed.label === 'PERSON' || !name ? restated(doc, i, found, threshold) : undefined;
    if (!name && !again) continue;
    const seed = name?.seed ?? again!;
    const whole = name?.whole ?? true;
    if (name?.everydayPart && !again && !doc.caseInformative(t)) continue;
    const end = t.possessive && /['’][sS]$/.test(t.text) ? t.end - 2 : t.end;
    if (covered(t.start, end, t.key, seed.label === 'PERSON' && strongCue.test(seed.reason))) continue;
    // Without telling case, one word of a longer name alone ("… LIX" in a line of capitals) may be
    // anything.
    // A place is repeated only where capitals say so ("to Bend … any Bend people"): speech says
    // "bend" and "mobile" every day.
    // ("CRYSTAL: Crystal, nineteen days", "TJ: TJ, …": a speaker's label in capitals, and initials
    // written as the seed wrote them, are the name again.)
    const seedText = doc.text.slice(seed.start, seed.end);
    // (Not in notes, which write in capitals what is no name: "SKIN:", "MAX".)
    const sameCapitals =
      t.case === Case.Upper &&
      doc.jargon < 0.04 &&
      (seedText === t.text || (closesLabel(doc.tokens, i) && doc.prev(i)?.line !== t.line));
    const written = doc.caseInformative(t)
      ? (sameCapitals && seed.label === 'PERSON') ||
        (t.case === Case.Capitalized &&
          (!(t.sentenceStart && doc.isOrdinaryWord(t.key)) ||
            actsAgain(doc, i, seed) ||
            // "My buddy Tater might. — Tater?": the name echoed as a sentence of its own.
            (strongCue.test(seed.reason) && saidAlone(doc, i))))
      : seed.label === 'PERSON' &&
        whole &&
        // "our aunt grace … by the grace of god", "give yourself some grace": an everyday word after
        // an article or an amount is the word; "mark my words", "grant me": so is one before its object.
        !(
          doc.isOrdinaryWord(t.key) &&
          (/^(?:the|a|an|some|any|more|much)$/.test(doc.prev(i)?.key ?? '') || objectAfter(doc, i))
        ) &&
        (!doc.isOrdinaryWord(t.key) ||
          doc.lex.wordCount(t.key) < everydayCount ||
          // "so hill the landlord yeah hill is his last name": said to be a surname, the word is one
          // wherever that line says it.
          (seed.reason === lastNameReason &&
            doc.tokens[doc.touched(seed.start, seed.end)[0]]!.line === t.line) ||
          // "we called him storm … storm would tell me to quit": a word the text made someone's
          // outright is that person where speech does not use it as the word.
          (strongCue.test(seed.reason) && personSlot(doc, i)));
    if (name?.townOfState) {
      const state = doc.tokens[doc.touched(seed.start, seed.end)[1]]!;
      if (
        !placePrepositions.has(doc.prev(i)?.key ?? '') ||
        doc.next(i)?.key === state.key ||
        (doc.caseInformative(t) && t.case !== Case.Capitalized)
      )
        continue;
    }
    // A name seen only by where it stands is someone only where it stands so again.
    else if (seed.reason === twiceAsSomeone ? saidAs(doc, i) !== 'someone' : !written && !again) continue;
    out.push({
      start: t.start,
      end,
      label: seed.label,
      detector: seed.detector,
      score: seed.score,
      reason: 'named elsewhere in the text',
    });
  }
  return out;
}

const twiceAsSomeone = 'said where someone stands, twice';

/** Token `i` runs straight on into an object pronoun or a possessive: "mark my words", "grant me". */
function objectAfter(doc: Doc, i: number): boolean {
  const n1 = doc.next(i);
  return (
    n1 !== undefined &&
    n1.line === doc.tokens[i]!.line &&
    /^[ \t]$/.test(n1.gapBefore) &&
    /^(?:my|your|me|us|him|them|our|their)$/.test(n1.key)
  );
}

/** Subject pronouns: what stands before a word said as a verb or a modal ("i will", "you mark"). */
const subjects = new Set(
  "i i'll i'd i've you you'll we we'll they they'll he he'll she she'll it it'll".split(' '),
);

/**
 * "so river and kaylee got into it … on river's side": in speech without capitals, a common given
 * name that stands where someone stands twice or more — before "and", after "with", opening a clause
 * before a verb, owning something — and far more often than where the everyday word stands (after
 * an article or a subject pronoun, before a noun; see `saidAs`) is someone's name where it stands so:
 * one sense per conversation. Only in a text that already names someone (the caller checks), so no
 * clean text is refused for it.
 */
function saidAsSomeone(
  doc: Doc,
  names: ReadonlyMap<string, unknown>,
  everyday: readonly Detection[],
  threshold: number,
): Detection[] {
  const seeds: Detection[] = [];
  // Only lower-cased speech is weighed (a cased text's lower case says a word is a word).
  if (doc.jargon >= 0.04 || !doc.lowerDoc) return seeds;
  // What the text already called a thing anywhere ("doing zumba with my sister") stays one.
  // (A month is a month to that veto wherever it stands; here its slots decide.)
  const thing = new Set<string>(
    everyday.flatMap((d) => {
      const [first, last] = doc.touched(d.start, d.end);
      return doc.tokens.slice(first, last + 1).map((t) => t.key);
    }),
  );
  const uses = new Map<string, { someone: Token[]; word: number }>();
  for (let i = 0; i < doc.tokens.length; i++) {
    const key = doc.tokens[i]!.key;
    if (names.has(key) || (thing.has(key) && !calendarWords.has(key))) continue;
    const as = saidAs(doc, i);
    if (!as) continue;
    const use = uses.get(key) ?? uses.set(key, { someone: [], word: 0 }).get(key)!;
    if (as === 'word') use.word++;
    else use.someone.push(doc.tokens[i]!);
  }
  for (const [key, { someone, word }] of uses) {
    // Said often as a word, a name only birth records hold must be seen as someone three times;
    // and where the text also says the word as a word ("at dawn", "the river path"), someone's
    // uses must outnumber its own twice over.
    const rare = doc.lex.firstNameRank(key) === undefined && doc.lex.wordCount(key) >= 1000;
    if (someone.length < (rare ? 3 : 2) || someone.length <= 2 * word) continue;
    seeds.push({
      start: someone[0]!.start,
      end: someone[0]!.end,
      label: 'PERSON',
      detector: 'context',
      score: threshold,
      reason: twiceAsSomeone,
    });
  }
  return seeds;
}

/**
 * How token `i`, a common given name (or one birth records hold) in speech without capitals, is
 * said: as the word ("the river", "at dawn", "i hope", "since june", "summer vacation"), as
 * someone (see `personSlot`, `onlySomeone`), or neither — undefined also for words it does not weigh.
 */
function saidAs(doc: Doc, i: number): 'word' | 'someone' | undefined {
  const t = doc.tokens[i]!;
  // ("pe", "ed": two letters in speech are mostly a class's or a thing's initials.)
  if (t.case !== Case.Lower || doc.caseInformative(t) || !isWord(t) || t.contraction || t.key.length < 3)
    return undefined;
  if (weekday.test(t.key) || doc.isGrammatical(t.key) || practiceWord(doc, i)) return undefined;
  const month = calendarWords.has(t.key);
  const rank = doc.lex.firstNameRank(t.key);
  if (month ? rank === undefined : (rank ?? Number.POSITIVE_INFINITY) > 1000 && !doc.lex.babyName(t.key))
    return undefined;
  // "at hope's house", "on river's side": whose it is, whatever stands before the owner.
  if (ownerSlot(doc, i)) return 'someone';
  const p1 = doc.prev(i);
  const n1 = doc.next(i);
  const before = (set: ReadonlySet<string>) => p1 !== undefined && doc.adjacent(p1, t) && set.has(p1.key);
  const nounAfter =
    !t.possessive &&
    n1 !== undefined &&
    doc.adjacent(t, n1) &&
    // (Not a plural: "june calls", "april texts" are verbs the tagger reads as plurals.)
    doc.lex.tags(n1.key).some((tag) => tag === 'Noun' || tag === 'Singular');
  if (
    nounAfter ||
    // ("so june and april": "so" opens a clause in speech as often as it says how much.)
    (before(wordBefore) && p1!.key !== 'so') ||
    before(subjects) ||
    // "miles and miles", "over and over": a word said twice for how much.
    (n1?.key === 'and' && doc.next(i, 2)?.key === t.key) ||
    (p1?.key === 'and' && doc.prev(i, 2)?.key === t.key) ||
    // "two miles", "6 miles": counted, a thing.
    (p1 !== undefined &&
      doc.adjacent(p1, t) &&
      (/^\d/.test(p1.text) || doc.lex.tags(p1.key).includes('Cardinal'))) ||
    // "since june", "june 5th", "june of last year": the month.
    (month && (before(whenBefore) || (n1 !== undefined && doc.adjacent(t, n1) && /^(?:\d|of$)/.test(n1.key))))
  )
    return 'word';
  // A word that is also a verb, a modal or a month stands as someone only where nothing else can:
  // "with will", "will and grace", "will's truck", "will was being will".
  const verbLike = month || doc.lex.tags(t.key).some((tag) => verbTags.has(tag));
  const someone = verbLike ? onlySomeone(doc, i) : personSlot(doc, i) || askedSlot(doc, i);
  return someone ? 'someone' : undefined;
}

/** What a month follows as the month: "since june", "last april", "early may". */
const whenBefore = new Set(
  'since until till last next early late mid through before after during around every each'.split(' '),
);

/**
 * Where only someone stands, whatever else the word is: after "with", before or after "and" beside
 * another given name or "me", or before a finite verb no modal takes ("will was"). (Owning something
 * is weighed first, by `saidAs`.)
 */
function onlySomeone(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const [p1, p2, n1, n2] = [doc.prev(i), doc.prev(i, 2), doc.next(i), doc.next(i, 2)];
  const joined = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && doc.adjacent(a, b);
  const someone = (w: Token | undefined) =>
    w !== undefined &&
    (w.key === 'me' || w.key === 'i' || w.key === 'you' || doc.lex.firstNameRank(w.key) !== undefined);
  if (joined(p1, t) && p1!.key === 'with') return true;
  if (joined(t, n1) && n1!.key === 'and' && joined(n1, n2) && someone(n2)) return true;
  if (joined(p1, t) && p1!.key === 'and' && joined(p2, p1) && someone(p2)) return true;
  return joined(t, n1) && !t.possessive && (finiteAfterModal.has(n1!.key) || onlyPeopleDo.has(n1!.key));
}

/** What no month, modal or verb does, said of one person now: "june worries", "june goes to mass". */
const onlyPeopleDo = new Set(
  'worries goes got wants says tells thinks knows cries hates loves works lives yells keeps prays calls texts'.split(
    ' ',
  ),
);

/** "… two weeks ago. grace what did you need": opening a sentence before a question put to someone. */
function askedSlot(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const n1 = doc.next(i);
  return (
    t.sentenceStart &&
    !t.possessive &&
    n1 !== undefined &&
    doc.adjacent(t, n1) &&
    /^(?:what|how|why|where|when|do|did|does|are|can|could|would)$/.test(n1.key)
  );
}

/** "on river's side", "at hope's house": owning something, with no article before the owner. */
function ownerSlot(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const p1 = doc.prev(i);
  return (
    t.possessive &&
    /['’]s$/i.test(t.text) &&
    !(p1 && doc.adjacent(p1, t) && wordBefore.has(p1.key) && p1.key !== 'on' && p1.key !== 'at')
  );
}

/** The word is a sentence of its own: "Tater?", "Hope." */
function saidAlone(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const next = doc.tokens[i + 1];
  return t.sentenceStart && (!next || next.line !== t.line || /^[ \t]*[?!.]/.test(next.gapBefore));
}

/**
 * Where a word said in lower case stands as someone would: opening a clause before a verb ("storm
 * would tell me"), beside "and"/"or" ("him and true", "river or priya"), after "with", "call",
 * "text", "tell" or "ask" — and not after an article, a possessive, a copula or an adverb of degree
 * ("the river", "that's true", "so true"), nor before a noun it describes.
 */
function personSlot(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const p1 = doc.prev(i);
  const n1 = doc.next(i);
  if (t.possessive || doc.lex.tags(t.key).some((tag) => verbTags.has(tag))) return false;
  const same = (w: Token | undefined) =>
    w !== undefined && w.line === t.line && !/[.!?]/.test(w === n1 ? w.gapBefore : t.gapBefore);
  if (p1 && same(p1) && wordBefore.has(p1.key)) return false;
  if (
    n1 &&
    same(n1) &&
    doc.lex.tags(n1.key).some((tag) => tag === 'Noun' || tag === 'Singular' || tag === 'Plural')
  )
    return false;
  if (p1 && same(p1) && personBefore.has(p1.key)) return true;
  if (n1 && same(n1) && (n1.key === 'and' || n1.key === 'or')) return true;
  const opens = !p1 || !same(p1) || /[,;:]/.test(t.gapBefore) || clauseLinks.has(p1.key);
  return (
    opens &&
    n1 !== undefined &&
    same(n1) &&
    (finiteAfterModal.has(n1.key) ||
      frequencyAdverbs.has(n1.key) ||
      doc.lex.tags(n1.key).some((tag) => personVerbTags.has(tag)) ||
      /n['’]t$/.test(n1.key) ||
      n1.key === 'used')
  );
}
const verbTags = new Set(['Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Modal']);
/** What a word said as a word follows: "the river", "that's true", "so true", "her journey". */
const wordBefore = new Set(
  "the a an this that these those my your his her our their its is was are were be been being that's thats it's its so very really too pretty more most come came comes coming of in on at by from into".split(
    ' ',
  ),
);
/** What a person is the object of or joined to: "with true", "call true", "him and true". */
const personBefore = new Set('with call text tell ask and or'.split(' '));
/** Words opening a clause in speech before its subject: "then river posted", "and storm said". */
const clauseLinks = new Set('and but so then cause because like when if um uh yeah well nah oh'.split(' '));

/** Adverbs between a subject and its verb: "Pat always has", "Ray never calls". */
const frequencyAdverbs = new Set([
  'always',
  'never',
  'still',
  'just',
  'really',
  'finally',
  'also',
  'usually',
]);

/** What a person does next, opening a sentence: "Hope hasn't called", "Joy said". */
const personVerbTags = new Set(['PastTense', 'PresentTense', 'Auxiliary', 'Modal']);

/** Words a question or a turn offered opens with after a name: "Will, how did that land?", "Stone, want to start?". */
const questionOpeners = new Set(
  'is are was were do does did can could would will what how why when where who which want wanna tell anything'.split(
    ' ',
  ),
);

/**
 * "C: Hope. … Hope hasn't called in three weeks", "Ray says", "Ray's fine": an everyday word opening a sentence is
 * the name again where a verb follows it, if the text made it someone's outright (a title, a
 * relation, a name given) or it is a common given name the text already calls someone; and such a
 * name is asked a question again ("Summer, is that right?").
 */
function actsAgain(doc: Doc, i: number, seed: Detection): boolean {
  if (seed.label !== 'PERSON') return false;
  const t = doc.tokens[i]!;
  if (!strongCue.test(seed.reason) && (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) > 1500)
    return false;
  // "Summer, is that right?": someone asked by name, set off by a comma before the question.
  const after = doc.next(i);
  if (
    strongCue.test(seed.reason) &&
    after !== undefined &&
    after.line === t.line &&
    /^,[ \t]+$/.test(after.gapBefore) &&
    questionOpeners.has(after.key)
  )
    return true;
  // "Pat always has opinions": an adverb may come between.
  const adverb = doc.next(i) !== undefined && frequencyAdverbs.has(doc.next(i)!.key) ? 1 : 0;
  const next = doc.next(i, 1 + adverb);
  if (next === undefined || !doc.adjacent(t, doc.next(i)) || !doc.adjacent(doc.next(i), next)) return false;
  // "Ray's fine with it", "Ray's taking his dog": the "'s" is "is".
  const tags = doc.lex.tags(next.key);
  if (t.possessive && /['’]s$/i.test(t.text))
    return tags.some((tag) => tag === 'Adjective' || tag === 'Gerund' || tag === 'Participle');
  return (
    /n['’]t$/.test(next.key) || finiteAfterModal.has(next.key) || tags.some((tag) => personVerbTags.has(tag))
  );
}

/**
 * "Black, Mr. Black, my chemistry teacher", "Will, uh, my son Will, he's eleven": a word opening a
 * sentence, set off by a comma, then said again in the same breath as someone's name. A speaker
 * correcting themselves names the word twice, so the first is the name too, everyday word or not.
 */
function restated(
  doc: Doc,
  i: number,
  found: readonly Detection[],
  threshold: number,
): Detection | undefined {
  const t = doc.tokens[i]!;
  const next = doc.next(i);
  if (!t.sentenceStart || t.possessive || !next || next.line !== t.line || !/^[ \t]*,/.test(next.gapBefore))
    return undefined;
  for (let k = i + 1; k <= i + 8 && k < doc.tokens.length; k++) {
    const w = doc.tokens[k]!;
    // "Mr. Black": a title's period ends no sentence.
    const stop = /[?!]/.test(w.gapBefore) || (/\./.test(w.gapBefore) && !titles.has(doc.tokens[k - 1]!.key));
    if (w.line !== t.line || stop) return undefined;
    if (w.key !== t.key) continue;
    const named = found.find(
      (d) => d.label === 'PERSON' && d.score >= threshold && d.start <= w.start && w.end <= d.end,
    );
    if (named) return named;
  }
  return undefined;
}
