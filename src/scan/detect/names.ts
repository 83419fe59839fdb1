import type { Detection } from '../findings.ts';
import {
  businessWords,
  calendarWords,
  clinicalTerms,
  credentials,
  determiners,
  deviceNouns,
  endearments,
  familyEvents,
  finiteAfterModal,
  finiteVerbTags,
  homeNouns,
  institutionSuffixes,
  languages,
  mentalHealthTerms,
  nameWords,
  possessives,
  relations,
  streetSuffixes,
  titles,
  townWords,
  weekday,
} from '../lexicon/cues.ts';
import { rankCrowd, rankStdlib } from '../lexicon/load.ts';
import { Case, isWord, type Token } from '../text/tokens.ts';
import { strongCue as strongReason } from './clinical-vocab.ts';
import { clinicianNames, surnameAfterFirstName } from './clinician-slots.ts';
import { type Doc, shortPost } from './doc.ts';
import { withListedNames } from './name-lists.ts';
import { commonGivenName, namePrior, unknownWord, unrankedGivenNameOnly } from './name-shape.ts';
import { interjectionName, personContext, rarelyLower, relativesAge } from './person-context.ts';
import { knownPlaces, placeRatherThanName } from './place-or-name.ts';
import { stateAfterTown } from './places.ts';
import { surnameMentions } from './surname-cues.ts';

/** Speaker roles and family words: they stand where names stand but are none. */
const roles = new Set([
  'client',
  'therapist',
  'counselor',
  'patient',
  'interviewer',
  'speaker',
  'participant',
  'caregiver',
  'pt',
  'pts',
  ...relations,
]);

const subjects = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'who', 'that', 'which']);
/**
 * Cues that mark a slot where a person is named, weaker than a title or a relation: they only
 * make names of listed names and of words no dictionary knows (`unknownWord`), never of everyday
 * words. They matter most in lower-cased speech, where capitals cannot say "a name".
 */
const slotCues = new Set([
  'object of a social verb',
  'X and I',
  'subject of speech',
  'subject of an action',
  "X's been",
  'in company',
]);

/** "everybody calls him X": what someone is habitually called ("she calls me mama": a relation). */
function calledSo(doc: Doc, i: number): boolean {
  const p1 = doc.prev(i);
  const p2 = doc.prev(i, 2);
  return (
    !(relations.has(doc.tokens[i]!.key) && !endearments.has(doc.tokens[i]!.key)) &&
    p1 !== undefined &&
    ['him', 'her', 'them', 'me'].includes(p1.key) &&
    p2 !== undefined &&
    p2.key === 'calls'
  );
}

/** Context that says "not a name here": "the bill", "I hope", "you will". */
function againstName(doc: Doc, i: number): number {
  const t = doc.tokens[i]!;
  const p1 = doc.prev(i);
  if (!p1 || p1.line !== t.line || !/^[ \t]+$/.test(t.gapBefore)) return 0;
  const ordinary = doc.isOrdinaryWord(t.key);
  // "after a Whipple", "an Apgar of 8": a single word after "a" is one of a kind, seldom a person
  // ("a Taylor Swift concert" names her in full).
  if ((p1.key === 'a' || p1.key === 'an') && doc.capitalized(t)) {
    const n1 = doc.next(i);
    if (!(n1 !== undefined && doc.adjacent(t, n1) && doc.capitalized(n1))) return 0.5;
  }
  // "that Miguel", "the Billy of six months ago": a capitalized name survives a determiner.
  if (determiners.has(p1.key)) {
    if (ordinary || doc.plainLower(t)) return 0.5;
    // Lower-cased text cannot show "the Billy of six months ago" is a name; a listed name keeps most weight.
    return doc.capitalized(t) ? 0 : 0.2;
  }
  // "who chase": a verb after a subject; "Who's Chase?" asks who someone is.
  // ("thank you faith": after the thanks, "you" is whom one thanks, and the word is their name.)
  if (
    subjects.has(p1.key) &&
    ordinary &&
    !(p1.key === 'who' && p1.possessive) &&
    !(p1.key === 'you' && doc.prev(i, 2)?.key === 'thank')
  )
    return 0.6;
  return 0;
}

/** Cues under which a month or weekday is a person: "Mrs. May", "my name is Jan", "april's mom". */
/** Why a capitalized word no list holds, opening a sentence, was guessed a name with no cue. */
export const unknownOpeningReason = 'sentence-initial word outside the dictionary';

const calendarNameCues = new Set([
  'title',
  'nickname given',
  'name intro',
  'name given',
  'possessive + relation',
  "X's been",
  'my relation',
  // "April:" labelling turn after turn of a transcript.
  'repeated speaker',
  // "June and I built that house", "me and april we": a month that does things beside the speaker.
  'X and I',
  'me and X, we',
  // "that's what june says", "April told me": no month says anything.
  'subject of speech',
  // "Addie and June", "June's four": no month is paired with a child or has an age.
  'paired with a name',
  'age given',
]);

/**
 * "Screenshots", "Doomscrolling": two everyday words run together, as new nouns are made, no list
 * holding the whole. Names so made are on the lists ("Woodward") or name places.
 */
function everydayCompound(doc: Doc, key: string): boolean {
  if (doc.lex.place(key) !== undefined) return false;
  const everyday = (part: string) => part.length >= 4 && doc.lex.wordCount(part) >= 200;
  const stem = key.replace(/s$/, '');
  for (let k = 4; k <= stem.length - 4; k++)
    if (everyday(stem.slice(0, k)) && (everyday(stem.slice(k)) || everyday(key.slice(k)))) return true;
  return false;
}

/**
 * "How did that feel, April?": a month set off by a comma closing a question or exclamation is
 * someone spoken to. Not a list of months ("in March, April?").
 */
function addressedAsMonth(doc: Doc, i: number, cue: string): boolean {
  if (cue !== 'direct address' && cue !== 'vocative') return false;
  const t = doc.tokens[i]!;
  // "what did you notice, Tuesday?": a month may be someone's name, a weekday is the day asked about.
  if (weekday.test(t.key)) return false;
  const p1 = doc.prev(i);
  return (
    /^\s*[?!]/.test(doc.text.slice(t.end, t.end + 3)) &&
    p1 !== undefined &&
    !calendarWords.has(p1.key) &&
    !/\d/.test(p1.text)
  );
}

/** A device noun one or two words on: "Hickman line", "Passy Muir valve". */
function eponym(doc: Doc, i: number): boolean {
  for (let k = 1, prev = doc.tokens[i]; k <= 2; k++) {
    const next = doc.tokens[i + k];
    if (!next || !doc.adjacent(prev, next)) return false;
    if (deviceNouns.has(next.key)) return true;
    // Only another name word between them ("Passy Muir"), not a verb ("CAROL ORDERED LINES").
    if (doc.isOrdinaryWord(next.key)) return false;
    prev = next;
  }
  return false;
}

/**
 * "Coach K", "Mr. T": a capital letter alone after a capitalized title is what someone is called. Not
 * in clinical notes, where "Nurse B" stands in for a name left out, nor "Dr. X", which does anywhere.
 */
function titledInitial(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  const title = doc.prev(i);
  if (!/^[A-W]$/.test(t.text) || !title || !titles.has(title.key)) return undefined;
  if (doc.jargon >= 0.04 || !doc.capitalized(title) || title.line !== t.line) return undefined;
  // Only a space (or a title's period) between, and no period after: "Dr. J. Smith" is an initial of a name.
  if (!/^\.?[ \t]$/.test(t.gapBefore) || (doc.next(i)?.gapBefore ?? '').startsWith('.')) return undefined;
  return {
    start: title.start,
    end: t.end,
    label: 'PERSON',
    detector: 'context',
    score: 0.8,
    reason: 'title + initial',
  };
}

/**
 * "a woman in her thirties, I'll call her J.": the initial a clinician gives someone in place of the
 * name stands for that person.
 */
function calledByInitial(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  const [p1, p2] = [doc.prev(i), doc.prev(i, 2)];
  if (!/^[A-Z]$/.test(t.text) || !p1 || !p2 || p2.line !== t.line || !/^[ \t]$/.test(t.gapBefore))
    return undefined;
  if (!['him', 'her', 'them'].includes(p1.key) || !/^call(?:s|ed|ing)?$/.test(p2.key)) return undefined;
  // The initial's period: "call her J. for now", not "call her A for short".
  const next = doc.next(i);
  if (next !== undefined && !next.gapBefore.startsWith('.')) return undefined;
  return {
    start: t.start,
    end: t.end,
    label: 'PERSON',
    detector: 'context',
    score: 0.8,
    reason: 'initial + name given',
  };
}

/**
 * Where a name has capitals inside it: after a short prefix ("McKenzie", "DeShawn", "D'Angelo") or
 * a hyphen ("Mary-Kate", a place's "County-USC"). "HFrEF", "FENa", "Roux-en-Y" are shorthand,
 * spelled as no name is.
 */
const nameCapitals =
  /^(?:\p{Lu}\p{Ll}{0,4}['’]?)?\p{Lu}\p{Ll}+(?:[-'’](?:\p{Lu}?\p{Ll}+|\p{Lu}{2,}))*(?:['’]s)?$/u;

/** Token `i`, a modal, runs on into what a modal takes: a verb's bare form, "not", an adverb. */
function modalBeforeVerb(doc: Doc, i: number): boolean {
  const n = doc.next(i);
  if (!n || n.line !== doc.tokens[i]!.line || !/^[ \t]+$/.test(n.gapBefore)) return false;
  if (/^(?:not|never|always|just|really|probably|be|have|get)$/.test(n.key)) return true;
  if (doc.lex.tags(n.key).includes('Infinitive')) return true;
  return !doc.isGrammatical(n.key) && !finiteAfterModal.has(n.key) && !pastAfter(doc, i);
}

/** Words that grade what follows: "really gruff", "kind of gruff", "too sunny" ("so" opens clauses: "so marcus called"). */
const degreeWords = new Set('very too really pretty kinda sorta quite super'.split(' '));
/** "he's gruff", "she seems gruff": how someone is, said of them. */
const describedBy = new Set("he's hes she's shes they're theyre seems seemed looks looked sounds".split(' '));

/** Token `i` after a word grading it or saying how someone is: a description, not a name. */
function saidOfSomeone(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const p1 = doc.prev(i);
  if (!p1 || !doc.adjacent(p1, t) || t.possessive) return false;
  if (degreeWords.has(p1.key) || describedBy.has(p1.key)) return true;
  return p1.key === 'of' && /^(?:kind|sort)$/.test(doc.prev(i, 2)?.key ?? '');
}

/**
 * Token `i` alone after an article (or "no": "No Wordle, no …") in its sentence, no capitalized word running on after it, and no
 * household by its surname ("visited the Hendersons").
 */
function articleOnly(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (/s$/.test(t.key) && doc.lex.surnameRank(t.key.replace(/e?s$/, '')) !== undefined) return false;
  let before = doc.prev(i);
  const after = doc.next(i);
  // "the walk-off homer": past a lower-case word that describes it; "the school Chromebook": or
  // says whose kind it is, where that word is no person's ("the guy Marcus" is someone).
  const kindBefore = (w: Token) =>
    doc.lex.tags(w.key).includes('Singular') &&
    doc.isOrdinaryWord(w.key) &&
    !relations.has(w.key) &&
    !titles.has(w.key) &&
    !endearments.has(w.key);
  if (
    before !== undefined &&
    before.case === Case.Lower &&
    (before.key.includes('-') ||
      kindBefore(before) ||
      (doc.lex.tags(before.key).includes('Adjective') &&
        !fondAdjectives.has(before.key) &&
        !/^(?:north|south|east|west)/.test(before.key))) &&
    /^[ \t]+$/.test(t.gapBefore) &&
    /^(?:the|a|an|no)$/.test(doc.prev(i, 2)?.key ?? '')
  )
    before = doc.prev(i, 2);
  return (
    before !== undefined &&
    /^(?:the|a|an|no)$/.test(before.key) &&
    // "calls himself an "Aspie."": a quotation mark may open the word.
    /^[ \t]+["“']?$/.test(t.gapBefore) &&
    !(after !== undefined && doc.adjacent(t, after) && doc.capitalized(after))
  );
}

/** What is said before a person's name with an article as readily as before a thing: "the little jaxon". */
const fondAdjectives = new Set('little lil big old young poor sweet dear late great'.split(' '));

/** Units of time and measure written after a number. */
const units = new Set('min mins hr hrs sec secs lb lbs oz kg ft yd mi mph'.split(' '));

/** The word after token `i`, on its line, is a verb in the past tense ("will had", "may said"). */
function pastAfter(doc: Doc, i: number): boolean {
  const next = doc.next(i);
  return (
    next !== undefined &&
    next.line === doc.tokens[i]!.line &&
    /^[ \t]+$/.test(next.gapBefore) &&
    // ("my partner will says": nor before a verb that agrees with its subject.)
    (doc.lex.tags(next.key).includes('PastTense') || relativeSays.has(next.key) || next.key === 'is')
  );
}

/** "Dr. Ma", "Mr. Son": a family word a title stands right before, a surname too ("Brother" is kin). */
function titledSurname(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const title = doc.prev(i);
  return (
    title !== undefined &&
    titles.has(title.key) &&
    !relations.has(title.key) &&
    /^\.?[ \t]$/.test(t.gapBefore) &&
    title.line === t.line &&
    doc.lex.surnameRank(t.key) !== undefined
  );
}

/** The next word, in the same sentence and in lower case, is one no list of any kind holds. */
function foreignAfter(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const next = doc.next(i);
  return (
    next !== undefined &&
    doc.adjacent(t, next) &&
    next.case === Case.Lower &&
    !next.contraction &&
    /^\p{Ll}{2,}$/u.test(next.text) &&
    doc.unknownWord(next.key) &&
    !doc.lex.babyName(next.key)
  );
}

/** Scores one token as a person's name; returns a detection or undefined. */
function scoreToken(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  if (t.key.length === 1) return titledInitial(doc, i) ?? calledByInitial(doc, i);
  if (
    !isWord(t) ||
    t.key.length < 2 ||
    t.contraction ||
    titles.has(t.key) ||
    // "everybody calls him Buddy": a role word that is also a given name, said to be what he is called.
    (roles.has(t.key) &&
      !(doc.lex.firstNameRank(t.key) !== undefined && calledSo(doc, i)) &&
      // "Dr. Ma", "Mr. Son": after a title, a family word that is also a surname is the surname.
      !titledSurname(doc, i)) ||
    credentials.has(t.key)
  )
    return undefined;
  const key = t.key;
  // "45 min", "3 hrs", "20 lbs": a unit after its number.
  if (units.has(key) && /^\d+(?:\.\d+)?$/.test(doc.prev(i)?.text ?? '')) return undefined;
  // An everyday word in lower case, where case means something, is no name whatever its context says
  // (see below): most of a text's words end here, before the context is read.
  if (doc.plainLower(t) && doc.isOrdinaryWord(key)) return undefined;
  // Nor is a grammar word no name list holds, written without a capital, unless it may be a
  // nickname (see the grammar words below): in lower-cased speech most words end here.
  if (
    !doc.capitalized(t) &&
    doc.isGrammatical(key) &&
    namePrior(doc, key) === 0 &&
    !doc.lex.tags(key).includes('Modal') &&
    !interjectionName(doc, key)
  )
    return undefined;
  const context = personContext(doc, i);
  // "in May", "on Sundays" are dates; "Mrs. May", "my name is Jan" and "april's mom" are people.
  if (
    (calendarWords.has(key) || calendarWords.has(key.replace(/s$/, ''))) &&
    (!calendarNameCues.has(context.cue) ||
      // "goes with your sister Friday": a day after a relation is when, a month may be her name.
      (weekday.test(key) &&
        (context.cue === 'my relation' || context.cue === 'title' || context.cue === 'X and I'))) &&
    !addressedAsMonth(doc, i, context.cue)
  )
    return undefined;
  // "under the ADA", "the AMA's guidance": capitals after an article, in text that writes in both
  // cases, are an organization's or a law's initials; a name in capitals takes no article.
  if (
    t.case === Case.Upper &&
    doc.caseInformative(t) &&
    determiners.has(doc.prev(i)?.key ?? '') &&
    // "…underneath that?\nSEAN:": the article must be in the same sentence.
    /^[ \t]+$/.test(t.gapBefore) &&
    context.cue !== 'title'
  )
    return undefined;
  // "Naples, Florida": the town's state, which no one is named in that place.
  if (stateAfterTown(doc, i)) return undefined;
  // "hospitals in Tennessee and Georgia": a state listed with another state is the state.
  if (doc.lex.isUsState(key) && context.boost < 0.35 && listedWithState(doc, i)) return undefined;
  // "Portland (the Maine one)": a state that is only a rare surname is the state unless the sentence
  // makes it someone ("Coach Maine").
  if (
    doc.lex.isUsState(key) &&
    key.length > 2 &&
    !commonGivenName(doc, key) &&
    context.boost < 0.35 &&
    (doc.lex.surnameRank(key) ?? Number.POSITIVE_INFINITY) > 5000
  )
    return undefined;
  const prior = namePrior(doc, key);
  // "Chris-Christian-Christian": a stutter over names is names, though "Christian" alone is a word.
  const ordinary = doc.isOrdinaryWord(key) && !(key.includes('-') && prior > 0);
  const grammar = doc.isGrammatical(key);
  const strongCue = context.boost >= 0.35;
  // "speaks English", "Na 148", "RECK HCT" in a note: a language or clinical shorthand needs a title.
  if (
    (languages.has(key) || mentalHealthTerms.has(key) || (clinicalTerms.has(key) && doc.jargon >= 0.04)) &&
    context.cue !== 'title'
  )
    return undefined;
  // "Quinton catheter", "passy muir valve": in a note, a name right before a device is its eponym.
  if (doc.jargon >= 0.04 && context.cue !== 'title' && eponym(doc, i)) return undefined;
  // "rose" in properly cased prose is a flower, unless a title or role says person ("Dr. griffin").
  if (
    doc.plainLower(t) &&
    !(strongCue && context.cue !== 'direct address' && !doc.isOrdinaryWord(t.key)) &&
    !lowerCommonName(doc, i)
  ) {
    return undefined;
  }
  // "a skill called TIPP", "the HALT check": in prose that is no clinical note, a short word in
  // capitals inside a sentence is initials unless the sentence says person; notes write names in
  // capitals, and addresses their towns ("HARSTAD").
  if (
    /^[A-Z]{3,5}$/.test(t.text) &&
    doc.lex.place(key) === undefined &&
    doc.caseInformative(t) &&
    // ("induction at OTP/OBOT", "per REMS schedule": in a note, too, a word only the unranked lists call
    // a name is the note's initials; census names in capitals stay names there.)
    (doc.jargon < 0.04 || unrankedGivenNameOnly(doc, key)) &&
    (!t.sentenceStart || unrankedGivenNameOnly(doc, key)) &&
    context.boost <= 0
  )
    return undefined;
  // "I go to NA twice a week", "went to AA": where one goes by two capitals is a program or a place.
  if (
    t.case === Case.Upper &&
    key.length === 2 &&
    doc.caseInformative(t) &&
    doc.prev(i)?.key === 'to' &&
    /^(?:go|goes|going|went|gone)$/.test(doc.prev(i, 2)?.key ?? '') &&
    context.cue !== 'title'
  )
    return undefined;
  const cap = doc.capitalized(t);
  // Unknown words say "name" only in text where unknown words are rare (not clinical shorthand).
  // "Screenshots don't lie": opening a sentence before lower-case words, a compound of everyday words
  // is a new noun ("Brightpath Inc." mid-line or before a capital stays a name).
  // "Clinical Education and Workforce Development": before an everyday word in title case, such a
  // compound names a department or a programme, not someone.
  const compound = () => {
    const n = doc.next(i);
    if (n === undefined || !everydayCompound(doc, key)) return false;
    if (t.sentenceStart && doc.plainLower(n)) return true;
    return doc.adjacent(t, n) && doc.capitalized(n) && doc.isOrdinaryWord(n.key) && !doc.listedName(n.key);
  };
  const unknownMeansName = unknownWord(doc, i) && !compound();
  const unknownPostSubject =
    context.cue === 'subject of an action' && prior === 0 && unknownMeansName && !doc.caseInformative(t);
  let score = 0;
  let why = '';
  if (cap && !t.sentenceStart) {
    if (prior > 0) {
      // "Will", "Mark", "Hope" capitalized mid-sentence are names; "Bowl" or "Union" (surnames that
      // are everyday words) are more often a title-cased noun.
      const firstName = (doc.lex.firstNameRank(key) ?? Number.POSITIVE_INFINITY) <= 1500;
      score = ordinary ? (firstName ? 0.6 : 0.45) : 0.9;
      why = 'capitalized name-list word';
    } else if (
      unknownMeansName &&
      t.case !== Case.Upper &&
      nameCapitals.test(t.text) &&
      // "between the Cheerios and the Lucky Charms": a word no list knows after an article, with
      // nothing said of a person, is a thing's name ("the Halldór Ó Árnþórsson version" runs on).
      !(context.boost <= 0 && articleOnly(doc, i))
    ) {
      score = 0.7;
      why = 'capitalized word outside the dictionary';
    } else if (
      unknownMeansName &&
      t.case === Case.Upper &&
      t.text.length >= 5 &&
      // "C-SSRS", "AUDIT-C", "PHQ-9", "ASC-US": an instrument's or a finding's code, not a name in capitals.
      !t.text.split('-').some((part) => part.length < 3 || /\d/.test(part)) &&
      // "filling out the FAFSA", "a HIPAA form": initials take an article, a name in capitals does not.
      !determiners.has(doc.prev(i)?.key ?? '') &&
      !possessives.has(doc.prev(i)?.key ?? '')
    ) {
      score = 0.6;
      why = 'upper-case word outside the dictionary';
    }
  } else if (prior > 0 && !ordinary) {
    // Start of a sentence, or text whose case says nothing: the word list must carry it.
    const first = doc.lex.firstNameRank(key) ?? Number.POSITIVE_INFINITY;
    const last = doc.lex.surnameRank(key) ?? Number.POSITIVE_INFINITY;
    // Two- and three-letter words are mostly abbreviations ("po", "gu", "ra"); only common names count.
    // ("Eli saw it.": a less common one where something is said of a person.)
    const shortOk =
      key.length > 3 ||
      (key.length === 3 && (first <= 400 || last <= 500 || (first <= 1000 && context.boost > 0)));
    // Names from the unranked lists (humannames, @stdlib) that are no English word count in
    // conversation; clinical shorthand collides with them.
    const rare =
      first > 5000 && last > 20000 && ((first !== rankCrowd && first !== rankStdlib) || doc.jargon >= 0.04);
    score = !shortOk ? 0.2 : rare ? 0.45 : prior * 0.95 - (doc.jargon >= 0.04 ? 0.1 : 0);
    // Capitalized at a sentence start in prose: a listed name that is no English word is a name.
    if (cap && shortOk) score = Math.max(score, 0.65);
    // "under the ada you can ask", "the mavis thing": in speech without capitals, a listed word alone
    // after an article, with nothing said of a person, is an initialism or a thing.
    if (
      !doc.caseInformative(t) &&
      context.boost <= 0 &&
      (articleOnly(doc, i) || ownedThing(doc, i, false) || saidOfSomeone(doc, i))
    )
      score = Math.min(score, 0.3);
    why = 'name-list word';
  } else if (prior > 0) {
    score = 0.15;
    why = 'name-list word that is also an ordinary word';
  } else if (
    cap &&
    t.sentenceStart &&
    // "Neuro:", "Resp-": section headings, not names (speaker labels are scored below).
    !/^\s*[:\-–]/.test(doc.next(i)?.gapBefore ?? '') &&
    unknownMeansName &&
    t.case === Case.Capitalized &&
    key.length >= 3 &&
    // Words subtitles mostly write capitalized but no name list knows start sentences ("Hopefully");
    // so do words they write only in lower case ("Weekdays", "Caregivers").
    doc.lex.properCount(key) < 30 &&
    !(doc.lex.properCount(key) === 0 && doc.lex.wordCount(key) >= 5) &&
    // "Vaping in the bathroom.": a new word's gerund opens a sentence as no name does.
    !(key.length >= 6 && key.endsWith('ing')) &&
    // "Normalized, discussed …", "Deescalated.": so does a note's participle no dictionary spells,
    // and a prefixed term ("Anti-Ro/SSA", "Non-verbal").
    !(key.length >= 7 && /(?:ized|ised|ated)$/.test(key)) &&
    !/^(?:anti|non|pre|post|pro|sub|hyper|hypo|intra|inter|extra|para|peri|pseudo|semi|multi|self)-/.test(
      key,
    ) &&
    // "Kailangan natin mag-usap.", "Cuatro meses y doce días.": a sentence said in another tongue
    // opens on a word no list knows, and so does the word after it, in lower case.
    !foreignAfter(doc, i) &&
    !(context.boost <= 0 && articleOnly(doc, i)) &&
    !(context.boost <= 0 && thingSaidAlone(doc, i))
  ) {
    score = 0.55;
    why = unknownOpeningReason;
  }
  // Grammar words are never names, except modals that are also names ("Will", "May") when capitalized.
  const capitalizedName = cap && !t.sentenceStart && prior > 0 && doc.lex.tags(key).includes('Modal');
  // "Coach Will" is a name; "doctor you", "my son to" are grammar.
  const modal = doc.lex.tags(key).includes('Modal');
  if (
    grammar &&
    !capitalizedName &&
    // ("my sister will call": a relation that is also a title, then the modal before its verb;
    // "coach will about", "coach will said": no modal stands so.)
    !(context.cue === 'title' && modal && (cap || !modalBeforeVerb(doc, i))) &&
    // "my name is Else": a grammar word capitalized as what someone says their name is.
    // ("Yeah. Will. He means well": a modal said as a sentence of its own, then "he", is the name.)
    !(context.cue === 'name given' && cap && (!t.sentenceStart || modal)) &&
    // "a guy, will, he teaches": a modal set off by commas after whom it names.
    !(context.cue === 'named aside' && modal && prior > 0) &&
    // "May is what everybody calls my dad": a modal that is also a name, said to be what someone is called.
    !(context.cue === 'nickname given' && (interjectionName(doc, key) || (modal && prior > 0))) &&
    // "my cousin Boo came by": an interjection capitalized after a relation is the relative's nickname.
    !(
      (context.cue === 'my relation' || context.cue === 'title') &&
      cap &&
      !t.sentenceStart &&
      interjectionName(doc, key)
    ) &&
    // "my husband will had a seizure": no modal stands before a past tense, a relative's name does.
    !(context.cue === 'my relation' && modal && prior > 0 && pastAfter(doc, i)) &&
    // "Will, don't make that face.": no modal is spoken to, nor labels turn after turn ("Will: …").
    !(
      (context.cue === 'me and X, we' ||
        context.cue === 'subject of an action' ||
        context.cue === 'vocative' ||
        context.cue === 'repeated speaker') &&
      modal &&
      prior > 0
    )
  )
    return undefined;
  // A cue makes a name of a listed or unknown word ("my daughter hope"), not of "my mom yesterday".
  // An everyday word needs to be a common name too: "coach will", "officer brown", not "doctor tell".
  // Direct address is looser ("come on, man."): there only the names that are known words count.
  // "MAE" moves all extremities in a note; in talk "mae's mom" is a name.
  const commonName =
    clinicalTerms.has(key) && doc.jargon >= 0.04
      ? context.cue === 'title'
      : context.cue === 'vocative' || context.cue === 'me and X, we'
        ? true
        : context.cue === 'direct address' || context.cue === 'turn-initial address'
          ? nameWords.has(key) ||
            (doc.lex.firstNameRank(key) ?? Number.POSITIVE_INFINITY) <= 300 ||
            // "alright, raven." but not "friendship, modesty, religion": a word in a list is a word.
            (rarelyLower(doc, key) && !/^\s*,/.test(doc.next(i)?.gapBefore ?? ''))
          : (doc.lex.firstNameRank(key) ?? Number.POSITIVE_INFINITY) <= 1500 ||
            (context.cue === 'title' && (doc.lex.surnameRank(key) ?? Number.POSITIVE_INFINITY) <= 2000);
  // "going to see the doctor": a verb after "to" is no object.
  // "bud's been staying": a verb takes no "'s been", so there the word is the name.
  const verb =
    context.cue !== "X's been" &&
    doc.lex.tags(key).some((tag) => tag === 'Infinitive' || tag === 'Verb' || tag === 'PresentTense');
  // "my daughter ransom", "my ex baron": after "my" and a relation, a listed name that is a rare word
  // (no verb, adjective or adverb) is the name; "see blaze on sunday" likewise in a person slot.
  const rareListed =
    doc.jargon < 0.04 &&
    // Two- and three-letter words in lower case are mostly abbreviations ("na meetings").
    (key.length > 3 || cap) &&
    prior > 0 &&
    doc.commonness(key) < 500 &&
    !verb &&
    !doc.lex.tags(key).some((tag) => tag === 'Adjective' || tag === 'Adverb' || tag === 'Preposition');
  // "my buddy cash said he could": a listed word between the relation and what the relative says is
  // the relative's name, however everyday ("my dad always said", "my mom just told me" say how).
  const relativeSpeaks = () => {
    const n = doc.next(i);
    return (
      prior > 0 &&
      !grammar &&
      !/ly$/.test(key) &&
      !doc.lex.tags(key).some((tag) => tag === 'Adverb' || tag === 'Adjective' || tag === 'Preposition') &&
      n !== undefined &&
      doc.adjacent(t, n) &&
      relativeSays.has(n.key)
    );
  };
  // "my son legend", "journey said": a word children are named now, where a cue needs a name.
  const bornAs = () => doc.jargon < 0.04 && doc.lex.babyName(key);
  /** Can this cue make a name of this word? */
  const nameableHere = (): boolean => {
    // A word the transcript itself uses as a name, turn after turn, needs no list.
    if (context.cue === 'repeated address' || context.cue === 'repeated speaker') return true;
    // "my name is stone dean": what someone says their name is, is their name.
    // ("Yeah. Will. He means well": a modal said as a sentence of its own is the name.)
    if (context.cue === 'name given' && prior > 0 && (!grammar || (cap && (!t.sentenceStart || modal))))
      return true;
    // "storm keeps asking", "journey said": a bare subject doing what only a person does names
    // someone whatever list ranks the name.
    // ("omg jimin waved at us": in a post, a word no list knows may do it too; see bareNameSubject.)
    if (context.cue === 'subject of an action')
      return (prior > 0 && (!grammar || modal)) || unknownPostSubject;
    // "hope is seventeen", "ace hes my older cousin": an age or a kinship names whom it is said of.
    if (context.cue === 'identified in passing' || context.cue === 'asked who') return prior > 0 && !grammar;
    if (context.cue === 'nickname given')
      return !grammar || interjectionName(doc, key) || (modal && prior > 0);
    // "clt sky presented": any word a name list holds, in a note's slot for its client.
    if (context.cue === 'client named') return prior > 0 || !ordinary;
    if (context.cue === 'my relation')
      return (
        !ordinary ||
        cap ||
        (prior > 0 && commonName) ||
        rareListed ||
        bornAs() ||
        relativeSpeaks() ||
        relativesAge(doc, i)
      );
    if (!slotCues.has(context.cue)) return !ordinary || cap || (prior > 0 && commonName);
    if (doc.plainLower(t)) return false;
    // "see Hardy on Sunday": a listed name capitalized mid-sentence in the slot is one, common or not.
    const capitalizedHere = cap && !t.sentenceStart;
    return (
      unknownMeansName ||
      (prior > 0 && (!ordinary || ((commonName || capitalizedHere) && (cap || !verb)))) ||
      (context.cue === 'object of a social verb' && rareListed) ||
      // "Paisley told her teacher": only a person tells someone something, whatever else the word
      // names ("a paisley tie"), unless it is a role ("Mom told me").
      (context.cue === 'subject of speech' &&
        (rareListed || bornAs()) &&
        !doc.lex.tags(key).includes('Actor'))
    );
  };
  // "Sky and I have been talking": a listed name, however everyday the word, opening a sentence in
  // capitals as one of two who do something.
  const pairedWithI =
    context.cue === 'X and I' &&
    t.sentenceStart &&
    t.case === Case.Capitalized &&
    doc.caseInformative(t) &&
    doc.lex.firstNameRank(key) !== undefined;
  const nameable = nameableHere() || pairedWithI;
  if (
    context.boost > 0 &&
    nameable &&
    (strongCue || (score > 0.3 && !ordinary) || unknownPostSubject || pairedWithI)
  ) {
    score = Math.max(score, 0.35) + context.boost;
    why = why ? `${why} + ${context.cue}` : `context: ${context.cue}`;
  }
  score -= againstName(doc, i);
  if (score <= 0.3) return undefined;
  // "Paris was amazing": a known place the sentence does not make a person is reported as the place.
  const place = placeRatherThanName(doc, i, context.cue);
  return {
    start: t.start,
    end: t.possessive ? t.start + t.text.replace(/['’]s?$/, '').length : t.end,
    label: place ? 'LOCATION' : 'PERSON',
    detector: prior > 0 ? 'gazetteer' : 'context',
    score: Math.min(1, score),
    reason: place ? 'a place rather than a name' : why,
  };
}

/**
 * Token `i` after a possessive, past an ordinal or adjective ("his first homer"): a thing, which a
 * name does not take. `bare`: an article or possessive right before it will do ("my roman empire").
 */
function ownedThing(doc: Doc, i: number, bare: boolean): boolean {
  let before = doc.prev(i);
  let described = false;
  for (let k = 2; before && k <= 3; k++) {
    if (!doc.lex.tags(before.key).some((tag) => tag === 'Ordinal' || tag === 'Adjective')) break;
    described = true;
    before = doc.prev(i, k);
  }
  return (
    before !== undefined &&
    before.line === doc.tokens[i]!.line &&
    // "for a second wyman would you …": after an article a described word may end its phrase.
    // ("my friend's lola", "everybody's lola": what someone's is, too.)
    (bare
      ? determiners.has(before.key) || possessives.has(before.key) || before.possessive
      : described && possessives.has(before.key))
  );
}

/** What the tagger calls a person's name, and nothing else. */
const personTags = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person']);

/** A given name this common (census rank) is one even when a post writes it in lower case. */
const lowerGivenName = 1000;
/** A given name this common is one before it is anyone's surname. */
const veryCommonGivenName = 300;

/**
 * "thanks to jake for the ride", "lol kevin fell asleep again": posts write names in lower case
 * among capitals. A common given name that is no everyday word and no city everyone knows is the
 * name; in notes (shorthand) lower case keeps meaning "not a name".
 */
function lowerCommonName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const given = doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY;
  // "my roman empire", "her elsa dress": after an article or a possessive a word in lower case is a
  // thing; a name there is written with its capital.
  if (ownedThing(doc, i, true)) return false;
  const place = doc.lex.place(t.key);
  // "Michael Jordan > lebron", "pelosi stock portfolio": in a post, a listed name that is nothing else
  // at all — no word speech uses, no word the tagger knows, no medicine or company — is the name. (A
  // session's lower case among capitals is as often slang no list holds.)
  if (
    doc.tokens.length <= shortPost &&
    doc.jargon < 0.04 &&
    t.key.length >= 5 &&
    // "fanning of the toes": an inflected word, whatever list holds it.
    !/(?:ing|ed)$/.test(t.key) &&
    place === undefined &&
    // Crowd-sourced lists hold words of every kind; the census and birth records hold names.
    (given < rankCrowd || doc.lex.surnameRank(t.key) !== undefined || doc.lex.babyName(t.key)) &&
    doc.lex.wordCount(t.key) === 0 &&
    doc.lex.tags(t.key).every((tag) => personTags.has(tag)) &&
    !doc.lex.medical(t.key) &&
    !doc.lex.company(t.key) &&
    !doc.isOrdinaryWord(t.key)
  )
    return true;
  return (
    doc.jargon < 0.04 &&
    t.key.length >= 4 &&
    given <= lowerGivenName &&
    // Surnames first ("a walker", "the baker") are words before they are names — but not the
    // commonest given names ("taylor", "morgan", "lee"), whatever the census says of surnames.
    (given <= veryCommonGivenName || given < (doc.lex.surnameRank(t.key) ?? Number.POSITIVE_INFINITY)) &&
    !doc.isOrdinaryWord(t.key) &&
    !(place && knownPlaces.has(place))
  );
}

/** What a relative named just before says or does to the speaker. */
const relativeSays = new Set('said says told tells texted asked called wants thinks'.split(' '));

/** Who the sentence after a word said alone may go on about: "Tigist. She is very difficult." */
const personPronouns = new Set(['he', 'she', 'they', 'his', 'her', 'him', "he's", "she's", 'hes', 'shes']);

/**
 * "Machinist. I had my lathe", "Adobo. Just for me.": a word no list knows, said as a sentence of
 * its own, with nothing after it going on about a person, is a thing named in passing.
 */
function thingSaidAlone(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const next = doc.tokens[i + 1];
  if (next !== undefined && next.line === t.line && !/^[ \t]*[.!?…]/.test(next.gapBefore)) return false;
  const after = next !== undefined && next.line === t.line ? next : undefined;
  return after === undefined || !personPronouns.has(after.key);
}

/** "Does Keytruda …", "Can Kaiser …": the verb opening a question is no first name of what follows. */
function questionOpener(doc: Doc, i: number, joiningRight: boolean): boolean {
  const t = doc.tokens[i]!;
  return (
    joiningRight &&
    t.sentenceStart &&
    namePrior(doc, t.key) === 0 &&
    doc.lex.tags(t.key).some((tag) => finiteVerbTags.has(tag))
  );
}

/**
 * "Will Stone, a 63-year-old farmer": a modal that is a given name, capitalized before a surname the
 * text has made someone's outright, is the given name.
 */
function modalFirstName(doc: Doc, t: Token, surname: Detection | undefined): boolean {
  return (
    surname !== undefined &&
    strongReason.test(surname.reason) &&
    t.case === Case.Capitalized &&
    doc.lex.tags(t.key).includes('Modal') &&
    doc.lex.firstNameRank(t.key) !== undefined
  );
}

/**
 * "Mark Woods called me", "Jack Stone was there": opening a sentence, the capital of a given name
 * that is also a word says nothing, but the word after it, capitalized where nothing asks for it and
 * a listed surname, makes the two a full name. Not "Rose Garden", "Grace Church", "Hope Street".
 */
function fullNameOpening(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const n = doc.next(i);
  if (!t.sentenceStart || !n || t.possessive || doc.jargon >= 0.04 || !doc.adjacent(t, n)) return false;
  if (t.case !== Case.Capitalized || n.case !== Case.Capitalized || !doc.capitalized(n) || n.sentenceStart)
    return false;
  if ((doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) > 1500 || doc.isGrammatical(t.key))
    return false;
  if ((doc.lex.surnameRank(n.key) ?? Number.POSITIVE_INFINITY) > 5000) return false;
  // "Merry Christmas", "Happy Easter": a greeting for a day.
  if (calendarWords.has(n.key)) return false;
  const placeWord = (key: string) =>
    institutionSuffixes.has(key) || streetSuffixes.has(key) || townWords.has(key) || businessWords.has(key);
  // A town's word that is a common surname ("Woods", "Hill") still follows a given name as one.
  if (
    placeWord(n.key) &&
    !(townWords.has(n.key) && (doc.lex.surnameRank(n.key) ?? Number.POSITIVE_INFINITY) <= 500)
  )
    return false;
  // A longer capitalized title ("Grace Brothers Moving"), or a place's word after the pair.
  const after = doc.next(i, 2);
  return !(after && doc.adjacent(n, after) && (doc.capitalized(after) || placeWord(after.key)));
}

/**
 * "kaylees dad", "jaydens room", "at chloes house", "kaylees graduation", "i was at chloes in
 * fernley": speech-to-text drops the possessive's apostrophe. A common given name with an "s" stuck
 * to it, before a relation, a home or a gathering, or where one is "at" before where that is, is
 * that person's, where the name is no word speech uses (or one whose plural ends in "ies") and the
 * word with the "s" is no word and no common name of its own ("summers house" stays unread).
 */
function apostropheDropped(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  if (!isWord(t) || t.possessive || t.key.length < 4 || !t.key.endsWith('s') || doc.plainLower(t))
    return undefined;
  const stem = t.key.slice(0, -1);
  if ((doc.lex.firstNameRank(stem) ?? Number.POSITIVE_INFINITY) > lowerGivenName) return undefined;
  // "destinys house", "pennys mom": a word ending in a consonant and "y" makes its plural in "ies",
  // so with a bare "s" the given name it also is can only own something.
  const pluralInIes = /[^aeiou]y$/.test(stem);
  if (
    (doc.lex.wordCount(stem) >= 20 && !pluralInIes) ||
    doc.isGrammatical(stem) ||
    // ("my buddys cabin": what one calls anyone, not a name.)
    (endearments.has(stem) && possessives.has(doc.prev(i)?.key ?? '')) ||
    doc.lex.wordCount(t.key) >= 20 ||
    // ("trans kids": the medical list's word is that word.)
    doc.lex.medical(t.key)
  )
    return undefined;
  if (
    doc.lex.firstNameRank(t.key) !== undefined ||
    (doc.lex.surnameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 20000
  )
    return undefined;
  const n = doc.next(i);
  const p = doc.prev(i);
  const owned = n !== undefined && (relations.has(n.key) || homeNouns.has(n.key) || familyEvents.has(n.key));
  const whereAt =
    p?.key === 'at' &&
    doc.adjacent(p, t) &&
    (n === undefined || n.line !== t.line || n.key === 'in' || n.key === 'on');
  if (!(owned && doc.adjacent(t, n)) && !whereAt) return undefined;
  return {
    start: t.start,
    end: t.end - 1,
    label: 'PERSON',
    detector: 'context',
    score: 0.8,
    reason: 'possessive without its apostrophe + relation',
  };
}

/**
 * "I know Kristy'd say that", "Marcus'll be there": a given name written capitalized with "'d" or
 * "'ll" stuck to it is that person doing something — as "Kristy would say" is.
 */
const contractedPersonVerbs = new Set('tell say know call understand remember explain'.split(' '));

function contractedName(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  const stem = /^(\p{Lu}\p{Ll}+)['’](?:d|ll)$/u.exec(t.text)?.[1];
  if (!stem || !doc.caseInformative(t)) return undefined;
  const key = stem.toLowerCase();
  // ("Earl'll tell you": a word speech seldom says, before what a person does, is the name; "Time'll
  // tell" and "Rose'll bloom" are the words.)
  const next = doc.next(i);
  const personsVerb = next !== undefined && doc.adjacent(t, next) && contractedPersonVerbs.has(next.key);
  if (
    (doc.lex.firstNameRank(key) ?? Number.POSITIVE_INFINITY) > 1500 ||
    (doc.isOrdinaryWord(key) && !(personsVerb && doc.lex.wordCount(key) < 500))
  )
    return undefined;
  return {
    start: t.start,
    end: t.start + stem.length,
    label: 'PERSON',
    detector: 'gazetteer',
    score: 0.8,
    reason: 'given name with a contraction',
  };
}

/** Token `i` stands beside another US state across "and", "or" or a comma: "Tennessee and Georgia". */
function listedWithState(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const state = (k: number) => {
    const w = doc.tokens[k];
    return w !== undefined && w.line === t.line && doc.capitalized(w) && doc.lex.isUsState(w.key);
  };
  const joiner = (w: Token | undefined) => w !== undefined && (w.key === 'and' || w.key === 'or');
  if (joiner(doc.tokens[i - 1]) && state(i - 2)) return true;
  if (joiner(doc.tokens[i + 1]) && state(i + 2)) return true;
  return (
    (/^,[ \t]+$/.test(t.gapBefore) && state(i - 1)) ||
    (/^,[ \t]+$/.test(doc.tokens[i + 1]?.gapBefore ?? '') && state(i + 1))
  );
}

/**
 * Person names from word lists plus context: census first names and surnames, spoken-English
 * frequency to tell "Rose" from "rose", and titles/relations/direct address to decide the rest.
 */
export function detectNames(doc: Doc): Detection[] {
  const out: Detection[] = [];
  const scored: (Detection | undefined)[] = doc.tokens.map((_, i) => {
    const d = scoreToken(doc, i);
    // "at chloes house": a word scored weakly (as a rare surname, say) is still a given name's possessive.
    return d && d.score >= 0.5 ? d : (apostropheDropped(doc, i) ?? contractedName(doc, i) ?? d);
  });
  for (let i = 0; i + 1 < scored.length; i++) {
    if (!fullNameOpening(doc, i)) continue;
    for (const k of [i, i + 1]) {
      const t = doc.tokens[k]!;
      if ((scored[k]?.score ?? 0) >= 0.75) continue;
      scored[k] = {
        start: t.start,
        end: t.end,
        label: 'PERSON',
        detector: 'gazetteer',
        score: 0.75,
        reason: 'given name and surname opening a sentence',
      };
    }
  }
  for (let i = 0; i < scored.length; i++) {
    let d = scored[i];
    const t = doc.tokens[i]!;
    // A weak name next to a strong one is part of the same full name: "Jason T(h)omas", "Oleg P Sarkisov".
    if (!d || d.score < 0.5) {
      const left = scored[i - 1];
      const right = scored[i + 1];
      const neighbour =
        (left && left.score >= 0.7 && doc.adjacent(doc.tokens[i - 1], t) ? left : undefined) ??
        (right && right.score >= 0.7 && doc.adjacent(t, doc.tokens[i + 1]) ? right : undefined);
      // "T. Barkley", "Ted J. Wallace": an initial with its period belongs to the name after or around it.
      const initial =
        t.text.length === 1 && /^\p{Lu}$/u.test(t.text) && (doc.next(i)?.gapBefore ?? '').startsWith('.');
      const joinable =
        neighbour &&
        isWord(t) &&
        // "to India I've had": a contraction is a clause of its own.
        !t.contraction &&
        // "at Rudy's friday": a possessive closes the name it ends.
        !(neighbour === left && doc.tokens[i - 1]!.possessive) &&
        // "back to Gallup Sunday night": a day is no part of a place's name, nor of one's before a
        // part of the day.
        // ("to Bushnell Park Saturday", "from Charlotte Tuesday": nor a weekday after any name.)
        !(
          calendarWords.has(t.key) &&
          (neighbour.label === 'LOCATION' ||
            (neighbour === left && weekday.test(t.key)) ||
            // "the VFW on Platte Avenue Saturday": a day after a street's word is when, not who.
            streetSuffixes.has(doc.prev(i)?.key ?? '') ||
            /^(?:night|morning|afternoon|evening)$/.test(doc.next(i)?.key ?? ''))
        ) &&
        !questionOpener(doc, i, neighbour === right) &&
        // "Yesterday Jessica called", "Finally Jovelyn came": an everyday word no name list holds,
        // opening the sentence, says when or how.
        !(
          neighbour === right &&
          t.sentenceStart &&
          doc.isOrdinaryWord(t.key) &&
          namePrior(doc, t.key) === 0
        ) &&
        (initial ||
          (neighbour === left && surnameAfterFirstName(doc, i)) ||
          (!titles.has(t.key) &&
            !relations.has(t.key) &&
            (!doc.isGrammatical(t.key) ||
              modalFirstName(doc, t, neighbour === right ? neighbour : undefined)) &&
            !doc.plainLower(t) &&
            // "jennifer martinez still": without capitals an everyday word next to a name is just a
            // word, unless it is a common surname following the name ("rose brown").
            (doc.capitalized(t) ||
              (namePrior(doc, t.key) > 0 && !doc.isOrdinaryWord(t.key)) ||
              // Without telling capitals a very common word ("watson, good to see you") is that word.
              (neighbour === left &&
                (doc.lex.surnameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1000 &&
                doc.commonness(t.key) < 20000) ||
              (t.text.length === 1 && t.case === Case.Upper))));
      if (joinable)
        d = {
          ...neighbour,
          start: t.start,
          end: t.end,
          score: neighbour.score - 0.1,
          reason: 'next to a name',
        };
    }
    if (d && d.score >= 0.3) out.push(d);
    scored[i] = d;
  }
  return withListedNames(doc, [...out, ...clinicianNames(doc), ...surnameMentions(doc)], scored);
}

/**
 * "Freestyle" of "a Freestyle Libre 3", "Strict" of "Strict Keto": a word taken for a name only for
 * standing next to one falls with that name when the name is overruled (a device, a diet,
 * medicine), unless another guess about the neighbour still stands. Returns which of `kept` fall.
 */
export function fallenWithNeighbour(doc: Doc, kept: Detection[], vetoed: Detection[]): Detection[] {
  const overruled = doc.tokensOf(vetoed);
  for (const k of doc.tokensOf(kept.filter((d) => d.reason !== 'next to a name'))) overruled.delete(k);
  return kept.filter((d) => {
    if (d.reason !== 'next to a name') return false;
    const [first, last] = doc.touched(d.start, d.end);
    return (
      (overruled.has(first - 1) && doc.adjacent(doc.tokens[first - 1], doc.tokens[first])) ||
      (overruled.has(last + 1) && doc.adjacent(doc.tokens[last], doc.tokens[last + 1]))
    );
  });
}
