import type { Detection } from '../findings.ts';
import {
  alongStreet,
  businessWords,
  calendarWords,
  careKinds,
  clinicalStates,
  clinicalTerms,
  denominations,
  deviceNouns,
  eateryWords,
  institutionSuffixes,
  landmarkWords,
  lanesNoOneLivesOn,
  languages,
  mentalHealthTerms,
  objectPronouns,
  ordinalInFigures,
  placePrefixes,
  placePrepositions,
  placeTalk,
  placeVerbs,
  possessives,
  relations,
  residenceVerbs,
  spelledOrdinal,
  streetSuffixes,
  titles,
  townWords,
  untaggedPeoples,
  weekday,
} from '../lexicon/cues.ts';
import type { PlaceKind } from '../lexicon/load.ts';
import { Case, isWord, type Token } from '../text/tokens.ts';
import { type Doc, lineBeforeAsks, shortPost } from './doc.ts';
import {
  careSite,
  facilityMentions,
  facilityReason,
  facilitySlot,
  floorWing,
  isClinicalAcronym,
  isHospitalUnit,
  letterhead,
  placeToken,
  universityOf,
  wardReason,
  wardSlot,
} from './facility-slots.ts';
import { commonGivenName } from './name-shape.ts';
import { knownPlaces } from './place-or-name.ts';
import {
  calledPlace,
  ownersPlace,
  placeMentions,
  residencePlace,
  unknownWhereOneIs,
  venueAfterAt,
  workplace,
} from './place-slots.ts';
import { bareStreet, directedStreet, saidStreet, streetCorner } from './said-streets.ts';

const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'my', 'your', 'his', 'her', 'our', 'their']);
const subjects = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it']);
const fullStreetWords = new Set([
  'street',
  'road',
  'avenue',
  'boulevard',
  'lane',
  'drive',
  'court',
  'terrace',
  'parkway',
  'highway',
  'circle',
  'trail',
  'pike',
  'turnpike',
  'expressway',
  'freeway',
  'square',
]);
/** Units and services inside a hospital, and generic places, that clinical notes send patients to. */
const hospitalUnits = new Set(
  'icu ccu micu sicu nicu picu cvicu csru tsicu ticu er ed or pacu ew osh rehab cath ir ct mri us ob gyn ob/gyn lab labs floor home snf ltac ltach rn md np pa pt ot slp gi ep ent hd radiology angio ortho hosp neuro cardiac medical surgical ett'.split(
    ' ',
  ),
);

/** Institution words that name one hospital when nothing else does: "Memorial Hospital". */
const namingWords = new Set([
  'memorial',
  'regional',
  'community',
  'university',
  'general',
  'mercy',
  'medical',
  'med',
]);
/** "University of Maryland Medical Center", "U of MD Med Center": the "of" belongs to the name. */
const ofInstitutions = new Set(['university', 'univ', 'u', 'college', 'institute']);
const institutionTail = new Set([
  'medical',
  'med',
  'center',
  'centre',
  'hospital',
  'hosp',
  'campus',
  'school',
]);

/** "University of Maryland Hospital", "U OF MD MED CENTER": the whole name, its "of" and state included. */
function institutionOf(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  if (!ofInstitutions.has(t.key) || doc.plainLower(t)) return undefined;
  // "per the U Vermont scale": a capital U before a state's full name is its university.
  const state = doc.tokens[i + 1];
  if (
    t.text === 'U' &&
    state &&
    doc.adjacent(t, state) &&
    state.key.length > 2 &&
    doc.lex.isUsState(state.key)
  )
    return {
      start: t.start,
      end: wordEnd(state),
      label: 'LOCATION',
      detector: 'context',
      score: 0.85,
      reason: 'named institution (university of …)',
    };
  const of = doc.tokens[i + 1];
  const name = doc.tokens[i + 2];
  if (!of || !name || of.key !== 'of' || !doc.adjacent(t, of) || !doc.adjacent(of, name)) return undefined;
  // "u of" is only an abbreviation in capitals; the object must be a place or read like a name.
  if (t.key === 'u' && t.text !== 'U') return undefined;
  const place = doc.lex.place(name.key) !== undefined || doc.lex.isUsState(name.key);
  if (!place && !(isWord(name) && doc.capitalized(name) && !doc.isGrammatical(name.key))) return undefined;
  if (name.key.length <= 2 && (name.case !== Case.Upper || !doc.lex.isUsState(name.key))) return undefined;
  let last = i + 2;
  while (
    last + 1 < doc.tokens.length &&
    institutionTail.has(doc.tokens[last + 1]!.key) &&
    doc.adjacent(doc.tokens[last], doc.tokens[last + 1])
  )
    last++;
  return {
    start: t.start,
    end: wordEnd(doc.tokens[last]!),
    label: 'LOCATION',
    detector: 'context',
    score: 0.9,
    reason: 'named institution (university of …)',
  };
}

const compass = new Set(['north', 'south', 'east', 'west']);
const townPrefixes = new Set(['mount', 'mt', 'fort', 'ft', 'port', 'saint', 'st', 'ste']);
const saints = new Set(['saint', 'st', 'ste']);
const onStreet = new Set([...alongStreet, 'at', 'the', 'to', 'from']);
const wellKnown = new Set<PlaceKind>(['city', 'country', 'region', 'us-state']);

/** Words that measure a place from another: "short of", "north of", "outside of". */
const relativeTo = new Set([
  'outside',
  'short',
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'outskirts',
]);

/** Travel as well as living makes the next word a place: "flew to X", "a weekend in X". */
const travelWords = new Set(
  'fly flies flew flying flown landed landing headed heading trip vacation vacationing vacationed honeymoon weekend getaway layover stopover'.split(
    ' ',
  ),
);

/** What stands in a town: "the clinic in X", "a shelter outside X". */
const localNouns = new Set(
  'clinic hospital office school shelter church store jail pharmacy hotel apartment house job practice center centre bar restaurant diner plant factory warehouse shop mall gym salon motel court'.split(
    ' ',
  ),
);
const visitWords = new Set([
  'visit',
  'visits',
  'visited',
  'visiting',
  'toured',
  'touring',
  'explored',
  'exploring',
]);

/** Words placing a place within a larger one: "rural Montana", "northern Georgia", "upstate X". */
const regionWords = new Set(
  'rural northern southern eastern western central upstate downstate coastal inland suburban downtown'.split(
    ' ',
  ),
);

/** "lives in", "moved to", "grew up in", "from" before token i: how strongly it says "a place". */
export function placeContext(doc: Doc, i: number): number {
  const p1 = doc.prev(i);
  const p2 = doc.prev(i, 2);
  const p3 = doc.prev(i, 3);
  // "let's go around. Name, how many days": a preposition ending the sentence before places nothing.
  if (!p1 || p1.line !== doc.tokens[i]!.line || doc.tokens[i]!.sentenceStart) return 0;
  // "in rural Montana", "from northern Georgia": a word placing it within a larger place.
  if (regionWords.has(p1.key) && p2 && placePrepositions.has(p2.key))
    return Math.max(0.45, placeContext(doc, i - 1));
  if (placePrepositions.has(p1.key)) {
    if (orientation(doc, i) || areaAfter(doc, i) || largerPlaceAfter(doc, i)) return 0.45;
    if (
      p2 &&
      (placeVerbs.has(p2.key) ||
        travelWords.has(p2.key) ||
        // "the clinic in X", "the shelter outside X", "coming home to X": where a place stands.
        (localNouns.has(p2.key) && /^(?:in|near|outside|around)$/.test(p1.key)) ||
        (p2.key === 'home' && (p1.key === 'to' || p1.key === 'in')) ||
        // "my aunt out in liberty": out in a bare word is out in a place.
        (p2.key === 'out' && p1.key === 'in') ||
        (p3 && placeVerbs.has(p3.key) && ['up', 'out', 'down', 'back'].includes(p2.key)) ||
        // "out past moenkopi", "over by dunmore": where something lies, told from here.
        (/^(?:past|by|near|toward|towards)$/.test(p1.key) && ['out', 'over', 'down', 'up'].includes(p2.key)))
    ) {
      return 0.45;
    }
    return 0.25;
  }
  // "finally visiting Palm Desert", "visiting Shoreline": in prose with telling capitals, a
  // capitalized word visited is a place, whether a list holds it or not. Notes write "VISITING W/
  // GRANDKIDS", "came to visit X 30 min": there a visit says nothing of a place.
  // "visited the Smithsonian": an article may stand between, though not before a household ("visited
  // the Hendersons").
  const t = doc.tokens[i]!;
  const household = () => /s$/.test(t.key) && doc.lex.surnameRank(t.key.replace(/e?s$/, '')) !== undefined;
  if (visitWords.has(p1.key) || (p1.key === 'the' && p2 && visitWords.has(p2.key) && !household())) {
    const written = doc.jargon < 0.04 && /^ $/.test(t.gapBefore) && doc.capitalized(t) && !t.sentenceStart;
    // (Not even a little: "came to visit X 30 min" would read as a ward with its number.)
    return written ? 0.45 : 0;
  }
  // "just short of Bluff", "an hour north of Tacoma": a place measured from another.
  if (p1.key === 'of' && p2 && p2.line === p1.line && relativeTo.has(p2.key)) return 0.45;
  if (
    (p1.key === 'of' && p2 && ['city', 'town', 'village', 'county'].includes(p2.key)) ||
    p1.key === 'downtown'
  ) {
    return 0.4;
  }
  return 0;
}

/** Verbs of a patient's orientation: "knows he is in X", "aware she is at X", "states she is in X". */
const orientationVerbs = new Set([
  'knows',
  'know',
  'aware',
  'states',
  'stated',
  'believes',
  'oriented',
  'thinks',
]);
const beVerbs = new Set(['is', 'am', 'was']);

/** "Knows she is in X", "aware he is at X", "I know I'm in X": where the patient says they are. */
function orientation(doc: Doc, i: number): boolean {
  const p2 = doc.prev(i, 2);
  const p3 = doc.prev(i, 3);
  const p4 = doc.prev(i, 4);
  if (!p2 || !p3) return false;
  const line = doc.tokens[i]!.line;
  if (/^(?:i'?m|i’m)$/.test(p2.key)) return p3.line === line && orientationVerbs.has(p3.key);
  return (
    beVerbs.has(p2.key) &&
    (subjects.has(p3.key) || p3.key === 'pt' || p3.key === 'patient') &&
    p4 !== undefined &&
    p4.line === line &&
    orientationVerbs.has(p4.key)
  );
}

/**
 * "in Rosedale area": a capitalized word no dictionary knows between a preposition and "area".
 * Only in title case: "COCCYX AREA", "peri area", "epigastic area" are the body's.
 */
function areaAfter(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const n1 = doc.next(i);
  return (
    t.case === Case.Capitalized &&
    doc.capitalized(t) &&
    // "to Coccyx area", "at Sacral area": wound care puts dressings on areas, people live in them.
    doc.prev(i)?.key === 'in' &&
    n1 !== undefined &&
    ['area', 'neighborhood', 'neighbourhood', 'vicinity'].includes(n1.key) &&
    doc.adjacent(t, n1) &&
    !doc.isOrdinaryWord(t.key)
  );
}

/**
 * "a village near Cusco, Peru", "from Dayton, Ohio": a capitalized word that is no everyday word,
 * with the country or state it lies in after a comma, is a place in it.
 */
export function largerPlaceAfter(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const n1 = doc.next(i);
  if (t.case !== Case.Capitalized || !doc.capitalized(t) || doc.isOrdinaryWord(t.key)) return false;
  if (!n1 || n1.line !== t.line || !/^,[ \t]$/.test(n1.gapBefore) || n1.case !== Case.Capitalized)
    return false;
  return doc.lex.place(n1.key) === 'country' || (n1.key.length > 2 && doc.lex.isUsState(n1.key));
}

/** Where the name in a token ends: "Chattanooga's" is the place "Chattanooga". */
function wordEnd(t: Token): number {
  return t.possessive ? t.start + t.text.replace(/['’]s?$/, '').length : t.end;
}

/** After a place: ", Maryland", " MD", " County" — makes the place certain. */
function placeTail(doc: Doc, last: number): { boost: number; end: number } {
  const n1 = doc.next(last);
  if (!n1) return { boost: 0, end: wordEnd(doc.tokens[last]!) };
  // Two-letter abbreviations only in capitals ("Tigard, OR"): "me", "in", "or" are words.
  const state =
    doc.lex.isUsState(n1.key) &&
    (n1.key.length > 2 ? !doc.plainLower(n1) : n1.gapBefore.startsWith(',') && stateCodeAt(doc, last + 1));
  // ("Maine, Oregon, Montana": states listed one after another; the first is no town of the next.)
  const listed = doc.lex.isUsState(doc.tokens[last]!.key) && n1.key.length > 2;
  if (/^,?\s?$/.test(n1.gapBefore) && state && !listed && n1.line === doc.tokens[last]!.line) {
    return { boost: 0.4, end: wordEnd(doc.tokens[last]!) };
  }
  if (/^ $/.test(n1.gapBefore) && ['county', 'parish', 'city', 'township'].includes(n1.key)) {
    return { boost: 0.4, end: n1.end };
  }
  return { boost: 0, end: wordEnd(doc.tokens[last]!) };
}

/** Two-letter codes that are also words in talk: ", oh my god", ", ok", ", me too", ", pa said". */
const codeWords = new Set([
  'oh',
  'ok',
  'hi',
  'me',
  'or',
  'in',
  'pa',
  'ma',
  'la',
  'co',
  'de',
  'id',
  'al',
  'ne',
  'ms',
]);

/** "in nevada, mo at the time": without capitals a state's code after a comma, when it is no word of talk. */
export function lowerStateCode(doc: Doc, t: Token): boolean {
  return (
    !doc.caseInformative(t) &&
    !codeWords.has(t.key) &&
    !doc.isGrammatical(t.key) &&
    doc.commonness(t.key) < 500
  );
}

/** ", MD" or, without capitals, ", md": a state's postal code after a comma at token k. */
export function stateCodeAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || !/^,[ \t]?$/.test(t.gapBefore) || t.key.length !== 2 || !doc.lex.isUsState(t.key)) return false;
  if (t.text === t.text.toUpperCase() || lowerStateCode(doc, t)) return true;
  // "still in canton, pa": even a code that is a word of talk, after a listed town someone is in.
  const town = doc.tokens[k - 1];
  return (
    !doc.caseInformative(t) &&
    town !== undefined &&
    doc.lex.place(town.key) !== undefined &&
    placePrepositions.has(doc.tokens[k - 2]?.key ?? '')
  );
}

/** "Burlington, Vermont", "naples, florida": a state's name set off after a town is that town's state. */
export function stateAfterTown(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  const p1 = doc.prev(k);
  if (!t || !p1 || p1.line !== t.line || !/^,[ \t]?$/.test(t.gapBefore) || !doc.lex.isUsState(t.key))
    return false;
  return doc.lex.place(p1.key) !== undefined && (doc.capitalized(p1) || !doc.caseInformative(p1));
}

function againstPlace(doc: Doc, i: number): number {
  const p1 = doc.prev(i);
  if (!p1 || p1.line !== doc.tokens[i]!.line) return 0;
  if (determiners.has(p1.key)) return 0.4;
  if (subjects.has(p1.key)) return 0.5;
  return 0;
}

/** Longest gazetteer place starting at token i: [kind, tokens used]. */
function gazetteerPlace(doc: Doc, i: number): [PlaceKind, number] | undefined {
  const first = doc.tokens[i]!;
  const span = doc.lex.placeSpan(first.key);
  for (let n = Math.min(span, doc.tokens.length - i); n >= 1; n--) {
    let key = first.key;
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      const t = doc.tokens[i + k]!;
      ok = doc.adjacent(doc.tokens[i + k - 1], t);
      key += ` ${t.key}`;
    }
    if (!ok) continue;
    const kind = doc.lex.place(key);
    if (kind) return [kind, n];
  }
  return undefined;
}

/**
 * "palm desert was just too expensive", "mountain view is where…": without capitals, a listed town
 * of two or more words opening a sentence as the subject of "was"/"is" is the town.
 */
function saidAsTown(doc: Doc, i: number, n: number, kind: PlaceKind): boolean {
  const t = doc.tokens[i]!;
  const next = doc.tokens[i + n];
  const tokens = doc.tokens.slice(i, i + n);
  // "Cathedral City was…", and capitalized "Grapevine was…" if the word is rare in talk.
  const written = doc.caseInformative(t)
    ? tokens.every((x) => x.case === Case.Capitalized) && (n > 1 || doc.commonness(t.key) < 200)
    : n > 1;
  return (
    written &&
    // Not in notes: "Foley was flushed", "Swan was pulled".
    doc.jargon < 0.04 &&
    !clinicalTerms.has(t.key) &&
    t.sentenceStart &&
    (kind === 'us-place' || kind === 'us-city' || kind === 'city') &&
    next !== undefined &&
    doc.adjacent(doc.tokens[i + n - 1], next) &&
    ['was', 'is', "'s", 'has', 'had'].includes(next.key)
  );
}

/**
 * Who lives or works in a place, said after its name: "a Tempe resident", "Boise natives", "the Tulsa
 * area", "the Skokie office", "the Duluth paramedics", "the Tahlequah clinic".
 */
const residentNouns = new Set(
  `resident residents native natives local locals transplant transplants area metro suburbs office offices
  branch campus plant warehouse factory location locations site facility store police cops paramedics
  firefighters clinic clinics hospital courthouse jail exit airport fair guy guys girl girls kid kids people folks house`.split(
    /\s+/,
  ),
);

/** A given name or surname common enough that a lower-cased word may be the person. */
const commonlyAName = (doc: Doc, key: string) =>
  commonGivenName(doc, key) || (doc.lex.surnameRank(key) ?? Number.POSITIVE_INFINITY) <= 5000;

function scorePlace(doc: Doc, i: number, kind: PlaceKind, n: number): Detection | undefined {
  const tokens = doc.tokens.slice(i, i + n);
  const t = tokens[0]!;
  const ordinary = tokens.every((x) => doc.isOrdinaryWord(x.key));
  const context = placeContext(doc, i);
  // "going to denver", "she lives in houston now": posts write a city or country everyone knows in
  // lower case, even among capitals; after a preposition of place it is still the place.
  // "seattle rain hit immediately", "toronto is so underrated": outside clinical shorthand a world
  // city that is no word and no common name is the city even without the preposition.
  const lowerKnown =
    knownPlaces.has(kind) &&
    !ordinary &&
    (context >= 0.25 ||
      ((kind === 'city' || kind === 'us-city') &&
        doc.jargon < 0.04 &&
        tokens.every((x) => !commonlyAName(doc, x.key))));
  if (tokens.some((x) => doc.plainLower(x)) && !lowerKnown) return undefined;
  if (n === 1 && doc.isGrammatical(t.key) && !(doc.capitalized(t) && !t.sentenceStart)) return undefined;
  // "call 4 west", "on 5 North": a ward by its floor and wing.
  if (n === 1 && floorWing(doc, i)) return undefined;
  // "Ranger Tom", "Deacon Willis": a title before a capitalized name is the name's, not a town.
  const named = doc.next(i);
  if (n === 1 && titles.has(t.key) && named && doc.adjacent(t, named) && doc.capitalized(named))
    return undefined;
  const tail = placeTail(doc, i + n - 1);
  // "in English", "central line", "Passy Muir valve": a language, or an adjective of a device.
  const after = doc.next(i + n - 1);
  if (tail.boost === 0 && n === 1 && languages.has(t.key)) return undefined;
  if (tail.boost === 0 && after && doc.adjacent(tokens[n - 1], after) && deviceNouns.has(after.key))
    return undefined;
  // "in May" is a month and "to Will" a person unless the sentence insists on a place.
  const calendarOrName =
    n === 1 &&
    (calendarWords.has(t.key) || (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1500);
  // ("beyonce in houston hits different": a city everyone knows, after a preposition of place, is the
  // city though it is a given name too.)
  const knownCityPlaced = kind === 'us-city' && context >= 0.25 && !calendarWords.has(t.key);
  if (calendarOrName && !wellKnown.has(kind) && !knownCityPlaced && context < 0.45 && tail.boost === 0)
    return undefined;
  // "Central hypothyroidism is rare", "D) Coxsackie A virus": opening a sentence before a medical
  // word (past a serotype's letter), a small town's name that medicine uses too is the medical word.
  const serotype = after !== undefined && /^[A-Z]$/.test(after.text) ? 1 : 0;
  const term = doc.next(i, 1 + serotype);
  if (
    n === 1 &&
    t.sentenceStart &&
    kind === 'us-place' &&
    doc.lex.medical(t.key) &&
    term !== undefined &&
    doc.adjacent(t, after) &&
    (serotype === 0 || doc.adjacent(after, term)) &&
    doc.plainLower(term) &&
    doc.lex.medical(term.key) &&
    context < 0.45 &&
    tail.boost === 0
  )
    return undefined;
  // "Mount Pleasant", "fort worth", "St. Helens": a listed town whose name opens with Mount, Fort,
  // Port or Saint is a town even of everyday words and at the start of a sentence.
  const townShaped =
    n > 1 && townPrefixes.has(t.key) && tokens.every((x) => !doc.caseInformative(x) || doc.capitalized(x));
  let score: number;
  if (townShaped) score = 0.9;
  else if (saidAsTown(doc, i, n, kind)) score = 0.6;
  else if (doc.capitalized(t)) {
    // "San Antonio riverwalk at night": a listed town of several words opening a sentence is as sure
    // as one inside it; a person's full name is seldom a town's.
    // "Chapel Hill on game day": everyday words all capitalized, the later ones where no sentence
    // starts, are a proper name, and the town list's name for it says which.
    const titled = n > 1 && tokens.slice(1).every((x) => doc.capitalized(x) && !x.sentenceStart);
    if (t.sentenceStart) score = ordinary ? (titled ? 0.5 : 0.2) : n > 1 ? 0.9 : 0.75;
    else score = ordinary ? (titled ? 0.5 : 0.45) : wellKnown.has(kind) || n > 1 ? 0.9 : 0.85;
  } else {
    // "near plain city", "out in red oak": several everyday words that together name a listed town
    // are a place after a preposition of place even without capitals.
    score = ordinary ? (n > 1 && context > 0 ? 0.3 : 0.2) : wellKnown.has(kind) || n > 1 ? 0.85 : 0.7;
    // ("Grand Rapids friends!! my band is playing …": a post in lower case capitalizes what it
    // means to, at its start too.)
    if (
      ordinary &&
      n > 1 &&
      doc.chosenCapitals &&
      (wellKnown.has(kind) || kind === 'us-city') &&
      tokens.every((x) => x.case === Case.Capitalized && !doc.onCapitalsLine(x))
    )
      score = 0.8;
    // Without capitals, a very common word ("home", "money", "normal") is a place only with its
    // state or county after it; rarer ones ("mobile", "economy") also after "moved to".
    if (ordinary && n === 1 && doc.commonness(t.key) >= 1000 && tail.boost === 0) return undefined;
    // "they are in university there", "out at the mall": a kind of place said alone is that kind,
    // whatever town bears its name.
    if (n === 1 && t.case === Case.Lower && institutionSuffixes.has(t.key) && tail.boost === 0)
      return undefined;
  }
  // "from the Eastern Shore", "the Outer Banks": a named region of several words takes an article;
  // of everyday words in lower case it needs one ("the big apple", not "a big apple pie").
  const namedRegion =
    kind === 'region' &&
    n > 1 &&
    (!ordinary || tokens.every((x) => doc.capitalized(x)) || doc.prev(i)?.key === 'the');
  if (namedRegion) score = Math.max(score, 0.8);
  // "a Tempe resident", "a Boise native", "the Tulsa area", "the Skokie office", "the Duluth
  // paramedics": a place names who lives or works there, article or not.
  const ofResidents =
    after !== undefined &&
    doc.adjacent(tokens[n - 1], after) &&
    residentNouns.has(after.key) &&
    tail.boost === 0;
  if (ofResidents) score += 0.1;
  // "the Lake County jail": a county keeps its article.
  let article =
    namedRegion || ofResidents || tail.end > doc.tokens[i + n - 1]!.end ? 0 : againstPlace(doc, i);
  // "this detroit winter", "the chicago rent": a city everyone knows, which is no word and no name,
  // says where someone is after an article as well.
  if (wellKnown.has(kind) && !ordinary && tokens.every((x) => !doc.listedName(x.key))) article /= 2;
  score += context + tail.boost - article;
  if (score < 0.3) return undefined;
  return {
    start: t.start,
    end: tail.end,
    label: 'LOCATION',
    detector: 'gazetteer',
    score: Math.min(1, score),
    reason: `${kind} gazetteer${tail.boost ? ' + state or county after it' : ''}`,
  };
}

/**
 * "May Elementary School", "Will Rogers Memorial": a first name that is also a month or a modal
 * names an institution when capitalized mid-sentence, or, without telling capitals, before two
 * institution words ("may elementary school", "may memorial hospital").
 */
export function nameWordOfInstitution(doc: Doc, t: Token, suffixAt: number): boolean {
  if (!isWord(t) || doc.plainLower(t) || (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) > 1500)
    return false;
  if (!doc.lex.tags(t.key).includes('Modal') && !calendarWords.has(t.key)) return false;
  if (doc.capitalized(t)) return !t.sentenceStart;
  const next = doc.tokens[suffixAt + 1];
  return (
    next !== undefined &&
    doc.adjacent(doc.tokens[suffixAt], next) &&
    (institutionSuffixes.has(next.key) || businessWords.has(next.key))
  );
}

export const streetNameReason = 'street name';
const institutionReason = 'named institution (school, hospital, church…)';
export const placeContextReason = 'place context';

/** Could this token be (part of) a proper name of a place, given the document's casing? */
function nameLike(doc: Doc, t: Token): boolean {
  if (!isWord(t) || t.contraction || doc.isGrammatical(t.key) || doc.plainLower(t)) return false;
  // "if u drive thru", "ur way": a texted "you" before a verb or a noun.
  if (textedYou.has(t.text)) return false;
  if (doc.capitalized(t)) return true;
  // ("have this check daycare ain't free": a very common word names no place in lower case.)
  const town = doc.lex.place(t.key) !== undefined && doc.commonness(t.key) < 5000;
  return !doc.isOrdinaryWord(t.key) || town || placePrefixes.has(t.key);
}

const textedYou = new Set(['u', 'ur']);

/** Institution words that also say how much or what happened: "RR HIGH", "EF STATE", "sats falls". */
const levelWords = new Set(['high', 'state', 'falls']);

/**
 * In clinical shorthand without telling capitals, "BP HIGH", "EF STATE", "u/o high", "c. rehab" are
 * a measurement and its level: there a word before an institution word must read as a name, not as
 * an abbreviation or a clinical term.
 */
function shorthandSafe(doc: Doc, w: Token): boolean {
  if (doc.jargon < 0.04 || doc.caseInformative(w)) return true;
  if (doc.lex.place(w.key) !== undefined) return true;
  return w.key.length >= 4 && /^[a-z'-]+$/.test(w.key) && !clinicalTerms.has(w.key) && !isHospitalUnit(w.key);
}

/** Kinds of traffic lane: "the fire lane", "the left lane", "the carpool lane". */

/** Kinds of court: "at the food court", "in family court", "on the tennis court". */
const courtKinds = new Set(
  'food basketball tennis volleyball pickleball racquetball squash family drug traffic juvenile housing probate municipal divorce criminal supreme district superior federal county city small honorable dui dwi owi ovi dv veterans treatment recovery wellness mental teen youth circuit appeals chancery bankruptcy claims tax magistrate tribal'.split(
    ' ',
  ),
);

/** Shops' and congregations' last words, which name one of them and no kind of place. */
const venueWords = new Set(
  `cleaners diner cafe grill bakery salon market pub bar motors plumbing roofing landscaping trucking
  realty hardware lumber motel inn casino church chapel temple mosque synagogue fellowship tabernacle
  cathedral ministries police`.split(/\s+/),
);

/** What a clinic or a programme is named for when it is named for the care it gives. */
const careNames = new Set(
  `trauma recovery outpatient inpatient behavioral behavioural mental health substance addiction
  addictions family child children adolescent adult youth community crisis counseling counselling
  psychiatric psychiatry psychology psychological wellness integrated primary urgent care
  rehabilitation detox residential perinatal geriatric pediatric sleep pain eating disorders therapy
  services medical dental specialty intensive partial hospitalization treatment`.split(/\s+/),
);

/** Police forces named by what they guard, not by a town: "State Police", "Transit Police". */
const policeKinds = new Set(
  'state city county campus transit military tribal capitol university school park airport border railroad port harbor federal secret'.split(
    ' ',
  ),
);

/** Neighbourhoods named for their lie: "Jackson Heights block party", "Sunset Hills is". */
const districtWords = new Set(['heights', 'hills']);

/** "Kendall Memorial", "Lincoln Elementary School", "Stadium Road": name words before a suffix. */
function suffixedPlace(doc: Doc, i: number): Detection | undefined {
  const suffix = doc.tokens[i]!;
  const isStreet = streetSuffixes.has(suffix.key);
  const landmark = landmarkWords.has(suffix.key);
  // "Dom's Deli", "Rosa's Cantina": an eatery by its owner's name; "frozen Pizza", "Detroit-style Pizza" are food.
  const eatery = eateryWords.has(suffix.key) && doc.prev(i)?.possessive === true && doc.capitalized(suffix);
  if (!institutionSuffixes.has(suffix.key) && !isStreet && !landmark && !eatery) return undefined;
  // "janelle said shell drive me": a street word with an object after it is the verb.
  const object = doc.next(i);
  if (object && doc.adjacent(suffix, object) && objectPronouns.has(object.key)) return undefined;
  // "the taco bell drive through", "Wendy's drive-in": where one drives to order, no street.
  if (
    suffix.key === 'drive' &&
    object &&
    doc.adjacent(suffix, object) &&
    /^(?:through|thru|in)$/.test(object.key)
  )
    return undefined;
  // "my OB Dr. Nguyen", "PCP Dr. Bhatt": "Dr." before a person's name is the title, not a drive.
  if (
    suffix.key === 'dr' &&
    object?.line === suffix.line &&
    /^\.[ \t]+$/.test(object.gapBefore) &&
    // (in a text that drops its capitals elsewhere, a capital kept here says the name all the more)
    (doc.capitalized(object) || object.case === Case.Capitalized) &&
    (doc.listedName(object.key) || doc.unknownWord(object.key))
  )
    return undefined;
  // "from Sacred Heart memorial": a hurried lower-case suffix after a capitalized name of two words.
  const namedBefore = (k: number) => {
    const w = doc.tokens[i - k];
    return w !== undefined && doc.capitalized(w) && !w.sentenceStart && !doc.isGrammatical(w.key);
  };
  if (
    doc.plainLower(suffix) &&
    !fullStreetWords.has(suffix.key) &&
    !(namingWords.has(suffix.key) && namedBefore(1) && namedBefore(2))
  )
    return undefined;
  // "lives over on reed way": "way" names a street only where someone lives on it.
  const livesOnWay =
    suffix.key === 'way' &&
    [3, 4, 5].some((k) => residenceVerbs.has(doc.prev(i, k)?.key ?? '')) &&
    [2, 3].some((k) => doc.prev(i, k)?.key === 'on');
  // Abbreviations like "St", "Dr", "Pt" mean a street only after a capitalized name: "Elm St".
  if (isStreet && !fullStreetWords.has(suffix.key) && !doc.capitalized(suffix) && !livesOnWay)
    return undefined;
  let j = i;
  while (j > 0 && i - j < 3) {
    const prev = doc.tokens[j - 1]!;
    // "from MD Hospital": a state's abbreviation names the hospital too.
    const stateCode = prev.case === Case.Upper && prev.key.length === 2 && doc.lex.isUsState(prev.key);
    // "at the general hospital": a naming word right before the suffix names one hospital.
    const naming = j === i && namingWords.has(prev.key) && !doc.plainLower(prev);
    // "First Street", "on fifth avenue": an ordinal names a street.
    const ordinal =
      j === i &&
      isStreet &&
      fullStreetWords.has(suffix.key) &&
      spelledOrdinal(prev.key) &&
      !doc.plainLower(prev);
    // "the Snake River", "Table Mountain": before a capitalized landmark word, capitalized everyday
    // words inside a sentence are its name.
    const landmarkName =
      landmark &&
      doc.capitalized(suffix) &&
      doc.capitalized(prev) &&
      !prev.sentenceStart &&
      !doc.isGrammatical(prev.key);
    // "St. Cloud Hospital": after "St." any capitalized word is a saint's or a town's name.
    const saintly = (w: Token | undefined) => w !== undefined && saints.has(w.key) && doc.capitalized(w);
    const saintName = doc.capitalized(prev) && saintly(doc.tokens[j - 2]);
    const saint = j < i && saintly(prev);
    if (
      !doc.adjacent(prev, doc.tokens[j]!) ||
      !(
        nameLike(doc, prev) ||
        saintName ||
        saint ||
        stateCode ||
        naming ||
        ordinal ||
        landmarkName ||
        nameWordOfInstitution(doc, prev, i)
      )
    )
      break;
    // "Bourbon Street at 2am", "Fisherman's Wharf is …": before a capitalized full street word or
    // landmark word, a sentence's first word is its name too.
    const streetOpening =
      j === i &&
      ((isStreet && fullStreetWords.has(suffix.key)) || landmark || districtWords.has(suffix.key)) &&
      doc.capitalized(suffix);
    // "Sunshine Cleaners is my parents' shop.", "Grace Fellowship meets downtown.": a shop's or a
    // church's word the writer capitalized says the sentence opens on its name.
    const venueOpening =
      j === i &&
      venueWords.has(suffix.key) &&
      doc.capitalized(suffix) &&
      doc.caseInformative(suffix) &&
      !/ly$/.test(prev.key) &&
      !doc.lex.tags(prev.key).some((tag) => tag === 'Adverb' || tag === 'Date' || tag === 'Expression');
    // ("Mercy Medical Center ED" opening a line: before a naming word and a capitalized institution
    // word, a capitalized everyday word is the name.)
    const namedHospital =
      j < i &&
      doc.capitalized(suffix) &&
      namingWords.has(doc.tokens[j]!.key) &&
      doc.capitalized(doc.tokens[j]!);
    if (
      doc.capitalized(prev) &&
      prev.sentenceStart &&
      doc.isOrdinaryWord(prev.key) &&
      !streetOpening &&
      !venueOpening &&
      !saintName &&
      !namedHospital
    )
      break;
    j--;
  }
  // "stopped on stadium road": in text without capitals, one everyday word before a street word
  // still names a street when a preposition of place comes first.
  // Said, not written: no telling capitals, and a full street word or "way" where someone lives.
  const spoken = !doc.caseInformative(suffix) && (fullStreetWords.has(suffix.key) || livesOnWay);
  if (j === i && spoken && i >= 2) {
    const word = doc.tokens[i - 1]!;
    const before = doc.tokens[i - 2]!;
    // "in the fast lane", "down the wrong road": after "the", a describing word that is no given name,
    // no common surname and no place is the kind of lane, not its name; so is a kind of traffic lane
    // ("in the fire lane", "the left lane").
    const describes =
      (suffix.key === 'lane' && lanesNoOneLivesOn.has(word.key)) ||
      (suffix.key === 'court' && courtKinds.has(word.key)) ||
      (before.key === 'the' &&
        doc.lex.tags(word.key).includes('Adjective') &&
        doc.lex.firstNameRank(word.key) === undefined &&
        (doc.lex.surnameRank(word.key) ?? Number.POSITIVE_INFINITY) > 5000 &&
        doc.lex.place(word.key) === undefined);
    // "how it works the sleep drive builds": after "the", only where a preposition puts it ("down the").
    const placer = doc.prev(i - 2)?.key ?? '';
    const placedArticle = before.key !== 'the' || alongStreet.has(placer) || placePrepositions.has(placer);
    if (
      isWord(word) &&
      (!doc.isGrammatical(word.key) || spelledOrdinal(word.key)) &&
      onStreet.has(before.key) &&
      placedArticle &&
      !describes &&
      doc.adjacent(word, suffix)
    )
      j = i - 1;
    // "lives over on county line road": two such words after "on" or "off".
    const first = doc.tokens[i - 2]!;
    const on = doc.tokens[i - 3];
    if (
      j === i &&
      on &&
      (on.key === 'on' || on.key === 'off') &&
      [first, word].every((w) => isWord(w) && !doc.isGrammatical(w.key) && !w.contraction) &&
      doc.adjacent(on, first) &&
      doc.adjacent(first, word) &&
      doc.adjacent(word, suffix)
    )
      j = i - 2;
  }
  // "she goes to bass middle", "a junior at oak high", "called from ball memorial": in text without
  // capitals, one everyday word before a school's level (or a memorial) names it after a preposition
  // of attending — not a describing word ("junior high", "a good middle school") nor a time ("to bed
  // middle of the night").
  if (j === i && i >= 2 && !doc.caseInformative(suffix) && spokenLevels.has(suffix.key)) {
    const word = doc.tokens[i - 1]!;
    const before = doc.tokens[i - 2]!;
    const after = doc.next(i);
    if (
      isWord(word) &&
      !word.contraction &&
      !doc.isGrammatical(word.key) &&
      !doc.lex
        .tags(word.key)
        .some((tag) => tag === 'Adjective' || tag === 'Comparative' || tag === 'Superlative') &&
      !schoolKinds.has(word.key) &&
      attending.has(before.key) &&
      doc.adjacent(before, word) &&
      doc.adjacent(word, suffix) &&
      after?.key !== 'of'
    )
      j = i - 1;
  }
  if (j === i) return undefined;
  const attended = spokenLevels.has(suffix.key) && attending.has(doc.prev(j)?.key ?? '');
  const words = doc.tokens.slice(j, i);
  // "Mrs. Park", "Mr. Hill", "Coach Street": a title alone before the suffix's word makes it a surname.
  if (words.length === 1 && titles.has(words[0]!.key)) return undefined;
  // Without capitals, everyday words before a landmark's word are talk ("watched love island").
  // A lower-cased post's capitals are chosen, though: "over the Golden Gate Bridge this morning".
  const chosen = [...words, suffix].every(
    (w) => w.case === Case.Capitalized && doc.chosenCapitals && !doc.onCapitalsLine(w),
  );
  if (
    landmark &&
    !attended &&
    !doc.caseInformative(suffix) &&
    !chosen &&
    words.some((w) => doc.isOrdinaryWord(w.key))
  )
    return undefined;
  // "Sarah River", "Dan Tower": a common given name (no everyday word: "Long Island" is a place)
  // before a landmark word that is also a surname is a person's full name.
  if (
    landmark &&
    words.length === 1 &&
    (doc.lex.firstNameRank(words[0]!.key) ?? Number.POSITIVE_INFINITY) <= 1500 &&
    !doc.isOrdinaryWord(words[0]!.key) &&
    doc.lex.surnameRank(suffix.key) !== undefined
  )
    return undefined;
  if (!words.every((w) => shorthandSafe(doc, w))) return undefined;
  // "i need to get high", "he stayed high": a verb's level, not a school.
  const verbal = (w: Token) =>
    doc.lex.tags(w.key).some((tag) => tag === 'Infinitive' || tag === 'PastTense' || tag === 'Gerund');
  if (levelWords.has(suffix.key) && words.every((w) => w.case === Case.Lower) && words.some(verbal))
    return undefined;
  // "my sunday school teacher": a weekday's school is the class a church holds, not a place.
  if (weekday.test(words[words.length - 1]!.key)) return undefined;
  // "plays for the rugby club": without telling capitals, one dictionary word after "the" names a kind
  // of institution unless it is also a person's name ("the lincoln club").
  const [only] = words;
  if (
    only &&
    words.length === 1 &&
    !isStreet &&
    !doc.caseInformative(suffix) &&
    doc.prev(j)?.key === 'the' &&
    doc.commonness(only.key) > 0 &&
    !doc.listedName(only.key)
  )
    return undefined;
  // "a sandy beach", "an urgent care clinic": after "a", dictionary words describe a kind of place,
  // whatever name lists also hold them.
  if (
    !isStreet &&
    !doc.caseInformative(suffix) &&
    (doc.prev(j)?.key === 'a' || doc.prev(j)?.key === 'an') &&
    words.every((w) => doc.commonness(w.key) > 0 || doc.isOrdinaryWord(w.key))
  )
    return undefined;
  // "like a Lego tower": a landmark is one of its kind, so "a" says a kind whatever the words.
  if (landmark && (doc.prev(j)?.key === 'a' || doc.prev(j)?.key === 'an')) return undefined;
  // "SATS CONT HIGH 90'S", "tehn falls": a level or a verb unless a listed name or place leads it.
  if (levelWords.has(suffix.key) && doc.jargon >= 0.04 && !doc.caseInformative(suffix)) {
    const lead = words[0]!.key;
    const listed = doc.lex.place(lead) !== undefined || doc.listedName(lead);
    if (!listed) return undefined;
  }
  // "the Medical Center", "High School": suffix words alone name no particular place, unless a
  // preposition of place (no article) puts one there: "transferred from Memorial Hospital".
  // "at the general hospital": the article may stand between, for a hospital.
  // Only in notes: in talk "the general hospital" is as often any hospital.
  const article =
    doc.jargon >= 0.04 && doc.prev(j)?.key === 'the' && ['hospital', 'hosp'].includes(suffix.key) ? 1 : 0;
  const before = doc.prev(j, 1 + article);
  const named =
    words.length === 1 &&
    namingWords.has(words[0]!.key) &&
    before !== undefined &&
    before.line === suffix.line &&
    placePrepositions.has(before.key);
  // A naming word alone ("the general hospital") names one hospital only in that slot.
  if (!named && words.every((w) => namingWords.has(w.key) && !nameLike(doc, w))) return undefined;
  // "radiation planning on North Campus": a hospital's campus is named by its direction alone.
  const campus =
    suffix.key === 'campus' && words.length === 1 && compass.has(words[0]!.key) && doc.capitalized(words[0]!);
  // "over on center road": a spoken street of institution words is still a street after "on".
  // "School Street", "Center Road": capitalized, institution words name a street as well as any.
  const onStreetName =
    (isStreet &&
      fullStreetWords.has(suffix.key) &&
      doc.capitalized(suffix) &&
      words.every((w) => doc.capitalized(w))) ||
    // ("i come home to park street": to or from it, too.)
    (spoken && isStreet && ['on', 'off', 'to', 'from'].includes(doc.prev(j)?.key ?? ''));
  if (
    !named &&
    !campus &&
    !onStreetName &&
    words.every(
      (w) => institutionSuffixes.has(w.key) || streetSuffixes.has(w.key) || placePrefixes.has(w.key),
    )
  ) {
    return undefined;
  }
  // "Washington Middle School": further institution words belong to the same name.
  let last = i;
  while (
    last + 1 < doc.tokens.length &&
    institutionSuffixes.has(doc.tokens[last + 1]!.key) &&
    doc.adjacent(doc.tokens[last], doc.tokens[last + 1])
  ) {
    if (doc.plainLower(doc.tokens[last + 1]!)) break;
    last++;
  }
  // "we went to different high schools": institutions in the plural, after an everyday word that
  // names nothing, are of a kind ("the lincoln schools" are named).
  if (
    /[^s]s$/.test(doc.tokens[last]!.key) &&
    !doc.capitalized(words[0]!) &&
    doc.isOrdinaryWord(words[0]!.key) &&
    !doc.listedName(words[0]!.key) &&
    doc.lex.place(words[0]!.key) === undefined
  )
    return undefined;
  // "King's College criteria", "the Mayo Clinic score": a rule or score named for the place.
  if (/^(?:criteria|score|scores|scale|classification|index|protocol)$/.test(doc.tokens[last + 1]?.key ?? ''))
    return undefined;
  // "Juvenile Court ordered …", "in Family Court": a court of a kind, whichever county's it is.
  if (words.length === 1 && suffix.key === 'court' && courtKinds.has(words[0]!.key)) return undefined;
  if (suffix.key === 'police' && words.some((w) => policeKinds.has(w.key))) return undefined;
  // "Program: Trauma Recovery Outpatient Clinic": a clinic named only by the care it gives is a kind;
  // "SRS-2 Preschool" is a test's form, by its code.
  // ("Cranberry Psychiatry Associates": a capitalized word left before the care is the name.)
  const left = doc.prev(j);
  const capitalBefore =
    left !== undefined &&
    doc.adjacent(left, doc.tokens[j]) &&
    doc.capitalized(left) &&
    !careNames.has(left.key) &&
    !mentalHealthTerms.has(left.key);
  if (!isStreet && !capitalBefore && words.every((w) => careNames.has(w.key) || mentalHealthTerms.has(w.key)))
    return undefined;
  if (words.some((w) => /^[A-Z]+-\d+$/.test(w.text))) return undefined;
  // "back in junior high", "the methodist church", "the Lutheran church": a kind of school, or a
  // faith's church with nothing saying which ("Catholic High", "First Methodist" name one).
  if (
    words.length === 1 &&
    !isStreet &&
    suffix.case === Case.Lower &&
    (schoolKinds.has(words[0]!.key) || denominations.has(words[0]!.key))
  )
    return undefined;
  // "Sacred Heart memorial": the capitalized words before a lower-case suffix are the name.
  if (doc.plainLower(suffix) && !fullStreetWords.has(suffix.key) && !words.every((w) => doc.capitalized(w)))
    return undefined;
  // "your Calm Place", "I did Safe Place", "the Stuck Point": a place or a point in the mind, made of
  // a word saying how one feels there — one's own, or not one stood "on" ("lives on Pleasant Place").
  const felt = (w: Token) =>
    doc.isOrdinaryWord(w.key) &&
    doc.lex.place(w.key) === undefined &&
    doc.lex.tags(w.key).some((tag) => tag === 'Adjective' || tag === 'PastTense' || tag === 'Participle');
  if (
    (suffix.key === 'place' || suffix.key === 'point') &&
    words.length > 0 &&
    words.every((w) => doc.isOrdinaryWord(w.key)) &&
    (possessives.has(doc.prev(j)?.key ?? '') ||
      (words.every(felt) && !/^(?:on|off|at|to|from|near)$/.test(doc.prev(j)?.key ?? '')))
  )
    return undefined;
  return {
    start: words[0]!.start,
    end: doc.tokens[last]!.end,
    label: 'LOCATION',
    detector: 'context',
    // Above a bare name's score: "Lincoln Elementary" is a school even though Lincoln is a name.
    score: doc.capitalized(words[0]!) ? 0.95 : 0.9,
    reason: isStreet ? streetNameReason : landmark ? 'named landmark' : institutionReason,
  };
}

/** A school's level, which names the school after one word: "bass middle", "oak elementary". */
export const schoolLevels = new Set(['elementary', 'middle', 'high']);
/** The same slot names a hospital by its memorial: "they called from ball memorial". */
const spokenLevels = new Set([...schoolLevels, 'memorial']);
/** Words that say what kind of school, not which: "junior high", "public high", "catholic middle". */
export const schoolKinds = new Set(
  'junior senior lower upper public private catholic christian charter magnet local regional community alternative summer night med medical law nursing grad graduate art film business culinary beauty trade flight driving dental vet music drama boarding bible'.split(
    ' ',
  ),
);
/** Prepositions and verbs of attending a school. */
const attending = new Set(['to', 'at', 'attends', 'attended', 'from', 'into']);

/**
 * "T: And where's home? — C: Gentilly. Right off …": a capitalized name that opens a turn, answering
 * a question about where, and ends there (or at a comma) is the place.
 */
function answerToWhere(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  const before = doc.prev(i);
  const opensTurn = before !== undefined && (before.line !== t.line || /:\s*$/.test(t.gapBefore));
  if (!opensTurn || !doc.caseInformative(t) || t.case !== Case.Capitalized) return undefined;
  if (doc.isGrammatical(t.key) || relations.has(t.key) || titles.has(t.key) || calendarWords.has(t.key))
    return undefined;
  // An everyday word or a common given name answers as a place only where the lists hold the place
  // ("Where is your son now? — Jail.", "Where did she go? — Tina …").
  const wordOrSomeone =
    doc.isOrdinaryWord(t.key) || (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1500;
  if (wordOrSomeone && doc.lex.place(t.key) === undefined) return undefined;
  // ("where is he stage-wise? — Precontemplation.": a state of things, by its ending, is no place.)
  if (/(?:tion|ment|ness|ity|ance|ence)$/.test(t.key) && doc.lex.place(t.key) === undefined) return undefined;
  // The capitalized run ("East Lansing"), then the end of what is said or a comma.
  let end = i;
  while (
    doc.tokens[end + 1] &&
    doc.adjacent(doc.tokens[end], doc.tokens[end + 1]) &&
    doc.capitalized(doc.tokens[end + 1]!)
  )
    end++;
  const after = doc.tokens[end + 1];
  if (after && after.line === t.line && !/^[ \t]*[.,!]/.test(after.gapBefore)) return undefined;
  // The turn before asks where.
  if (!lineBeforeAsks(doc, i, (key) => /^(?:where|where's|wheres)$/.test(key))) return undefined;
  return {
    start: t.start,
    end: doc.tokens[end]!.end,
    label: 'LOCATION',
    detector: 'context',
    score: 0.8,
    reason: 'answer to "where"',
  };
}

/** "lives in X", "moved to X" where X is no known place but reads like a name. */
function contextPlace(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  const context = placeContext(doc, i);
  const n1 = doc.next(i);
  // "to Brackenholt 3", "on Ward 6 West": a name with a unit number after a preposition of place.
  const numbered =
    context >= 0.25 && n1 !== undefined && /^\d{1,2}$/.test(n1.text) && /^ ?$/.test(n1.gapBefore);
  if ((context < 0.45 && !numbered) || !nameLike(doc, t)) return undefined;
  // "visiting Grandma", "home to Mom": family and titles are people wherever they stand.
  if (relations.has(t.key) || titles.has(t.key)) return undefined;
  // "went into afib", "back to ac", "to radiology": rhythms, modes and the hospital's own departments.
  if (clinicalStates.has(t.key) || isHospitalUnit(t.key)) return undefined;
  // "go to aa meetings": a short word qualifying a plural noun is a kind of thing, not a place.
  if (t.key.length <= 4 && doc.beforePluralNoun(i)) return undefined;
  if (t.case === Case.Upper && t.text.length <= 4) {
    // "transferred to CCU", "back to OR": a hospital's own units. In clinical notes another
    // acronym after a move is another hospital ("transferred from JHMC").
    if (doc.jargon < 0.04 || hospitalUnits.has(t.key) || isClinicalAcronym(t.key) || context < 0.45)
      return undefined;
    return placeToken(t, 'facility after a transfer');
  }
  if (!doc.capitalized(t) && doc.isOrdinaryWord(t.key)) return undefined;
  // "couldn't just go to SLEEP": in prose written in both cases, an everyday word in capitals is said
  // louder, not named.
  if (t.case === Case.Upper && doc.caseInformative(t) && doc.jargon < 0.04 && doc.isOrdinaryWord(t.key))
    return undefined;
  let end = i;
  while (
    end + 1 < doc.tokens.length &&
    doc.adjacent(doc.tokens[end], doc.tokens[end + 1]) &&
    doc.capitalized(doc.tokens[end + 1]!)
  ) {
    end++;
  }
  // "went to Urgent Care", "back to Physical Therapy": a kind of care, capitalized, is no town.
  const run = doc.tokens.slice(i, end + 1);
  if (careKinds.has(run.at(-1)!.key) && run.every((w) => doc.isOrdinaryWord(w.key))) return undefined;
  return {
    start: t.start,
    end: wordEnd(doc.tokens[end]!),
    label: 'LOCATION',
    detector: 'context',
    score: 0.75,
    reason: placeContextReason,
  };
}

/**
 * "Mercy Medical Center in Woodlawn", "Mercy Hospital in Tigard": the town after an
 * institution's "in", written as a name.
 */
function townOfInstitution(doc: Doc, institution: Detection): Detection | undefined {
  const last = doc.tokensIn(institution.start, institution.end).at(-1);
  if (!last || !institutionSuffixes.has(last.key)) return undefined;
  const [inWord, town] = doc.tokensIn(institution.end, Math.min(doc.text.length, institution.end + 80));
  if (!inWord || !town || inWord.key !== 'in' || !doc.adjacent(last, inWord)) return undefined;
  if (!doc.adjacent(inWord, town) || !isWord(town) || doc.isOrdinaryWord(town.key)) return undefined;
  // In a note whose capitals say little, a listed town or a word written capitalized still reads as one.
  const written = town.case === Case.Capitalized && !clinicalTerms.has(town.key) && !isHospitalUnit(town.key);
  if (!doc.capitalized(town) && !written && doc.lex.place(town.key) === undefined) return undefined;
  return {
    start: town.start,
    end: wordEnd(town),
    label: 'LOCATION',
    detector: 'context',
    score: 0.8,
    reason: 'town of a named institution',
  };
}

/** Kinds of place a patient goes to next, after which a parenthesis names the place itself. */
const dischargeKinds = new Set([
  'rehab',
  'snf',
  'hospice',
  'ltac',
  'ltach',
  'facility',
  'home',
  'homes',
  'shelter',
]);

/**
 * "d/c to rehab(St Luke Memorial)", "d/c to SNF (Oak Crest)": the words in a
 * parenthesis right after a kind of facility are its name, when they read as one (no digits, not
 * only clinical shorthand, at most five words on the line).
 */
function facilityInParens(doc: Doc, i: number): Detection | undefined {
  const kind = doc.tokens[i]!;
  if (!dischargeKinds.has(kind.key) || doc.jargon < 0.04) return undefined;
  const open = doc.text.slice(kind.end, kind.end + 2);
  if (!/^ ?\(/.test(open)) return undefined;
  const close = doc.text.indexOf(')', kind.end);
  if (close < 0) return undefined;
  const inside = doc.tokensIn(kind.end, close);
  if (inside.length === 0 || inside.length > 5 || inside.some((w) => w.line !== kind.line || !isWord(w)))
    return undefined;
  if (inside.some((w) => /\d/.test(w.text) || doc.isGrammatical(w.key))) return undefined;
  if (inside.every((w) => clinicalTerms.has(w.key) || isHospitalUnit(w.key) || doc.plainLower(w)))
    return undefined;
  // One capital at least, or a listed place: "(St Luke Memorial)", "(Keswick)".
  if (!inside.some((w) => w.case !== Case.Lower || doc.lex.place(w.key) !== undefined)) return undefined;
  return {
    start: inside[0]!.start,
    end: wordEnd(inside[inside.length - 1]!),
    label: 'LOCATION',
    detector: 'context',
    score: 0.7,
    reason: 'facility named in parentheses',
  };
}

/**
 * "CAME FROM THE HALLORAN HOUSE", "at the Marsh House": a care home or shelter named for someone, after
 * a preposition of place and "the".
 */
function namedHouse(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  const house = doc.tokens[i + 1];
  const the = doc.prev(i);
  const prep = doc.prev(i, 2);
  if (
    !house ||
    !the ||
    !prep ||
    house.key !== 'house' ||
    the.key !== 'the' ||
    !placePrepositions.has(prep.key)
  )
    return undefined;
  if (!doc.adjacent(t, house) || !doc.adjacent(the, t) || doc.plainLower(house) || doc.plainLower(t))
    return undefined;
  if (doc.isOrdinaryWord(t.key) || (doc.lex.surnameRank(t.key) === undefined && !doc.unknownWord(t.key)))
    return undefined;
  return {
    start: t.start,
    end: house.end,
    label: 'LOCATION',
    detector: 'context',
    score: 0.7,
    reason: institutionReason,
  };
}

/** What a care home is, written after its name in lower case: "nursing home", "assisted living". */
const careHomeKinds = new Map([
  ['nursing', new Set(['home', 'facility', 'center'])],
  ['assisted', new Set(['living'])],
  ['retirement', new Set(['home', 'community', 'village'])],
  ['memory', new Set(['care'])],
  ['senior', new Set(['living', 'center', 'apartments'])],
  ['group', new Set(['home'])],
]);

/**
 * "a resident of the Sunrise Manor nursing home", "moved into the Elm Court assisted living": the
 * words capitalized mid-sentence before what kind of care home it is are the home's name.
 */
function namedCareHome(doc: Doc, i: number): Detection | undefined {
  const kind = doc.tokens[i]!;
  const rest = careHomeKinds.get(kind.key);
  const next = doc.next(i);
  if (!rest || !next || !rest.has(next.key) || !doc.adjacent(kind, next) || !doc.plainLower(kind))
    return undefined;
  let first = i;
  while (first > 0 && i - first < 3) {
    const w = doc.tokens[first - 1]!;
    if (
      !doc.adjacent(w, doc.tokens[first]!) ||
      !doc.capitalized(w) ||
      w.sentenceStart ||
      doc.isGrammatical(w.key)
    )
      break;
    first--;
  }
  if (first === i) return undefined;
  return {
    start: doc.tokens[first]!.start,
    end: wordEnd(doc.tokens[i - 1]!),
    label: 'LOCATION',
    detector: 'context',
    score: 0.9,
    reason: institutionReason,
  };
}

/** Sites a company has in many towns, called by the town: "the east orange plant", "the canton office". */
const sitesByTown = new Set(
  'plant mill factory warehouse office branch store campus location depot yard'.split(' '),
);

/**
 * "laid off half the guys at the granite falls plant": after "the", a listed town before the kind of
 * site it names is the town, in any case — when it is a name of several words or no everyday word.
 */
function townOfASite(doc: Doc, i: number, n: number): Detection | undefined {
  const first = doc.tokens[i]!;
  const last = doc.tokens[i + n - 1]!;
  const site = doc.tokens[i + n];
  if (doc.prev(i)?.key !== 'the' || !site || !sitesByTown.has(site.key) || !doc.adjacent(last, site))
    return undefined;
  if (n === 1 && (doc.isOrdinaryWord(first.key) || doc.listedName(first.key))) return undefined;
  if (doc.tokens.slice(i, i + n).some((t) => doc.isGrammatical(t.key))) return undefined;
  return {
    start: first.start,
    end: last.end,
    label: 'LOCATION',
    detector: 'context',
    score: 0.8,
    reason: 'town a site is called by',
  };
}

/** "Ellicott Heights", "Glen Burnie Heights": a listed town with the word that ends its name. */
function townWithTownWord(doc: Doc, i: number, n: number): Detection | undefined {
  const last = doc.tokens[i + n - 1]!;
  const next = doc.tokens[i + n];
  if (!next || !doc.adjacent(last, next) || last.possessive) return undefined;
  if (!townWords.has(next.key)) return undefined;
  if (doc.plainLower(next) || doc.plainLower(doc.tokens[i]!)) return undefined;
  if (doc.caseInformative(next) && !doc.capitalized(next)) return undefined;
  const p1 = doc.prev(i);
  if (!p1 || !placePrepositions.has(p1.key)) return undefined;
  return {
    start: doc.tokens[i]!.start,
    end: wordEnd(next),
    label: 'LOCATION',
    detector: 'gazetteer',
    score: 0.8,
    reason: 'us-place gazetteer + town word',
  };
}

/** Offices whose holder is a "General": "the Surgeon General", "Attorney General". */
const generalOffices = new Set(
  'surgeon attorney secretary major brigadier lieutenant postmaster inspector solicitor consul governor adjutant registrar auditor comptroller paymaster quartermaster procurator director'.split(
    ' ',
  ),
);

function capitalAfter(doc: Doc, i: number): boolean {
  const n = doc.next(i);
  return n !== undefined && doc.adjacent(doc.tokens[i], n) && doc.capitalized(n);
}

/** "County General, fourth floor": words no office's "General" holds, that call a hospital so anywhere. */
const generalHospitalKinds = new Set(['county', 'city', 'regional', 'community', 'memorial', 'university']);

/**
 * "at Mass General", "to Tampa General": a hospital called by its place's short name and "General",
 * written with capitals after a preposition of place, whatever list knows the first word. Said in
 * speech without capitals ("uh mercy general in sacramento"), the first word must be a listed name or
 * place, and a preposition of place before it or a town after it ("in …") says where.
 */
function generalHospital(doc: Doc, i: number): Detection | undefined {
  const name = doc.tokens[i]!;
  const general = doc.next(i);
  const before = doc.prev(i);
  if (general?.key !== 'general' || !doc.adjacent(name, general)) return undefined;
  const placed = before !== undefined && placePrepositions.has(before.key) && before.line === name.line;
  const town = doc.next(i, 3);
  const spoken =
    name.case === Case.Lower &&
    general.case === Case.Lower &&
    (doc.listedName(name.key) || doc.lex.place(name.key) !== undefined) &&
    !doc.lex.tags(name.key).some((tag) => tag === 'Adjective' || tag === 'Adverb') &&
    (placed ||
      (doc.next(i, 2)?.key === 'in' &&
        town !== undefined &&
        town.line === name.line &&
        doc.lex.place(town.key) !== undefined));
  const written =
    doc.capitalized(name) &&
    doc.capitalized(general) &&
    name.case === Case.Capitalized &&
    ((placed && !name.sentenceStart) ||
      // ("the County General Assembly": the name runs on to what it is.)
      (generalHospitalKinds.has(name.key) && !capitalAfter(doc, i + 1)));
  if (
    (!written && !spoken) ||
    doc.isGrammatical(name.key) ||
    generalOffices.has(name.key) ||
    // "Dollar General": a chain the company list knows by its first word.
    (doc.lex.company(name.key) && doc.lex.place(name.key) === undefined)
  )
    return undefined;
  return {
    start: name.start,
    end: wordEnd(general),
    label: 'LOCATION',
    detector: 'context',
    score: 0.9,
    reason: 'hospital by its short name',
  };
}

/** Words that open the name of a lake or a mountain: "Lake Tahoe", "Mount Kilimanjaro", "Mt. Hood". */
const featurePrefixes = new Set(['lake', 'mount', 'mt']);

/**
 * "Lake Tahoe", "Mount Kilimanjaro", "Mt. Hood": capitalized, a lake's or mountain's word and the
 * name after it, whatever list knows the name.
 */
function namedFeature(doc: Doc, i: number): Detection | undefined {
  const prefix = doc.tokens[i]!;
  const name = doc.next(i);
  if (!featurePrefixes.has(prefix.key) || !name || prefix.case !== Case.Capitalized) return undefined;
  if (!/^\.? $/.test(name.gapBefore) || name.line !== prefix.line) return undefined;
  if (name.case !== Case.Capitalized || doc.isGrammatical(name.key) || !doc.caseInformative(name))
    return undefined;
  // "Lake Monroe County", "Mount Vernon Hospital": the longer name is someone else's to find.
  const after = doc.next(i, 2);
  if (after && doc.adjacent(name, after) && doc.capitalized(after)) return undefined;
  return {
    start: prefix.start,
    end: wordEnd(name),
    label: 'LOCATION',
    detector: 'context',
    score: 0.9,
    reason: 'named lake or mountain',
  };
}

/**
 * "drove home over Cabbage Hill", "could hear it from Spanish Town": two capitalized words inside a
 * sentence, after a preposition of place, the second a word town names end in, whatever list knows
 * the first. Words that also end institutions' names ("Center", "Park") are their rules' to read.
 */
function nameEndingInTownWord(doc: Doc, i: number): Detection | undefined {
  const first = doc.tokens[i]!;
  const last = doc.next(i);
  const before = doc.prev(i);
  if (!last || !before || !doc.adjacent(before, first) || !doc.adjacent(first, last)) return undefined;
  if (!townWords.has(last.key) || institutionSuffixes.has(last.key) || last.key === 'point') return undefined;
  if (!placePrepositions.has(before.key) && before.key !== 'over') return undefined;
  if (first.sentenceStart || first.case !== Case.Capitalized || last.case !== Case.Capitalized)
    return undefined;
  if (!doc.capitalized(first) || !doc.capitalized(last) || first.possessive) return undefined;
  if (doc.isGrammatical(first.key) || titles.has(first.key) || relations.has(first.key)) return undefined;
  // ("Ellicott City Council", "Crystal Lake Road": a longer name is another rule's.)
  const after = doc.next(i, 2);
  if (after !== undefined && doc.adjacent(last, after) && doc.capitalized(after)) return undefined;
  return {
    start: first.start,
    end: wordEnd(last),
    label: 'LOCATION',
    detector: 'context',
    score: 0.8,
    reason: 'named by a town word',
  };
}

/**
 * Words that open an eatery's name, as Spanish, Italian and French do: "Taqueria Arandas", "Cafe
 * Lucca" ("Pizza Night" is an evening; a dish's word opens no name).
 */
const eateryOpeners = new Set(
  'taqueria pizzeria cantina bistro tavern cafe café trattoria osteria panaderia panadería'.split(' '),
);

/**
 * "treating myself to Taqueria Arandas", "dinner at Trattoria Lucca": an eatery's word, then a
 * capitalized name — the eatery, unless the name is a chain's (a chain is no one place).
 */
function eateryThenName(doc: Doc, i: number): Detection | undefined {
  const opener = doc.tokens[i]!;
  const name = doc.next(i);
  if (!eateryOpeners.has(opener.key) || !name || !doc.adjacent(opener, name)) return undefined;
  if (opener.case !== Case.Capitalized || name.case !== Case.Capitalized || opener.possessive)
    return undefined;
  if (!doc.capitalized(name) || doc.isGrammatical(name.key) || doc.lex.chain(name.key)) return undefined;
  if (doc.lex.company(name.key) && doc.lex.place(name.key) === undefined) return undefined;
  return {
    start: opener.start,
    end: wordEnd(name),
    label: 'LOCATION',
    detector: 'context',
    score: 0.85,
    reason: 'eatery by its name',
  };
}

/** Token `i` right after a lower-case "the" ("in the Heights"; "The Heights" opens a title). */
function afterPlainThe(doc: Doc, i: number): boolean {
  const the = doc.prev(i);
  return the?.key === 'the' && doc.adjacent(the, doc.tokens[i]) && doc.plainLower(the);
}

/** Words a part of town goes by alone, after "the": "the Heights", "the Flats", "the Bottoms". */
const partsOfTown = new Set(
  'heights flats bottoms hills valley village highlands gardens acres estates commons narrows meadows bluffs'.split(
    ' ',
  ),
);

/**
 * "a two-bedroom in the Heights", "grew up over in the Flats": a part of town's word capitalized
 * inside a sentence, after "the" and where one is, is that part of a town ("in the hills" is any).
 */
function partOfTown(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  const the = doc.prev(i);
  const where = doc.prev(i, 2);
  if (!partsOfTown.has(t.key) || t.possessive || !doc.capitalized(t) || t.sentenceStart) return undefined;
  if (!afterPlainThe(doc, i)) return undefined;
  if (where === undefined || !doc.adjacent(where, the) || !placePrepositions.has(where.key)) return undefined;
  // ("the Heights Mall", "the Village Inn": a longer name is another rule's.)
  const after = doc.next(i);
  if (after !== undefined && doc.adjacent(t, after) && doc.capitalized(after)) return undefined;
  return placeToken(t, 'part of town', 0.8);
}

/** Nouns for a part of town named before them: "the Brookhaven subdivision", "the Oak Hill neighborhood". */
const neighbourhoodNouns = new Set(
  'neighborhood neighbourhood neighborhoods subdivision subdivisions projects apartments townhomes townhouses'.split(
    ' ',
  ),
);

/**
 * "we're in the Brookhaven subdivision", "the Oak Hill neighborhood", "the Marcy projects": one or
 * two capitalized words between "the" and a word for a part of town name it, unless they say who
 * lives there ("the Hispanic neighborhood", "the Korean neighborhood").
 */
function namedNeighbourhood(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  if (!afterPlainThe(doc, i)) return undefined;
  let last = i;
  const second = doc.next(i);
  if (second !== undefined && doc.adjacent(t, second) && doc.capitalized(second) && !second.sentenceStart)
    last = i + 1;
  const noun = doc.tokens[last + 1];
  if (noun === undefined || !doc.adjacent(doc.tokens[last], noun) || !neighbourhoodNouns.has(noun.key))
    return undefined;
  if (!doc.plainLower(noun)) return undefined;
  for (let k = i; k <= last; k++) {
    const w = doc.tokens[k]!;
    if (!isWord(w) || w.possessive || !doc.capitalized(w) || w.sentenceStart || doc.isGrammatical(w.key))
      return undefined;
    const tags = doc.lex.tags(w.key);
    const people = tags.includes('Demonym') || untaggedPeoples.has(w.key) || denominations.has(w.key);
    if (people || (last === i && tags.includes('Adjective') && doc.isOrdinaryWord(w.key))) return undefined;
  }
  // One everyday word alone ("the Black neighborhood") says who lives there as often as where.
  if (last === i && doc.isOrdinaryWord(t.key) && doc.lex.place(t.key) === undefined) return undefined;
  return { ...placeToken(t, 'part of town', 0.85), end: doc.tokens[last]!.end };
}

/**
 * "Shelsky's on Court St", "Pop's Italian Ice on Sheridan Rd": capitalized words right before "on"
 * and a street found by its suffix name the shop or the place that stands there — an owner's
 * possessive among them, or two capitalized words or more ("Jake on Elm St" is someone there).
 */
function shopOnStreet(doc: Doc, street: Detection): Detection | undefined {
  if (street.label !== 'LOCATION') return undefined;
  const [first, lastOfStreet] = doc.touched(street.start, street.end);
  if (lastOfStreet <= first || !streetSuffixes.has(doc.tokens[lastOfStreet]!.key)) return undefined;
  const on = doc.tokens[first - 1];
  if (on?.key !== 'on' || !doc.adjacent(on, doc.tokens[first])) return undefined;
  let start = first - 1;
  for (let k = first - 2; k >= Math.max(0, first - 5); k--) {
    const w = doc.tokens[k]!;
    if (!isWord(w) || !doc.adjacent(w, doc.tokens[k + 1]) || w.line !== on.line) break;
    if (!doc.capitalized(w) && !(w.sentenceStart && w.case === Case.Capitalized)) break;
    if (doc.isGrammatical(w.key) || w.case === Case.Upper) break;
    start = k;
    if (w.sentenceStart) break;
  }
  const run = doc.tokens.slice(start, first - 1);
  if (run.length === 0) return undefined;
  const owned = run.some((w) => w.possessive && !relations.has(w.key));
  // (A sentence's first word alone is its subject: "Dad on Elm St", "Parking on Main St".)
  if (!owned && (run.length < 2 || run.filter((w) => !w.sentenceStart).length < 2)) return undefined;
  const last = run[run.length - 1]!;
  const end = last.possessive && /['’]s$/.test(last.text) && run.length === 1 ? last.end - 2 : last.end;
  return {
    start: run[0]!.start,
    end,
    label: 'LOCATION',
    detector: 'context',
    score: 0.85,
    reason: 'shop on a street',
  };
}

/**
 * "he goes to our lady of perpetual help", "married at Our Lady of Lourdes": a parish named for Mary
 * where one goes ("pray to our lady of guadalupe" is a devotion, no place).
 */
function ladyParish(doc: Doc, i: number): Detection | undefined {
  const our = doc.tokens[i]!;
  const lady = doc.next(i);
  const of = doc.next(i, 2);
  if (our.key !== 'our' || lady?.key !== 'lady' || of?.key !== 'of') return undefined;
  if (!doc.adjacent(our, lady) || !doc.adjacent(lady, of)) return undefined;
  const before = doc.prev(i);
  if (before === undefined || !doc.adjacent(before, our) || !placePrepositions.has(before.key))
    return undefined;
  if (before.key === 'to' && /^pray/.test(doc.prev(i, 2)?.key ?? '')) return undefined;
  let end = i + 2;
  for (let k = i + 3; k < Math.min(doc.tokens.length, i + 6); k++) {
    const w = doc.tokens[k]!;
    if (
      !doc.adjacent(doc.tokens[k - 1], w) ||
      !isWord(w) ||
      doc.isGrammatical(w.key) ||
      calendarWords.has(w.key)
    )
      break;
    end = k;
  }
  if (end === i + 2) return undefined;
  return {
    start: our.start,
    end: wordEnd(doc.tokens[end]!),
    label: 'LOCATION',
    detector: 'context',
    score: 0.85,
    reason: congregationReason,
  };
}

export const childrensHospitalReason = "children's hospital by its short form";

/**
 * "we took him to childrens", "the dietitian at Children's": a children's hospital by its short form,
 * where one goes or works ("at children's church" is the kind).
 */
function childrensHospital(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  if (t.key !== 'childrens' && !(t.key === 'children' && /['’]s$/.test(t.text))) return undefined;
  const before = doc.prev(i);
  if (before === undefined || !doc.adjacent(before, t) || !/^(?:at|to|from|in)$/.test(before.key))
    return undefined;
  const after = doc.next(i);
  // ("at Children's Hospital Colorado": the hospital by its whole name, the state it serves after.)
  if (after !== undefined && doc.adjacent(t, after) && after.key === 'hospital' && doc.capitalized(after)) {
    const served = doc.next(i, 2);
    const end =
      served !== undefined &&
      doc.adjacent(after, served) &&
      doc.capitalized(served) &&
      doc.lex.place(served.key) !== undefined
        ? served.end
        : after.end;
    return { ...placeToken(t, childrensHospitalReason, 0.8), end };
  }
  // ("childrens church", "children's tylenol": the kind before its noun.)
  if (
    after !== undefined &&
    doc.adjacent(t, after) &&
    doc.lex.tags(after.key).some((tag) => tag === 'Noun' || tag === 'Singular' || tag === 'Plural')
  )
    return undefined;
  return placeToken(t, childrensHospitalReason, 0.8);
}

export const congregationReason = 'church by name';

/** Denominations a congregation is named with: "First Baptist", "Grace Lutheran". */
const congregationWords = new Set(
  'baptist methodist lutheran presbyterian episcopal pentecostal adventist mennonite congregational'.split(
    ' ',
  ),
);

/** Where one goes to a church, a school or a hospital named for a saint. */
const toSaint = new Set(['to', 'at', 'from', 'near']);

/**
 * "my grandma goes to st. alphonsus", "born at St. Jude's": a saint's name after "St." where one goes
 * is the church, school or hospital called after the saint, in any case (a street's "St." follows its
 * name).
 */
/** What parishes, schools and hospitals are dedicated to after "Holy": "Holy Angels", "Holy Cross". */
const dedications = new Set(
  'angels trinity cross family name rosary redeemer innocents apostles infant'.split(' '),
);

function saintsPlace(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  const [before, name] = [doc.prev(i), doc.next(i)];
  // "drove us to Holy Angels", "at Holy Trinity": a parish by what it is dedicated to; in speech
  // written without capitals, "the basement at holy family" too.
  const written = (w: Token) => doc.capitalized(w) || !doc.caseInformative(w);
  const holy =
    t.key === 'holy' && written(t) && name !== undefined && written(name) && dedications.has(name.key);
  if (holy && before && toSaint.has(before.key) && before.line === t.line && doc.adjacent(t, name))
    return saintsSite(t.start, name.end);
  if (!saints.has(t.key) || !before || !toSaint.has(before.key) || before.line !== t.line) return undefined;
  if (!name || name.line !== t.line || !isWord(name) || !/^\.?[ \t]$/.test(name.gapBefore)) return undefined;
  // A note's "ST" is a segment of the ECG ("changes to ST depression").
  if (doc.jargon >= 0.04 || (doc.lex.medical(name.key) && !doc.givenName(name.key))) return undefined;
  // "at saint mark's": a given name is a saint's even where it is an everyday word too.
  if (name.key.length < 3 || doc.isGrammatical(name.key)) return undefined;
  if (doc.isOrdinaryWord(name.key) && !doc.givenName(name.key)) return undefined;
  if (!(doc.givenName(name.key) || doc.unknownWord(name.key) || doc.capitalized(name))) return undefined;
  const kind = doc.next(i, 2);
  const end = kind && doc.adjacent(name, kind) && institutionSuffixes.has(kind.key) ? kind.end : name.end;
  return saintsSite(t.start, end);
}

function saintsSite(start: number, end: number): Detection {
  return {
    start,
    end,
    label: 'LOCATION',
    detector: 'context',
    score: 0.85,
    reason: "a saint's name where one goes",
  };
}

/**
 * "at the First Presbyterian meeting", "Grace Lutheran's food pantry": an ordinal or a name before a
 * denomination, both capitalized, is one congregation's church. Not a kind of church ("Southern
 * Baptist", "United Methodist", "Free Methodist"): a describing word or a verb does not name one.
 */
function congregation(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  const prev = doc.prev(i);
  if (!congregationWords.has(t.key) || !prev || !doc.adjacent(prev, t) || /[.!?]/.test(t.gapBefore))
    return undefined;
  const ordinal = spelledOrdinal(prev.key);
  const tags = doc.lex.tags(prev.key);
  const describes = tags.some((tag) =>
    ['Adjective', 'Verb', 'PastTense', 'Demonym', 'Comparative'].includes(tag),
  );
  const name = doc.listedName(prev.key) || doc.lex.place(prev.key) !== undefined;
  const namedBy = ordinal || (name && !describes && !compass.has(prev.key) && !doc.isGrammatical(prev.key));
  // "church with her at first methodist", "we met at trinity lutheran": without telling capitals,
  // an ordinal's or a name's church where one goes.
  if (!doc.caseInformative(t) && t.case === Case.Lower && namedBy && attending.has(doc.prev(i, 2)?.key ?? ''))
    return {
      start: prev.start,
      end: t.end,
      label: 'LOCATION',
      detector: 'context',
      score: 0.85,
      reason: congregationReason,
    };
  if (t.case !== Case.Capitalized || prev.case !== Case.Capitalized) return undefined;
  if (!namedBy || (!ordinal && prev.sentenceStart)) return undefined;
  return {
    start: prev.start,
    end: t.end,
    label: 'LOCATION',
    detector: 'context',
    score: 0.9,
    reason: congregationReason,
  };
}

/**
 * "Here at UW I am invisible", "here at UCLA": where the speaker studies, works or is treated, by its
 * initials — not a program by its letters ("here at IOP") nor a word in capitals.
 */
function hereAtInitials(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  if (!/^[A-Z]{2,5}$/.test(t.text) || !doc.caseInformative(t)) return undefined;
  if (doc.prev(i)?.key !== 'at' || doc.prev(i, 2)?.key !== 'here') return undefined;
  if (programOrWord(doc, t.key)) return undefined;
  return placeToken(t, 'institution by its initials, where the speaker is', 0.8);
}

/** Letters that are a program's, a unit's or a clinical term's ("IOP", "ICU"), or a word speech says. */
function programOrWord(doc: Doc, key: string): boolean {
  return (
    mentalHealthTerms.has(key) ||
    clinicalTerms.has(key) ||
    isHospitalUnit(key) ||
    doc.lex.wordCount(key) >= 20 ||
    doc.isGrammatical(key)
  );
}

export const studentsSchoolReason = 'a school by its initials, where a student is';

/** Words of studying at a college or university, which say what initials after "at" are. */
const studentWords = new Set(
  'student students grad undergrad freshman sophomore junior senior dorm dorms campus semester major professor ra'.split(
    ' ',
  ),
);

/**
 * "im a grad student at isu", "the student health at uva": in speech without capitals, two to four
 * letters that are no word, after "at", in a sentence about studying there, are the school's initials.
 */
function studentsSchoolInitials(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  if (doc.caseInformative(t) || !/^[a-z]{2,4}$/.test(t.text) || doc.prev(i)?.key !== 'at') return undefined;
  if (programOrWord(doc, t.key) || doc.lex.firstNameRank(t.key) !== undefined) return undefined;
  let studying = false;
  for (let k = doc.sentenceFirst(i); k <= doc.sentenceLast(i) && !studying; k++)
    studying = studentWords.has(doc.tokens[k]!.key);
  return studying ? placeToken(t, studentsSchoolReason, 0.8) : undefined;
}

/** Countries written by their initials, which the word lists leave out ("US" is also "us"). */
const countryInitials = new Set(['us', 'usa', 'uk', 'uae']);

/**
 * "in the US", "the USA", "back to the UK", "the U.S. economy": a country by its initials, in
 * capitals, after "the" — the country as surely as "Canada" is.
 */
function countryByInitials(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  // Capitals are chosen here even in lower-cased text, but not on a line all in capitals.
  if (doc.prev(i)?.key !== 'the' || doc.prev(i)!.line !== t.line || doc.onCapitalsLine(t)) return undefined;
  const reason = 'country by its initials';
  if (t.case === Case.Upper && countryInitials.has(t.key)) return placeToken(t, reason, 0.9);
  // "U.S.", "U.S.A.": the letters come one by one, each with its period.
  const dotted = t.text === 'U' ? /^U\.S\.(?:A\.)?/.exec(doc.text.slice(t.start, t.start + 6)) : null;
  return dotted ? { ...placeToken(t, reason, 0.9), end: t.start + dotted[0].length - 1 } : undefined;
}

/**
 * Big US cities by the initials people write them in ("LA", "SF", "DC", "ATL"), which no town list
 * holds. In capitals, or in lower case where the letters are no word ("okc", not "la" or "kc").
 */
const cityInitials = new Set(
  'la sf dc nyc atl nola slc okc stl kc phx abq jax atx htx dfw dtla mpls msp pdx bmore'.split(' '),
);
/** Verbs whose object is a city as surely as after "in": "left SF", "miss ATL". */
const cityVerbs = new Set('left leaving leave visit visited visiting miss missed missing'.split(' '));
export const cityInitialsReason = 'city by its initials';

/** What is said of an airport: "LAX security", "the SFO terminal". */
const airportThings = new Set(
  'airport terminal gate gates security tsa layover flight flights runway lounge'.split(' '),
);

/**
 * "just landed at LAX", "flew into SFO", "DFW security": an airport by its code (the lexicon holds
 * the codes as places), in capitals, where a place is said to be. Not in notes, where three capitals
 * are an abbreviation.
 */
function airportByCode(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  // "a ride from sfo", "sfo security": a post types the code in lower case too.
  const typed = t.case === Case.Upper || (t.case === Case.Lower && doc.tokens.length <= shortPost);
  if (!typed || t.text.length !== 3 || doc.jargon >= 0.04 || doc.isOrdinaryWord(t.key)) return undefined;
  if (!doc.lex.tags(t.key).includes('Place') || doc.lex.firstNameRank(t.key) !== undefined) return undefined;
  const after = doc.next(i);
  const placed =
    (t.case === Case.Upper
      ? placeContext(doc, i) >= 0.25
      : /^(?:from|into|at|to)$/.test(doc.prev(i)?.key ?? '')) ||
    (after !== undefined && doc.adjacent(t, after) && airportThings.has(after.key));
  return placed ? placeToken(t, 'airport by its code') : undefined;
}

/**
 * "just landed in LA", "SF rent", "flew into DC": a city by its initials, where a place is said to be
 * (after a preposition of place or before what is said of a city). Not in clinical notes, where "LA"
 * is the left atrium and "DC" a discharge.
 */
function cityByInitials(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  if (!cityInitials.has(t.key) || doc.jargon >= 0.04) return undefined;
  // "#LA", "#atx": a hashtag of a city's initials, in whatever case.
  if (t.gapBefore.endsWith('#')) return placeToken(t, cityInitialsReason, 0.85);
  // "okc weather", "back in atx": initials that are no word say the city in lower case too.
  const upper = t.case === Case.Upper && !doc.onCapitalsLine(t);
  const lower = t.case === Case.Lower && !doc.isOrdinaryWord(t.key);
  if (!upper && !lower) return undefined;
  // "thrombus noted in LA", however short the text.
  for (let n = 1; n <= 4; n++) {
    const w = doc.prev(i, n);
    if (!w || w.line !== t.line) break;
    // A person's or a place's name the medical list also holds is no clinical word ("Jon Stewart
    // testifying in DC", "from Chicago to LA").
    const named =
      doc.capitalized(w) &&
      (doc.lex.firstNameRank(w.key) !== undefined ||
        doc.lex.surnameRank(w.key) !== undefined ||
        doc.lex.place(w.key) !== undefined);
    if (isWord(w) && doc.lex.medical(w.key) && !doc.isOrdinaryWord(w.key) && !named) return undefined;
  }
  const next = doc.next(i);
  // Two lower-case letters ("sf", "dc") say a city only where a place is said to be ("best in sf").
  const said =
    next !== undefined && doc.adjacent(t, next) && placeTalk.has(next.key) && (upper || t.key.length >= 3);
  const placed = placeContext(doc, i) >= 0.25 || cityVerbs.has(doc.prev(i)?.key ?? '');
  // "LA is so overrated", "NYC was amazing", "LA will never be the same": a city opening a post as
  // what it is like.
  // "SF finally got a sunny weekend": an adverb may stand before what the city does.
  const verb = next && /^(?:finally|really|still|always|never|just)$/.test(next.key) ? doc.next(i, 2) : next;
  const described =
    upper && t.sentenceStart && verb !== undefined && /^(?:is|was|has|gets|got|will)$/.test(verb.key);
  // "traffic here is worse than LA": compared with a place named in the same sentence.
  const compared =
    upper &&
    doc.prev(i)?.key === 'than' &&
    doc.tokens.slice(doc.sentenceFirst(i), i).some((w) => {
      const kind = doc.lex.place(w.key);
      return doc.capitalized(w) && kind !== undefined && knownPlaces.has(kind);
    });
  return said || placed || described || compared ? placeToken(t, cityInitialsReason, 0.85) : undefined;
}

/** Places: US towns, counties, world cities, countries, named institutions and streets. */
export function detectPlaces(doc: Doc): Detection[] {
  const out: Detection[] = [];
  const facilities = new Set<string>();
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    const corner = streetCorner(doc, i);
    if (corner) out.push(corner);
    // "the kwik stop off 5th": a numbered street in figures is no word to the tokenizer.
    const numbered = ordinalInFigures(t.key) ? bareStreet(doc, i) : undefined;
    if (numbered) out.push(numbered);
    if (!isWord(t)) continue;
    const hit = gazetteerPlace(doc, i);
    const d = hit
      ? scorePlace(doc, i, hit[0], hit[1])
      : (facilitySlot(doc, i) ?? wardSlot(doc, i) ?? contextPlace(doc, i));
    if (d) out.push(d);
    if (d?.reason === facilityReason) facilities.add(t.text);
    if (d?.reason === wardReason) facilities.add(t.key);
    const s =
      suffixedPlace(doc, i) ??
      careSite(doc, i) ??
      letterhead(doc, i) ??
      saidStreet(doc, i) ??
      bareStreet(doc, i) ??
      directedStreet(doc, i) ??
      institutionOf(doc, i);
    if (s) out.push(s);
    const named =
      namedHouse(doc, i) ??
      namedCareHome(doc, i) ??
      generalHospital(doc, i) ??
      facilityInParens(doc, i) ??
      universityOf(doc, i) ??
      namedFeature(doc, i) ??
      nameEndingInTownWord(doc, i) ??
      eateryThenName(doc, i) ??
      partOfTown(doc, i) ??
      namedNeighbourhood(doc, i) ??
      ladyParish(doc, i) ??
      childrensHospital(doc, i) ??
      congregation(doc, i) ??
      saintsPlace(doc, i) ??
      answerToWhere(doc, i) ??
      countryByInitials(doc, i) ??
      cityByInitials(doc, i) ??
      hereAtInitials(doc, i) ??
      studentsSchoolInitials(doc, i) ??
      airportByCode(doc, i) ??
      (hit && !d ? townWithTownWord(doc, i, hit[1]) : undefined) ??
      (hit ? townOfASite(doc, i, hit[1]) : undefined);
    if (named) out.push(named);
    const slot =
      workplace(doc, i) ??
      residencePlace(doc, i) ??
      venueAfterAt(doc, i) ??
      ownersPlace(doc, i) ??
      calledPlace(doc, i) ??
      unknownWhereOneIs(doc, i);
    if (slot) out.push(slot);
  }
  for (const d of out.slice()) {
    const shop = shopOnStreet(doc, d);
    if (shop) out.push(shop);
  }
  const towns = new Set<number>();
  for (const d of out.slice()) {
    const town = townOfInstitution(doc, d);
    if (town && !towns.has(town.start)) out.push(town);
    if (town) towns.add(town.start);
  }
  if (facilities.size > 0) out.push(...facilityMentions(doc, facilities, out));
  out.push(...placeMentions(doc, out));
  return out;
}
