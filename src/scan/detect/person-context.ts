/**
 * The words around a token that say "a person is named here": titles, family roles, credentials,
 * direct address, introductions and the verbs people are the subject or object of. Each cue is
 * independent English usage; in clinical shorthand the look-alikes (mental status "MS", "PA line",
 * "MOM X1") are told apart here too.
 */
import {
  addressOpeners,
  calendarWords,
  chatWords,
  clinicalTerms,
  credentials,
  denominations,
  departments,
  determiners,
  deviceNouns,
  endearments,
  finiteAfterModal,
  finiteVerbTags,
  goingVerbs,
  homeNouns,
  kinBeforeName,
  kinOrName,
  nameIntro,
  objectPronouns,
  personStates,
  personVerbs,
  placeNounsCalled,
  possessives,
  relations,
  roleLabels,
  socialRoles,
  socialVerbs,
  speechVerbs,
  titles,
  vocativeLead,
  weekday,
  withVerbs,
} from '../lexicon/cues.ts';
import { rankCrowd } from '../lexicon/load.ts';
import { Case, isWord, type Token } from '../text/tokens.ts';
import {
  bareSpeakerLabel,
  calledSoAfter,
  choiceLetter,
  closesLabel,
  type Doc,
  perDocument,
  shortPost,
  speakerLabel,
} from './doc.ts';
import { isHospitalUnit } from './facility-slots.ts';
import { commonGivenName, misspeltWord, namePrior, unknownWord } from './name-shape.ts';
import { stateCodeAt } from './places.ts';

/** What follows "call me" when it is a phone call, not a name: "call me back", "call me later". */
const callParticles = new Set(
  'back later tomorrow tonight sometime anytime asap again first after when if all every constantly nonstop twice once last this yesterday today earlier right out up'.split(
    ' ',
  ),
);

/** Words that go on after a nickname: "calls him Moose though". */
const clauseLinks = new Set([
  'though',
  'because',
  // "texting anjali cause theres nothing to do": "because" as speech says it.
  'cause',
  'cuz',
  'coz',
  'since',
  'now',
  'too',
  'anyway',
  'for',
  'at',
  'and',
  'but',
  'so',
]);

/** Words that follow the person who was told something in a clinical note. */
const noticeWords = new Set(['aware', 'notified', 'paged', 'informed', 'updated', 'called']);

/** What follows "X told": someone told something. */
const speechObjects = new Set([
  'me',
  'us',
  'him',
  'her',
  'them',
  'i',
  'that',
  'my',
  'everyone',
  'everybody',
  // "and then X said he would help": reported speech about someone.
  'he',
  'she',
  'we',
  'they',
  'you',
]);

/** What someone sends or gives: "a text from X", "a call from X". */
const sentThings = new Set(
  'text texts call calls message messages email letter card note gift voicemail visit present'.split(' '),
);

/** Where someone lives or what they own, after their name's possessive: "at X's place". */
/** After "X's" in speech, a contraction of "is"/"has": "Brisa's been staying with us". */
const afterIsHas = new Set(['been', 'gonna', 'going', 'not', 'always', 'never', 'still', 'got', 'doing']);

/** Lead-ins of a turn before someone is addressed: "so Ransom, what's good about it?" */
const leadIns = new Set([
  'so',
  'well',
  'now',
  'but',
  'and',
  'okay',
  'ok',
  'alright',
  'hi',
  'hey',
  'hello',
  'yes',
  'yeah',
  'oh',
  'um',
  'uh',
  'then',
]);

/**
 * "Jewel, can I ask you something?", "so Ransom, what's good about it?", "looking back, Daphnee, uh,
 * when did you…": a name set off by a comma before a question or request to the listener. An
 * everyday word counts only as a common first name right before the question ("Charity, can I…").
 */
function vocative(doc: Doc, i: number, unknownUncased: boolean): boolean {
  const t = doc.tokens[i]!;
  const n1 = doc.next(i);
  if (!n1 || n1.line !== t.line || !/^,[ \t]/.test(n1.gapBefore) || endearments.has(t.key)) return false;
  // "Stiffness, shaking, swelling?", '"Hope, love, joy"': a list of words, no one spoken to.
  const wordsListed =
    /^,/.test(doc.next(i, 2)?.gapBefore ?? '') &&
    n1.case === Case.Lower &&
    doc.isOrdinaryWord(n1.key) &&
    (doc.lex.firstNameRank(n1.key) ?? Number.POSITIVE_INFINITY) > 300;
  const ordinary = doc.isOrdinaryWord(t.key);
  const rank = doc.lex.firstNameRank(t.key);
  if (initialsNoOneHas(doc, t)) return false;
  // "Blaze, what was it like?": a name that is a word speech seldom says counts as a common one.
  const rarelySaid = () => doc.givenName(t.key) && doc.lex.wordCount(t.key) < 300;
  if (
    ordinary
      ? (rank ?? Number.POSITIVE_INFINITY) > 1500 && !rarelySaid()
      : rank === undefined && !unknownUncased && !doc.capitalized(t)
  )
    return false;
  const p1 = doc.prev(i);
  // 'I texted him, "Frank, come up."': the first word of something quoted, set off by a comma, is
  // whom the quote speaks to.
  const quoteOpens = /["“][ \t]*$/.test(t.gapBefore);
  const opens =
    t.sentenceStart ||
    quoteOpens ||
    (p1 !== undefined && leadIns.has(p1.key) && p1.sentenceStart && /^,?[ \t]$/.test(t.gapBefore)) ||
    // "a different approach, CBIT, where you learn": set off mid-sentence, capitals are initials.
    (!ordinary && /^,[ \t]$/.test(t.gapBefore) && t.case !== Case.Upper);
  // "every steroid cream, Eucrisa, Opzelura, bleach baths": an item of a list runs on in commas.
  const itemOfList = /^,/.test(t.gapBefore) && /^,/.test(doc.next(i, 2)?.gapBefore ?? '');
  if (!opens || wordsListed || itemOfList) return false;
  // "Will, don't make that face.": a modal opening a sentence is never set off by a comma.
  if (addressOpeners.has(n1.key) || doc.lex.tags(t.key).includes('Modal')) return n1.key !== 'is';
  // "Bill, anything you want to add?": an everyday word that is a common given name, opening a
  // question put to "you", is the one asked; "So, you think …?" opens on the discourse word.
  // "Frank, you're pickling yourself": or spoken to outright.
  const toYou = /^(?:you|you're|youre|you've|you'll|you'd|your)$/.test(n1.key);
  if (ordinary && discourseOpeners.has(t.key)) return false;
  if (quoteOpens) return true;
  // "Sage, want to start us off?": asked, the "you" understood.
  if (ordinary && doc.inQuestion(i) && !toYou) return true;
  // "Blaze, I know you weren't excited": a name, not a hedge, before what is then said to "you".
  if (ordinary && !toYou && !(n1.key === 'i' || n1.key === 'we')) return false;
  // The rest of the sentence speaks to "you" (not the filler "you know").
  for (let k = i + 1; k < Math.min(doc.tokens.length, i + 16); k++) {
    const w = doc.tokens[k]!;
    if (w.sentenceStart) break;
    if (/^(?:you|your|yourself|you're|you've|you'll|you'd)$/.test(w.key)) {
      const after = doc.next(k)?.key ?? '';
      // (Nor "you name it", which ends a list.)
      if (!(w.key === 'you' && ['know', 'see', 'mean', 'guys', 'name'].includes(after))) return true;
    }
  }
  return false;
}

/** Words that open a sentence in talk before a comma, as given names seldom do: "So, you …". */
const discourseOpeners = new Set(['so', 'well', 'now', 'look', 'listen', 'say', 'like', 'right', 'okay']);

/** What a post or message opening on someone's name says to them next: "Jax if you…", "sunny u up?". */
const spokenToNext = new Set(['you', 'u', 'ya', 'ur', 'youre', "you're", 'if', 'pls', 'please', 'plz']);
/** Imperatives with their particle that call someone by name first: "ivy wake up", "Theo call me". */
const calledUpon = new Set(['wake', 'stop', 'call', 'text', 'come', 'answer', 'pick', 'get']);
const calledUponObjects = new Set(['up', 'me', 'us', 'back', 'over', 'home', 'out']);

/** What a question put to someone opens on after their name: "hope can you …", "wade what do you …". */
const askingAux = new Set('can could would will do did are were have'.split(' '));
const askingWh = new Set(['what', 'how', 'why', 'whats', "what's", 'hows', "how's"]);
const afterAskingWh = new Set('do did does was is are were would could can has have makes comes'.split(' '));

/**
 * "t: hope can you tell wade about your dad", "and gray how was that for you": in speech without
 * punctuation, a turn opening on a name, then a question put to that person — the comma that would
 * set the name off is what speech-to-text drops. Fillers, interjections and describing words open
 * such turns too ("okay what do you …", "right how …"), so only a word the name lists hold counts.
 */
function askedByName(doc: Doc, i: number, unknownUncased: boolean): boolean {
  const t = doc.tokens[i]!;
  if (doc.caseInformative(t) || t.possessive || !isWord(t) || t.contraction) return false;
  const p1 = doc.prev(i);
  const turnStart = (k: number) => {
    const before = doc.tokens[k - 1];
    // (After a speaker's label, "t:" as much as "Therapist:".)
    return (
      before === undefined ||
      before.line !== doc.tokens[k]!.line ||
      (/^:[ \t]*$/.test(doc.tokens[k]!.gapBefore) && doc.tokens[k - 2]?.line !== before.line)
    );
  };
  const opens =
    turnStart(i) || (p1 !== undefined && leadIns.has(p1.key) && doc.adjacent(p1, t) && turnStart(i - 1));
  if (!opens) return false;
  if (doc.isGrammatical(t.key) || leadIns.has(t.key) || relations.has(t.key) || titles.has(t.key))
    return false;
  if (endearments.has(t.key) || roleLabels.has(t.key) || chatWords.has(t.key)) return false;
  if (
    doc.lex
      .tags(t.key)
      .some((tag) =>
        /^(?:Verb|Infinitive|PresentTense|PastTense|Modal|Adjective|Adverb|Expression)$/.test(tag),
      )
  )
    return false;
  // A short word no list knows may be a nickname ("jt", "pipo"); a long one is as often a term or a
  // slip of the transcriber.
  const named = doc.isOrdinaryWord(t.key)
    ? (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1500
    : namePrior(doc, t.key) > 0 || (unknownUncased && t.key.length <= 6);
  if (!named) return false;
  const n1 = doc.next(i);
  const n2 = doc.next(i, 2);
  if (!n1 || !n2 || !doc.adjacent(t, n1) || !doc.adjacent(n1, n2)) return false;
  return (
    (askingAux.has(n1.key) && n2.key === 'you') ||
    (askingWh.has(n1.key) && (afterAskingWh.has(n2.key) || /^(?:it|its|it's|that|about)$/.test(n2.key)))
  );
}

/**
 * "Jax if you dont give me my hoodie back", "sunny u up?", "ivy wake up": a message that opens on a
 * name without a comma, speaking to that person next. Not a verb's own words ("Hope you're well",
 * "Mark your calendars", "Thank you"), nor an endearment.
 */
function openingAddress(doc: Doc, i: number, unknownUncased: boolean): boolean {
  const t = doc.tokens[i]!;
  const p1 = doc.prev(i);
  const n1 = doc.next(i);
  if ((p1 && p1.line === t.line) || !n1 || n1.line !== t.line || !/^[ \t]$/.test(n1.gapBefore)) return false;
  if (endearments.has(t.key) || titles.has(t.key) || doc.isGrammatical(t.key) || t.possessive) return false;
  if (
    doc.lex.tags(t.key).some((tag) => /^(?:Verb|Infinitive|PresentTense|Modal|Adjective|Adverb)$/.test(tag))
  )
    return false;
  const rank = doc.lex.firstNameRank(t.key);
  const named = doc.isOrdinaryWord(t.key)
    ? (rank ?? Number.POSITIVE_INFINITY) <= 1500
    : namePrior(doc, t.key) > 0 || unknownUncased;
  if (!named) return false;
  if (calledUpon.has(n1.key)) return calledUponObjects.has(doc.next(i, 2)?.key ?? '');
  if (!spokenToNext.has(n1.key)) return false;
  // "Hope you feel better", "Wish you were here": a word that common before "you" is the verb.
  if (!['if', 'pls', 'please', 'plz'].includes(n1.key)) return doc.lex.wordCount(t.key) < 1000;
  for (let k = i + 2; k < Math.min(doc.tokens.length, i + 8) && doc.tokens[k]!.line === t.line; k++)
    if (/^(?:you|u|your|ur|you're|youre)$/.test(doc.tokens[k]!.key)) return true;
  return false;
}

/** "MS CONT TO IMPROVE", "LT PLEURAL TUBE": in a note, mental status and "left" look like titles. */
const shorthandTitles = new Set(['ms', 'lt']);

/**
 * Is p1 a title of t here? Not a whole-word title ending a sentence ("SPOKE TO IV NURSE. IV UNABLE"),
 * and in clinical shorthand "ms"/"lt" only before a listed name.
 */
function titleHere(doc: Doc, p1: Token, t: Token): boolean {
  if (t.gapBefore.includes('.') && p1.text.length > 4) return false;
  // "called the Nurse Line", "a Doctor Visit": after an article the word is a noun's, and an
  // everyday word after it names a service or a thing.
  const article = doc.prev(doc.indexAt(p1.start));
  if (article && /^(?:the|a|an)$/.test(article.key) && doc.adjacent(article, p1) && doc.isOrdinaryWord(t.key))
    return false;
  // "for MS. Reports dizziness": in text with telling capitals, "MS" in capitals is the illness, not
  // "Ms.", unless a name follows.
  const capitalsMeanIllness = p1.case === Case.Upper && doc.caseInformative(p1);
  // "ms brain is real today", "ms flare again": without capitals, "ms" before a medical word that
  // is no common given name or surname is the illness.
  if (
    p1.key === 'ms' &&
    !doc.caseInformative(p1) &&
    doc.lex.medical(t.key) &&
    (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) > 300 &&
    // "ms green", "ms white": the medical list holds colours, which are common surnames.
    (doc.lex.surnameRank(t.key) ?? Number.POSITIVE_INFINITY) > 1000
  )
    return false;
  if ((doc.jargon < 0.04 && !capitalsMeanIllness) || !shorthandTitles.has(p1.key)) return true;
  return namePrior(doc, t.key) > 0 && !doc.isOrdinaryWord(t.key) && !clinicalTerms.has(t.key);
}

/** Words before "miss" that make it the verb: "i miss summer", "we'll really miss autumn". */
const beforeMissedVerb = new Set(
  `i we you they he she u i'll we'll you'll they'll still really so just will would gonna don't dont
  do does did didn't never always already to truly kinda lowkey def definitely`.split(/\s+/),
);

/** Is this "miss" the verb, not the title? */
function missIsVerb(p1: Token, p2: Token | undefined): boolean {
  return (
    p1.key === 'miss' && p1.case !== Case.Capitalized && p2 !== undefined && beforeMissedVerb.has(p2.key)
  );
}

/** What follows "PA" or "NP" when it is an artery or a route: "PA line", "pa sats", "np cough". */
const credentialLookalikes = new Set([
  ...deviceNouns,
  'cath',
  'sat',
  'sats',
  'htn',
  'pressure',
  'pressures',
  'cough',
  'wedge',
  'at',
]);

/**
 * "Ostomy RN", "CCO PA CATH", "pnd, pa line": in a note a credential stands after a name only when
 * the word is a listed name, and "PA"/"NP" are the artery and the route before a device or reading.
 */
function credentialHere(doc: Doc, i: number): boolean {
  const n1 = doc.next(i)!;
  const n2 = doc.next(i, 2);
  if (n1.possessive || /^#/.test(doc.text.slice(n1.end, n1.end + 1))) return false;
  if (n2 && doc.adjacent(n1, n2) && credentialLookalikes.has(n2.key)) return false;
  if (doc.jargon < 0.04) return true;
  const t = doc.tokens[i]!;
  if (clinicalTerms.has(t.key)) return false;
  if (namePrior(doc, t.key) > 0) return true;
  // "Hale-Brewer MD", "Brenden O'malley MD": a double or O' surname, or a capitalized full name
  // (written so even where the note's capitals say little).
  const written = (w: Token) =>
    doc.capitalized(w) || (!doc.caseInformative(w) && w.case === Case.Capitalized);
  if (!written(t)) return false;
  const p1 = doc.prev(i);
  return /['’-]/.test(t.key) || (p1 !== undefined && doc.adjacent(p1, t) && written(p1));
}

/**
 * In clinical shorthand, what stands after "son", "wife", "mom" is often no name: a count ("MOM X1",
 * milk of magnesia), a clinical term, or a misspelt word ("husband visisted", "SON PRESNT").
 */
function shorthandWord(doc: Doc, t: Token): boolean {
  if (doc.jargon < 0.04) return false;
  if (/\d/.test(t.key) || clinicalTerms.has(t.key) || isHospitalUnit(t.key)) return true;
  return namePrior(doc, t.key) === 0 && misspeltWord(doc, t.key);
}

/** A listed first name that everyday text seldom writes in lower case: "trinity", "deja", "jolie". */
export function rarelyLower(doc: Doc, key: string): boolean {
  // Not in notes: "PMH: CAD, CABG" opens a line with an abbreviation.
  return (
    doc.jargon < 0.04 &&
    doc.lex.firstNameRank(key) !== undefined &&
    doc.lex.wordCount(key) < 100 &&
    !doc.isGrammatical(key)
  );
}

/** Verbs whose "to" is said to someone: "talked to Madison", "spoke to Austin". */
const speakingTo = new Set(['talk', 'talked', 'talking', 'talks', 'spoke', 'speak', 'speaking']);

/** Role words in full, for the shorthand transcripts label turns by ("Clt", "Cnslr", "Fac"). */
const roleWords = [...roleLabels].filter((r) => /^[a-z]{4,}$/.test(r));

/**
 * "Ther:", "Fac:", "Clt:", "Cnslr:": a label of two to five letters that no name list holds and that
 * is a role's word cut short — its beginning, or its consonants in order — is that role. ("Tre:" is
 * neither: someone's name.)
 */
function abbreviatedRole(doc: Doc, key: string): boolean {
  if (!/^[a-z]{2,5}$/.test(key) || doc.listedName(key)) return false;
  const skeleton = !/[aeiouy]/.test(key.slice(1));
  return roleWords.some((role) => {
    if (key.length >= 3 && role.startsWith(key)) return true;
    if (!skeleton || role[0] !== key[0]) return false;
    let at = 1;
    for (const ch of key.slice(1)) {
      at = role.indexOf(ch, at) + 1;
      if (at === 0) return false;
    }
    return true;
  });
}

/**
 * A line's label naming a role, in full or cut short, after up to two capitalized words saying which:
 * "Veteran:", "Cnslr:", "spk_0:", "Call Taker:". The learned scorer, which weighs a word by its
 * neighbours, and the everyday-things filter are told so.
 */
export function labelsARole(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  let k = 1;
  while (k <= 2 && doc.prev(i, k)?.line === t.line && doc.capitalized(doc.prev(i, k)!)) k++;
  if (doc.prev(i, k)?.line === t.line || !closesLabel(doc.tokens, i)) return false;
  return roleLabels.has(t.key) || abbreviatedRole(doc, t.key);
}

/** "Caller", "Member", "Sponsor": a role a note or a transcript names someone by, no given name. */
function roleNoOneIsCalled(doc: Doc, key: string): boolean {
  return roleLabels.has(key) && doc.lex.firstNameRank(key) === undefined && !doc.lex.babyName(key);
}

/**
 * "Mediator:", "Examinee:", "Coparent:", "Reader:", "Younger:": a word shaped as a role — an agent's
 * ending no list of names holds (-ator, -essor, -ist, -ee), "co-" before an everyday word, or an
 * everyday word speech writes in lower case more than capitalized and no one is given as a first
 * name — labels a part, not a person.
 */
function roleShaped(doc: Doc, key: string): boolean {
  if (doc.lex.firstNameRank(key) !== undefined || doc.lex.babyName(key)) return false;
  // "green:", "young:" turn after turn: the commonest surnames label people, not parts.
  if ((doc.lex.surnameRank(key) ?? Number.POSITIVE_INFINITY) <= 400) return false;
  if (!doc.listedName(key) && /(?:ator|ssor|ist|ee)$/.test(key)) return true;
  if (!doc.listedName(key) && /^co-?[a-z]{4,}$/.test(key) && doc.isOrdinaryWord(key.replace(/^co-?/, '')))
    return true;
  return doc.isOrdinaryWord(key) && doc.lex.wordCount(key) > doc.lex.properCount(key);
}

/**
 * "earnest: yes. morning." on turn after turn: in a transcript whose other turns are labelled too,
 * a word that labels two or more turns and names no role is a speaker, however everyday the word —
 * unless no one is called by it and it is a role cut short ("Clt:") or an everyday word that is no
 * name at all ("Intake:", "Person:").
 */
function repeatedSpeaker(doc: Doc, t: Token): boolean {
  if (
    doc.jargon >= 0.04 ||
    roleLabels.has(t.key) ||
    abbreviatedRole(doc, t.key) ||
    roleShaped(doc, t.key) ||
    (doc.isOrdinaryWord(t.key) && !doc.listedName(t.key) && !doc.lex.babyName(t.key)) ||
    // "farmer:", "cook:": a word for what someone does, no one's first name, labels a role, though it
    // is someone's surname ("green:" on turn after turn is someone).
    (doc.lex.tags(t.key).includes('Actor') && doc.lex.firstNameRank(t.key) === undefined) ||
    // "Will:" on turn after turn is someone; a grammar word no one is called is a heading.
    (doc.isGrammatical(t.key) && doc.lex.firstNameRank(t.key) === undefined) ||
    !/^\p{L}[\p{L}'-]*$/u.test(t.key)
  )
    return false;
  const labels = lineLabels(doc);
  return (labels.get(t.key) ?? 0) >= 2 && labels.size >= 2;
}

/** Who phones: "I called …", "she'll call …". */
const callers = new Set([
  'i',
  'you',
  'we',
  'they',
  'he',
  'she',
  "i'll",
  "we'll",
  "she'll",
  "he'll",
  "they'll",
  'just',
  'finally',
]);

/**
 * A slot that addresses the listener whatever the word: a turn opening "X, …", a lead-in then the
 * word closing the clause ("alright, X."), or the word closing a question after a comma ("…today, X?").
 */
function isAddressSlot(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!isWord(t) || t.contraction) return false;
  const n1 = doc.next(i);
  const p1 = doc.prev(i);
  const closes = !n1 || n1.line !== t.line || /^[.?!]/.test(n1.gapBefore);
  const turnOpen = /:\s*$/.test(t.gapBefore) && n1 !== undefined && /^,[ \t]/.test(n1.gapBefore);
  const afterLead =
    p1 !== undefined &&
    p1.line === t.line &&
    vocativeLead.has(p1.key) &&
    /^,[ \t]$/.test(t.gapBefore) &&
    closes;
  const closingQuestion =
    /^,[ \t]$/.test(t.gapBefore) && n1 !== undefined && n1.line === t.line && /^\?/.test(n1.gapBefore);
  return turnOpen || afterLead || closingQuestion || bareAddressSlot(doc, i);
}

/** What one asks someone addressed to do: "grace let me finish", "mark tell her what you told me". */
const askingToDo = new Set(['let', 'tell', 'help', 'say', 'talk']);

/** What is said just before someone addressed in unpunctuated speech: "go ahead …", "from you …". */
const beforeAddressed = new Set(['you', 'ahead', 'something', 'okay', 'ok', 'alright', 'so']);

/**
 * "go ahead crystal", "crystal what's underneath that", "from you wade is that fair": speech-to-text
 * without punctuation or capitals sets no name off, but a common given name between what is said to
 * someone and a question, or opening a line before one, is the same slot (counted, as a name, only
 * where the transcript fills it twice: see `repeatedAddress`).
 */
function bareAddressSlot(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (doc.caseInformative(t) || t.possessive || !/^[:.?!]?\s+$/.test(t.gapBefore)) return false;
  if ((doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) > 1000) return false;
  const [p1, n1] = [doc.prev(i), doc.next(i)];
  // The few periods such a transcript has end a sentence: "… offering. mark how is it to hear that".
  const opensLine = !p1 || p1.line !== t.line || /[:.?!]\s*$/.test(t.gapBefore);
  const endsLine = !n1 || n1.line !== t.line;
  const asks =
    n1 !== undefined &&
    !endsLine &&
    /^[ \t]+$/.test(n1.gapBefore) &&
    (questionOpeners.has(n1.key) || askingToDo.has(n1.key));
  return opensLine ? asks : beforeAddressed.has(p1!.key) && (endsLine || asks);
}

/** How often each word stands in an address slot. */
const addressed = perDocument((doc) => {
  const counts = new Map<string, number>();
  for (let i = 0; i < doc.tokens.length; i++) {
    if (isAddressSlot(doc, i)) counts.set(doc.tokens[i]!.key, (counts.get(doc.tokens[i]!.key) ?? 0) + 1);
  }
  return counts;
});

/** How often each word opens a line as "word:" — the speakers of a transcript, its headings in a note. */
const lineLabels = perDocument((doc) => {
  const labels = new Map<string, number>();
  doc.tokens.forEach((t, i) => {
    const next = doc.tokens[i + 1];
    const first = i === 0 || doc.tokens[i - 1]!.line !== t.line;
    // ("Speaker 2:" labels a turn as "Will:" does.)
    if (first && next && next.line === t.line && closesLabel(doc.tokens, i))
      labels.set(t.key, (labels.get(t.key) ?? 0) + 1);
  });
  return labels;
});

/** Degrees written after a name that are kin words too ("MA"): in capitals, the degree. */
const academicDegrees = new Set(['ma', 'ba', 'bs', 'ms', 'mph', 'msc', 'bsc', 'med', 'edd']);

/**
 * Words of `kinOrName` the text uses as kin: owned ("my lola used to say", "her tito") or labelling
 * turns of a transcript that labels another speaker by kin ("Mom:", "Son:" beside "Lola:", "Ba:").
 * There the word is the relation wherever the text says it — "Thanks, Ba.", "Lola insisted."
 */
export const kinInThisText = perDocument((doc): Set<string> => {
  const kin = new Set<string>();
  const labels = lineLabels(doc);
  const labelledByKin = [...labels.keys()].some(
    (k) => relations.has(k) && !kinOrName.has(k) && !socialRoles.has(k),
  );
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (!kinOrName.has(t.key)) continue;
    const owner = doc.prev(i);
    if (owner !== undefined && possessives.has(owner.key) && doc.adjacent(owner, t)) kin.add(t.key);
    if (labelledByKin && labels.has(t.key)) kin.add(t.key);
  }
  return kin;
});

/**
 * "serenity, can i ask you something?" … "alright, serenity.": a word the transcript addresses the
 * listener by twice or more is their name, when it is no everyday interjection or endearment.
 */
function repeatedAddress(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (doc.jargon >= 0.04 || endearments.has(t.key) || roleLabels.has(t.key) || doc.isGrammatical(t.key))
    return false;
  // Without capitals a common given name may be an everyday word as well ("summer", "crystal"): twice
  // in the slot, it is the listener's.
  const givenName = (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1000;
  const everyday = !doc.caseInformative(t) && givenName ? 50000 : 500;
  if (vocativeLead.has(t.key) || doc.commonness(t.key) >= everyday || !isAddressSlot(doc, i)) return false;
  return (addressed(doc).get(t.key) ?? 0) >= 2;
}

/** Last words of a message before the writer's name: "thanks in advance, …", "best regards, …". */
export const signOffs = new Set([
  'advance',
  'again',
  'regards',
  'sincerely',
  'cheers',
  'best',
  'xoxo',
  'love',
]);

/**
 * "Yes, CCPT. I'm trying …": capitals no list of names holds, in text written in both cases, are
 * initials, not someone spoken to.
 */
function initialsNoOneHas(doc: Doc, t: Token): boolean {
  return t.case === Case.Upper && doc.caseInformative(t) && !doc.listedName(t.key);
}

/** Thanked, and no one by name: "thank you god", "thank you guys", "thank you so much". */
const thankedNoOne = new Set(
  'god lord jesus guys all everyone everybody so very much again too both sir maam kindly anyway'.split(' '),
);

/** Who a nickname is given to, just before it: "calls him …", "calls my cousin Delphine …". */
const calledOnes = new Set(['him', 'her', 'me', 'them', 'us', 'you']);

/**
 * 'He calls my cousin Delphine "Freckles"', 'they call him "Bug"': the first word in quotes after
 * someone called by it is the nickname's cue, whatever word it is ("the" may open the quotes; an
 * endearment stays one). A role word so quoted ("the Foreman") is still weighed as the word it is.
 */
function quotedNickname(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!isWord(t) || t.possessive || doc.isGrammatical(t.key) || endearments.has(t.key)) return false;
  const article = doc.prev(i)?.key === 'the' && /["“][ \t]*$/.test(doc.prev(i)!.gapBefore);
  const opener = article ? i - 1 : i;
  if (!/[ \t]["“]$/.test(doc.tokens[opener]!.gapBefore)) return false;
  const k = opener - 1;
  const called = doc.tokens[k];
  if (!called || called.line !== t.line) return false;
  if (!calledOnes.has(called.key) && !doc.capitalized(called) && !relations.has(called.key)) return false;
  for (let j = k; j >= Math.max(0, k - 4); j--)
    if (/^call(?:s|ed|ing)?$/.test(doc.tokens[j]!.key)) return true;
  return false;
}

/**
 * 'Richard "Rich" Tanaka', 'Nguyen, Thi Bich ("Joy")': a capitalized word quoted alone inside a
 * person's name, or in parentheses right after it, is what they are called.
 */
function nicknameInName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!isWord(t) || t.case !== Case.Capitalized || doc.isGrammatical(t.key)) return false;
  const opened = /[ \t]\(?["“]$/.test(t.gapBefore);
  const next = doc.tokens[i + 1];
  const closing = doc.text.slice(t.end, t.end + 3);
  if (!opened || !/^["”]/.test(closing)) return false;
  const before = doc.tokens[i - 1];
  if (!before || before.line !== t.line || before.case !== Case.Capitalized || !doc.listedName(before.key))
    return false;
  // Between given name and surname, or in parentheses after the name.
  const inside =
    next !== undefined &&
    next.line === t.line &&
    /^["”][ \t]+$/.test(next.gapBefore) &&
    next.case === Case.Capitalized &&
    (doc.listedName(next.key) || doc.unknownWord(next.key));
  return inside || (/\($|\(["“]$/.test(t.gapBefore) && /^["”]\)/.test(closing));
}

/** The seasons, given names too ("Summer", "Autumn"). */
const seasons = new Set(['spring', 'summer', 'fall', 'autumn', 'winter']);

/** Words that open a clause in speech: a subject pronoun or a discourse marker. */
const clauseOpeners = new Set(
  "i i'm im i've i'll we we're he he's she she's they they're it's that's okay ok um uh yeah well how what why when where".split(
    ' ',
  ),
);

/** Words that open a question: "how did that feel …", "what did you do …", "are you sleeping …". */
const questionOpeners = new Set(
  'how what why when where who which do did does are is was were can could would will have has'.split(' '),
);

/** Who one is, said after "I'm" as a name would be: "i'm nonbinary", "I'm pan". */
const identities = new Set(
  `nonbinary non-binary enby genderqueer genderfluid agender bigender pansexual pan asexual
  demisexual aromantic aro bisexual bi queer gay lesbian trans transgender transmasc transfem cis
  cisgender intersex two-spirit questioning straight`.split(/\s+/),
);

/** Notes' words for whom a note is about, before the name: "clt", "pt", "client". */
const noteSubjects = new Set(
  'client clt cl pt patient consumer participant resident youth student'.split(' '),
);
/** What a note says its subject did, right after the name: "presented", "reports", "denies". */
const noteVerbs = new Set(
  `presented presents reports reported denies denied states stated arrived attended appeared endorsed
  endorses verbalized verbalizes agreed declined requested expressed tolerated identified shared
  engaged continues completed displayed demonstrated`.split(/\s+/),
);

/** Who all call someone by a name, said before it with no "him": "this kid everybody calls …". */
const habitualNamers = new Set(['everybody', 'everyone', 'people', 'folks', "y'all", 'yall']);
/**
 * An adverb by its ending ("academically", "personally", "seriously"), for the tagger's lists lack
 * many; a listed name ending so ("Sally") is still a name.
 */
function adverbByEnding(doc: Doc, key: string): boolean {
  return (
    (/(?:ally|ively|ously|fully|ingly|ically|ctly|ately)$/.test(key) ||
      (key.length >= 6 && /ly$/.test(key) && doc.isOrdinaryWord(key))) &&
    !doc.listedName(key)
  );
}

/** "— Faith (central PA)", "— Rob, night shift": a signature's aside closing the letter's last line. */
function signedWithAside(doc: Doc, t: Token): boolean {
  const lineEnd = doc.text.indexOf('\n', t.end);
  const rest = doc.text.slice(t.end, lineEnd < 0 ? undefined : lineEnd);
  return (
    /^[ \t]*(?:\([^()]{1,30}\)|,[ \t][^,]{1,30})[ \t]*$/.test(rest) &&
    (lineEnd < 0 ||
      /^\n[ \t]*(?:\n|$)/.test(doc.text.slice(lineEnd, lineEnd + 4)) ||
      doc.text.slice(lineEnd).trim() === '')
  );
}

/** Words that go on past a nickname said in speech: "everybody calls tank right", "calls me peanut in front of". */
const afterNickname = new Set(
  'right who and but so like in at when whenever every all around since cause'.split(' '),
);

/** Whom anyone phones: "everybody called security". */
const phonedParties = new Set('security police cops ambulance help ems dispatch 911 it that this'.split(' '));
/** First words of spoken nicknames: "lil t", "big mike", "little bit". */
const nicknameOpeners = new Set(['lil', 'little', 'big', 'baby', 'young', 'ol']);

/** Who calls someone by a name habitually: "everybody calls him …", "what we all call her". */
const namers = new Set('everybody everyone people we they all folks friends guys'.split(' '));

/**
 * A common listed first name that spoken English (subtitle counts) does not write in lower case:
 * "randy", "glen", "ruby", "alfredo" are names first; "hope", "chance", "patience" are words.
 */
export function spokenAsName(doc: Doc, key: string): boolean {
  return (
    doc.lex.wordCount(key) === 0 &&
    (doc.lex.firstNameRank(key) ?? Number.POSITIVE_INFINITY) <= 1500 &&
    !doc.isGrammatical(key)
  );
}

/** An interjection subtitles also write capitalized, as a nickname: "boo", not "um" or "wow". */
export function interjectionName(doc: Doc, key: string): boolean {
  const tags = doc.lex.tags(key);
  return (
    tags.length > 0 &&
    tags.every((tag) => tag === 'Expression') &&
    doc.lex.wordCount(key) === 0 &&
    doc.lex.properCount(key) > 0
  );
}

/** Nouns that follow a person as readily as a thing: "saw mark tonight", "visited grace home". */
const nounsAfterSomeone = new Set(
  'tonight morning afternoon evening night weekend today tomorrow yesterday home'.split(' '),
);

/**
 * "i miss art class", "we miss rich food": an everyday word that is also a name, right before a
 * noun it describes, is that word, and the noun is what is missed.
 */
function describesNoun(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const n1 = doc.next(i);
  if (
    !n1 ||
    t.possessive ||
    doc.capitalized(t) ||
    !/^ $/.test(n1.gapBefore) ||
    !doc.isOrdinaryWord(t.key) ||
    nounsAfterSomeone.has(n1.key)
  )
    return false;
  const tags = doc.lex.tags(n1.key);
  return tags.includes('Singular') || tags.includes('Uncountable');
}

/** Verbs of taking someone somewhere: "driving X to practice", "picked X up". */
const drivingVerbs = new Set('drive drove driving drives pick picked picking picks'.split(' '));

/** Meals and outings had with someone: "lunch with X", "coffee with X". */
const meals = new Set('lunch dinner breakfast brunch coffee drinks date'.split(' '));

/** What follows a person named after "with": "with randy and his kids", "with glen on friday". */
const afterCompany = new Set(
  'and or but so on at for to from in last yesterday today tonight this over after before because until when while again too all the a'.split(
    ' ',
  ),
);

/**
 * "how did that feel randy okay": in speech-to-text without punctuation, a name-like word closing a
 * question someone is asked is the person spoken to.
 */
function unpunctuatedAddress(doc: Doc, i: number, unknownUncased: boolean): boolean {
  const t = doc.tokens[i]!;
  if (doc.caseInformative(t) || !(spokenAsName(doc, t.key) || unknownUncased)) return false;
  const p1 = doc.prev(i);
  const n1 = doc.next(i);
  if (!p1 || p1.line !== t.line || t.sentenceStart) return false;
  if (doc.isGrammatical(p1.key) && !['then', 'now', 'today', 'again', 'lately'].includes(p1.key))
    return false;
  if (possessives.has(p1.key) || relations.has(p1.key) || titles.has(p1.key)) return false;
  // "buying a new van when …": what an article and an adjective come before is a thing.
  if (doc.lex.tags(p1.key).includes('Adjective') && determiners.has(doc.prev(i, 2)?.key ?? '')) return false;
  // Only where punctuation is gone: the name runs straight into the next clause or ends the line bare.
  if (/[.,!?;:]/.test(t.gapBefore)) return false;
  const closes =
    n1 === undefined ||
    (n1.line !== t.line && !/^[ \t]*[.,!?;:]/.test(n1.gapBefore)) ||
    (n1.line === t.line && /^[ \t]+$/.test(n1.gapBefore) && clauseOpeners.has(n1.key));
  if (!closes) return false;
  // A word no list knows that is inflected ("pinged", "iterating", "cigarillos") is a word.
  if (!spokenAsName(doc, t.key) && /(?:ing|ed|s)$/.test(t.key)) return false;
  // The clause the name closes is a question: it opens with a question word a few words back.
  for (let k = i - 1; k >= Math.max(0, i - 10); k--) {
    const w = doc.tokens[k]!;
    if (w.line !== t.line) return false;
    if (w.sentenceStart || /:\s*$/.test(w.gapBefore) || clauseOpeners.has(doc.prev(k)?.key ?? '')) {
      // "so how are you sleeping …": a lead-in may come first.
      const second = doc.tokens[k + 1];
      return (
        questionOpeners.has(w.key) || (leadIns.has(w.key) && k + 1 < i && questionOpeners.has(second!.key))
      );
    }
  }
  return false;
}

/** Greetings before the person greeted: "hi ole", "welcome back easter", "good to see you tito". */
function greeting(doc: Doc, i: number): boolean {
  const p1 = doc.prev(i);
  const p2 = doc.prev(i, 2);
  if (!p1) return false;
  if (['hi', 'hey', 'hello', 'bye', 'goodbye', 'thanks'].includes(p1.key)) return true;
  if (p1.key === 'back' && p2?.key === 'welcome') return true;
  // "good to see you", "thank you", "i hear you", "love you".
  return p1.key === 'you' && ['see', 'thank', 'hear', 'love', 'missed', 'meet'].includes(p2?.key ?? '');
}

/**
 * Speech-to-text without punctuation, where commas no longer set off the person spoken to: a name
 * opening a turn before the next clause ("therapist: ole i want to come back to …", "so melody where
 * do you want to start") or after a greeting ("hi ole that is …", "good to see you tito"). Only a
 * word no list knows or a given name subtitles never (or, for common names, seldom) write in lower case.
 * (A name closing any turn was tried and dropped: notes' headings look like speaker labels, and a
 * turn's last word is as often an everyday noun no list knows.)
 */
function spokenAddress(doc: Doc, i: number, unknownUncased: boolean): boolean {
  const t = doc.tokens[i]!;
  if (doc.caseInformative(t) || doc.isGrammatical(t.key)) return false;
  if (doc.lex.tags(t.key).some((tag) => notBeforeAddress.has(tag) || tag === 'Adverb')) return false;
  const rank = doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY;
  // An inflected word no list knows ("overdosing") is a word.
  const unknown = unknownUncased && /^[a-z]+$/.test(t.text) && !/(?:ing|ed)$/.test(t.key);
  // A given name subtitles never write in lower case, or (where the frame is strong) a common given
  // name they seldom do.
  const neverLower = rank < Number.POSITIVE_INFINITY && doc.lex.wordCount(t.key) === 0;
  const commonName = rank <= 1000 && doc.lex.wordCount(t.key) < 500;
  if (!(neverLower || commonName || unknown)) return false;
  if ((/[.!?;:]/.test(t.gapBefore) && !/:\s*$/.test(t.gapBefore)) || /[#@]$/.test(t.gapBefore)) return false;
  const p1 = doc.prev(i);
  const n1 = doc.next(i);
  const lineEnd = n1 === undefined || n1.line !== t.line;
  const bare = (a: Token | undefined) => a !== undefined && a.line === t.line && /^[ \t]+$/.test(a.gapBefore);
  const opener =
    bare(n1) && (clauseOpeners.has(n1!.key) || questionOpeners.has(n1!.key) || afterAddress.has(n1!.key));
  const turnStart =
    /:\s*$/.test(t.gapBefore) || (p1 !== undefined && leadIns.has(p1.key) && /:\s*$/.test(p1.gapBefore));
  if (turnStart) return opener;
  if (greeting(doc, i)) return opener || lineEnd;
  return false;
}

/** What a name said to someone is not: a verb, a preposition, grammar. */
const notBeforeAddress = new Set([
  'Preposition',
  'Determiner',
  'Conjunction',
  'Pronoun',
  'Possessive',
  'Copula',
  'Modal',
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Verb',
  'Gerund',
  'PhrasalVerb',
]);
/** Words that open the clause after a name said first: "ole i want …", "hi ole that is …". */
const afterAddress = new Set(["let's", 'that', 'this', 'it', 'you', 'so', 'tell', 'please']);

/** Where someone is from, said after their name: "mark from work", "tina from church". */
/** What one does with someone one knows by it: "Sunny from yoga", "Dev from soccer". */
const activities = new Set(
  'yoga pilates crossfit karate boxing dance choir band soccer softball baseball basketball volleyball hockey swim'.split(
    ' ',
  ),
);
const companyPlaces = new Set([
  ...'work school church group class practice therapy rehab meetings aa na daycare'.split(' '),
  ...departments,
  ...activities,
]);

/** Where someone one knows works, after "at the": "Dale at the shop", "Pam at the bank". */
const workplaceNouns = new Set(
  'shop office store plant garage station gym bank clinic pharmacy warehouse restaurant diner bar salon firehouse precinct library'.split(
    ' ',
  ),
);

/**
 * "Who's", "whos", "who is" (or "how's", "how is") right before a word. "Who's" is read as a
 * possessive: its key is "who".
 */
function askedWith(p1: Token, p2: Token | undefined, question: 'who' | 'how'): boolean {
  return (
    (p1.key === question && p1.possessive) ||
    p1.key === `${question}s` ||
    (p1.key === 'is' && p2?.key === question)
  );
}

/** What someone is before their name after "this": "this guy", "that lady". */
const someoneWords = new Set(['guy', 'girl', 'lady', 'woman', 'man', 'dude', 'kid', 'boy', 'gal', 'chick']);

/** A verb only a person is the subject of at token `k`, perhaps after an adverb: "just texted me". */
function personActsAt(doc: Doc, k: number): boolean {
  let v = doc.tokens[k];
  if (v && (doc.lex.tags(v.key).includes('Adverb') || v.key === 'never' || v.key === 'still'))
    v = doc.tokens[k + 1];
  return v !== undefined && personVerbs.has(v.key) && !helpingVerbs.has(v.key);
}
/** Verbs a lunch or a drive takes as well as a person: "Dinner from my job was catered". */
const helpingVerbs = new Set([
  'was',
  'is',
  'has',
  'had',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'should',
]);

/** Where one's own people are from: "from my job", "from our church", "from my old crew". */
const ownCompanyPlaces = new Set([
  ...companyPlaces,
  'job',
  'gym',
  'crew',
  'team',
  'unit',
  'shift',
  'program',
  'office',
]);
const formerly = new Set(['old', 'new', 'last', 'former', 'first']);

/** Words between "my" and a relation that say which one: "my best friend", "her little brother". */
const whichRelation = new Set(
  'best little big older younger oldest youngest baby twin ex new old late dear favorite favourite other step case social'.split(
    ' ',
  ),
);
/** Where someone helping a client is from: "harmony from the county", "Luis from the group home". */
const agencies = new Set(
  'county state agency shelter clinic hospital group program school church court office gym front'.split(' '),
);

/** Ages a child or a relative is said to be: "destiny is seven". */
const ages = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  ),
);

/** What may follow "X is seven": the clause goes on or ends, not "seven weeks" or "seven dollars". */
const afterAge = new Set(
  'and now but so already going this next in turning almost today tomorrow'.split(' '),
);

/** Words said in English as verbs as well ("hope", "mark", "chase", "skip"): "hope my aunt is okay". */
function usedAsVerb(doc: Doc, key: string): boolean {
  // "Seeing my friends on Fridays", "Given my dad, …": already a form of the verb.
  if (doc.lex.tags(key).some((tag) => tag === 'Gerund' || tag === 'Participle')) return true;
  const stem = key.endsWith('e') && !key.endsWith('ee') ? key.slice(0, -1) : key;
  const forms = [`${stem}ing`, `${key}${key.at(-1)}ing`, key.endsWith('e') ? `${key}d` : `${key}ed`];
  return forms.some((f) => doc.lex.wordCount(f) >= 40);
}

const takingVerbs = new Set('take took taking takes'.split(' '));
/** Where someone is taken: "took X to the …", "take X to school". */
const takenTo = new Set(
  'the her his my our their school practice church daycare preschool kindergarten bed see'.split(' '),
);
const hostingVerbs = new Set('had have having has'.split(' '));
/** What follows "had X over": when, or what for. */
const afterOver = new Set('for last this tonight yesterday on again to'.split(' '));

/**
 * "we took violet to the pediatrician", "we had hope over for dinner": a person taken somewhere or
 * hosted. Not "it took faith to see it through": what "it took" is a quality.
 */
function takenOrHosted(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const p1 = doc.prev(i);
  const n1 = doc.next(i);
  const n2 = doc.next(i, 2);
  if (!p1 || !n1 || n1.line !== t.line || !/^[ \t]$/.test(n1.gapBefore)) return false;
  const closes = !n2 || n2.line !== t.line || /^\s*[.,!?;:]/.test(n2.gapBefore);
  if (takingVerbs.has(p1.key))
    return (
      n1.key === 'to' &&
      !closes &&
      takenTo.has(n2!.key) &&
      !/^(?:it|that|this|which|what)$/.test(doc.prev(i, 2)?.key ?? '')
    );
  if (hostingVerbs.has(p1.key)) return n1.key === 'over' && (closes || afterOver.has(n2!.key));
  // "picked up hope from daycare": someone collected from where they spend the day.
  const p2 = doc.prev(i, 2);
  return (
    p1.key === 'up' &&
    p2 !== undefined &&
    drivingVerbs.has(p2.key) &&
    n1.key === 'from' &&
    !closes &&
    collectedFrom.has(n2!.key === 'the' ? (doc.next(i, 3)?.key ?? '') : n2!.key)
  );
}

/** Where someone is picked up from: "from daycare", "from school", "from the babysitter's". */
const collectedFrom = new Set(
  'daycare school preschool kindergarten practice work camp church jail detention rehab hospital babysitter babysitters grandma grandmas airport'.split(
    ' ',
  ),
);

/** Word classes that are no name before "my": "all my friends", "just my luck". */
const notNameTags = new Set([
  'Adjective',
  'Determiner',
  'Adverb',
  'Preposition',
  'Conjunction',
  'Pronoun',
  // "Does my daughter need…", "Can my son…", "Did my mom…": a question's verb before "my".
  'Modal',
  'Copula',
  'PresentTense',
  'PastTense',
]);

/**
 * Token `i` opens a clause: a sentence's or line's first word, after punctuation, or after one of
 * `starters` ("yeah mark from work …", "when hunter was born").
 */
function opensClause(doc: Doc, i: number, starters: ReadonlySet<string>): boolean {
  const t = doc.tokens[i]!;
  const p1 = doc.prev(i);
  return t.sentenceStart || !p1 || p1.line !== t.line || /[.,!?;:]/.test(t.gapBefore) || starters.has(p1.key);
}

/** Fillers and links that open a clause in speech: "yeah mark from work …", "and rose my aunt …". */
const clauseStarters = new Set([...leadIns, 'cause', 'because', 'like']);

/** A comma or a dash setting an aside off: "Journey, my oldest, …", "Joy — my wife — …". */
const asideOpens = /^[ \t]*(?:,|[—–]|--?)/;
/** What a person is called when described: "Bo, the kindest man at church". */
const personNouns = new Set('man woman guy lady girl boy kid person gentleman dude grad hire'.split(' '));
const asideGap = /^(?:,|[ \t]*(?:[—–]|--?))?[ \t]{1,2}$/;

/**
 * "there's a guy, will, he teaches chemistry", "my cousin, hope, came down": a given name set off by
 * commas right after a person or a relation is what they are called — even a modal, which no comma
 * ever closes off so.
 */
function namedAside(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const p1 = doc.prev(i);
  const n1 = doc.next(i);
  if (!p1 || !n1 || p1.line !== t.line || n1.line !== t.line || t.possessive) return false;
  if (!/^,[ \t]$/.test(t.gapBefore) || !/^,[ \t]/.test(n1.gapBefore)) return false;
  if (!personNouns.has(p1.key) && !relations.has(p1.key)) return false;
  return (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1500;
}

/** Who describes someone in an aside after their name: "Faith, the new grad, …", "Bo, my neighbor, …". */
const asideDeterminers = new Set(['the', 'my', 'our', 'his', 'her', 'their']);

/**
 * "Faith, the new grad, cried", "Hunter, my oldest boy, …": a common given name opening a sentence,
 * then an aside of a few words ending in a person or a relation, set off by commas, is whom the
 * aside describes.
 */
function describedAfter(doc: Doc, i: number): boolean {
  if (saidToBeWhoAfter(doc, i)) return true;
  const t = doc.tokens[i]!;
  const n1 = doc.next(i);
  if (!t.sentenceStart || t.possessive || !n1 || n1.line !== t.line || !/^,[ \t]$/.test(n1.gapBefore))
    return false;
  if (!asideDeterminers.has(n1.key) || (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) > 1500)
    return false;
  for (let k = 2; k <= 5; k++) {
    const w = doc.next(i, k);
    if (!w || w.line !== t.line || !isWord(w)) return false;
    const after = doc.next(i, k + 1);
    if (after && /^,[ \t]/.test(after.gapBefore))
      return personNouns.has(w.key) || relations.has(w.key) || roleLabels.has(w.key);
  }
  return false;
}

/**
 * "Gray — she's my charge nurse —", "Ty, he's my cousin,": a name set off by a dash or a comma, then
 * said to be one's relative or someone in one's life. Capitalized where case tells; a listed given
 * name where it does not.
 */
function saidToBeWhoAfter(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const n1 = doc.next(i);
  if (!n1 || n1.line !== t.line || t.possessive || !isWord(t) || t.contraction) return false;
  if (!/^(?:,|[ \t]*(?:[—–]|--?))[ \t]{1,2}$/.test(n1.gapBefore)) return false;
  if (doc.isGrammatical(t.key) || relations.has(t.key) || titles.has(t.key) || roleLabels.has(t.key))
    return false;
  // ("Honestly, she's my best friend", "Anyway, he's my dad": how it is said, not whom.)
  if (leadIns.has(t.key) || discourseOpeners.has(t.key) || adverbByEnding(doc, t.key)) return false;
  if (doc.lex.tags(t.key).some((tag) => tag === 'Adverb' || tag === 'Expression')) return false;
  const named = doc.caseInformative(t)
    ? doc.capitalized(t) || (t.sentenceStart && t.case === Case.Capitalized && doc.listedName(t.key))
    : (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1500;
  if (!named) return false;
  // ("she's" is "she" to the tokenizer, its "'s" kept in the text; "shes" in speech.)
  let k: number;
  if (/^(?:shes|hes)$/.test(n1.key) || ((n1.key === 'she' || n1.key === 'he') && /['’]s$/i.test(n1.text)))
    k = 2;
  else if ((n1.key === 'she' || n1.key === 'he') && doc.next(i, 2)?.key === 'is') k = 3;
  else return false;
  const owner = doc.next(i, k);
  if (!owner || !/^(?:my|our)$/.test(owner.key)) return false;
  for (let j = k + 1; j <= k + 3; j++) {
    const w = doc.next(i, j);
    if (!w || w.line !== t.line) return false;
    if (relations.has(w.key) || roleLabels.has(w.key) || personNouns.has(w.key)) return true;
  }
  return false;
}

/**
 * "T: … give yourself some grace. — C: grace, yeah, my mom used to say that": a turn opening with the
 * word the turn before said as a word (after an article or an amount) takes it up, and speaks to no one.
 */
function echoesWord(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  for (let k = i - 1; k > 0 && doc.tokens[k]!.line >= t.line - 1; k--) {
    const w = doc.tokens[k]!;
    if (w.key === t.key && /^(?:the|a|an|some|any|more|much)$/.test(doc.tokens[k - 1]!.key)) return true;
  }
  return false;
}

/** An age said of someone: "63-year-old", "4-month-old". */
const ageWords = /^\d{1,3}-(?:year|month|week|day)-old$/;

/**
 * "Stone, a 63-year-old farmer, …", "Will Stone, aged 63, …": a capitalized word opening the
 * sentence (alone or after another), set off by a comma and given an age, is the person's name
 * whatever else it means — unless it says what they are ("Patient, a 63-year-old").
 */
function agedAside(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const [comma, a] = [doc.next(i), doc.next(i, 2)];
  if (!comma || comma.line !== t.line || !/^,[ \t]+$/.test(comma.gapBefore)) return false;
  const aged =
    ((comma.key === 'a' || comma.key === 'an') && ageWords.test(a?.key ?? '')) ||
    ageWords.test(comma.key) ||
    ((comma.key === 'age' || comma.key === 'aged') && /^\d{1,3}$/.test(a?.key ?? ''));
  if (!aged || a?.line !== t.line || !doc.capitalized(t) || t.possessive) return false;
  if (roleLabels.has(t.key) || personNouns.has(t.key) || titles.has(t.key) || relations.has(t.key))
    return false;
  if (!doc.listedName(t.key) && doc.isOrdinaryWord(t.key)) return false;
  const p1 = doc.prev(i);
  const first = p1 && p1.line === t.line && !t.sentenceStart && doc.capitalized(p1) ? p1 : t;
  return first.sentenceStart || /^[ \t]*$/.test(first.gapBefore);
}

const numberWord =
  '(?:\\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?';
/** How old someone is, said after them: "is nine months old", "turned 4 years old". */
const ageSaid = new RegExp(
  `^[ \\t]+(?:(?:is|was|turned|turns|will be|just turned)[ \\t]+)?${numberWord}[ \\t]+(?:years?|months?|weeks?|days?)[ \\t]+old\\b`,
  'i',
);

/**
 * "Ivy's nine months old now", "grace is 4 years old": a listed name whose age is said after it
 * (with "'s", "is" or "turned") is someone, whatever everyday word it also is.
 */
function agedAfter(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!isWord(t) || !doc.listedName(t.key) || doc.isGrammatical(t.key)) return false;
  if (relations.has(t.key) || titles.has(t.key) || personNouns.has(t.key) || roleLabels.has(t.key))
    return false;
  const after = doc.text.slice(t.end, t.end + 48);
  // ("Ivy's nine months old": the "'s" is "is"; "Ivy nine months old" says nothing.)
  if (!t.possessive && !/^[ \t]+(?:is|was|turned|turns|will|just)\b/i.test(after)) return false;
  // ("pip's 28" in a note is a pressure: the bare form only outside clinical shorthand.)
  return ageSaid.test(after) || (t.possessive && doc.jargon < 0.04 && bareAgeAfterIs.test(after));
}

/** "(gr 5)", "(grade 3)", "(age 7)", "(7 y/o)", "(teen)": a child's grade or age in brackets. */
const gradeOrAgeInBrackets =
  /^[ \t]*\((?:(?:gr\.?|grade|age|aged)[ \t]*\d{1,2}|\d{1,2}[ \t]*(?:yo|y\/o|yrs?|years?(?:[ \t]+old)?)|teen|child|kid|toddler|infant|adolescent|minor)\)/i;

/**
 * "rose (gr 5) came by at lunch", "jace (age 7) and …": a word with a grade or an age in brackets
 * after it, opening its line or its clause, is the child it is said of.
 */
function agedInBrackets(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!isWord(t) || t.possessive || doc.isGrammatical(t.key)) return false;
  if (relations.has(t.key) || titles.has(t.key) || personNouns.has(t.key) || roleLabels.has(t.key))
    return false;
  const bracket = doc.text.indexOf('(', t.end);
  if (bracket < 0 || bracket > t.end + 2 || !gradeOrAgeInBrackets.test(doc.text.slice(t.end, t.end + 24)))
    return false;
  const p1 = doc.prev(i);
  return !p1 || p1.line !== t.line || t.sentenceStart || /[,;:]/.test(t.gapBefore) || p1.key === 'and';
}

/** An age in words, as `numberWord` counts, without its figures or "a". */
const ageInWords = numberWord.replace('\\d{1,3}|a|', '');
/** An age said bare, closing its clause: "seventeen.", "17 and …". */
const bareAge = `(?:\\d{1,2}|${ageInWords})(?:[ \\t]*(?:[.,;!?)]|$)|[ \\t]+(?:and|but|so|now|already|too|like|yet|cause|because|if|when|this|next|she|he|they|i|we|you|right)\\b)`;
/** "hope is seventeen", "hope is 17 and …": the bare age after a verb of being. */
const bareAgeAfter = new RegExp(`^[ \\t]+(?:is|was|turned|turns|just turned)[ \\t]+${bareAge}`, 'i');
/** "my son cash, he's four,", "my daughter sky is 7": a relative's age, said right after the word. */
const relativesAgeAfter = new RegExp(
  `^,?[ \\t]+(?:(?:he|she|they)(?:['’]s|[ \\t]+is|[ \\t]+was|[ \\t]+just[ \\t]+turned|[ \\t]+turned)|is|was|turned|just[ \\t]+turned|who['’]s)[ \\t]+${bareAge}`,
  'i',
);

/**
 * After "my son", "my daughter": the word whose age is said right after it is the child's name,
 * however everyday ("my son cash, he's four").
 */
export function relativesAge(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!isWord(t) || t.possessive || t.contraction || doc.isGrammatical(t.key)) return false;
  if (doc.lex.tags(t.key).some((tag) => tag === 'Adverb' || tag === 'Adjective' || tag === 'Date'))
    return false;
  return relativesAgeAfter.test(doc.text.slice(t.end, t.end + 48));
}

/** "Bella's nine.": the bare age right after the name's "'s". */
const bareAgeAfterIs = new RegExp(`^[ \\t]+${bareAge}`, 'i');

/**
 * "the thing is hope is seventeen", "i thought of ace hes my older cousin": said in passing, wherever
 * the word stands, then how old that one is, or that they are the speaker's relation — only a person
 * is either, however everyday the word.
 */
function identifiedInPassing(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!isWord(t) || t.possessive || t.contraction || doc.isGrammatical(t.key) || t.key.length < 2)
    return false;
  if (relations.has(t.key) || titles.has(t.key) || personNouns.has(t.key) || endearments.has(t.key))
    return false;
  if (calendarWords.has(t.key) || (doc.caseInformative(t) && !doc.capitalized(t))) return false;
  // ("TEMP WAS 101", "PAIN IS 7": a note's measures, in its shorthand or its capitals.)
  if (doc.jargon >= 0.04 || t.case === Case.Upper) return false;
  const p1 = doc.prev(i);
  if (p1 !== undefined && (determiners.has(p1.key) || possessives.has(p1.key))) return false;
  const after = doc.text.slice(t.end, t.end + 40);
  // ("and faith is how old now": asked how old, as of a person.)
  if (bareAgeAfter.test(after) || /^[ \t]+(?:is|was)[ \t]+how[ \t]+old\b/i.test(after))
    return (
      (doc.listedName(t.key) || doc.givenName(t.key)) &&
      !innerVoices.has(t.key) &&
      !(doc.lex.medical(t.key) && !doc.givenName(t.key))
    );
  // "boo is my aunt", "lil man thats my little brother", "ace hes my older cousin"; asked back,
  // "story your daughter?". (Speech's "hes" and "shes" are read past as fillers are; the text still
  // holds them.)
  const said = /^[ \t]+(?:(?:(?:he|she|that)['’]?s|is|was)[ \t]+(?:my|our)|your)[ \t]/i.exec(after);
  if (!said) return false;
  // A word a name list holds, or one no list knows; no verb ("what hurts is my dad", "ask your mom");
  // and no everyday word said to be someone ("the worst part is my wife": the part is).
  if (!doc.listedName(t.key) && !unknownWord(doc, i)) return false;
  if (isVerb(doc, t.key) || (/your/i.test(said[0]) && usedAsVerb(doc, t.key))) return false;
  if (/^[ \t]+(?:is|was)/i.test(after) && doc.isOrdinaryWord(t.key)) return false;
  // The relation starts at the first token past "my", "our" or "your".
  const relationAt = doc.indexAt(t.end + said[0].length - 1);
  const [r1, r2] = [doc.tokens[relationAt], doc.tokens[relationAt + 1]];
  const relation =
    relations.has(r1?.key ?? '') || (whichRelation.has(r1?.key ?? '') && relations.has(r2?.key ?? ''));
  if (!relation || !/your/i.test(said[0])) return relation;
  // Asked back, the relation closes what is said: "story your daughter?", "story your daughter / yeah".
  const last = relations.has(r1!.key) ? r1! : r2!;
  const next = doc.next(doc.tokens.indexOf(last));
  return next === undefined || next.line !== last.line || /^\s*[?.,!]/.test(next.gapBefore);
}

/**
 * "Honestly, my sponsor …", "Facts, my sponsor said": a word said of the sentence, which the tagger
 * does not always call an adverb, or an everyday word that is no given name, says how, not who.
 */
function saysHowNotWho(doc: Doc, t: Token): boolean {
  return (
    doc.lex.tags(t.key).some((tag) => tag === 'Adverb' || tag === 'Date') ||
    (/ly$/.test(t.key) && doc.lex.firstNameRank(t.key) === undefined) ||
    (doc.isOrdinaryWord(t.key) && !doc.givenName(t.key))
  );
}

/**
 * "rose my aunt is the only one", "faith is my best friend", "mark from work asked me out", "destiny
 * is seven", "rich and his wife": a word opening a clause, then who that person is to the speaker —
 * a relation in apposition, a relation it is said to be, where they are known from, an age, or
 * their own family.
 */
function identifiedAfter(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const p1 = doc.prev(i);
  const opens = opensClause(doc, i, clauseStarters);
  // "went to the movies with X and her kids": company keeps the same test of who the person is.
  const accompanied = p1 !== undefined && p1.line === t.line && p1.key === 'with';
  // "bill's my stepdad", "Grant's her husband": before "my" or "her" and a relation, "'s" is "is" —
  // no one's thing is "my" anything.
  if (t.possessive && /['’]s$/i.test(t.text) && !doc.isGrammatical(t.key)) {
    const [n1, n2, n3] = [doc.next(i), doc.next(i, 2), doc.next(i, 3)];
    const mine =
      n1 !== undefined && n1.line === t.line && /^[ \t]+$/.test(n1.gapBefore) && possessives.has(n1.key);
    if (
      mine &&
      (relations.has(n2?.key ?? '') || (whichRelation.has(n2?.key ?? '') && relations.has(n3?.key ?? '')))
    )
      return true;
    // "Bud's a good guy", "Reggie's a sweet kid": said to be a person ("Dad's a good guy" is kin).
    const article =
      n1 !== undefined && n1.line === t.line && /^[ \t]+$/.test(n1.gapBefore) && /^an?$/.test(n1.key);
    if (
      article &&
      !relations.has(t.key) &&
      !/^(?:here|there|where|that|this|what|who|it|he|she|(?:every|some|any|no)(?:body|one))$/.test(t.key) &&
      (personNouns.has(n2?.key ?? '') ||
        (doc.lex.tags(n2?.key ?? '').includes('Adjective') && personNouns.has(n3?.key ?? '')))
    )
      return true;
  }
  // "probably work dale my boss at the shop": a common given name speech never writes as a word,
  // then who they are to the speaker, wherever the clause opened.
  const plainName =
    !doc.caseInformative(t) &&
    (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1000 &&
    doc.lex.wordCount(t.key) === 0;
  if ((!opens && !accompanied && !plainName) || t.possessive || doc.isGrammatical(t.key)) return false;
  const after: string[] = [];
  for (let k = 1; k <= 4; k++) {
    const n = doc.next(i, k);
    // "Journey, my oldest, …", "Destiny — my daughter — …": set off by a comma or a dash, the
    // relation is said of the word before it.
    const gap = k === 1 ? asideGap : /^[ \t]{1,2}$/;
    // An age in figures is the one number read here ("Cash is 16 today").
    if (!n || n.line !== t.line || !gap.test(n.gapBefore) || !(isWord(n) || /^\d{1,2}$/.test(n.key))) break;
    after.push(n.key);
    // "sage that's my daughter": "that's" is "that is".
    if (n.possessive && n.key !== 'that') break;
  }
  const [a, b, c, d] = after;
  const relationAt = (x: string | undefined, y: string | undefined) =>
    relations.has(x ?? '') || (whichRelation.has(x ?? '') && relations.has(y ?? ''));
  if (!opens)
    return (
      (a === 'and' && (b === 'his' || b === 'her' || b === 'their') && relationAt(c, d)) ||
      (plainName && (a === 'my' || a === 'our') && relationAt(b, c)) ||
      // "a few drinks with bittu my friend from the temple": who one is with, then who they are.
      (accompanied && (a === 'my' || a === 'our') && relationAt(b, c))
    );
  // "hope my aunt is okay", "skip my meds": a verb before "my" takes it as its object; "all my
  // friends": so does a quantifier.
  if ((a === 'my' || a === 'our') && (relationAt(b, c) || b === 'youngest' || b === 'oldest')) {
    // With a comma the relation must close as an aside ("Journey, my oldest, is …"): "Honestly, my
    // mom is fine" opens with a word said of the sentence.
    const aside = asideOpens.test(doc.next(i)!.gapBefore);
    const closing = doc.next(i, relationAt(b, c) && !relations.has(b ?? '') ? 4 : 3);
    if (aside) {
      if (!closing || closing.line !== t.line || !asideOpens.test(closing.gapBefore)) return false;
      // Set off on both sides, the word is named, verb or not ("Journey, my oldest, …"); not a day or
      // a word said of the sentence ("Yesterday, my sister, who …", "Listen, my mom, she …").
      return !calendarWords.has(t.key) && !vocativeLead.has(t.key) && !saysHowNotWho(doc, t);
    }
    return (
      !usedAsVerb(doc, t.key) &&
      !doc.lex.tags(t.key).some((tag) => notNameTags.has(tag)) &&
      !saysHowNotWho(doc, t)
    );
  }
  // "Precious — she's my coworker —", "Bo, the kindest man at our church,": set off, then said to be
  // someone's relation or a person.
  const next = doc.next(i);
  const setOff = next !== undefined && next.line === t.line && asideOpens.test(next.gapBefore);
  const namedWord = () =>
    (doc.givenName(t.key) || (doc.capitalized(t) && !doc.isOrdinaryWord(t.key))) &&
    !calendarWords.has(t.key) &&
    !doc.lex.tags(t.key).some((tag) => tag === 'Adverb' || tag === 'Date');
  if (setOff && (a === 'she' || a === 'he' || a === 'the') && namedWord()) {
    // "she's" is read as a possessive: the words after it are looked up here.
    const contracted = (a === 'she' || a === 'he') && next!.possessive;
    if (contracted || ((a === 'she' || a === 'he') && b === 'is')) {
      const from = contracted ? 2 : 3;
      const [x, y, z] = [0, 1, 2].map((k) => doc.next(i, from + k)?.key);
      if ((x === 'my' || x === 'our') && relationAt(y, z)) return true;
      // "Rich — he's the shift lead at …": said to hold a post.
      const post = (w: string | undefined) =>
        socialRoles.has(w ?? '') ||
        personNouns.has(w ?? '') ||
        /^(?:lead|owner|foreman|director)$/.test(w ?? '');
      if (x === 'the' && (post(y) || post(z))) return true;
    }
    if (
      a === 'the' &&
      (personNouns.has(b ?? '') ||
        (doc.lex.tags(b ?? '').includes('Superlative') && personNouns.has(c ?? '')))
    )
      return true;
  }
  // "Rich and his wife came by": someone with their own family.
  if (a === 'and' && (b === 'his' || b === 'her' || b === 'their') && relationAt(c, d)) return true;
  // "autumn is your girlfriend", "harmony was your case worker", "sage that's my daughter", "destiny
  // is the ex you were using with".
  if (
    (a === 'is' || a === 'was' || a === 'that') &&
    (possessives.has(b ?? '') || b === 'the') &&
    relationAt(c, d)
  )
    return true;
  // Where someone is from names them only if the word is a given name or no everyday word: "Mail
  // from the county came", "Word from the office is" are things.
  if (
    a === 'from' &&
    (b === 'the' ||
      b === 'next' ||
      departments.has(b ?? '') ||
      activities.has(b ?? '') ||
      nearbyHouse(b, c, d)) &&
    doc.isOrdinaryWord(t.key) &&
    !commonGivenName(doc, t.key)
  )
    return false;
  // "Straight from work.", "fresh from school": how one came, an everyday word that says how.
  if (
    a === 'from' &&
    doc.isOrdinaryWord(t.key) &&
    !commonGivenName(doc, t.key) &&
    doc.lex.tags(t.key).some((tag) => tag === 'Adjective' || tag === 'Adverb')
  )
    return false;
  // "harmony from the county", "Luis from the group home".
  if (a === 'from' && b === 'the' && agencies.has(c ?? '')) return true;
  // "Finn from work texted me", "Coy from my old job", "Bea from our group", "Rocky from next door",
  // "Bob from down the street".
  if (a === 'from' && (companyPlaces.has(b ?? '') || (b === 'next' && c === 'door') || nearbyHouse(b, c, d)))
    return true;
  // "Dale at the shop knows", "Pam at work said": whom one knows where one spends the day, then what
  // only a person does.
  // ("Everyone at work thinks": no pronoun is someone.)
  if (a === 'at' && doc.listedName(t.key)) {
    if (companyPlaces.has(b ?? '')) return personActsAt(doc, i + 3);
    if (b === 'the' && workplaceNouns.has(c ?? '')) return personActsAt(doc, i + 4);
  }
  // With "my" the phrase is longer and may say whose lunch it was ("Dinner from my job was
  // catered"): what the person then does must follow.
  if (a === 'from' && (b === 'my' || b === 'our')) {
    const length = ownCompanyPlaces.has(c ?? '')
      ? 3
      : formerly.has(c ?? '') && ownCompanyPlaces.has(d ?? '')
        ? 4
        : 0;
    return length > 0 && personActsAt(doc, i + length + 1);
  }
  // "destiny is seven", "Cash is 16 today": a child's age in words or figures.
  const age = ages.has(b ?? '') || (/^\d{1,2}$/.test(b ?? '') && doc.givenName(t.key));
  return a === 'is' && age && (c === undefined || afterAge.has(c) || c === 'years');
}

/** Where a neighbour lives, said after "from": "down the street", "across the hall", "up the road". */
function nearbyHouse(b: string | undefined, c: string | undefined, d: string | undefined): boolean {
  return (
    (b === 'down' || b === 'up' || b === 'across' || b === 'around') &&
    c === 'the' &&
    /^(?:street|road|block|hall|way|corner)$/.test(d ?? '')
  );
}

/** Names that are abstract words, which English uses bare as subjects ("hope keeps me going"). */
const abstractNames = new Set(
  `hope faith grace joy mercy harmony charity patience destiny serenity trinity unity honor justice
  liberty glory love peace truth summer autumn spring winter art music`.split(/\s+/),
);
/** What only a person does, whatever word opens the clause: "journey said she hates me". */
const humanOnlyVerbs = new Set([
  ...speechVerbs,
  ...`says tells asks texts calls yells screams cried cries wants wanted hates hated thinks thought
  lives lived`.split(/\s+/),
]);
/**
 * "the lady there fartun she try to help", "and my coach dwayne he said": in speech, a name said and
 * then taken up by "he" or "she" before what that one did — a given name, or a word no list knows.
 */
function namedThenPronoun(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (doc.caseInformative(t) || t.possessive || doc.isGrammatical(t.key) || abstractNames.has(t.key))
    return false;
  // ("then sunday she was", "the work she did": an everyday word before "she" is that word.)
  if (!(commonGivenName(doc, t.key) && !doc.isOrdinaryWord(t.key)) && !unknownWord(doc, i)) return false;
  // ("came in pretty dysregulated she said": a participle no list holds says how someone was.)
  if (!doc.listedName(t.key) && t.key.length >= 6 && /(?:ed|ing)$/.test(t.key)) return false;
  const pronoun = doc.next(i);
  const verb = doc.next(i, 2);
  return (
    pronoun !== undefined &&
    verb !== undefined &&
    (pronoun.key === 'he' || pronoun.key === 'she') &&
    doc.adjacent(t, pronoun) &&
    doc.adjacent(pronoun, verb) &&
    doc.lex.tags(verb.key).some((tag) => /Tense|Verb|Infinitive/.test(tag))
  );
}

/** A quoted thought's or a refusal's verbs after "doesnt", "didnt", "wont": "ana doesnt want to go". */
const refusedVerbs = new Set(
  'want care know like get understand remember say talk call text listen'.split(' '),
);

/**
 * "the guys are good dom keeps trying", "and deb is like just plead it out", "now ana doesnt want to
 * go": speech without punctuation shows no clause's start, so a common given name before what only a
 * person does — speaking, keeping at something, saying "is like", refusing — opens one wherever it
 * stands, unless an article or an owner makes it a thing's word. An everyday word ("summer", "rose")
 * needs a verb only a person takes.
 */
function subjectUnpunctuated(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  // (A month that speaks is weighed where speech is: "that's what june says".)
  if (doc.caseInformative(t) || t.possessive || abstractNames.has(t.key) || calendarWords.has(t.key))
    return false;
  // ("keish is like girl stop counting": a word no list knows, before the quotative or a verb of
  // speech, is someone too.)
  const unknown = !commonGivenName(doc, t.key) && unknownWord(doc, i) && t.key.length >= 4;
  if (!commonGivenName(doc, t.key) && !unknown) return false;
  const p1 = doc.prev(i);
  if (p1 !== undefined && (determiners.has(p1.key) || possessives.has(p1.key))) return false;
  // ("my old guy texted me": an adjective after an owner makes the word a noun too.)
  const p2 = doc.prev(i, 2);
  if (
    p1 !== undefined &&
    p2 !== undefined &&
    (determiners.has(p2.key) || possessives.has(p2.key)) &&
    doc.lex.tags(p1.key).includes('Adjective')
  )
    return false;
  const n1 = doc.next(i);
  const n2 = doc.next(i, 2);
  if (n1 === undefined || !doc.adjacent(t, n1)) return false;
  if (humanOnlyVerbs.has(n1.key)) return true;
  if (doc.lex.wordCount(t.key) >= 1000) return false;
  // ("is like": the tokens leave the filler out; here it is the quotative.)
  const quoted = doc.text.slice(n1.end, n1.end + 6);
  if ((n1.key === 'is' || n1.key === 'was') && /^[ \t]like[ \t]/.test(quoted)) return true;
  if (unknown || n2 === undefined || !doc.adjacent(n1, n2)) return false;
  // "frank wouldnt have done that": what someone would not have done.
  if (/^(?:wouldn['’]?t|couldn['’]?t|shouldn['’]?t)$/.test(n1.key) && n2.key === 'have') return true;
  return (
    ((n1.key === 'keeps' || n1.key === 'kept') && /ing$/.test(n2.key)) ||
    (/^(?:doesn['’]?t|didn['’]?t|won['’]?t|can['’]?t)$/.test(n1.key) && refusedVerbs.has(n2.key))
  );
}

/** What therapy talk lets speak: "anxiety tells me I'm worthless", "guilt says you deserve it". */
const innerVoices = new Set(
  'anxiety depression fear guilt shame grief anger stress pain panic worry trauma addiction voice voices brain mind body heart gut'.split(
    ' ',
  ),
);
/** What one says to someone, or keeps doing to them: "ace says hell come", "frost keeps calling me". */
const toldSomeone = new Set(
  'says tells told texts texted yells yelled screams screamed asks asked'.split(' '),
);
const keptAtSomeone = new Set('calling texting asking telling yelling bugging messaging'.split(' '));
const spokenTo = new Set(
  "me him her us them everybody everyone i you hell shell hes shes he'll she'll".split(' '),
);

/**
 * "frost keeps calling me", "ace says hell come with me": in speech without capitals, a word a name
 * list holds — surname or given name, however everyday ("price", "ace") — before a verb only people
 * take toward someone and that someone is a person; "the price says" has its article.
 */
function listedWordActsOnSomeone(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const p1 = doc.prev(i);
  const n1 = doc.next(i);
  const n2 = doc.next(i, 2);
  if (
    !doc.listedName(t.key) ||
    doc.isGrammatical(t.key) ||
    relations.has(t.key) ||
    abstractNames.has(t.key) ||
    innerVoices.has(t.key) ||
    // ("work keeps calling me", "money talks"): speech's commonest nouns act as people do.
    doc.lex.wordCount(t.key) >= 3000 ||
    t.possessive ||
    n1 === undefined ||
    n2 === undefined ||
    (p1 !== undefined && (determiners.has(p1.key) || possessives.has(p1.key)))
  )
    return false;
  if (!doc.adjacent(t, n1) || !doc.adjacent(n1, n2)) return false;
  if (toldSomeone.has(n1.key)) return spokenTo.has(n2.key);
  const n3 = doc.next(i, 3);
  return (
    (n1.key === 'keeps' || n1.key === 'kept') &&
    keptAtSomeone.has(n2.key) &&
    n3 !== undefined &&
    doc.adjacent(n2, n3) &&
    spokenTo.has(n3.key)
  );
}

/** What a person does and a bare count noun never does: "cash keeps asking", "chase loves soccer". */
const humanVerbs = new Set(
  `keeps kept tries tried plays played moved moves likes liked loves loved knows knew brought bought
  texted baked cooked drove visited taught treated invited hugged helped painted drew wrote sang danced
  learned graduated feels felt`.split(/\s+/),
);
/**
 * Verbs things take too ("temp came back", "the pain started"): a person only with what follows
 * ("king got suspended", "haven started her period").
 */
const sharedVerbs = new Set('got gets went goes came comes left leaves started starts'.split(' '));
const personsNext = new Set(
  `her his their suspended arrested expelled grounded married engaged divorced fired hired adopted pregnant
  yelling screaming crying laughing texting cussing swearing dating drinking hitting kicking lying`.split(
    /\s+/,
  ),
);
/** Words that open a clause in speech before its subject: "i think hope is scared", "when hunter was born". */
const beforeSubject = new Set([
  ...clauseStarters,
  // "he says grace is married now": what is said opens a clause of its own.
  'says',
  'said',
  'when',
  'if',
  'think',
  'guess',
  'know',
  'since',
  'until',
  'after',
  'before',
  'while',
]);
/** What only a person has: "June's wedding". */
const lifeEvents = new Set(
  'wedding funeral birthday graduation baptism christening quinceañera quince bris memorial'.split(' '),
);
/** What belongs to a person in the possessive: "hunter's week with his dad", "harmony's birthday". */
const personsThings = new Set(
  'birthday week weekend party wedding funeral graduation school teacher class game practice bedroom phone case place apartment car'.split(
    ' ',
  ),
);

/**
 * "chase wants to move in", "when hunter was born", "i think hope is scared of me", "harmony's
 * birthday": in speech without capitals, a given name that is also a word is the name when it opens
 * its clause with no article and what follows is said only of a person. An English count noun does
 * not stand bare as a subject; abstract words do ("hope keeps me going"), so those need a verb only a
 * person takes.
 */
/** Words that put a month or a day in time: "since October", "until like May". */
const sinceWhen = new Set('since until till by before after in last next this early late mid'.split(' '));

function bareNameSubject(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  // Notes drop their articles ("no motrin needed, temp came back to baseline"): only talk keeps them.
  // A sentence's first word says as little by its capital as speech does by its lower case.
  if (doc.jargon >= 0.04 || (doc.caseInformative(t) && !(t.sentenceStart && t.case === Case.Capitalized)))
    return false;
  const n1 = doc.next(i);
  if (!n1 || n1.line !== t.line || !/^[ \t]$/.test(n1.gapBefore)) return false;
  // "man knows every inch of this lake", "guy said no": speech drops the article before anyone.
  if (t.case === Case.Lower && personNouns.has(t.key)) return false;
  if (listedWordActsOnSomeone(doc, i)) return true;
  // "omg jimin waved at us", "lol ohtani homered again": in a post, a word no list knows doing
  // something in the past, opening what is said, is who did it.
  if (!doc.givenName(t.key))
    return (
      doc.tokens.length <= shortPost &&
      !doc.caseInformative(t) &&
      // (Not notes in capitals, "REXULTI DISCONTINUED", nor initials, "aa saved my life".)
      t.case === Case.Lower &&
      t.key.length >= 4 &&
      !doc.lex.medical(t.key) &&
      // ("#weekendvibes stuck in traffic": a hashtag is read by its words elsewhere.)
      !/[#@]$/.test(t.gapBefore) &&
      !t.possessive &&
      unknownWord(doc, i) &&
      (opensClause(doc, i, beforeSubject) || chatWords.has(doc.prev(i)?.key ?? '')) &&
      !doc.isGrammatical(n1.key) &&
      (doc.lex.tags(n1.key).includes('PastTense') ||
        (/[^e]ed$/.test(n1.key) && doc.lex.wordCount(n1.key) > 0))
    );
  // A word only birth records hold as a name ("scout", "stone") needs what only a person does.
  if (doc.lex.firstNameRank(t.key) === undefined)
    return (
      !t.possessive &&
      opensClause(doc, i, beforeSubject) &&
      (humanOnlyVerbs.has(n1.key) || humanVerbs.has(n1.key) || ownThingLater(doc, i))
    );
  if (doc.isGrammatical(t.key)) {
    // "Will hasn't called", "may said no": no modal stands before a finite verb, a name does; "May
    // was hard" is the month.
    // Garbled speech runs a modal into a verb ("[unintelligible] will gets on"); capitals settle it.
    const finite =
      finiteAfterModal.has(n1.key) ||
      (doc.capitalized(t) && /[^s]s$/.test(n1.key) && doc.lex.tags(n1.key).includes('PresentTense'));
    if (!doc.lex.tags(t.key).includes('Modal') || !finite) return false;
    if (calendarWords.has(t.key) && !['says', 'said', "doesn't", "didn't"].includes(n1.key)) return false;
    return opensClause(doc, i, beforeSubject);
  }
  // "to royal's place", "Trinity's case stays with me"; not "the storm's place in history".
  if (t.possessive)
    return /['’]s$/i.test(t.text) && personsThings.has(n1.key) && !determiners.has(doc.prev(i)?.key ?? '');
  if (subjectUnpunctuated(doc, i)) return true;
  if (!opensClause(doc, i, beforeSubject)) return false;
  if (humanOnlyVerbs.has(n1.key) || travelledFromPlace(doc, i)) return true;
  const n2 = doc.next(i, 2);
  // "hope is scared of me"; but "faith is doing a lot for me", "faith is my anchor" are the words.
  const abstract = abstractNames.has(t.key);
  const state = (w: Token | undefined) =>
    w !== undefined &&
    personStates.has(w.key) &&
    !(abstract && (w.key === 'doing' || possessives.has(w.key)));
  // (Who was born is `bornSubject`'s, wherever the clause opens.)
  if ((n1.key === 'is' || n1.key === 'was') && state(n2)) return true;
  // "heather is telling him stuff", "wade is pushing for it": doing what a person does, going on.
  if (
    (n1.key === 'is' || n1.key === 'was') &&
    !abstract &&
    n2 !== undefined &&
    doc.adjacent(n1, n2) &&
    /ing$/.test(n2.key) &&
    humanGerunds.has(n2.key)
  )
    return true;
  if (ofAge(doc, i) || hasOrHasBeen(doc, i)) return true;
  // "trinity got suspended", "then hunter started yelling"; but "faith got her through it" is the word.
  const after = n2?.key ?? '';
  if (sharedVerbs.has(n1.key) && personsNext.has(after) && !(abstract && possessives.has(after))) return true;
  // "maverick took his first steps", "paisley lost her tooth": what one did to one's own is a person's;
  // "rusty fixed my truck", "lane blamed me": so, for a common given name, is what one did to the speaker.
  // (The tagger knows "lost" only as an adjective.)
  const past =
    doc.lex.tags(n1.key).includes('PastTense') || plainPast.has(n1.key) || ownedAfterVerbs.has(n1.key);
  if (
    (past || /[a-z]{3}ed$/.test(n1.key)) &&
    !abstract &&
    /^(?:my|our|me|us)$/.test(after) &&
    (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1000
  )
    return true;
  if ((after === 'his' || after === 'her') && past) {
    if (!abstract) return true;
    // "Grace got her license", "faith lost her job": her own thing after it, not "got her through it".
    const owned = doc.next(i, 3);
    if (
      owned?.line === t.line &&
      ownedAfterVerbs.has(n1.key) &&
      !lostIdioms.has(owned.key) &&
      !doc.isGrammatical(owned.key) &&
      !particles.has(owned.key) &&
      !doc.lex.tags(owned.key).some((tag) => tag === 'Preposition' || tag === 'Adverb' || tag === 'Gerund')
    )
      return true;
  }
  if (abstract) return false;
  // "Rusty used to do this thing": what someone used to do.
  if (n1.key === 'used' && after === 'to') return true;
  if (ownThingLater(doc, i)) return true;
  // "Paloma doesn't know", "Reid never calls": the same, with a negation or an adverb between.
  // "Rusty would have hated it", "Rusty would've hated it": past a perfect's "have" too.
  const n3 = doc.next(i, 3);
  const perfect = (n2?.key === 'have' || n2?.key === 'not') && n3?.line === t.line;
  // "Cash finally learned", "Reid usually texts": any adverb stands between as "never" does.
  const between = auxiliaries.has(n1.key) || (adverbBetween(doc, n1) && !perfect);
  const verb = between && n2?.line === t.line ? (perfect ? n3!.key : n2.key) : n1.key;
  if (verb !== n1.key && (humanOnlyVerbs.has(verb) || humanVerbs.has(verb) || humanVerbBases.has(verb)))
    return true;
  return humanVerbs.has(n1.key);
}

/**
 * "Tank was — his real name was …", "Sugar. That's what everybody calls her.": a word whose
 * bearer's real name follows, or that the next sentence says people call someone, is a nickname.
 */
function nicknameExplained(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (
    !isWord(t) ||
    t.contraction ||
    doc.isGrammatical(t.key) ||
    (doc.caseInformative(t) && !doc.capitalized(t)) ||
    // ("i dont know his real name", "not her real name, her real name is …": what is said of it.)
    (doc.isOrdinaryWord(t.key) && !doc.givenName(t.key) && t.case === Case.Lower)
  )
    return false;
  const at = (k: number) => doc.next(i, k);
  const sameLine = (w: Token | undefined) => w !== undefined && w.line === t.line;
  for (let k = 1; k <= 3; k++) {
    if (!sameLine(at(k + 2))) break;
    if (possessives.has(at(k)!.key) && at(k + 1)!.key === 'real' && at(k + 2)!.key === 'name') return true;
  }
  // "Sugar. That's what …": the explanation opens the next sentence.
  const opening = at(1);
  if (!sameLine(opening) || !opening!.sentenceStart) return false;
  let k = /^that['’]?s$/i.test(opening!.text) ? 2 : opening!.key === 'that' ? 3 : 0;
  if (k === 0 || (k === 3 && at(2)?.key !== 'is')) return false;
  if (at(k)?.key !== 'what' || !namers.has(at(k + 1)?.key ?? '')) return false;
  if (at(k + 2)?.key === 'all') k++;
  return /^call(?:s|ed)?$/.test(at(k + 2)?.key ?? '') && /^(?:him|her|me|them)$/.test(at(k + 3)?.key ?? '');
}

/**
 * "Ruby refuses to wear anything but her dress", "Sky got into her first choice college": a bare
 * word that opens a clause, then a verb, then "his" or "her" before a thing of theirs in the same
 * sentence — agreement only a person's name makes. Not right after a copula ("Ruby is her
 * birthstone") nor before what only a verb takes ("got her through", "gave her a ride").
 */
function ownThingLater(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  // "Cash finally learned to ride his bike": past an adverb before the verb.
  const skip = adverbBetween(doc, doc.next(i)) ? 1 : 0;
  const verb = doc.next(i, 1 + skip);
  if (!verb || verb.line !== t.line || !isVerb(doc, verb.key)) return false;
  for (let k = 2 + skip; k <= 9; k++) {
    const w = doc.next(i, k);
    if (!w || w.line !== t.line || w.sentenceStart) return false;
    // "duke built the back porch himself": only a person does a thing himself.
    if (w.key === 'himself' || w.key === 'herself') return true;
    if (w.key !== 'his' && w.key !== 'her') continue;
    const before = doc.next(i, k - 1)!;
    if (copulas.has(before.key)) return false;
    const owned = doc.next(i, k + 1);
    return (
      owned !== undefined &&
      owned.line === t.line &&
      !owned.sentenceStart &&
      (!doc.isGrammatical(owned.key) || owned.key === 'own' || doc.lex.tags(owned.key).includes('Ordinal')) &&
      !particles.has(owned.key) &&
      !doc.lex.tags(owned.key).some((tag) => tag === 'Preposition' || tag === 'Adverb' || tag === 'Gerund')
    );
  }
  return false;
}
/**
 * An adverb in "-ly" between a subject and its verb ("finally", "usually"); the tagged ones ("never",
 * "still") are grammar words, which `auxiliaries` lists.
 */
const adverbBetween = (doc: Doc, w: Token | undefined) =>
  w !== undefined &&
  w.key.length >= 5 &&
  /ly$/.test(w.key) &&
  !doc.isGrammatical(w.key) &&
  !doc.listedName(w.key) &&
  !doc.lex.tags(w.key).some((tag) => tag === 'Adjective' || tag === 'Singular' || finiteVerbTags.has(tag));

/**
 * A verb: tagged one, or inflected like one ("refuses", "wanted"; the lexicon lists few verbs' forms
 * and calls "refuses" a plural) and no adjective or adverb.
 */
const isVerb = (doc: Doc, key: string) =>
  doc.lex.tags(key).some((tag) => finiteVerbTags.has(tag)) ||
  (/(?:[^s]s|ed)$/.test(key) &&
    !doc.isGrammatical(key) &&
    !doc.lex.tags(key).some((tag) => tag === 'Adjective' || tag === 'Adverb'));
const copulas = new Set(['is', 'was', 'are', 'were', 'be', 'been', "'s", 'becomes', 'became']);

/**
 * "what does duke think about moving", "how did Journey seem", "did Journey want to go": asked what
 * a given name thinks, wants or seems, as one asks after a person.
 */
function askedWhatTheyThink(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const p1 = doc.prev(i);
  const n1 = doc.next(i);
  if (!p1 || !n1 || p1.line !== t.line || n1.line !== t.line || doc.jargon >= 0.04) return false;
  // "has caden said he feels unsafe": asked whether someone has said or told.
  if (/^(?:has|had)$/.test(p1.key))
    return humanOnlyVerbs.has(n1.key) && !doc.isGrammatical(t.key) && doc.givenName(t.key) && !t.possessive;
  if (!/^(?:does|did|do|would|will)$/.test(p1.key)) return false;
  if (!humanVerbBases.has(n1.key) && !/^(?:seem|react|respond|handle)$/.test(n1.key)) return false;
  if (t.possessive || doc.isGrammatical(t.key) || abstractNames.has(t.key)) return false;
  // "i would say like": after a modal, a verb's bare form is the verb, whatever name lists hold.
  if (!doc.capitalized(t) && doc.lex.tags(t.key).includes('Infinitive')) return false;
  return doc.givenName(t.key) && (!doc.caseInformative(t) || doc.capitalized(t));
}

/** What a note says a client did in session, and nothing else does: "reported", "denied", "verbalized". */
const notedVerbs = new Set(
  `reported reports denied denies endorsed endorses stated states verbalized verbalizes disclosed
  discloses presented presents attended attends participated participates engaged engages agreed
  agrees declined declines expressed expresses acknowledged acknowledges identified identifies
  processed processes demonstrated demonstrates shared shares practiced practices completed
  described describes explained explains`.split(/\s+/),
);

/**
 * "Nick presented with flat affect.", "Hunter reported better sleep.", "Will denied SI.": in a
 * note, a capitalized given name opening its sentence before what a client is noted to have done is
 * the client, whatever else the word means (roles — "Client reported" — are no name).
 */
function notedSubject(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const n1 = doc.next(i);
  if (!n1 || n1.line !== t.line || !/^[ \t]+$/.test(n1.gapBefore) || !notedVerbs.has(n1.key)) return false;
  if (
    t.case !== Case.Capitalized ||
    t.possessive ||
    (!t.sentenceStart && !opensClause(doc, i, beforeSubject))
  )
    return false;
  if (roleLabels.has(t.key) || relations.has(t.key) || titles.has(t.key)) return false;
  // ("Summer presents its own stressors", "Faith shared with the group": a season or a virtue may do so.)
  if (seasons.has(t.key) || calendarWords.has(t.key) || abstractNames.has(t.key)) return false;
  return (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1500;
}

/** Verbs of a trip: "came down from", "drove up from", "flew in from". */
const tripVerbs = new Set('came drove flew moved'.split(' '));

/**
 * "hope came down from shreveport for a week": a subject that made a trip from a town the lists
 * hold is someone, whatever else the word means.
 */
function travelledFromPlace(doc: Doc, i: number): boolean {
  let k = i + 1;
  if (!tripVerbs.has(doc.tokens[k]?.key ?? '')) return false;
  if (/^(?:down|up|over|out|back|in|all the way)$/.test(doc.tokens[k + 1]?.key ?? '')) k++;
  const from = doc.tokens[k + 1];
  const place = doc.tokens[k + 2];
  if (!from || !place || from.key !== 'from' || place.line !== doc.tokens[i]!.line) return false;
  const kind = doc.lex.place(place.key);
  return kind !== undefined && kind !== 'country' && !doc.isOrdinaryWord(place.key);
}

/** Past forms the lexicon tags as nouns or presents: "chase hit his first home run". */
const plainPast = new Set('hit cut quit beat set put'.split(' '));

/** What one gets, loses or does to a thing of one's own: "grace got her license". */
const ownedAfterVerbs = new Set('got lost broke took passed finished won sold bought'.split(' '));
/** What is lost as a word says of anyone: "grace lost her mind", "she lost her temper". */
const lostIdioms = new Set(
  'mind temper cool patience nerve nerves marbles shit head way voice touch'.split(' '),
);
/** "got her back on track", "took her home": the verb's particle, not a thing of hers. */
const particles = new Set('back up down out off over away through together home on in'.split(' '));

/** What only a person is doing: "heather is telling colt", "he was yelling". */
const humanGerunds = new Set(
  `telling saying asking texting calling yelling screaming crying pushing begging threatening lying
  cheating blaming complaining bragging dating drinking working studying praying helping trying`.split(/\s+/),
);

/** Words between a subject and its verb: "doesn't know", "never calls", "still thinks". */
const auxiliaries = new Set(
  "doesn't didn't won't can't wouldn't couldn't does did would never always still really just would've wouldve could've couldve should've shouldve".split(
    ' ',
  ),
);
/** The bare forms of what only a person does, after "doesn't" or "didn't". */
const humanVerbBases = new Set(
  'know want like love hate care think talk listen understand remember believe trust say tell ask call text'.split(
    ' ',
  ),
);

/**
 * "Summer is 6 months old", "hope turned sixteen": an age is a person's (or a pet's); "autumn
 * turned cold" is none.
 */
function ofAge(doc: Doc, i: number): boolean {
  const words = [1, 2, 3, 4].map((k) => doc.next(i, k)?.key ?? '');
  const years = (w: string) => ages.has(w) || /^\d{1,3}$/.test(w);
  if (/^(?:turned|turns)$/.test(words[0]!)) return years(words[1]!);
  return (
    /^(?:is|was)$/.test(words[0]!) &&
    years(words[1]!) &&
    /^(?:days?|weeks?|months?|years?)$/.test(words[2]!) &&
    words[3] === 'old'
  );
}

/**
 * Illness a person has or had, and what a person has been doing: "Sage has a fever", "hope has been
 * vomiting since last night", "Hope has been sleeping in my bed".
 */
const hadOrDoing = new Set(
  `fever rash cough cold flu headache headaches stomachache earache infection diarrhea seizure seizures
  nosebleed nosebleeds tantrums nightmares vomiting throwing coughing crying wheezing sick sleeping
  acting struggling fighting skipping refusing begging hiding drinking using`.split(/\s+/),
);

/** "X has a fever", "X has had a rash", "X has been skipping school": said only of someone. */
function hasOrHasBeen(doc: Doc, i: number): boolean {
  let k = 1;
  const at = (n: number) => doc.next(i, n)?.key ?? '';
  if (at(k) !== 'has' && at(k) !== 'had') return false;
  k++;
  if (at(k) === 'had' || at(k) === 'been' || at(k) === 'got') k++;
  if (at(k) === 'a' || at(k) === 'an') k++;
  return hadOrDoing.has(at(k));
}

/** What two people are seen doing together, in a caption: "Hunter and Autumn picking apples". */
const pairPastimes = new Set(
  `picking playing baking cooking dancing singing swimming hiking fishing camping painting drawing
  reading studying giggling laughing arguing fighting hugging cuddling napping sledding skating`.split(/\s+/),
);

/**
 * "Summer and Sky convinced me to do karaoke", "ivy and rowan are coming over": two listed given
 * names opening a clause together, then what only people do — a verb only a person takes, a past
 * verb done to someone, or coming over. Seasons and virtues are paired as often ("Summer and winter
 * are my favorite"), so being paired alone says nothing.
 */
function pairActs(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const second = doc.prev(i)?.key === 'and' ? i : doc.next(i)?.key === 'and' ? i + 2 : undefined;
  if (second === undefined) return false;
  const first = second - 2;
  const pair = [doc.tokens[first], doc.tokens[second]];
  if (
    !pair.every(
      (w) =>
        w !== undefined &&
        isWord(w) &&
        w.line === t.line &&
        !w.possessive &&
        !doc.isGrammatical(w.key) &&
        doc.lex.firstNameRank(w.key) !== undefined,
    ) ||
    !/^[ \t]$/.test(doc.tokens[first + 1]!.gapBefore) ||
    !/^[ \t]$/.test(doc.tokens[second]!.gapBefore)
  )
    return false;
  // "Rose and Hunter finally got engaged": past an adverb to the verb.
  const skip = adverbBeforeVerb(doc, doc.next(second)) ? 1 : 0;
  const verb = doc.next(second, 1 + skip);
  if (
    !opensClause(doc, first, beforeSubject) ||
    !verb ||
    verb.line !== t.line ||
    !/^[ \t]$/.test(verb.gapBefore)
  )
    return false;
  if (humanOnlyVerbs.has(verb.key)) return true;
  // "Hope and Faith carried me through", "summer and winter remind me": abstract words do things to
  // people too; beside a word that is not one ("Summer and Sky"), the pair is people.
  if (pair.every((w) => abstractNames.has(w!.key))) return false;
  if (humanVerbs.has(verb.key)) return true;
  const after = doc.next(second, 2 + skip)?.key ?? '';
  if (sharedVerbs.has(verb.key) && personsNext.has(after)) return true;
  // "Hunter and Autumn picking apples", "Precious and Blessing killed it at the recital".
  if (pairPastimes.has(verb.key) || (verb.key === 'killed' && after === 'it')) return true;
  if (doc.lex.tags(verb.key).includes('PastTense') && objectPronouns.has(after)) return true;
  return (
    (verb.key === 'are' || verb.key === 'were') &&
    after === 'coming' &&
    doc.next(second, 3 + skip)?.key === 'over'
  );
}

/** An adverb between a subject and its verb: "finally", "just", "both", "still", "never". */
function adverbBeforeVerb(doc: Doc, w: Token | undefined): boolean {
  return (
    w !== undefined &&
    /^[ \t]{1,2}$/.test(w.gapBefore) &&
    (doc.lex.tags(w.key).includes('Adverb') ||
      /^(?:never|still|both|just)$/.test(w.key) ||
      (/[a-z]ly$/.test(w.key) && doc.isOrdinaryWord(w.key)))
  );
}

/** A common given name, joined by "and"/"or" to a given name that is no everyday word. */
function pairedWithName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  // ("Journey and Kaylee": a word parents name children now, as birth records show, pairs too.)
  const given = (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1500 || doc.lex.babyName(t.key);
  if (!given || t.possessive) return false;
  // Only the gaps inside the pair must be plain spaces; the partner may open the line.
  const partner = (joint: Token | undefined, other: Token | undefined, innerGap: string | undefined) =>
    joint !== undefined &&
    other !== undefined &&
    (joint.key === 'and' || joint.key === 'or') &&
    joint.line === t.line &&
    other.line === t.line &&
    /^[ \t]$/.test(joint.gapBefore) &&
    /^[ \t]$/.test(innerGap ?? '') &&
    // ("leo and ananya": a rarer given name no dictionary holds pairs as surely.)
    doc.givenName(other.key) &&
    !doc.isOrdinaryWord(other.key);
  return (
    partner(doc.next(i), doc.next(i, 2), doc.next(i, 2)?.gapBefore) ||
    partner(doc.prev(i), doc.prev(i, 2), t.gapBefore)
  );
}

/**
 * "Is there an Aiden?", "There's a Marcus in my class": whether someone by a given name exists, asked
 * or said — a given name that is no everyday word, after "a" or "an"; a chain's or a company's name
 * only where the tagger knows it as a man's or a woman's name.
 */
function nameThereIs(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const a = doc.prev(i);
  if (!a || !/^(?:a|an)$/.test(a.key) || t.possessive || !doc.givenName(t.key) || doc.isOrdinaryWord(t.key))
    return false;
  // ("there is a lacy rash on her arms": a thing's kind right after says how it looks.)
  const n1 = doc.next(i);
  if (
    n1 !== undefined &&
    doc.adjacent(t, n1) &&
    n1.case === Case.Lower &&
    !doc.isGrammatical(n1.key) &&
    doc.isOrdinaryWord(n1.key) &&
    !/(?:ing|ed)$/.test(n1.key) &&
    !doc.lex.tags(n1.key).some((tag) => /Tense|Gerund|Infinitive|Verb|Participle/.test(tag))
  )
    return false;
  // ("there's a Target near us": a chain's store, unless the tagger knows the word as a name.)
  const named = doc.lex.tags(t.key).some((tag) => tag === 'MaleName' || tag === 'FemaleName');
  if ((doc.lex.chain(t.key) || doc.lex.company(t.key)) && !named) return false;
  return /\b(?:there['’]?s|there (?:is|was)|is there|was there)[ \t]+$/i.test(
    doc.text.slice(Math.max(0, a.start - 16), a.start),
  );
}

/**
 * "And your sister? — Hope.", "What about the son? T: Will.", "My mom. Joy.": a listed given name
 * said as a sentence of its own, right after a sentence that ends on a relation, is that relative's
 * name (a speaker's label between the two is skipped).
 */
function namesTheRelation(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!doc.givenName(t.key)) return false;
  const next = doc.tokens[i + 1];
  const alone = !next || next.line !== t.line || /^[ \t]*[.!]/.test(next.gapBefore);
  // "She'd say go see your grandson. Hunter's got practice": opening the next sentence on a verb.
  // ("my last therapist. Joy is not a word I'd use": a virtue is said of itself.)
  const acts =
    t.sentenceStart &&
    !abstractNames.has(t.key) &&
    next !== undefined &&
    doc.adjacent(t, next) &&
    (t.possessive
      ? /['’]s$/i.test(t.text) && (next.key === 'got' || next.key === 'been' || verbForms(doc, next.key))
      : finiteAfterModal.has(next.key) || verbForms(doc, next.key));
  if (t.possessive ? !acts : !alone && !acts) return false;
  const k = i > 0 && speakerLabel(doc.tokens, i - 1) ? i - 2 : i - 1;
  const relation = doc.tokens[k];
  const after = doc.tokens[k + 1]!;
  if (relation !== undefined && relations.has(relation.key) && /[.?!]/.test(after.gapBefore))
    return !answersHow(doc, i);
  // "Saturday was a year since my husband passed. Bill. And I …", "My sister made it. Grace.": a
  // name said alone right after a sentence about one's relative names that relative.
  if (!alone || !t.sentenceStart || t.possessive || k < 0 || !/[.!]/.test(after.gapBefore)) return false;
  for (let j = k; j >= Math.max(doc.sentenceFirst(k), k - 12); j--)
    if (relations.has(doc.tokens[j]!.key) && possessives.has(doc.tokens[j - 1]?.key ?? '')) return true;
  return false;
}

/** "How was the call with your mother? — Long. She …": a word answering "how" says how it went. */
function answersHow(doc: Doc, i: number): boolean {
  const k = i > 0 && speakerLabel(doc.tokens, i - 1) ? i - 2 : i - 1;
  if (k < 0 || !/\?/.test(doc.tokens[k + 1]!.gapBefore)) return false;
  const opening = doc.sentenceFirst(k);
  return doc.tokens[speakerLabel(doc.tokens, opening) ? opening + 1 : opening]?.key === 'how';
}

/** A verb's finite or participle form by the lexicon's tags: "says", "went", "been", "taking". */
const verbForms = (doc: Doc, key: string) =>
  doc.lex.tags(key).some((tag) => tag === 'PastTense' || tag === 'PresentTense' || tag === 'Gerund');

/**
 * "Yeah. Ray. Um, I've seen him six times", "Sunny. Thirty-four, GAD, panic. She keeps …": a
 * common given name said as a sentence of its own, the next words speaking of him or her, is the
 * one being presented (a case in supervision, a member in group). Words that are also virtues
 * ("Hope.", "Grace.") are said alone as themselves.
 */
function presentedAlone(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (t.possessive || !t.sentenceStart || doc.jargon >= 0.04 || abstractNames.has(t.key)) return false;
  // ("Yeah. Will. He means well": a modal is never a sentence of its own; a month may be, "May.")
  const modal = doc.lex.tags(t.key).includes('Modal') && !calendarWords.has(t.key);
  if (!commonGivenName(doc, t.key) || (doc.isGrammatical(t.key) && !modal) || answersHow(doc, i))
    return false;
  // "Did you go see him? — Sunday. He was joking": a day answers when.
  if (weekday.test(t.key)) return false;
  if (doc.caseInformative(t) && t.case !== Case.Capitalized) return false;
  // "Man. It was a week.": a word said as an exclamation, not a name presented.
  if (doc.lex.tags(t.key).includes('Actor') || (doc.lex.wordCount(t.key) >= 5000 && !modal)) return false;
  const next = doc.tokens[i + 1];
  if (!next || next.line !== t.line || !/^[ \t]*\.[ \t]/.test(next.gapBefore)) return false;
  for (let k = i + 1; k < Math.min(doc.tokens.length, i + 14) && doc.tokens[k]!.line === t.line; k++)
    if (/^(?:he|she|him|her|his|he's|she's)$/.test(doc.tokens[k]!.key)) return true;
  return false;
}

/**
 * The line labelled by token `i` is someone's turn: another line is labelled too, or the line speaks
 * as "I" or to "you". "Flashcard: Beck's triad is …", "NCLEX: Which finding …" label a question.
 */
function spokenTurn(doc: Doc, i: number): boolean {
  const line = doc.tokens[i]!.line;
  return doc.tokens.some((t, k) => {
    if (t.line === line) return firstOrSecondPerson.has(t.key);
    const opensLine = k === 0 || doc.tokens[k - 1]!.line !== t.line;
    const next = doc.tokens[k + 1];
    return opensLine && next?.line === t.line && /^:/.test(next.gapBefore);
  });
}
const firstOrSecondPerson = new Set("i i'm im me my we our us you your you're".split(' '));

/**
 * "a 10-year-old boy previously diagnosed": an adverb in lower case says how, not who; "and grandma
 * hummed along": a verb in the past tense says what the relative did.
 */
function saysHowOrWhatDone(doc: Doc, t: Token): boolean {
  if (t.case !== Case.Lower) return false;
  // ("my other friend woodly": a surname no dictionary holds is tagged an adverb by its ending.)
  const unlistedOrWord = doc.lex.wordCount(t.key) > 0 || !doc.listedName(t.key);
  if (doc.lex.tags(t.key).includes('Adverb') && unlistedOrWord) return true;
  // "my brother in law brews in his garage", "my mom works nights": an everyday word in -s no name
  // list holds is what the relative does.
  if (/[^s']s$/.test(t.key) && doc.lex.wordCount(t.key) > 0 && !doc.listedName(t.key)) return true;
  // "help your mom see that side": a bare verb before its object ("my daughter hope is" names her).
  const next = doc.next(doc.indexAt(t.start));
  if (
    doc.lex.tags(t.key).includes('Infinitive') &&
    !nameVerbs.has(t.key) &&
    (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) > 500 &&
    doc.lex.wordCount(t.key) >= 5000 &&
    next !== undefined &&
    next.line === t.line &&
    /^[ \t]+$/.test(next.gapBefore) &&
    imperativeObjects.has(next.key)
  )
    return true;
  return (
    ((/ly$/.test(t.key) && unlistedOrWord) ||
      doc.lex.tags(t.key).includes('PastTense') ||
      (/ed$/.test(t.key) && t.key.length >= 5 && !doc.listedName(t.key))) &&
    doc.lex.firstNameRank(t.key) === undefined
  );
}

/**
 * "i'm not trying to be your dad man i'm trying", "that's my brother dude.": a word said to anyone,
 * after the relation and closing the clause ("my cousin king said" names him).
 */
function saidToAnyone(doc: Doc, t: Token): boolean {
  if (!endearments.has(t.key) || doc.lex.wordCount(t.key) < 5000) return false;
  const next = doc.next(doc.indexAt(t.start));
  return (
    next === undefined ||
    next.line !== t.line ||
    /[.,!?;]/.test(next.gapBefore) ||
    clauseOpeners.has(next.key) ||
    // ("my dad see you tomorrow": the word said, then whom the clause after it speaks to.)
    /^(?:you|you're|ive)$/.test(next.key)
  );
}

/** What an imperative's verb takes next: "mark that down", "grant me this", "bill the insurer". */
const imperativeObjects = new Set(
  'that this it me him her them us the a an my your his their our'.split(' '),
);
/** Given names that are verbs too, which the tagger knows only as names. */
const nameVerbs = new Set('mark grant bill rob sue pat chase hunt wade drew jack josh roger'.split(' '));

/**
 * "mark that down for me": a word that is a verb, opening what is said before its object, is the
 * verb told, not someone spoken to.
 */
function imperativeOpening(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const n1 = doc.next(i);
  return (
    t.sentenceStart &&
    n1 !== undefined &&
    doc.adjacent(t, n1) &&
    imperativeObjects.has(n1.key) &&
    (nameVerbs.has(t.key) || doc.lex.tags(t.key).includes('Infinitive'))
  );
}

/**
 * "since santi was born", "the day Maddox was born", "a year since dre passed": who is born, or
 * died, is someone ("since the storm passed" takes an article; "since time passed" is the word).
 */
function bornSubject(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!isWord(t) || doc.isGrammatical(t.key) || relations.has(t.key) || t.possessive) return false;
  const was = doc.next(i);
  const born = doc.next(i, 2);
  if (
    was !== undefined &&
    born?.key === 'born' &&
    doc.adjacent(t, was) &&
    doc.adjacent(was, born) &&
    /^(?:was|is|got|were)$/.test(was.key)
  )
    return true;
  const when = doc.prev(i);
  return (
    was !== undefined &&
    /^(?:passed|died)$/.test(was.key) &&
    doc.adjacent(t, was) &&
    when !== undefined &&
    doc.adjacent(when, t) &&
    /^(?:since|when|after|before|until|till)$/.test(when.key) &&
    (!doc.isOrdinaryWord(t.key) || doc.givenName(t.key))
  );
}

/** Who a family is, after its surname: "the Okafor kids", "the Lindqvist twins". */
const familyHeads = new Set('kids family boys girls twins sisters brothers household clan'.split(' '));

/** How much context says "a person" around token i; each cue is independent English usage. */
export function personContext(doc: Doc, i: number): { boost: number; cue: string } {
  const t = doc.tokens[i]!;
  const p1 = doc.prev(i);
  const p2 = doc.prev(i, 2);
  const n1 = doc.next(i);
  const p3 = doc.prev(i, 3);
  // "my sister's house", "Father's Day": a title or relation in the possessive owns the next word.
  // ("tia chayo", "Tío Beto", "Ate Jen", "Tonton Fritz": kin of other tongues before a name, which
  // "Tia" alone may be; "ate" is English unless capitalized inside a sentence.)
  const kinTitle =
    p1 !== undefined &&
    kinBeforeName.has(p1.key) &&
    p1.case !== Case.Upper &&
    /^[ \t]{1,2}$/.test(t.gapBefore) &&
    (p1.key !== 'ate' || (doc.capitalized(p1) && !p1.sentenceStart));
  if (
    p1 &&
    (titles.has(p1.key) || kinTitle) &&
    !p1.possessive &&
    /^\.?[ \t]{0,2}$/.test(t.gapBefore) &&
    titleHere(doc, p1, t) &&
    !missIsVerb(p1, p2) &&
    !saysHowOrWhatDone(doc, t) &&
    // ("the PTSD Coach app": where case tells, a name after a capitalized title is capitalized too.)
    !(doc.caseInformative(t) && t.case === Case.Lower && p1.case === Case.Capitalized && !p1.sentenceStart)
  )
    return { boost: 0.6, cue: 'title' };
  // "Dr. L. Haapala": a title, an initial, then the name.
  // ("…the causative agent?\nA. Yersinia pestis": a question's title word, then a choice's letter.)
  if (
    p1 &&
    p1.text.length === 1 &&
    p2 &&
    titles.has(p2.key) &&
    /^\.?[ \t]{1,2}$/.test(t.gapBefore) &&
    p2.line === p1.line &&
    /^[ \t]{1,2}$/.test(p1.gapBefore) &&
    !choiceLetter(doc, i - 1)
  ) {
    return { boost: 0.6, cue: 'title' };
  }
  if (
    p1 &&
    relations.has(p1.key) &&
    !p1.possessive &&
    // ("Daniel Petrosyan, MA, LPC-Associate": a degree in capitals, not "ma".)
    !(p1.case === Case.Upper && (credentials.has(p1.key) || academicDegrees.has(p1.key))) &&
    // ("My dad — Frank — he …": set off by dashes on both sides.)
    (/^,?[ \t]{1,2}$/.test(t.gapBefore) ||
      (/^[ \t]*(?:[—–]|--)[ \t]*$/.test(t.gapBefore) && /^[ \t]*(?:[—–]|--)/.test(n1?.gapBefore ?? ''))) &&
    !shorthandWord(doc, t) &&
    !saysHowOrWhatDone(doc, t) &&
    !saidToAnyone(doc, t) &&
    // ("per her daughter, NIHSS 14": initials before a number are a score.)
    !(
      t.case === Case.Upper &&
      t.text.length >= 3 &&
      !doc.listedName(t.key) &&
      n1 !== undefined &&
      /^\d/.test(n1.text) &&
      doc.adjacent(t, n1)
    ) &&
    // ("the mother–daughter dyad", "parent-child work": a relation dashed to another word is a compound.)
    !(/^[-–‐]$/.test(p1.gapBefore) && p2 !== undefined && isWord(p2)) &&
    // "caseworker, foster mother", "father, Somali-speaking": a word saying which relation comes
    // next, or what the relative speaks, describes; it names no one.
    !(n1 !== undefined && doc.adjacent(t, n1) && relations.has(n1.key)) &&
    !/-(?:speaking|speaker|born|based)$/.test(t.key)
  ) {
    // "my best friend destiny", "her little brother jace": a word saying which one may stand between.
    const owned =
      p2 &&
      (possessives.has(p2.key) ||
        (whichRelation.has(p2.key) && p3 !== undefined && possessives.has(p3.key) && p3.line === t.line));
    if (owned) return { boost: 0.5, cue: 'my relation' };
    // "husband dragan", "SOCIAL: SON ROB": a role word opening a phrase, then the name.
    const opens = !p2 || p2.line !== p1.line || /[.,:;(\-–—]/.test(p1.gapBefore) || p2.possessive;
    // ("child mario kart and minecraft": a turn's label written without its colon.)
    const labelled = doc.tokens[i - 1] === p1 && bareSpeakerLabel(doc, i - 1);
    if ((opens || !doc.isOrdinaryWord(t.key)) && !labelled) return { boost: 0.45, cue: 'relation' };
  }
  // "clt sky presented on time", "client maya reports …": a note's word for whom it is about, a word,
  // then what notes say such a one did — the client's name, however everyday the word.
  if (
    p1 &&
    noteSubjects.has(p1.key) &&
    n1 &&
    doc.adjacent(p1, t) &&
    doc.adjacent(t, n1) &&
    noteVerbs.has(n1.key) &&
    isWord(t) &&
    !t.possessive &&
    !doc.isGrammatical(t.key) &&
    !relations.has(t.key) &&
    !doc.lex
      .tags(t.key)
      .some((tag) => ['Adjective', 'Adverb', 'Verb', 'Infinitive', 'PastTense', 'Gerund'].includes(tag))
  )
    return { boost: 0.5, cue: 'client named' };
  // "my sister in law lin", "his brother in law Dale": the relation said in three words.
  if (
    p1?.key === 'law' &&
    p2?.key === 'in' &&
    p3 !== undefined &&
    relations.has(p3.key) &&
    /^,?[ \t]{1,2}$/.test(t.gapBefore) &&
    !shorthandWord(doc, t) &&
    !saysHowOrWhatDone(doc, t) &&
    !saidToAnyone(doc, t)
  )
    return { boost: 0.5, cue: 'my relation' };
  // "this guy Parks on my crew", "that lady Bliss from church": someone introduced by what they are,
  // capitalized where case means something, or a given name where it does not.
  // "this older guy walt who runs it": a word saying which one may stand between.
  const described = p2 !== undefined && doc.lex.tags(p2.key).includes('Comparative') && doc.adjacent(p3, p2);
  const demonstrative = described ? p3 : p2;
  if (
    p1 &&
    demonstrative &&
    (demonstrative.key === 'this' || demonstrative.key === 'that') &&
    someoneWords.has(p1.key) &&
    doc.adjacent(p2, p1) &&
    doc.adjacent(p1, t) &&
    !calendarWords.has(t.key) &&
    (doc.caseInformative(t)
      ? doc.capitalized(t)
      : doc.lex.firstNameRank(t.key) !== undefined &&
        ((doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) < rankCrowd ||
          !doc.isOrdinaryWord(t.key)) &&
        !doc.isGrammatical(t.key))
  )
    return { boost: 0.45, cue: 'relation' };
  // "Ted J. Wallace-Price, RRT", "v. dunmore rrt": a credential after the name.
  // Not "febrile, np jen aware" (there the credential titles the next name) nor "by iv rn" (a unit).
  const titlesNext =
    noticeWords.has(doc.next(i, 3)?.key ?? '') &&
    isWord(doc.next(i, 2) ?? t) &&
    !noticeWords.has(doc.next(i, 2)!.key);
  if (
    n1 &&
    credentials.has(n1.key) &&
    /^,?[ \t]{1,2}$/.test(n1.gapBefore) &&
    // "eggs are unhinged rn": outside notes a lower-case "rn" is "right now".
    !(n1.text === 'rn' && doc.jargon < 0.04) &&
    !doc.isOrdinaryWord(t.key) &&
    !isHospitalUnit(t.key) &&
    !titlesNext &&
    // "Assessment: LDL, PA": a test's or an illness's letters before a credential are a list, not a name.
    !(t.case === Case.Upper && (doc.lex.medical(t.key) || (t.text.length <= 4 && !doc.listedName(t.key)))) &&
    credentialHere(doc, i)
  ) {
    return { boost: 0.45, cue: 'credential' };
  }
  // "T. Barkley aware", "per Tomczak", "paged Dr": clinical notes name who was told.
  if (n1 && noticeWords.has(n1.key) && /^[ \t]$/.test(n1.gapBefore) && !doc.isOrdinaryWord(t.key)) {
    return { boost: 0.3, cue: 'was notified' };
  }
  if (
    p1 &&
    p1.text.length === 1 &&
    /^\.[ \t]$/.test(t.gapBefore) &&
    p1.case === Case.Upper &&
    !doc.isOrdinaryWord(t.key) &&
    !p3?.text.match(/^\d/)
  ) {
    return { boost: 0.3, cue: 'after an initial' };
  }
  // "named X" and "name X" introduce anyone; "called X" introduces pills and places as often as
  // people, so there the word must be a listed name, and no day ("he called Sunday").
  if (p1 && nameIntro.has(p1.key) && /^[ \t]$/.test(t.gapBefore)) {
    const loose = p1.key === 'called' || p1.key === 'call' || p1.key === 'goes';
    // "your brain goes see, we were right": what someone goes is said, an everyday word, not a name.
    const quoted = p1.key === 'goes' && doc.isOrdinaryWord(t.key) && !doc.capitalized(t);
    // Nor a skill's initials in text that writes names capitalized ("a skill called TIPP").
    const initials = t.case === Case.Upper && doc.caseInformative(t);
    // "I called Apple", "we call Medicaid": after who calls, the phone's call, not a name given.
    const phoned = p1.key !== 'goes' && p2 !== undefined && callers.has(p2.key);
    // ("called me by my aunt's name Wednesday": a weekday after a bare "name" says when.)
    const when = p1.key === 'name' && weekday.test(t.key);
    if (
      !when &&
      (!loose || (doc.givenName(t.key) && !calendarWords.has(t.key) && !initials && !phoned && !quoted))
    )
      return { boost: 0.5, cue: 'name intro' };
  }
  // "And Summer. That's her name. Summer.": a word said, then said to be a name, or said again after.
  if (
    isWord(t) &&
    !doc.isGrammatical(t.key) &&
    (/^[.!,]?[ \t]+that(?:['’]s|[ \t]+is|[ \t]+was)[ \t]+(?:his|her|their|my|our)[ \t]+(?:real[ \t]+|actual[ \t]+|first[ \t]+)?name\b/i.test(
      doc.text.slice(t.end, t.end + 40),
    ) ||
      /\bthat(?:['’]s|[ \t]+is|[ \t]+was)[ \t]+(?:his|her|their|my|our)[ \t]+name[.!][ \t]+$/i.test(
        doc.text.slice(Math.max(0, t.start - 40), t.start),
      ))
  )
    return { boost: 0.5, cue: 'name given' };
  // "my name is X", "her name is X", "his real name was X": said outright.
  if (
    (p1?.key === 'is' || p1?.key === 'was') &&
    p2?.key === 'name' &&
    /^[ \t]$/.test(t.gapBefore) &&
    /^[ \t]$/.test(p1.gapBefore)
  )
    return { boost: 0.5, cue: 'name given' };
  if (nicknameExplained(doc, i) || quotedNickname(doc, i) || nicknameInName(doc, i))
    return { boost: 0.5, cue: 'nickname given' };
  // "my friends call me Tomáš", "people call me radoslav": what someone is called; "call me back",
  // "call me later" is a phone call.
  // "everybody just called him storm": what he was called, a given name or a thing's word.
  if (
    p1 &&
    (p1.key === 'him' || p1.key === 'her') &&
    p2 &&
    // "we call him Tex"; "call him back" bare is a phone call.
    (/^call(?:s|ed)$/.test(p2.key) || (p2.key === 'call' && namers.has(p3?.key ?? ''))) &&
    /^[ \t]$/.test(t.gapBefore) &&
    /^[ \t]$/.test(p1.gapBefore) &&
    isWord(t) &&
    !doc.isGrammatical(t.key) &&
    !callParticles.has(t.key) &&
    !calendarWords.has(t.key) &&
    !doc.lex.tags(t.key).some((tag) => tag === 'Adjective' || tag === 'Adverb' || tag === 'Comparative') &&
    (doc.caseInformative(t)
      ? doc.capitalized(t)
      : doc.givenName(t.key) || !doc.isOrdinaryWord(t.key) || doc.lex.tags(t.key).includes('Singular'))
  )
    // An everyday word no name list holds ("calls him peanut") is a nickname.
    return {
      boost: 0.5,
      cue: doc.isOrdinaryWord(t.key) && namePrior(doc, t.key) === 0 ? 'nickname given' : 'name given',
    };
  if (
    p1?.key === 'me' &&
    p2 &&
    /^call(?:s|ed|ing)?$/.test(p2.key) &&
    /^[ \t]$/.test(t.gapBefore) &&
    !callParticles.has(t.key) &&
    // ("they call me beta", "kids keep calling me sus": slang says what, not who.)
    !chatWords.has(t.key) &&
    // "he called me thursday night", "he calls me sunday night": when, not what (a month may be a
    // name: "they call me April").
    !(p2.key === 'called' && calendarWords.has(t.key)) &&
    !weekday.test(t.key) &&
    // "she calls me mama now": what a child calls the one raising them is a relation, not a name.
    !(relations.has(t.key) && !endearments.has(t.key)) &&
    // (An everyday word no name list holds is weighed below as a nickname: "calls me peanut".)
    !(doc.isOrdinaryWord(t.key) && namePrior(doc, t.key) === 0)
  )
    return { boost: 0.5, cue: 'name given' };
  if (namesTheRelation(doc, i) || presentedAlone(doc, i)) return { boost: 0.5, cue: 'name given' };
  const n2 = doc.next(i, 2);
  const spaced = (a: Token | undefined) =>
    a !== undefined && a.line === t.line && /^[ \t]{1,2}$/.test(a.gapBefore);
  // Speech-to-text drops the punctuation, so without telling case a new clause's first word
  // ("i'm lauriane i'm the one who called", "how did that feel randy okay") also ends the clause.
  // The next speaker's label ends it too ("who's faith client: …").
  const endsClause =
    !n1 ||
    /^\s*[.,!?;:]/.test(n1.gapBefore) ||
    n1.line !== t.line ||
    (!doc.caseInformative(t) && clauseOpeners.has(n1.key)) ||
    (roleLabels.has(n1.key) && /^:/.test(doc.next(i, 2)?.gapBefore ?? ''));
  // "Who's Chase?", "who is Lyric?", "whos frank again": asking who someone is names them.
  if (
    p1 &&
    (endsClause || (n1?.key === 'again' && doc.adjacent(t, n1))) &&
    isWord(t) &&
    !t.contraction &&
    !doc.isGrammatical(t.key) &&
    askedWith(p1, p2, 'who') &&
    // "who's chase": only a person is asked who, whatever else the given name means; "whos cash",
    // a surname that is a word, too ("who's hungry", "who's next" ask who is so).
    (doc.caseInformative(t)
      ? doc.capitalized(t)
      : !doc.isOrdinaryWord(t.key) ||
        // ("someone whos loyal": after whom it says, "whos" opens what they are.)
        ((p1.sentenceStart || p1.line !== doc.prev(i, p1.key === 'is' ? 3 : 2)?.line) &&
          (doc.givenName(t.key) || doc.listedName(t.key)) &&
          !doc.lex.tags(t.key).some((tag) => tag === 'Adjective' || tag === 'Ordinal' || tag === 'Adverb')))
  )
    return { boost: 0.4, cue: 'asked who' };
  // "whats scooter to you": what someone is to the speaker is asked of a person.
  if (
    p1 &&
    (p1.key === 'whats' || (p1.key === 'what' && p1.possessive)) &&
    n1?.key === 'to' &&
    /^(?:you|her|him|them)$/.test(n2?.key ?? '') &&
    doc.adjacent(t, n1) &&
    isWord(t) &&
    !doc.isGrammatical(t.key) &&
    (doc.caseInformative(t) ? doc.capitalized(t) : doc.listedName(t.key) || unknownWord(doc, i))
  )
    return { boost: 0.4, cue: 'asked who' };
  // "how old is harmony": an age is asked of someone.
  if (
    p1 &&
    (p1.key === 'is' || p1.key === 'was') &&
    p2?.key === 'old' &&
    p3?.key === 'how' &&
    endsClause &&
    isWord(t) &&
    !doc.isGrammatical(t.key) &&
    (doc.caseInformative(t) ? doc.capitalized(t) : doc.givenName(t.key) || unknownWord(doc, i))
  )
    return { boost: 0.4, cue: 'asked who' };
  // "how's ruby doing", "How is Wade?": asked after as only someone is ("how's work" is not).
  if (
    p1 &&
    askedWith(p1, p2, 'how') &&
    isWord(t) &&
    !t.contraction &&
    !doc.isGrammatical(t.key) &&
    (endsClause || ['doing', 'holding', 'feeling', 'handling'].includes(n1?.key ?? '')) &&
    (doc.caseInformative(t)
      ? doc.capitalized(t)
      : (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) < rankCrowd || !doc.isOrdinaryWord(t.key))
  )
    return { boost: 0.4, cue: 'asked after' };
  // "How's your son? — Jaxon? He got suspended": a name echoed back, a question of its own.
  if (
    t.sentenceStart &&
    n1 &&
    /^\?/.test(n1.gapBefore) &&
    isWord(t) &&
    !t.contraction &&
    !doc.isOrdinaryWord(t.key) &&
    !doc.isGrammatical(t.key) &&
    doc.lex.place(t.key) === undefined &&
    // "Behaviorally?", "Academically?": asked in what respect, by an adverb's ending.
    !adverbByEnding(doc, t.key) &&
    (doc.caseInformative(t) ? t.case === Case.Capitalized : doc.givenName(t.key))
  )
    return { boost: 0.35, cue: 'echoed' };
  // "everybody calls him Biscuit", "we called her bean because…": a word closing the clause after
  // calling someone is what they are called, however everyday the word.
  if (
    p1 &&
    p2 &&
    // "everybody calls him Biscuit", "my mom named me Serenity".
    ((['him', 'her', 'them'].includes(p1.key) && /^call(?:s|ed|ing)?$/.test(p2.key)) ||
      // ("he calls me peanut in front of everybody": not what loves or kin call one, "baby", "mama".)
      (p1.key === 'me' &&
        /^call(?:s|ed|ing)?$/.test(p2.key) &&
        !relations.has(t.key) &&
        !endearments.has(t.key) &&
        !chatWords.has(t.key) &&
        // ("she calls me crying": how, not what; "she called me personally", "called me directly".)
        !doc.lex.tags(t.key).includes('Gerund') &&
        !/ing$/.test(t.key) &&
        !adverbByEnding(doc, t.key)) ||
      (['me', 'him', 'her', 'them'].includes(p1.key) && p2.key === 'named')) &&
    /^[ \t]$/.test(t.gapBefore) &&
    isWord(t) &&
    !t.contraction &&
    // "calls him boo": an interjection can be a nickname; other grammar words cannot.
    (!doc.isGrammatical(t.key) || interjectionName(doc, t.key)) &&
    // "call him anytime", "call him Friday": when, which the tagger's lists lack.
    !/^(?:any|some)(?:time|times|day)$|^asap$|^whenever$/.test(t.key) &&
    // "she calls them balls": things called by a plural word are no one.
    !(p1.key === 'them' && /[^s'’]s$/.test(t.key) && doc.isOrdinaryWord(t.key)) &&
    !calendarWords.has(t.key) &&
    // "called him back", "called her crazy", "called him today": very common words, adverbs,
    // adjectives and dates say how or when, not what — unless the adjective is also a listed given
    // name and someone habitually calls them so ("everybody calls her tiny").
    doc.commonness(t.key) < 8000 &&
    !doc.lex
      .tags(t.key)
      .some(
        (tag) =>
          ['Adverb', 'Preposition', 'Date', 'Plural'].includes(tag) ||
          (tag === 'Adjective' &&
            !(
              doc.lex.firstNameRank(t.key) !== undefined &&
              /^calls$/.test(p2.key) &&
              namers.has(p3?.key ?? '')
            )),
      ) &&
    (endsClause || (n1 !== undefined && (clauseLinks.has(n1.key) || afterNickname.has(n1.key))))
  )
    return { boost: 0.5, cue: 'nickname given' };
  // "doc. that's what we called our medic": a word, then what all called someone ("the spot. that's
  // what we called his garage" names a place: see `calledPlace`).
  const calledSo = calledSoAfter(doc, t);
  if (
    calledSo !== undefined &&
    isWord(t) &&
    !t.contraction &&
    !doc.isGrammatical(t.key) &&
    !relations.has(t.key) &&
    !doc.isGrammatical(calledSo) &&
    !placeNounsCalled.has(calledSo)
  )
    return { boost: 0.5, cue: 'nickname given' };
  // "this kid everybody calls junebug, …", "who everyone just called peanut": what all call someone,
  // said without "him" — a nickname, whatever word it is, where its clause ends on it ("everybody
  // called security and …" phoned).
  // ("this older guy they call pops who …": "they" or "we" call one a person noun has introduced.)
  const namerAt = p2?.key === 'just' ? 3 : 2;
  const namer = doc.prev(i, namerAt);
  const introduced = (k: number) =>
    [1, 2].some((n) => personNouns.has(doc.prev(i, k + n)?.key ?? '') && doc.prev(i, k + n)?.line === t.line);
  if (
    p1 &&
    /^call(?:s|ed)?$/.test(p1.key) &&
    namer !== undefined &&
    (habitualNamers.has(namer.key) ||
      ((namer.key === 'they' || namer.key === 'we') && introduced(namerAt))) &&
    (p1.key !== 'call' ||
      !habitualNamers.has(namer.key) ||
      namer.key === 'people' ||
      namer.key === 'folks') &&
    // ("which most people call avoidance", "what everyone calls burnout": a term for a thing.)
    !/^(?:which|what|that|most|some|many|lot)$/.test(doc.prev(i, namerAt + 1)?.key ?? '') &&
    /^[ \t]$/.test(t.gapBefore) &&
    isWord(t) &&
    !t.contraction &&
    !doc.isGrammatical(t.key) &&
    !callParticles.has(t.key) &&
    !calendarWords.has(t.key) &&
    !relations.has(t.key) &&
    !phonedParties.has(t.key) &&
    !doc.lex.tags(t.key).some((tag) => tag === 'Plural' || tag === 'Adverb' || tag === 'Adjective') &&
    (endsClause || (n1 !== undefined && (clauseLinks.has(n1.key) || afterNickname.has(n1.key))))
  )
    return { boost: 0.5, cue: 'nickname given' };
  // "they call him lil t", "we called her little bit": a nickname's first word is its size or age.
  if (
    p1 &&
    nicknameOpeners.has(p1.key) &&
    (p2?.key === 'him' || p2?.key === 'her') &&
    /^call(?:s|ed)?$/.test(p3?.key ?? '') &&
    doc.adjacent(p1, t) &&
    isWord(t) &&
    !doc.isGrammatical(t.key)
  )
    return { boost: 0.5, cue: 'nickname given' };
  // "Moose is what everybody calls my dad", "bean is what we all call her": a word named as what
  // someone is called.
  const n3 = doc.next(i, 3);
  const n4 = doc.next(i, 4);
  if (
    n1?.key === 'is' &&
    n2?.key === 'what' &&
    n3 &&
    namers.has(n3.key) &&
    n4 &&
    /^call(?:s|ed)?$/.test((n4.key === 'all' ? doc.next(i, 5)?.key : n4.key) ?? '') &&
    spaced(n1) &&
    spaced(n2) &&
    isWord(t) &&
    !t.contraction &&
    // Its own clause's subject, not "the name is what …"; speech-to-text may have dropped the stop before it.
    (t.sentenceStart ||
      !p1 ||
      p1.line !== t.line ||
      !doc.isGrammatical(p1.key) ||
      (!doc.caseInformative(t) &&
        !possessives.has(p1.key) &&
        !doc.lex.tags(p1.key).some((tag) => tag === 'Determiner' || tag === 'Preposition')))
  )
    return { boost: 0.5, cue: 'nickname given' };
  // Without capitals, a word no dictionary knows is as name-shaped as a listed name ("okay, kamryn.").
  const unknownUncased = !doc.caseInformative(t) && unknownWord(doc, i);
  const nameShaped = doc.lex.firstNameRank(t.key) !== undefined || doc.capitalized(t) || unknownUncased;
  // "I'm Dawn.", "this is Marcus,": introducing oneself or someone, the name closing the clause.
  // "i'm kenzie and uh my twins …": in speech the name may run on into what comes next, where it is
  // a given name that is no everyday word.
  // "i'm destiny by the way", "im page and i guess …": a listed given name that is a noun too runs
  // on into "by the way" or another clause about oneself — no article stands before it, as before "a
  // star", so it is what one is called.
  const introGoesOn =
    n1 !== undefined &&
    ((n1.key === 'by' && n2?.key === 'the' && n3?.key === 'way') ||
      n1.key === 'btw' ||
      (n1.key === 'and' && /^(?:i|im|i['’]m)$/.test(n2?.key ?? '')));
  const runsOn =
    n1 !== undefined &&
    ((/^(?:and|um|uh|so)$/.test(n1.key) && doc.givenName(t.key) && !doc.isOrdinaryWord(t.key)) ||
      (introGoesOn &&
        doc.lex.firstNameRank(t.key) !== undefined &&
        !relations.has(t.key) &&
        !doc.lex.tags(t.key).some((tag) => /Adjective|Adverb|Tense|Infinitive|Gerund|Participle/.test(tag))));
  // "i'm brooks alcoholic", "I'm Wren and I'm an addict": a meeting's greeting names whoever says
  // it, whatever the word.
  const recovering = (w: Token | undefined) =>
    w !== undefined && /^(?:alcoholic|addict|grateful|recovering|a|an)$/.test(w.key);
  const meetingIntro =
    n1 !== undefined &&
    n1.line === t.line &&
    ((/^(?:alcoholic|addict|grateful|recovering)$/.test(n1.key) && spaced(n1)) ||
      (n1.key === 'and' && /^i['’]?m$/.test(doc.next(i, 2)?.key ?? '') && recovering(doc.next(i, 3))));
  if (
    p1 &&
    (((endsClause || runsOn) && nameShaped) || meetingIntro) &&
    (p1.key === "i'm" || p1.key === 'im' || (p1.key === 'is' && p2?.key === 'this')) &&
    // "i cant tell anybody im gay": uncapitalized, what one is may be how one is; "I'm Buddhist",
    // "I'm Mexican": a faith or a people, in any case.
    !(!doc.capitalized(t) && doc.lex.tags(t.key).includes('Adjective')) &&
    !denominations.has(t.key) &&
    !identities.has(t.key) &&
    !doc.lex.tags(t.key).includes('Demonym')
  ) {
    return { boost: 0.4, cue: 'name intro' };
  }
  // "hey um rich alcoholic", "yeah dean alcoholic", "rose addict": the meeting's greeting with "I'm"
  // left out, after a greeting or a filler or opening the turn — whatever the word, but not one
  // saying what kind of alcoholic ("recovering", "functioning").
  if (
    n1 !== undefined &&
    n1.line === t.line &&
    spaced(n1) &&
    /^(?:alcoholic|addict)$/.test(n1.key) &&
    (p1 === undefined ||
      p1.line !== t.line ||
      /^(?:hey|hi|hello|um|uh|yeah|so|ok|okay|yo)$/.test(p1.key) ||
      /:\s*$/.test(t.gapBefore)) &&
    !/^(?:recovering|grateful|functioning|functional|sober|active|former|real|an?|the|am|im|i'm|is|was)$/.test(
      t.key,
    ) &&
    !doc.isGrammatical(t.key) &&
    !denominations.has(t.key)
  )
    return { boost: 0.4, cue: 'name intro' };
  if (namedAside(doc, i) || describedAfter(doc, i)) return { boost: 0.4, cue: 'named aside' };
  // ("Questionnaires, some computer tasks": a plural noun opening a list is no one spoken to.)
  const plural =
    (doc.lex.tags(t.key).includes('Plural') ||
      (/[^s]s$/.test(t.key) && doc.isOrdinaryWord(t.key.slice(0, -1)) && !doc.listedName(t.key))) &&
    doc.lex.firstNameRank(t.key) === undefined;
  if (
    !plural &&
    (vocative(doc, i, unknownUncased) ||
      openingAddress(doc, i, unknownUncased) ||
      askedByName(doc, i, unknownUncased))
  )
    return { boost: 0.4, cue: 'vocative' };
  // "jasmine and tyrone", "tyrone and jasmine": a common given name that is also a word, paired with
  // a given name that is none, is a name too.
  if (pairedWithName(doc, i)) return { boost: 0.35, cue: 'paired with a name' };
  if (nameThereIs(doc, i)) return { boost: 0.35, cue: 'a name there is' };
  if (pairActs(doc, i)) return { boost: 0.35, cue: 'subject of an action' };
  // "RIP Kobe", "rest in peace Grandpa Ray": whoever is mourned is a person, even a city's namesake.
  if (
    p1 &&
    nameShaped &&
    /^,?[ \t]$/.test(t.gapBefore) &&
    (p1.key === 'rip' || (p1.key === 'peace' && p2?.key === 'in' && doc.prev(i, 3)?.key === 'rest'))
  )
    return { boost: 0.4, cue: 'mourned' };
  // "Thanks in advance, Alexane.", "Best regards, Tom": a name signing off a message.
  if (
    p1 &&
    signOffs.has(p1.key) &&
    /^,?[ \t]{1,2}$/.test(t.gapBefore) &&
    endsClause &&
    nameShaped &&
    !doc.isOrdinaryWord(t.key)
  )
    return { boost: 0.4, cue: 'sign-off' };
  // "Thanks so much,⏎Rob (hospitalist)": a given name opening the line after the sign-off, alone or
  // with a role in brackets.
  if (
    p1 &&
    (signOffs.has(p1.key) || /^(?:thanks|thx|much)$/.test(p1.key)) &&
    /^,[ \t]*\n[ \t]*$/.test(t.gapBefore) &&
    doc.capitalized(t) &&
    (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) < rankCrowd &&
    /^(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*(?:\n|$)/.test(doc.text.slice(t.end, t.end + 40))
  )
    return { boost: 0.4, cue: 'sign-off' };
  // "— Nick" alone on a letter's last line: who signs it ("— Nick (night shift)": with an aside).
  if (
    doc.capitalized(t) &&
    (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) < rankCrowd &&
    /(?:^|\n)[ \t]*(?:[—–]|--)[ \t]*$/.test(t.gapBefore) &&
    // (The letter's end: a list's dashes run on line after line.)
    (n1 === undefined || /\n[ \t]*\n/.test(n1.gapBefore) || signedWithAside(doc, t)) &&
    !/\n[ \t]*(?:[—–]|--)[^\n]*\n[ \t]*(?:[—–]|--)[ \t]*$/.test(
      doc.text.slice(Math.max(0, t.start - 80), t.start),
    )
  )
    return { boost: 0.4, cue: 'sign-off' };
  // "Heather,⏎⏎Forwarding the intake below": a letter's salutation, a given name alone on its line.
  if (
    doc.capitalized(t) &&
    (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) < rankCrowd &&
    // (Its own paragraph: "Goals:⏎Hope,⏎Connection" is a list.)
    (i === 0 || /\n[ \t]*\n[ \t]*$/.test(t.gapBefore)) &&
    !t.possessive &&
    /^,[ \t]*\n/.test(doc.text.slice(t.end, t.end + 4)) &&
    n1 !== undefined &&
    doc.capitalized(n1)
  )
    return { boost: 0.4, cue: 'vocative' };
  // "thank you faith and who's the client", "thank you joy for making me practice": thanked by
  // name, whatever everyday word the name is, where the thanks ends or says what for.
  if (
    p1?.key === 'you' &&
    p2?.key === 'thank' &&
    doc.adjacent(p1, t) &&
    !t.possessive &&
    doc.lex.firstNameRank(t.key) !== undefined &&
    !thankedNoOne.has(t.key) &&
    !doc.isGrammatical(t.key) &&
    (n1 === undefined ||
      n1.line !== t.line ||
      /^[,.!?;]/.test(n1.gapBefore) ||
      n1.key === 'and' ||
      (n1.key === 'for' && /ing$/.test(doc.next(i, 2)?.key ?? '')))
  )
    return { boost: 0.4, cue: 'thanked by name' };
  if (repeatedAddress(doc, i)) return { boost: 0.5, cue: 'repeated address' };
  if (
    p1 &&
    (vocativeLead.has(p1.key) || (p1.key === 'you' && p2?.key === 'thank')) &&
    /^,?[ \t]$/.test(t.gapBefore) &&
    endsClause &&
    nameShaped &&
    !initialsNoOneHas(doc, t) &&
    // "No Wordle, no fantasy football": things refused one after another.
    !(p1.key === 'no' && n1?.key === 'no')
  ) {
    return { boost: 0.35, cue: 'direct address' };
  }
  // "what brings you here, Bob?", "it's you I'm worried about, Sal.": a listed name set off by a
  // comma at the end of a clause is someone being spoken to ("Franklin, KY." is a state's code).
  if (
    p1 &&
    /^,[ \t]$/.test(t.gapBefore) &&
    endsClause &&
    // "Franklin, KY.", "in peekskill, ny": a state's code after a town.
    !(stateCodeAt(doc, i) && (doc.capitalized(p1) || doc.lex.place(p1.key) !== undefined)) &&
    (doc.lex.firstNameRank(t.key) !== undefined ||
      // "liver failure, lupus, rhabdomyolysis" is a list and "uh, capacities" a hesitation.
      (unknownUncased &&
        !/^,/.test(n1?.gapBefore ?? '') &&
        !['uh', 'um', 'er', 'like'].includes(p1.key) &&
        // ", iterating what …": an inflected unknown word before a question word is a verb.
        !(clauseOpeners.has(n1?.key ?? '') && /(?:ing|ed)$/.test(t.key)) &&
        // "…, breastfed.", "…, prediabetic?": an unknown word shaped like a participle or an
        // adjective says how things are, not whom one speaks to.
        !(t.key.length >= 6 && /(?:ed|ic|al|ive|ous|ful|less|able)$/.test(t.key))))
  ) {
    return { boost: 0.35, cue: 'direct address' };
  }
  if (nameShaped && identifiedAfter(doc, i)) return { boost: 0.35, cue: 'identified after' };
  if (identifiedInPassing(doc, i)) return { boost: 0.35, cue: 'identified in passing' };
  if (agedAside(doc, i) || agedAfter(doc, i) || agedInBrackets(doc, i))
    return { boost: 0.5, cue: 'age given' };
  if (
    bareNameSubject(doc, i) ||
    askedWhatTheyThink(doc, i) ||
    notedSubject(doc, i) ||
    bornSubject(doc, i) ||
    namedThenPronoun(doc, i)
  )
    return { boost: 0.35, cue: 'subject of an action' };
  // "the thirteen year old caden", "my 5 yo jayden": a child described by age, then named.
  if (
    p1 &&
    p2 &&
    ((p1.key === 'old' && /^(?:years?|yrs?)$/.test(p2.key)) || p1.key === 'yo') &&
    doc.adjacent(p1, t) &&
    // Notes go on to what the patient is ("a 40 year old veteran", "67 YO RETIRED TEACHER").
    doc.jargon < 0.04 &&
    t.case !== Case.Upper &&
    !doc.isGrammatical(t.key) &&
    !personNouns.has(t.key) &&
    !relations.has(t.key) &&
    (doc.givenName(t.key) || doc.listedName(t.key) || doc.unknownWord(t.key))
  )
    return { boost: 0.45, cue: 'relation' };
  // "Grace told me", "and Kamryn asked him", "Grace finally texted back": an adverb may come between.
  const adverbFirst = adverbBeforeVerb(doc, n1);
  const verb = adverbFirst ? n2 : n1;
  const object = adverbFirst ? doc.next(i, 3) : n2;
  if (
    verb &&
    speechVerbs.has(verb.key) &&
    spaced(verb) &&
    object &&
    (speechObjects.has(object.key) || object.key === 'back') &&
    spaced(object) &&
    (t.sentenceStart || ['and', 'but', 'so', 'because', 'cause', 'then'].includes(p1?.key ?? '')) &&
    !roleNoOneIsCalled(doc, t.key)
  ) {
    return { boost: 0.35, cue: 'subject of speech' };
  }
  // "that's what june says too", "it's what kiara said": what someone says, quoted as theirs.
  if (
    p1?.key === 'what' &&
    spaced(t) &&
    n1 !== undefined &&
    spaced(n1) &&
    /^(?:says|said|thinks|thought|tells|told|wants|wanted)$/.test(n1.key) &&
    !doc.isGrammatical(t.key) &&
    !relations.has(t.key) &&
    !roleLabels.has(t.key)
  )
    return { boost: 0.35, cue: 'subject of speech' };
  // "the Lindqvist kids", "the Okafor family": a family by its surname, capitalized after "the".
  if (
    p1?.key === 'the' &&
    n1 &&
    doc.adjacent(t, n1) &&
    n1.case === Case.Lower &&
    familyHeads.has(n1.key) &&
    doc.capitalized(t) &&
    t.case === Case.Capitalized &&
    !t.sentenceStart &&
    !t.possessive &&
    !doc.isOrdinaryWord(t.key) &&
    !doc.lex.company(t.key) &&
    !doc.lex.chain(t.key) &&
    doc.lex.place(t.key) === undefined &&
    !doc.lex.tags(t.key).includes('Demonym')
  )
    return { boost: 0.35, cue: 'surname of a family' };
  // "CRYSTAL: Crystal, nineteen days.": a group's check-in, each saying the name the label gives.
  if (
    isWord(t) &&
    p1 !== undefined &&
    p1.key === t.key &&
    p1.line === t.line &&
    /^:[ \t]*$/.test(t.gapBefore) &&
    // ("Intake: Intake, this is Bev.": an office answering by what it is.)
    !roleNoOneIsCalled(doc, t.key) &&
    (i < 2 || doc.tokens[i - 2]!.line !== p1.line) &&
    // ("SKIN: Skin tear", "PLAN: PLAN TO …": a note's headings; a name is set off by a comma.)
    doc.jargon < 0.04 &&
    /^,/.test(n1?.gapBefore ?? '')
  )
    return { boost: 0.5, cue: 'name given' };
  // "Hunter's the one who got me into it": "is the one who" says person of any word.
  if (
    t.possessive &&
    /['’]s$/.test(t.text) &&
    /^[ \t]+the[ \t]+one[ \t]+who\b/i.test(doc.text.slice(t.end, t.end + 20)) &&
    !determiners.has(p1?.key ?? '') &&
    !possessives.has(p1?.key ?? '') &&
    !doc.isGrammatical(t.key) &&
    !relations.has(t.key) &&
    !roleLabels.has(t.key) &&
    !/^(?:here|there|where|that|this|what|who)/.test(t.key)
  )
    return { boost: 0.35, cue: 'the one who' };
  // "Lowe's. Counselor: …": the relation must follow in the same sentence.
  // ("Here's Dad", "There's Mom": "here" and "there" are where someone is; "Everybody's mom",
  // "somebody's kid": anyone's.)
  if (
    t.possessive &&
    n1 &&
    doc.adjacent(t, n1) &&
    relations.has(n1.key) &&
    !/^(?:here|there|where)/.test(t.key) &&
    !/^(?:every|some|any|no)(?:body|one)$/.test(t.key) &&
    // ("Member's wife", "PCP's nurse": the client's or a clinician's, by role or its initials.)
    !roleNoOneIsCalled(doc, t.key) &&
    // ("Family's therapist", "Couple's counselor": a household's, by what it is.)
    !/^(?:family|families|household|couple|couples|parents)$/.test(t.key) &&
    !(t.case === Case.Upper && doc.lex.medical(t.key) && !doc.listedName(t.key))
  )
    return { boost: 0.35, cue: 'possessive + relation' };
  // "at June's wedding", "May's birthday": a month has no wedding, a person does.
  if (
    t.possessive &&
    n1 &&
    lifeEvents.has(n1.key) &&
    spaced(n1) &&
    /['’]s$/.test(t.text) &&
    doc.givenName(t.key) &&
    !doc.isGrammatical(t.key)
  )
    return { boost: 0.35, cue: 'possessive + relation' };
  // "we stayed at frank's place": whose home it is, for a word spoken English writes as a name;
  // "drove to precious's house": without capitals, for a common given name too — a word's thing
  // is no house.
  if (
    t.possessive &&
    n1 &&
    homeNouns.has(n1.key) &&
    spaced(n1) &&
    (spokenAsName(doc, t.key) ||
      unknownUncased ||
      !doc.isOrdinaryWord(t.key) ||
      (!doc.caseInformative(t) && commonGivenName(doc, t.key) && !relations.has(t.key)))
  )
    return { boost: 0.35, cue: 'possessive + relation' };
  if (
    n1 &&
    personVerbs.has(n1.key) &&
    /^[ \t]$/.test(n1.gapBefore) &&
    (t.sentenceStart || p1?.key === 'and') &&
    // "me and glen went fishing" is the stronger "X and I" below.
    !(p1?.key === 'and' && (p2?.key === 'me' || p2?.key === 'i'))
  ) {
    return { boost: 0.15, cue: 'subject of a verb' };
  }
  if (
    t.sentenceStart &&
    n1 &&
    /^,/.test(n1.gapBefore) &&
    /:\s*$/.test(t.gapBefore) &&
    // "DX: MDD, recurrent": a heading's first item, in shorthand no name list holds.
    !(t.case === Case.Upper && t.text.length <= 4 && !doc.listedName(t.key)) &&
    !echoesWord(doc, i)
  ) {
    // "Jean, it's good to see you", "Client: Trinity, yeah.": a listed name opening a turn, then a
    // comma — also a name that is a word but rarely written in lower case ("Trinity", "Deja").
    const listed =
      (doc.lex.firstNameRank(t.key) !== undefined || unknownUncased) &&
      !doc.plainLower(t) &&
      (doc.capitalized(t) || !doc.caseInformative(t)) &&
      (!doc.isOrdinaryWord(t.key) || rarelyLower(doc, t.key));
    return { boost: listed ? 0.35 : 0.2, cue: 'turn-initial address' };
  }
  // "earnest:", "April:" on turn after turn: a speaker, however everyday the word (checked before the
  // single label below, so that a month labelling many turns is known for one).
  // A line's label, before what is said ("Compliant: 30/30 (100%)" is an audit's field: speakers say
  // words — after the time of the turn, "Hope  0:07", which reads "Hope: 0:07").
  const figureAfter = n1 !== undefined && /^\d/.test(n1.text) && !/^:/.test(doc.next(i, 2)?.gapBefore ?? '');
  const opensTurn =
    n1 !== undefined && /^:/.test(n1.gapBefore) && !figureAfter && (i === 0 || doc.prev(i)!.line !== t.line);
  if (opensTurn && repeatedSpeaker(doc, t)) return { boost: 0.5, cue: 'repeated speaker' };
  // "Heather: I'm his daughter": a speaker label that is a name (not "Therapist:" or "Neuro:").
  // "Destiny: Remember me", in dialogue a common first name is a speaker even if it is a word.
  const speakerName =
    doc.jargon < 0.04 &&
    doc.capitalized(t) &&
    t.case === Case.Capitalized &&
    (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1000;
  if (
    opensTurn &&
    // ("- Stroop: within limits", "• Sleep: poor": a list's item, headed by what it is about.)
    !/[-–•*·][ \t]*$/.test(t.gapBefore) &&
    // ("TEEN1:", "Parent2:": a role numbered among its like.)
    !roleLabels.has(t.key.replace(/[-_]?\d+$/, '')) &&
    !abbreviatedRole(doc, t.key) &&
    !roleShaped(doc, t.key) &&
    // "Hx:", "DX:", "ROS:": a note's heading in shorthand ("hx", "dx", "tx" are history, diagnosis,
    // treatment; others the medical list holds).
    !/^[a-z]x$/.test(t.key) &&
    // "Milestones:", "Stressors:": an everyday noun in the plural heads what follows.
    !(
      /[^s]s$/.test(t.key) &&
      doc.isOrdinaryWord(t.key.slice(0, -1)) &&
      doc.lex.surnameRank(t.key) === undefined
    ) &&
    // "Scabies: permethrin or ivermectin?": a condition heading what is said of it.
    !(doc.lex.medical(t.key) && !doc.listedName(t.key) && !doc.isOrdinaryWord(t.key)) &&
    // "reddit: …", "Instagram: …": where a post was written, heading it.
    !(doc.lex.company(t.key) && !doc.listedName(t.key)) &&
    !(
      (t.case === Case.Upper || t.text.length <= 2) &&
      (doc.lex.medical(t.key) || clinicalTerms.has(t.key))
    ) &&
    (!doc.isOrdinaryWord(t.key) || speakerName)
  ) {
    const unknownOk =
      ((doc.jargon < 0.04 && doc.capitalized(t) && doc.commonness(t.key) < 30) || unknownUncased) &&
      spokenTurn(doc, i);
    const listed = doc.lex.firstNameRank(t.key) !== undefined && t.key.length > 3;
    if (listed || unknownOk) return { boost: 0.35, cue: 'speaker label' };
  }
  // "I went to see Madelynn", "talked to Caden", "living with Brisa".
  if (
    p1 &&
    spaced(t) &&
    // "the met gala": after an article the verb's spelling is a noun's.
    ((socialVerbs.has(p1.key) &&
      !describesNoun(doc, i) &&
      !/^(?:the|a|an)$/.test(p2?.key ?? '') &&
      // "you two met young", "we called early": an adjective in lower case says how or when
      // (not before a surname: "saw tiny white yesterday" is a nickname).
      !(
        t.case === Case.Lower &&
        !doc.capitalized(t) &&
        doc.lex.tags(t.key).includes('Adjective') &&
        !(n1 !== undefined && doc.adjacent(t, n1) && doc.listedName(n1.key))
      )) ||
      ((p1.key === 'to' || p1.key === 'with') &&
        p2 &&
        withVerbs.has(p2.key) &&
        spaced(p1) &&
        // "went to bingo", "going to crochet": one goes to a pastime; to someone, only a common name
        // or their home ("went to Jazlynne's").
        !(p1.key === 'to' && goingVerbs.has(p2.key) && !t.possessive && !commonGivenName(doc, t.key))) ||
      // "i'm driving jaxtyn to practice", "picked kenzie up from school": someone driven somewhere.
      (drivingVerbs.has(p1.key) && (n1?.key === 'to' || n1?.key === 'up' || n1?.key === 'home')) ||
      // "we took violet to the pediatrician", "had hope over for dinner": someone taken or hosted.
      takenOrHosted(doc, i) ||
      // "got a text from sunny this morning".
      (p1.key === 'from' && p2 !== undefined && sentThings.has(p2.key) && spaced(p1)) ||
      // "i ran into sabryna gross at the store".
      (p1.key === 'into' &&
        p2 !== undefined &&
        /^(?:ran|run|running|bumped|bump)$/.test(p2.key) &&
        spaced(p1))) &&
    !doc.beforePluralNoun(i) &&
    // "i saw tiny white threads": words describing the plural noun they run on into.
    !(n1 !== undefined && doc.lex.tags(n1.key).includes('Adjective') && doc.beforePluralNoun(i + 1)) &&
    // "moved to nevada", "went to phoenix": a listed place after a verb of going is the place.
    !(
      p1.key === 'to' &&
      !speakingTo.has(p2?.key ?? '') &&
      (doc.lex.place(t.key) !== undefined || doc.lex.isUsState(t.key))
    ) &&
    // "my mom calls from Ohio": a call comes from a state as readily as from someone.
    !(p1.key === 'from' && doc.lex.isUsState(t.key))
  ) {
    return { boost: 0.35, cue: 'object of a social verb' };
  }
  // "went to the movies with randy and his kids", "lunch with kody on friday": in lower-cased speech
  // a word spoken English writes as a name, or one no dictionary knows, keeping someone company.
  // "lunch with trace on saturday": a meal is had with someone, whatever the word.
  // "brunch w/ penny was everything": posts write "with" as "w/", and say how the meal was.
  const withShort = p1?.key === 'w' && /^\/[ \t]?$/.test(t.gapBefore) && spaced(p1);
  if (
    ((p1?.key === 'with' && spaced(t) && spaced(p1)) || withShort) &&
    p2 !== undefined &&
    meals.has(p2.key) &&
    (!n1 ||
      n1.line !== t.line ||
      /^\s*[.,!?;:]/.test(n1.gapBefore) ||
      afterCompany.has(n1.key) ||
      (n1.key === 'was' && /^[ \t]$/.test(n1.gapBefore)))
  )
    return { boost: 0.35, cue: 'object of a social verb' };
  if (
    p1?.key === 'with' &&
    spaced(t) &&
    spaced(p1) &&
    !doc.caseInformative(t) &&
    // An unknown word only in plain letters: a word cut at a letter the tokenizer splits is no name.
    (spokenAsName(doc, t.key) ||
      (unknownUncased && /^[a-z'-]+$/.test(t.text) && /^\s/.test(n1?.gapBefore ?? ' '))) &&
    (!n1 || n1.line !== t.line || /^\s*[.,!?;:]/.test(n1.gapBefore) || afterCompany.has(n1.key)) &&
    !doc.beforePluralNoun(i) &&
    // "diagnosed with aspergers": an eponym's possessive, its apostrophe dropped, is the condition.
    !(t.key.endsWith('s') && doc.lex.medical(t.key.slice(0, -1)) && !doc.listedName(t.key.slice(0, -1)))
  )
    return { boost: 0.35, cue: 'in company' };
  if (
    !imperativeOpening(doc, i) &&
    (unpunctuatedAddress(doc, i, unknownUncased) || spokenAddress(doc, i, unknownUncased))
  )
    return { boost: 0.35, cue: 'direct address' };
  // "me and will we been together", "me and river we share custody": whoever "we" takes up again
  // is someone, whatever the word.
  if (p1?.key === 'and' && p2?.key === 'me' && n1?.key === 'we' && spaced(t) && spaced(p1) && spaced(n1))
    return { boost: 0.5, cue: 'me and X, we' };
  // "Gus and I got into it", "me and Tre".
  if (
    (n1?.key === 'and' &&
      spaced(n1) &&
      (n2?.key === 'i' || n2?.key === 'me') &&
      spaced(n2) &&
      // "somebody is OD-ing and I", "a bit wheezy and I": after a verb or adverb it is a description.
      (t.sentenceStart ||
        !spaced(t) ||
        ['with', 'and', 'but', 'so', 'then', 'me', 'like'].includes(p1?.key ?? '')) &&
      // "preparing since like october and i told everybody": a month after "since" is when.
      // ("since like spring and i": a season too.)
      !(
        (calendarWords.has(t.key) || seasons.has(t.key)) &&
        sinceWhen.has((p1?.key === 'like' ? p2 : p1)?.key ?? '')
      ) &&
      // "i like soups and i like rice": what one likes, in the plural, is things.
      !(
        t.case === Case.Lower &&
        /[^s]s$/.test(t.key) &&
        doc.isOrdinaryWord(t.key.slice(0, -1)) &&
        !doc.listedName(t.key)
      )) ||
    (p1?.key === 'and' && spaced(t) && (p2?.key === 'me' || p2?.key === 'i') && spaced(p1)) ||
    // "stuff about her and dre", "him and keisha broke up": someone paired with him or her, by a
    // word no dictionary holds or a given name that is no everyday word ("between her and work").
    (p1?.key === 'and' &&
      (p2?.key === 'him' || p2?.key === 'her') &&
      spaced(t) &&
      spaced(p1) &&
      !t.possessive &&
      (unknownWord(doc, i) ||
        (doc.givenName(t.key) && !doc.isOrdinaryWord(t.key)) ||
        // ("him and hunter and those guys", "her and grace went": a common given name that is a word
        // too, then more people or what people do.)
        (commonGivenName(doc, t.key) && (n1?.key === 'and' || personActsAt(doc, i + 1)))))
  ) {
    return { boost: 0.35, cue: 'X and I' };
  }
  // "Brisa's been staying with us".
  if (
    t.possessive &&
    /'s$/i.test(t.text.replace('’', "'")) &&
    n1 &&
    afterIsHas.has(n1.key) &&
    spaced(n1) &&
    // "Summer's always the worst", "Spring's been rough": a season is, unless it does something.
    !(
      seasons.has(t.key) &&
      !doc.lex.tags(n2?.key ?? '').includes('Gerund') &&
      !personStates.has(n2?.key ?? '')
    )
  ) {
    return { boost: 0.35, cue: "X's been" };
  }
  return { boost: 0, cue: '' };
}
