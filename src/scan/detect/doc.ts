import {
  chatWords,
  clinicalTerms,
  grammaticalTags,
  mentalHealthTerms,
  nameWords,
  roleLabels,
  spokenAsides,
  spokenSpanish,
  thatsWhatCalled,
} from '../lexicon/cues.ts';
import type { Lexicon } from '../lexicon/load.ts';
import { asRead } from '../text/as-read.ts';
import { bareRoles, bareTurns } from '../text/soft-wraps.ts';
import { timestampSource } from '../text/speaker-lines.ts';
import { Case, isWord, sentenceEnd, type Token, tokenize } from '../text/tokens.ts';

/** Tags meaning "an ordinary word" even when the word is also a name (rose, bill, grace, brown). */
const ordinaryTags = new Set([
  ...grammaticalTags,
  'Noun',
  'Singular',
  'Plural',
  'Uncountable',
  'Adjective',
  'Comparative',
  'Superlative',
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Gerund',
  'Participle',
  'PhrasalVerb',
  'Actor',
  'Verb',
  'Unit',
  'Demonym',
  'Language',
]);

/** Abbreviations written with a period inside a name: "St. Agnes", "Mt. Airy", "Dr. Lee". */
const dotted = new Set(['st', 'mt', 'ft', 'dr', 'mr', 'mrs', 'ms', 'jr', 'sr', 'u']);

/** Tokens in a post: longer texts are sessions, notes and letters. */
export const shortPost = 80;
/** How often speech says a word before capitals on it, inside prose, are emphasis and not a name. */
const shoutedWordCount = 5000;
/** How often speech says a word before it makes a run of capitals a label or a shout. */
const shoutedRunWordCount = 1000;

/** Hesitations and backchannels in transcripts; some are also in name lists ("Um", "Ah"). */
const fillers = new Set([
  ...'um umm uh uhh uhm er erm hmm hm hmmm mm mmm mhm mmhmm mmh mh ah ahh oh ohh eh ay ugh huh uh-huh mm-hmm yep yup nope ok okay gotcha gottcha oof ooh yikes welp whew phew meh eek vroom beep boop whoosh kaboom'.split(
    ' ',
  ),
  // Their written twins in posts and messages ("lol", "smh").
  ...chatWords,
  ...spokenSpanish,
  ...spokenAsides,
  // Contractions typed without their apostrophe ("theres mold", "ive been on it").
  ...'theres thats whats heres wheres whos hows hes shes ive im id itd dont cant wont didnt doesnt isnt wasnt werent youre theyre youve weve theyve youll theyll itll thatll youd theyd hasnt havent hadnt mustnt shouldnt couldnt wouldnt arent aint wouldve couldve shouldve mightve mustve whatd howd whered whod whyd'.split(
    ' ',
  ),
]);

function ordinaryAlone(lex: Lexicon, key: string): boolean {
  if (
    lex.wordCount(key) >= 20 ||
    fillers.has(key) ||
    nameWords.has(key) ||
    clinicalTerms.has(key) ||
    mentalHealthTerms.has(key)
  )
    return true;
  // "sooooo", "AAAAAH", "yesss": a word drawn out in writing is the word.
  if (/(.)\1\1/.test(key))
    return (
      ordinaryAlone(lex, key.replace(/(.)\1{2,}/g, '$1')) ||
      ordinaryAlone(lex, key.replace(/(.)\1{2,}/g, '$1$1'))
    );
  // "lmaoo", "omgg": a chat word with its last letter typed twice.
  const n = key.length;
  if (
    n > 2 &&
    key.charCodeAt(n - 1) === key.charCodeAt(n - 2) &&
    chatWords.has(key.slice(0, -1)) &&
    lex.firstNameRank(key) === undefined
  )
    return true;
  if (lex.tags(key).some((tag) => ordinaryTags.has(tag))) return true;
  // "workin", "smokin'", "doin": a verb's -ing with its g dropped in speech ("Darin" is a name).
  if (/[a-z]in['’]?$/.test(key) && lex.firstNameRank(key) === undefined) {
    const full = `${key.replace(/['’]$/, '')}g`;
    if (lex.wordCount(full) >= 50) return true;
  }
  return derivedFromWord(lex, key);
}

/** How often (SUBTLEX) a word must be said for what is made from it to count as everyday too. */
const derivableCount = 50;
const wordPrefixes = ['re', 'un', 'over', 'under', 'mis', 'dis', 'de', 'pre', 'hyper'];
const wordSuffixes = ['ing', 'ers', 'er', 'ed', 's'];

/**
 * "Reassess", "reframing", "journaling", "reinforcers": a common word with a prefix or an ending
 * added is as everyday as the word, where no name or place list holds the whole.
 */
function derivedFromWord(lex: Lexicon, key: string): boolean {
  if (key.length < 6 || !/^[a-z]+$/.test(key)) return false;
  if (
    lex.firstNameRank(key) !== undefined ||
    lex.surnameRank(key) !== undefined ||
    lex.place(key) !== undefined
  )
    return false;
  const common = (word: string) => word.length >= 4 && lex.wordCount(word) >= derivableCount;
  const prefixed = (word: string) =>
    common(word) || wordPrefixes.some((p) => word.startsWith(p) && common(word.slice(p.length)));
  if (prefixed(key)) return true;
  return wordSuffixes.some((suffix) => {
    if (!key.endsWith(suffix)) return false;
    const stem = key.slice(0, -suffix.length);
    return prefixed(stem) || prefixed(`${stem}e`);
  });
}

/** Prefixes written with a hyphen that are no words alone. */
const boundPrefixes = new Set([
  'co',
  'non',
  're',
  'pre',
  'semi',
  'multi',
  'anti',
  'mid',
  'post',
  'sub',
  'inter',
  'de',
]);

/**
 * Stutters and repetitions ("I-I", "it's-it", "wh-what") are as ordinary as their parts; a cut-off
 * part counts when the next part completes it, and a letter when a word follows it ("X-ray").
 */
function ordinaryCompound(key: string, test: (part: string) => boolean): boolean {
  const parts = key.split('-').map((p) => p.replace(/'(?:s|m|re|ve|ll|d|t)$/, ''));
  return parts.every(
    (part, k) =>
      part.length > 0 &&
      (test(part) ||
        part === 'i' ||
        // "X-ray", "T-shirt", "e-bike": a letter before a word names a kind of it.
        (k === 0 && part.length === 1 && parts.length === 2 && /^[a-z]$/.test(part) && test(parts[1]!)) ||
        // "co-sleeps", "non-verbal", "re-engage": a bound prefix before a word.
        (k === 0 && boundPrefixes.has(part) && parts.length === 2 && test(parts[1]!)) ||
        (parts[k + 1] !== undefined && parts[k + 1] !== part && parts[k + 1]!.startsWith(part))),
  );
}

/**
 * A word no list knows at all: no dictionary word, stutter, name or place. Clinical shorthand
 * ("abd", "hct", "sats") is full of them; conversation has few, even when it names many people,
 * since most names are listed.
 */
function isShorthand(lex: Lexicon, key: string): boolean {
  return (
    lex.wordCount(key) === 0 &&
    lex.properCount(key) === 0 &&
    lex.tags(key).length === 0 &&
    lex.firstNameRank(key) === undefined &&
    lex.surnameRank(key) === undefined &&
    lex.place(key) === undefined &&
    !(key.includes('-') && isOrdinaryWord(lex, key))
  );
}

/** An everyday English word (maybe also a name): needs context before it is called a name. */
export function isOrdinaryWord(lex: Lexicon, key: string): boolean {
  if (ordinaryAlone(lex, key)) return true;
  if (!key.includes('-')) return false;
  return ordinaryCompound(key, (part) => ordinaryAlone(lex, part)) || calendarRange.test(key);
}

/** "Mon-Fri", "Tue-Thu", "Jan-Mar": days or months cut short, as a span of them. */
export const calendarRange =
  /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:-|$)){2,}$|^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:-|$)){2,}$/;

/**
 * A role or a letter opening a line, closed by a colon: "Client:", "T:", "Speaker 2:". Not a note's
 * heading ("Neuro:", "Plan:"), whose case says how the note is written.
 */
export function speakerLabel(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (before !== undefined && before.line === t.line) return false;
  if (!roleLabels.has(t.key) && !/^\p{Lu}$/u.test(t.text)) return false;
  return closesLabel(tokens, i);
}

/**
 * The line before token `i`'s ends in a question holding a word `asks` accepts ("Where did you grow
 * up?", "And insurance?"): what opens token `i`'s line answers it.
 */
export function lineBeforeAsks(doc: Doc, i: number, asks: (key: string) => boolean): boolean {
  let k = i - 1;
  while (k >= 0 && doc.tokens[k]!.line === doc.tokens[i]!.line) k--;
  const asked = doc.tokens[k];
  if (!asked || !/\?/.test(doc.text.slice(asked.end, asked.end + 3))) return false;
  for (; k >= 0 && doc.tokens[k]!.line === asked.line; k--) if (asks(doc.tokens[k]!.key)) return true;
  return false;
}

/** Whether the transcript's turns are labelled by a role and no colon (see `bareTurns`). */
const labelledByBareRoles = perDocument((doc: Doc): boolean => bareTurns(doc.text));

/** Token `k` is a role word opening its line before a space, no colon closing it. */
function bareRoleOpening(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return (
    bareRoles.has(t.key) &&
    (k === 0 || tokens[k - 1]!.line !== t.line) &&
    next !== undefined &&
    next.line === t.line &&
    /^[ \t]+$/.test(next.gapBefore) &&
    !closesLabel(tokens, k)
  );
}
/**
 * "therapist what are you playing / child mario kart and minecraft": where three lines or more of a
 * transcript open so, a role word opening a line is its speaker's label, not a relation before a name.
 */
export function bareSpeakerLabel(doc: Doc, k: number): boolean {
  return bareRoleOpening(doc.tokens, k) && labelledByBareRoles(doc);
}

/** Token `i` ends a line's label: its colon next, or after a number ("Speaker 2:", "spk_0:"). */
export function closesLabel(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.line !== tokens[i]!.line) return false;
  if (/^[ \t]*:/.test(next.gapBefore)) return true;
  return /^\d+$/.test(next.text) && /^[ \t]*:/.test(tokens[i + 2]?.gapBefore ?? '');
}

/**
 * Where the letters labelling a question's choices stand ("A. Hyperkalemia", "b) Lithium"): a letter
 * with its period or parenthesis, opening a line or after a space, in a document whose labels run
 * from A through at least C in one case. Only letters inside that run count; "J. Smith" is no choice.
 */
const choiceLetters = perDocument((doc: Doc): Set<number> => {
  const byLetter = new Map<string, number[]>();
  for (const m of doc.text.matchAll(/(?<=^|[\s(])([A-Ha-h])[.)](?=[ \t]+\S)/gm)) {
    const at = byLetter.get(m[1]!) ?? byLetter.set(m[1]!, []).get(m[1]!)!;
    at.push(m.index!);
  }
  const labels = new Set<number>();
  for (const first of ['A', 'a']) {
    let code = first.charCodeAt(0);
    const run: number[] = [];
    while (byLetter.has(String.fromCharCode(code))) run.push(...byLetter.get(String.fromCharCode(code++))!);
    if (code - first.charCodeAt(0) >= 3) for (const at of run) labels.add(at);
  }
  return labels;
});

/** Token `i` is the letter of a question's choice ("B. Hyperkalemia"), not someone's initial. */
export function choiceLetter(doc: Doc, i: number): boolean {
  return choiceLetters(doc).has(doc.tokens[i]!.start);
}

/** Where the text says "that's what" (or "that is", "that was what"): few texts say it at all. */
const thatsWhatAt = perDocument((doc: Doc): number[] =>
  [...doc.text.matchAll(/\bthat(?:['’]?s|[ \t]+is|[ \t]+was)[ \t]+what\b/gi)].map((m) => m.index!),
);

/**
 * What all are said to call what token `t` names, right after it ("doc. that's what we called our
 * medic", "the hollow, that's what they call the bottom part"): the first word of what is named.
 */
export function calledSoAfter(doc: Doc, t: Token): string | undefined {
  const near = thatsWhatAt(doc).some((at) => at > t.end && at <= t.end + 3);
  if (!near) return undefined;
  return thatsWhatCalled.exec(doc.text.slice(t.end, t.end + 64))?.[1]?.toLowerCase();
}

/** What a whole document says, worked out on first asking and kept as long as the document lives. */
export function perDocument<T>(compute: (doc: Doc) => T): (doc: Doc) => T {
  const cache = new WeakMap<Doc, T>();
  return (doc) => {
    if (!cache.has(doc)) cache.set(doc, compute(doc));
    return cache.get(doc)!;
  };
}

/** Hesitations that carry no word: dropped from the token stream (see `withoutDisfluencies`). */
// Not "er": in lower-cased speech it is also the emergency room ("the er at cmc").
const hesitations = new Set('um umm uh uhh uhm erm'.split(' '));
/** Before a filler "like" a verb cannot stand: "to like CSU", "calls her like Jaq", "the like Myerses". */
const beforeFillerLike = new Set(
  'to of at in from with by on for about into the a an my her him them me us his their our is was are were and but so'.split(
    ' ',
  ),
);
/** "you know" is a question after these ("do you know Jade"), a filler elsewhere. */
const knowAsks = new Set(
  "do did does don't didn't if would will can could as what who how that whether".split(' '),
);
/** "I mean" says what it means before these ("I mean it", "what I mean is"). */
const meanSays = new Set('it that this what to is was by no yes'.split(' '));

const sameLine = (a: Token | undefined, b: Token | undefined) =>
  a !== undefined && b !== undefined && a.line === b.line;

/**
 * Speech's disfluencies taken out of the token stream, so that every cue sees the words around
 * them: "go to um, CSU", "everybody calls her like Jaq", "my dad went by I mean Rig", "by by Deb".
 * The token after a dropped run takes the gap before it (a sentence break inside is kept), so a
 * clause does not look broken by the filler's comma. Offsets stay those of the original text.
 */
function withoutDisfluencies(tokens: Token[], text: string, lex: Lexicon): Token[] {
  const drop = new Uint8Array(tokens.length);
  let kept = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && !drop[i - 1]) kept = i - 1;
    const t = tokens[i]!;
    // The word before, past hesitations already dropped: "out of um, like MSU".
    const prev = tokens[kept];
    const next = tokens[i + 1];
    const stamp = sameLine(tokens[i - 1], t) ? 0 : lineTimestampEnd(text, t);
    if (stamp > 0) {
      while (i < tokens.length && tokens[i]!.end <= stamp) drop[i++] = 1;
      i--;
    } else if (hesitations.has(t.key)) drop[i] = 1;
    else if (
      t.key === 'like' &&
      sameLine(prev, t) &&
      !sentenceEnd.test(t.gapBefore) &&
      beforeFillerLike.has(prev!.key) &&
      next !== undefined &&
      sameLine(t, next) &&
      // "I was like, Spen, you can't…": "like," opens a quotation.
      /^[ \t]+$/.test(next.gapBefore)
    )
      drop[i] = 1;
    else if (
      t.key === 'you' &&
      next?.key === 'know' &&
      sameLine(t, next) &&
      !t.sentenceStart &&
      !knowAsks.has(prev?.key ?? '') &&
      tokens[i + 2] !== undefined &&
      sameLine(next, tokens[i + 2]) &&
      !sentenceEnd.test(tokens[i + 2]!.gapBefore)
    ) {
      drop[i] = 1;
      drop[i + 1] = 1;
      i++;
    } else if (
      t.key === 'i' &&
      next?.key === 'mean' &&
      sameLine(t, next) &&
      !t.sentenceStart &&
      tokens[i + 2] !== undefined &&
      sameLine(next, tokens[i + 2]) &&
      !meanSays.has(tokens[i + 2]!.key) &&
      !sentenceEnd.test(tokens[i + 2]!.gapBefore)
    ) {
      drop[i] = 1;
      drop[i + 1] = 1;
      i++;
    } else if (
      // "started doing kind of, Pilates": "kind of" / "sort of" set off by its comma is a hedge.
      (t.key === 'kind' || t.key === 'sort') &&
      next?.key === 'of' &&
      sameLine(t, next) &&
      /^[ \t]+$/.test(next.gapBefore) &&
      tokens[i + 2] !== undefined &&
      sameLine(next, tokens[i + 2]) &&
      /^,[ \t]+$/.test(tokens[i + 2]!.gapBefore)
    ) {
      drop[i] = 1;
      drop[i + 1] = 1;
      i++;
    } else if (
      // "by by", "the the", "I I": a grammar word said twice is said once.
      next !== undefined &&
      next.key === t.key &&
      sameLine(t, next) &&
      /^[ \t]+$|^-$/.test(next.gapBefore) &&
      isGrammaticalWord(lex, t.key)
    )
      drop[i] = 1;
  }
  if (!drop.includes(1)) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (drop[i]) continue;
    const t = tokens[i]!;
    if (i === 0 || !drop[i - 1]) {
      out.push(t);
      continue;
    }
    let first = i - 1;
    while (first > 0 && drop[first - 1]) first--;
    let rest = '';
    for (let k = first + 1; k <= i; k++) rest += tokens[k]!.gapBefore;
    const gapBefore = tokens[first]!.gapBefore + (sentenceEnd.test(rest) ? rest : '');
    out.push({ ...t, gapBefore, sentenceStart: out.length === 0 || sentenceEnd.test(gapBefore) });
  }
  return out;
}

/**
 * "[00:03:20] Summer: …", "00:41 T: …": a time opening a transcript's line before the speaker's label
 * (not "10:30 Hope called", a note's time before what happened).
 */
const lineTimestamp = new RegExp(`^[ \\t]*${timestampSource}(?=[ \\t]+[^\\s:][^\\n:]{0,29}:)`);

/**
 * Where a timestamp opening the token's line ends, or 0. Dropped like a hesitation, so that the
 * speaker's label after it opens the line as it does in a transcript without times.
 */
function lineTimestampEnd(text: string, t: Token): number {
  if (!/^\d/.test(t.text)) return 0;
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  const m = lineTimestamp.exec(text.slice(lineStart, lineStart + 60));
  return m && lineStart + m[0].length > t.start ? lineStart + m[0].length : 0;
}

/** The answer kept for `key`, or `answer()` worked out once and kept. */
function remembered(kept: Map<string, boolean>, key: string, answer: () => boolean): boolean {
  let known = kept.get(key);
  if (known === undefined) {
    known = answer();
    kept.set(key, known);
  }
  return known;
}

/** "Mine's my brother", "yours was worse": pronouns that stand for what someone has (the tagger calls "mine" a verb). */
const ownPronouns = new Set(['mine', 'yours', 'hers', 'ours', 'theirs']);

/** "see y'all soon", "yinz coming?": the second person plural of the South, of Pittsburgh, of speech. */
const plainYouPlural = new Set(["y'all", 'yall', "ya'll", 'yinz', 'youse', "y'all's"]);

const possessedPronouns = new Set(
  'he she anyone everyone someone noone nobody everybody somebody anybody'.split(' '),
);

/** Grammar words and fillers: never a name on their own. */
export function isGrammaticalWord(lex: Lexicon, key: string): boolean {
  if (fillers.has(key) || ownPronouns.has(key) || plainYouPlural.has(key.replace('’', "'"))) return true;
  if (lex.tags(key).some((tag) => grammaticalTags.has(tag))) return true;
  // "we're", "they'd", "that's": a pronoun's or a function word's contraction is one too.
  const contracted = /^([a-z]+)['’](?:re|ve|ll|d|m|s)$/.exec(key);
  if (contracted) return lex.tags(contracted[1]!).some((tag) => grammaticalTags.has(tag));
  // "anyones house", "shes here": a pronoun's "'s" with its apostrophe lost in speech.
  if (key.endsWith('s') && possessedPronouns.has(key.slice(0, -1))) return true;
  return (
    key.includes('-') &&
    ordinaryCompound(
      key,
      (part) => fillers.has(part) || lex.tags(part).some((tag) => grammaticalTags.has(tag)),
    )
  );
}

/**
 * A tokenized text plus the per-document facts every detector needs: whether capital letters carry
 * information (normal prose) or not (ALL-CAPS notes, lower-cased speech-to-text), and word commonness.
 */
export class Doc {
  readonly text: string;
  readonly tokens: Token[];
  readonly lex: Lexicon;
  /** True when sentence starts are mostly lower case: the text was lower-cased (speech-to-text, notes). */
  readonly lowerDoc: boolean;
  /**
   * Share of lower-case (or all-caps) words that no dictionary knows. Clinical shorthand ("abd", "hct", "sats")
   * makes it high; there an unknown word is no evidence of a name.
   */
  readonly jargon: number;
  /**
   * Lower-case sentence starts but capitals inside sentences ("omg Beyonce at the show", "me and
   * Jess"): typed casually, not lower-cased by a machine, so a capital there was chosen.
   */
  readonly chosenCapitals: boolean;
  private readonly upperLines: Set<number>;
  /** Words of social-media handles ("@sarah_m"): written in lower case whatever the text's case. */
  private readonly handleWords: Set<Token>;
  /** Everyday words in a run of capitals inside prose ("HOLLY AND LIGHTS"): a label or a shout. */
  private readonly shoutedWords: Set<Token>;
  // Detectors ask these of the same words again and again; the answers depend on the word alone.
  private readonly grammaticalKeys = new Map<string, boolean>();
  private readonly ordinaryKeys = new Map<string, boolean>();

  constructor(source: string, lex: Lexicon) {
    // Detectors read the text as a reader takes it in (see as-read.ts); offsets are the source's.
    const text = asRead(source);
    this.text = text;
    this.lex = lex;
    // The document's facts (case regime, jargon) are counted on every word as written.
    const written = tokenize(text);
    this.tokens = withoutDisfluencies(written, text, lex);
    let starts = 0;
    let capStarts = 0;
    let startAfterHandles = false;
    let lowerWords = 0;
    let midCapitals = 0;
    let unknown = 0;
    let clinical = 0;
    const clinicalSeen = new Set<string>();
    // A speaker's unlisted name repeated on every turn is one unknown word, not jargon.
    const seen = new Map<string, number>();
    const lineWords = new Map<number, [number, number, number]>();
    for (let i = 0; i < written.length; i++) {
      const t = written[i]!;
      if (!isWord(t)) continue;
      // A post's retweet mark and handles ("RT @dailybuzz: …", "@mike_b see you") are written as
      // their owners spell them: the writer's own first word says whether sentences start capitalized.
      const handle = /(?:^|\s)@$/.test(t.gapBefore);
      const retweet = t.text === 'RT' && /^\s+@$/.test(written[i + 1]?.gapBefore ?? '');
      const opens: boolean = t.sentenceStart || startAfterHandles;
      startAfterHandles = opens && (handle || retweet);
      // "Client: uh me and chase …": a speaker's label is capitalized by the transcript's format,
      // whatever case the speech after it was written in.
      if (opens && !startAfterHandles && !speakerLabel(written, i)) {
        starts++;
        if (t.case !== Case.Lower) capStarts++;
      }
      if (t.text.length < 2) continue;
      if (t.case === Case.Capitalized && !t.sentenceStart && !/^i['’]/.test(t.key)) midCapitals++;
      // Clinical shorthand that the lists know ("Peep", "sats", "picc") is jargon too, once per word.
      if (clinicalTerms.has(t.key) && !clinicalSeen.has(t.key)) {
        clinical++;
        clinicalSeen.add(t.key);
      }
      // Lower-case words, and every word of an ALL-CAPS note: capitalized ones may be names.
      if ((t.case === Case.Lower || t.case === Case.Upper) && t.text.length >= 3 && !t.contraction) {
        lowerWords++;
        const times = seen.get(t.key) ?? 0;
        if (times < 2 && isShorthand(lex, t.key)) unknown++;
        seen.set(t.key, times + 1);
      }
      const counts = lineWords.get(t.line) ?? [0, 0, 0];
      counts[0]++;
      // Upper-case words, and capitalized ones outside sentence starts: a heading in Title Case or
      // CAPITALS says as little about names as a lower-cased transcript does.
      if (t.case === Case.Upper) counts[1]++;
      if (t.case === Case.Upper || (t.case === Case.Capitalized && !t.sentenceStart)) counts[2]++;
      lineWords.set(t.line, counts);
    }
    // Short texts decide on what they have: no capitalized sentence start at all means lower-cased.
    this.lowerDoc = starts >= 3 ? capStarts / starts < 0.4 : starts > 0 && capStarts === 0;
    this.chosenCapitals = this.lowerDoc && midCapitals > 0;
    // A short note ("Cont mech vent support.") is judged on fewer words when clinical terms say
    // what it is; a short snippet with one foreign name in it is not shorthand, nor is talk that
    // switches into another tongue ("kumain ka na ba"), whose words no list knows either: without
    // one term of clinical shorthand, a text is no note.
    this.jargon = clinical > 0 && lowerWords >= 8 ? (unknown + clinical) / lowerWords : 0;
    this.handleWords = new Set();
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      const p = this.tokens[i - 1];
      // "@sarah_m", "@dr.kim": the handle runs from its "@" through the parts "_" or "." join.
      if (/(?:^|\s)@$/.test(t.gapBefore) || (p && this.handleWords.has(p) && /^[_.]$/.test(t.gapBefore)))
        this.handleWords.add(t);
    }
    this.upperLines = new Set();
    for (const [line, [n, upper, capped]] of lineWords) {
      if ((n >= 2 && upper / n >= 0.6) || (n >= 4 && capped / n >= 0.75)) this.upperLines.add(line);
    }
    // "a box that says HOLLY AND LIGHTS", "it was a BIG FAT NO": words in capitals running together
    // inside prose, most of them everyday ones, are a label or a shout; their everyday words are no names.
    this.shoutedWords = new Set();
    let run: Token[] = [];
    const closeRun = () => {
      if (run.length === 0) return;
      const common = run.filter((w) => this.lex.wordCount(w.key) >= shoutedRunWordCount).length;
      if (run.length >= 2 && common * 2 >= run.length)
        for (const w of run) if (this.isOrdinaryWord(w.key)) this.shoutedWords.add(w);
      run = [];
    };
    for (const t of this.tokens) {
      const shouted =
        t.case === Case.Upper && t.text.length >= 2 && isWord(t) && !this.upperLines.has(t.line);
      if (!shouted) {
        closeRun();
        continue;
      }
      const last = run[run.length - 1];
      if (last !== undefined && (last.line !== t.line || !/^[ \t]+$/.test(t.gapBefore))) closeRun();
      run.push(t);
    }
    closeRun();
  }

  /** On a line written in capitals or Title Case, where no capital was chosen. */
  onCapitalsLine(t: Token): boolean {
    return this.upperLines.has(t.line);
  }

  /** Does this token's capitalization tell us anything? Not in lower-cased or ALL-CAPS text. */
  caseInformative(t: Token): boolean {
    return !this.lowerDoc && !this.upperLines.has(t.line) && !this.handleWords.has(t);
  }

  /** Written capitalized where capitals are meaningful (a proper-noun signal). */
  capitalized(t: Token): boolean {
    // Casual text capitalizes what it means to inside a sentence, though its lower case says nothing.
    if (this.chosenCapitals && t.case === Case.Capitalized && !t.sentenceStart)
      return !this.upperLines.has(t.line);
    // Short words in capitals inside prose are abbreviations ("GU", "PO", "MAE"), not names; an
    // everyday word in capitals there is said louder ("I LOVE it", "she was SO done").
    return (
      this.caseInformative(t) &&
      (t.case === Case.Capitalized ||
        (t.case === Case.Upper &&
          t.text.length > 3 &&
          this.lex.wordCount(t.key) < shoutedWordCount &&
          !this.shoutedWords.has(t)))
    );
  }

  /** Lower case in text where capitals are meaningful: almost never a name. */
  plainLower(t: Token): boolean {
    return this.caseInformative(t) && t.case === Case.Lower;
  }

  /**
   * Words this text writes in lower case inside a sentence where capitals are meaningful, and never
   * capitalized there: the writer's own word ("my hands get buzzy … Buzzy."), whatever a sentence's
   * start does to it.
   */
  writtenAsAWord(key: string): boolean {
    if (!this.wordsOfTheText) {
      const lower = new Set<string>();
      const capital = new Set<string>();
      for (const t of this.tokens) {
        if (t.sentenceStart || !this.caseInformative(t)) continue;
        if (t.case === Case.Lower) lower.add(t.key);
        else if (t.case === Case.Capitalized) capital.add(t.key);
      }
      this.wordsOfTheText = new Set([...lower].filter((k) => !capital.has(k)));
    }
    return this.wordsOfTheText.has(key);
  }
  private wordsOfTheText: Set<string> | undefined;

  /** How common the word is in ordinary lower-case speech (SUBTLEX count, grammar words counted too). */
  commonness(key: string): number {
    const count = this.lex.wordCount(key);
    if (count > 0) return count;
    return this.isGrammatical(key) ? this.lex.properCount(key) : 0;
  }

  /** A word no list knows at all (no dictionary word, name, place or clinical term). */
  unknownWord(key: string): boolean {
    return isShorthand(this.lex, key) && !clinicalTerms.has(key) && !mentalHealthTerms.has(key);
  }

  isGrammatical(key: string): boolean {
    return remembered(this.grammaticalKeys, key, () => isGrammaticalWord(this.lex, key));
  }

  /** An everyday English word (maybe also a name): needs context before it is called a name. */
  isOrdinaryWord(key: string): boolean {
    return remembered(this.ordinaryKeys, key, () => isOrdinaryWord(this.lex, key));
  }

  /**
   * A given name for a person cue to take: in a first-name list, or on US birth records as a word
   * parents name children now ("maverick", "journey"; see `Lexicon.babyName`).
   */
  givenName(key: string): boolean {
    return this.lex.firstNameRank(key) !== undefined || this.lex.babyName(key);
  }

  /** Whether a given-name or a surname list holds the word, whatever else it is. */
  listedName(key: string): boolean {
    return this.lex.firstNameRank(key) !== undefined || this.lex.surnameRank(key) !== undefined;
  }

  /** Index of the first token starting at or after `start` (tokens.length if none). */
  indexAt(start: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The indices of every token the spans touch (detections' words, as one set). */
  tokensOf(spans: readonly { start: number; end: number }[]): Set<number> {
    const out = new Set<number>();
    for (const span of spans) {
      const [first, last] = this.touched(span.start, span.end);
      for (let k = first; k <= last; k++) out.add(k);
    }
    return out;
  }

  /** First and last index of the tokens a span touches (a possessive name ends before its "'s"). */
  touched(start: number, end: number): [number, number] {
    const first = this.indexAt(start);
    let last = first - 1;
    while (last + 1 < this.tokens.length && this.tokens[last + 1]!.start < end) last++;
    return [first, last];
  }

  /** Tokens lying wholly inside [start, end). */
  tokensIn(start: number, end: number): Token[] {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: Token[] = [];
    for (let k = lo; k < this.tokens.length && this.tokens[k]!.end <= end; k++) out.push(this.tokens[k]!);
    return out;
  }

  /** Token `k` opens a sentence, or a line (one sentence never runs over two lines here). */
  opensSentence(k: number): boolean {
    return (
      k === 0 || this.tokens[k - 1]!.line !== this.tokens[k]!.line || /[.!?]/.test(this.tokens[k]!.gapBefore)
    );
  }

  /** The first token of token `i`'s sentence. */
  sentenceFirst(i: number): number {
    let k = i;
    while (!this.opensSentence(k)) k--;
    return k;
  }

  /** The last token of token `i`'s sentence. */
  sentenceLast(i: number): number {
    let k = i + 1;
    while (k < this.tokens.length && !this.opensSentence(k)) k++;
    return k - 1;
  }

  /** Token `i`'s sentence ends in a question mark. */
  inQuestion(i: number): boolean {
    const end = this.tokens[this.sentenceLast(i)]!.end;
    return /^\s*\?/.test(this.text.slice(end, end + 4));
  }

  prev(i: number, by = 1): Token | undefined {
    return this.tokens[i - by];
  }

  next(i: number, by = 1): Token | undefined {
    return this.tokens[i + by];
  }

  /** True when the two tokens are separated only by spaces (same phrase, same line). */
  /**
   * "go to na meetings", "took her to art classes": a word right before a plural everyday noun
   * qualifies that noun, the way names seldom do.
   */
  beforePluralNoun(i: number): boolean {
    const t = this.tokens[i];
    const n = this.next(i);
    if (!t || !n || t.possessive || !/^ $/.test(n.gapBefore) || !/[^s']s$/.test(n.key)) return false;
    return (
      this.commonness(n.key) > 50 &&
      this.isOrdinaryWord(n.key) &&
      // "this", "his", "was" end in s but are no plural nouns.
      !this.isGrammatical(n.key) &&
      (this.lex.surnameRank(n.key) ?? Number.POSITIVE_INFINITY) > 1000
    );
  }

  adjacent(a: Token | undefined, b: Token | undefined): boolean {
    if (!a || !b) return false;
    return (
      /^[ \t]{1,2}$/.test(b.gapBefore) ||
      (/^\.[ \t]?$/.test(b.gapBefore) && (a.text.length === 1 || dotted.has(a.key)))
    );
  }
}
