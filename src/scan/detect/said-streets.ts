import type { Detection } from '../findings.ts';
import {
  alongStreet,
  calendarWords,
  countedAfterOrdinal,
  institutionSuffixes,
  lanesNoOneLivesOn,
  ordinalInFigures,
  ordinalWords,
  relations,
  spelledOrdinal,
  spokenTensWord,
  streetSuffixes,
} from '../lexicon/cues.ts';
import { chainKey, rankCrowd } from '../lexicon/load.ts';
import { medicineLikelihood } from '../lexicon/word-shape.ts';
import { Case, isWord, type Token } from '../text/tokens.ts';
import type { Doc } from './doc.ts';

/**
 * Street words people say or type in lower case without a house number: the full words, and the
 * abbreviations that mean nothing else ("rd", "ave"; not "st" or "dr", which are saint and doctor).
 */
const saidSuffixes = new Set([
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'boulevard',
  'blvd',
  'lane',
  'ln',
  'drive',
  'court',
  'place',
  'way',
  'terrace',
  'circle',
  'parkway',
  'pkwy',
  'highway',
  'hwy',
  'trail',
  'pike',
]);

/** Street words that are no everyday word or other abbreviation. */
const streetOnly = new Set(['rd', 'ave', 'blvd', 'pkwy', 'hwy']);

/**
 * Does the token before `k` put a street there? "on", "off", "onto", "down", "along", "near", "at";
 * "corner of"; and the second street of a corner, "… rd and <here>".
 */
function locativeBefore(doc: Doc, k: number): boolean {
  const p = doc.prev(k);
  if (!p || !doc.adjacent(p, doc.tokens[k])) return false;
  if (['on', 'off', 'onto', 'down', 'along', 'near', 'at'].includes(p.key)) return true;
  const p2 = doc.prev(k, 2);
  if (p.key === 'of') return p2?.key === 'corner';
  if (p.key === 'and' || p.key === '&') return p2 !== undefined && streetSuffixes.has(p2.key);
  return false;
}

// "down like way way down": a hedge is no street's name.
const nameWord = (doc: Doc, t: Token) =>
  isWord(t) &&
  !t.contraction &&
  !t.possessive &&
  !doc.isGrammatical(t.key) &&
  !calendarWords.has(t.key) &&
  t.key !== 'like';

/**
 * "over on hunter drive", "the corner of oak rd and cherry terrace": one or two words before a street
 * word, right after a locative, name a street whatever their case; capitals are what written text
 * uses, and speech-to-text or a hurried typist leaves them out.
 */
export function saidStreet(doc: Doc, i: number): Detection | undefined {
  const suffix = doc.tokens[i]!;
  if (!saidSuffixes.has(suffix.key) || suffix.possessive) return undefined;
  // "at work way too late", "way more", "like way down": "way" before a degree word or a particle
  // is an adverb, not a street ("off cedar way now" is the street).
  const after = doc.next(i);
  // "on river st, no debate", "on elm st at 6"; before a name "st" is a saint ("near st luke's").
  if (
    suffix.key === 'st' &&
    after !== undefined &&
    doc.adjacent(suffix, after) &&
    (after.possessive ||
      [after.key, after.key.replace(/s$/, '')].some((k) => doc.listedName(k) && !doc.isOrdinaryWord(k)) ||
      doc.lex.place(after.key) !== undefined)
  )
    return undefined;
  if (
    suffix.key === 'way' &&
    after &&
    doc.adjacent(suffix, after) &&
    (/^(?:too|more|less|down|up|back|over|off|out)$/.test(after.key) ||
      doc.lex.tags(after.key).includes('Comparative'))
  )
    return undefined;
  for (const n of [2, 1]) {
    const words = doc.tokens.slice(i - n, i);
    if (words.length !== n || i - n < 0) continue;
    const chain = [...words, suffix];
    if (!words.every((w) => nameWord(doc, w))) continue;
    // ("down the bike lane", "a walk down memory lane": no one's street.)
    if (suffix.key === 'lane' && lanesNoOneLivesOn.has(words[n - 1]!.key)) continue;
    if (!chain.every((t, k) => k === 0 || doc.adjacent(chain[k - 1], t))) continue;
    // "stored on encrypted drive", "saved on a shared drive": what a drive is, said before it, is
    // what kind of storage — a participle no name or place list holds names no street.
    const described = words[0]!;
    if (
      /ed$/.test(described.key) &&
      described.key.length >= 6 &&
      !doc.listedName(described.key) &&
      doc.lex.place(described.key) === undefined
    )
      continue;
    // "telegraph ave in berkeley": a street word that means nothing else needs no locative before
    // one name of its own ("rd", "ave", "blvd"; "street" and "way" are everyday words too).
    // Not in notes, where "RD" is a dietitian ("to see RD").
    const plainStreet =
      n === 1 &&
      streetOnly.has(suffix.key) &&
      suffix.case !== Case.Upper &&
      doc.jargon < 0.04 &&
      !doc.isOrdinaryWord(suffix.key);
    if (!locativeBefore(doc, i - n) && !(plainStreet && !doc.lex.medical(words[0]!.key))) continue;
    return {
      start: words[0]!.start,
      end: suffix.end,
      label: 'LOCATION',
      detector: 'context',
      score: 0.85,
      reason: 'street named after a locative',
    };
  }
  return undefined;
}

/** What stands or gathers on a street: "the house on Elm", "the meetings on elm", "the Kroger on Vine". */
const onStreet = new Set([
  ...institutionSuffixes,
  ...`house houses place apartment living meeting meetings station shop corner motel laundromat office
  building practice salon diner bakery cafe bar pub gym studio duplex trailer stop mart care location
  locations store branch restaurant`.split(/\s+/),
]);
/** What stands "on" a street but may be held on an app or a plan: "meetings on Zoom", "care on Medicaid". */
const heldAnywhere = new Set('meeting meetings living care practice location locations'.split(' '));
/** Living on a street, or being over on it: "I live on Walnut now", "she moved in with us over on maple". */
const livingOn = new Set(['live', 'lives', 'lived', 'living', 'stay', 'stays', 'staying', 'stayed', 'over']);
/**
 * Street names common enough in the US to be said bare in lower-cased speech ("the sober living on
 * fifth", "meetings on elm"): ordinals, trees, and the rest of the commonest names.
 */
const commonStreetNames = new Set(
  `main first second third fourth fifth sixth seventh eighth ninth tenth elm oak maple pine cedar
  walnut chestnut spruce birch willow cherry poplar hickory locust vine magnolia sycamore dogwood
  market broad church mill park lake hill ridge spring front center washington lincoln jefferson
  jackson franklin madison adams grand sunset railroad highland meadow forest river`.split(/\s+/),
);

export const bareStreetReason = 'street named bare where something stands on it';

/**
 * A numbered street past tenth said in words ("on eleventh", "over on thirty fourth", "off
 * forty-second"): as common bare as "fifth", and no other word. Returns the token that ends it, or
 * -1. "on second thought", "on third shift": see `countedAfterOrdinal`.
 */
function spelledStreetNumber(doc: Doc, i: number): number {
  const t = doc.tokens[i]!;
  let end = -1;
  if (spelledOrdinal(t.key) && !ordinalWords.has(t.key)) end = i;
  else if (spokenTensWord.test(t.key)) {
    const unit = doc.tokens[i + 1];
    if (unit && doc.adjacent(t, unit) && ordinalWords.has(unit.key) && unit.key !== 'tenth') end = i + 1;
  }
  const after = end >= 0 ? doc.tokens[end + 1] : undefined;
  if (after && doc.adjacent(doc.tokens[end], after) && countedAfterOrdinal.has(after.key)) return -1;
  return end;
}

/** How far along a street something is: "two blocks over on", "a few doors down on". */
const alongFrom = new Set(['over', 'down', 'up']);
const blocksAway = new Set(['block', 'blocks', 'door', 'doors', 'house', 'houses', 'street', 'streets']);

/**
 * A street by its name alone, where something stands on it or someone lives on it: "the Kroger on
 * Vine", "First Methodist on Walnut", "I live on Walnut now", "the meetings on elm". Written text
 * capitalizes the name; in lower-cased speech only the commonest street names count. Services,
 * programmes, medicine and days are what people are "on" too ("on Zoom", "on Medicaid", "on Monday").
 */
export function bareStreet(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  // "off of chestnut" as "off chestnut".
  const offOf =
    doc.prev(i)?.key === 'of' && doc.prev(i, 2)?.key === 'off' && doc.adjacent(doc.prev(i, 2), doc.prev(i));
  const on = offOf ? doc.prev(i, 2) : doc.prev(i);
  const before = doc.prev(i, offOf ? 3 : 2);
  // "the house off Cedar" as "the house on Cedar".
  if (
    (on?.key !== 'on' && on?.key !== 'off') ||
    !before ||
    !doc.adjacent(doc.prev(i), t) ||
    !doc.adjacent(before, on)
  )
    return undefined;
  const spelled = t.case === Case.Lower || doc.capitalized(t) ? spelledStreetNumber(doc, i) : -1;
  // ("behind the kwik stop off 5th": a numbered street in figures, as common bare as "fifth".)
  // ("on 3rd shift", "on 2nd floor": what is counted after it is no street.)
  const after = doc.next(i);
  const figures =
    ordinalInFigures(t.key) && !(after && doc.adjacent(t, after) && countedAfterOrdinal.has(after.key));
  const common = commonStreetNames.has(t.key) || spelled >= 0 || figures;
  const chainBefore = doc.lex.chain(chainKey([before]));
  // "the house on Mission", "a studio on Western": where capitals say names, an everyday word
  // capitalized inside the sentence after a building "on" is the street ("the best place on Earth"
  // is the planet; "the meetings on Zoom" are held online).
  const writtenAsName =
    doc.caseInformative(t) &&
    t.case === Case.Capitalized &&
    !t.sentenceStart &&
    !t.possessive &&
    t.key !== 'earth' &&
    onStreet.has(before.key) &&
    !heldAnywhere.has(before.key);
  // Ordinals are grammar words to the lexicon ("on Fifth"); days come in the plural ("on Tuesdays").
  if (
    !(nameWord(doc, t) || (common && !t.possessive) || writtenAsName) ||
    calendarWords.has(t.key.replace(/s$/, ''))
  )
    return undefined;
  // A street word after it is saidStreet's ("on Old Mill Road"), and so is a longer name.
  const last = spelled >= 0 ? doc.tokens[spelled]! : t;
  const next = doc.next(spelled >= 0 ? spelled : i);
  if (next && doc.adjacent(last, next) && (streetSuffixes.has(next.key) || doc.capitalized(next)))
    return undefined;
  // "on Hinge", "it's on instagram now": an app or a company, in whatever case.
  if (!common && (doc.lex.company(t.key) || doc.lex.chain(t.key) || doc.lex.medical(t.key))) return undefined;
  if (doc.caseInformative(t)) {
    if (!figures && (t.case !== Case.Capitalized || t.sentenceStart)) return undefined;
  } else if (
    !common &&
    !(doc.unknownWord(t.key) && t.key.length >= 4 && t.case === Case.Lower && doc.jargon < 0.04) &&
    // ("right off bransford": a surname no dictionary holds is a street one is off; see below.)
    !(on.key === 'off' && doc.lex.surnameRank(t.key) !== undefined && !doc.isOrdinaryWord(t.key)) &&
    // "the braums on larkin", "the hy-vee on glenbrook": after a chain's store, a word speech
    // seldom uses is the street it stands on.
    !(
      chainBefore &&
      doc.jargon < 0.04 &&
      doc.lex.wordCount(t.key) < 100 &&
      !doc.isGrammatical(t.key) &&
      !doc.lex.medical(t.key)
    )
  )
    return undefined;
  // A business's own name before "on" ("Kroger", "Methodist"; not "Dana on Hinge", someone on an
  // app) says a street more surely than a house or a meeting does, which may be "on Zoom".
  const business =
    chainBefore ||
    (doc.capitalized(before) &&
      !before.sentenceStart &&
      (doc.lex.firstNameRank(before.key) ?? Number.POSITIVE_INFINITY) >= rankCrowd);
  // "my grandpa's on westnedge", "my moms on bolsa": someone's home, the apostrophe lost in speech.
  // ("He's on Tricare", "she's on Brilinta": a pronoun's "'s" is "is".)
  const someonesHome =
    (before.possessive && !/^(?:he|she|it|that|who|what|there|here|where)$/.test(before.key)) ||
    (!doc.caseInformative(before) && relations.has(before.key.replace(/s$/, '')) && before.key.endsWith('s'));
  const venue = onStreet.has(before.key) || livingOn.has(before.key) || someonesHome;
  // "two blocks over on Piety", "a few doors down on Arbor": a street measured from here is one,
  // whatever else its name means.
  const measured = alongFrom.has(before.key) && blocksAway.has(doc.prev(i, 3)?.key ?? '');
  // "the one off glenstone": in speech without capitals, a word no dictionary holds, spelled like no
  // medicine, is the street one is off ("on warzone", "on draftkings", "on slushies" are what one
  // is on).
  const unknownStreet =
    on.key === 'off' &&
    !doc.caseInformative(t) &&
    (doc.unknownWord(t.key) || (doc.lex.surnameRank(t.key) !== undefined && !doc.isOrdinaryWord(t.key))) &&
    t.key.length >= 5 &&
    (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) > 1500 &&
    medicineLikelihood(t.text) < 0.5;
  // ("a garden off of chestnut": "off of" says where, before a street's commonest name, in speech.)
  const offOfCommon = offOf && common && !doc.caseInformative(t);
  if (
    !(
      business ||
      measured ||
      unknownStreet ||
      offOfCommon ||
      (venue && (common || !doc.isOrdinaryWord(t.key) || writtenAsName))
    )
  )
    return undefined;
  return {
    start: t.start,
    end: last.end,
    label: 'LOCATION',
    detector: 'context',
    score: 0.8,
    reason: bareStreetReason,
  };
}

/** Where two streets named together are a corner: "meet me at 5th and Main", "near oak and fifth". */
const cornerBefore = new Set(['at', 'on', 'off', 'near', 'by']);
/** Streets named after presidents are people's names as often: "near Lincoln and Washington". */
const presidents = new Set('washington lincoln jefferson jackson franklin madison adams'.split(' '));
/** What follows two ordinals that are no streets: "5th and 6th grade", "first and second period". */
const notCorner = new Set(
  'grade grades graders period periods floor floors place base class quarter'.split(' '),
);

/**
 * "a crash at the corner of Oak and Pine", "meet me at 5th and Main", "the light at Maple and 3rd":
 * two streets named together where something is — after "corner of" or "intersection of" whatever
 * they are, after "at"/"on"/"off"/"near" when one of them is a street's commonest kind of name (an
 * ordinal, a tree, "Main"). Written text capitalizes the other; lower-cased speech names both from
 * the commonest. Called on every token: "5th" is no word to the tokenizer.
 */
export function streetCorner(doc: Doc, i: number): Detection | undefined {
  const p1 = doc.tokens[i - 1];
  // Most tokens stand after no word a corner follows: check that first. ("anyway Elm and 4th is
  // next": a numbered street in figures and a common street's name make a corner said bare.)
  const placed = p1 !== undefined && (cornerBefore.has(p1.key) || p1.key === 'of');
  if (!placed && !bareFigureCorner(doc, i)) return undefined;
  const x = doc.tokens[i]!;
  const next = doc.tokens[i + 1];
  if (next === undefined || (next.key !== 'and' && !next.gapBefore.includes('&'))) return undefined;
  const corner =
    p1?.key === 'of' && (doc.prev(i, 2)?.key === 'corner' || doc.prev(i, 2)?.key === 'intersection');
  if (placed && p1.key === 'of' && !corner) return undefined;
  if (placed && !doc.adjacent(p1, x)) return undefined;
  // "Broad & Market": the ampersand is no token, only the gap between the two.
  const ampersand = /^[ \t]?&[ \t]?$/.test(next.gapBefore);
  const y = ampersand ? next : doc.next(i, 2);
  if (!y || y.line !== x.line || x.possessive) return undefined;
  if (!ampersand && !(next.key === 'and' && doc.adjacent(x, next) && doc.adjacent(next, y))) return undefined;
  const numbered = (t: Token) => ordinalInFigures(t.key);
  const ordinal = (t: Token) => numbered(t) || ordinalWords.has(t.key);
  const common = (t: Token) => ordinal(t) || (commonStreetNames.has(t.key) && !presidents.has(t.key));
  // In capitals the street names stand out; in lower case only the commonest say streets.
  // Beside a numbered street ("fulton and 12th"), any word no dictionary holds is the other street.
  const named = (t: Token, partner: Token) =>
    !t.possessive &&
    (ordinal(t) ||
      (doc.capitalized(t) && t.case === Case.Capitalized && nameWord(doc, t)) ||
      (!doc.caseInformative(t) &&
        (commonStreetNames.has(t.key) ||
          (numbered(partner) && nameWord(doc, t) && !doc.isOrdinaryWord(t.key)))));
  if (!named(x, y) || !named(y, x)) return undefined;
  if (!corner) {
    if (!common(x) && !common(y)) return undefined;
    if (ordinal(x) && ordinal(y)) return undefined;
    // "at first and then", "on Main and Smith's advice": a lower-case ordinal word is an adverb first.
    if (ordinalWords.has(x.key) && x.case === Case.Lower && !commonStreetNames.has(y.key)) return undefined;
  }
  const after = doc.next(i, ampersand ? 2 : 3);
  if (after && after.line === x.line && doc.adjacent(y, after) && notCorner.has(after.key)) return undefined;
  return {
    start: x.start,
    end: y.end,
    label: 'LOCATION',
    detector: 'context',
    score: 0.85,
    reason: 'street corner',
  };
}

/** "Elm and 4th", "5th & Main": a numbered street in figures and a capitalized common one, joined. */
function bareFigureCorner(doc: Doc, i: number): boolean {
  const x = doc.tokens[i]!;
  const and = doc.tokens[i + 1];
  const y = doc.tokens[i + 2];
  if (
    and === undefined ||
    y === undefined ||
    and.key !== 'and' ||
    !doc.adjacent(x, and) ||
    !doc.adjacent(and, y)
  )
    return false;
  const street = (t: Token) => doc.capitalized(t) && !t.sentenceStart && commonStreetNames.has(t.key);
  return (ordinalInFigures(x.key) && street(y)) || (street(x) && ordinalInFigures(y.key));
}

const compassWords = new Set(['east', 'west', 'north', 'south']);

/**
 * "he lives like on east 5th", "the bar off West Third": a direction and an ordinal after "on" or
 * "off" are a street, in any case, unless what follows makes the ordinal a floor or a grade.
 */
export function directedStreet(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  if (!compassWords.has(t.key) || !alongStreet.has(doc.prev(i)?.key ?? '')) return undefined;
  const number = doc.tokens[i + 1];
  if (!number || !doc.adjacent(t, number) || !(ordinalInFigures(number.key) || ordinalWords.has(number.key)))
    return undefined;
  const after = doc.tokens[i + 2];
  if (after && doc.adjacent(number, after) && (notCorner.has(after.key) || streetSuffixes.has(after.key)))
    return undefined;
  return {
    start: t.start,
    end: number.end,
    label: 'LOCATION',
    detector: 'context',
    score: 0.85,
    reason: 'street named by a direction and a number',
  };
}
