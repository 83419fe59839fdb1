import { personStates, vocativeLead } from '../lexicon/cues.ts';
import type { PlaceKind } from '../lexicon/load.ts';
import type { Doc } from './doc.ts';
import { namePrior } from './name-shape.ts';
import { placeContext } from './places.ts';

/** Places a reader knows without being told: the world's cities and countries, the big US cities. */
export const knownPlaces: ReadonlySet<PlaceKind> = new Set<PlaceKind>(['city', 'country', 'us-city']);

/** A given name this common (census rank) is read as the person: "Charlotte", "Tyler". */
const commonGivenName = 200;
/** A surname this common likewise: "Jackson", "Lincoln" are people before they are towns. */
const commonSurname = 100;

/**
 * "is", "was", "has": the verbs a place takes as readily as a person ("Paris was amazing"); a
 * person's own verbs ("Paris texted me") still say person.
 */
const eitherVerbs = new Set('is was has had does did will would can could should'.split(' '));

/** Past this census rank a given name or surname is rare enough to yield to a place's slot. */
const slotGivenName = 1500;
const slotSurname = 5000;

/**
 * "honeymoon in Bali", "flew to Maui", "moved to Cali": a capitalized word in a slot where places
 * stand (a move, a trip, a home), found by the name detector with nothing said of a person, is the
 * place when no common given name or surname says otherwise ("visiting Tyler", "moved to Jackson").
 */
function placeSlotRatherThanName(doc: Doc, i: number, cue: string): boolean {
  const t = doc.tokens[i]!;
  // "after visiting Arizona": a visit is made to a place a list holds as readily as to a person.
  const visitedPlace = cue === 'object of a social verb' && doc.lex.place(t.key) !== undefined;
  if ((cue !== '' && !visitedPlace) || t.possessive || !doc.capitalized(t)) return false;
  if (placeContext(doc, i) < 0.45 && !(cue === '' && atUnlisted(doc, i))) return false;
  if ((doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= slotGivenName) return false;
  if ((doc.lex.surnameRank(t.key) ?? Number.POSITIVE_INFINITY) <= slotSurname) return false;
  // "flew to see Jo Lindqvist": a capitalized word after it makes a full name.
  const n1 = doc.next(i);
  return !(n1 && doc.adjacent(t, n1) && doc.capitalized(n1) && !doc.isGrammatical(n1.key));
}

/** Verbs aimed "at" someone: "mad at X", "yelled at X", "looking at X". */
const atSomeone = new Set(
  'mad angry upset pissed furious yelled yelling yell screamed screaming shouted snapped look looked looking looks stared staring laughed laughing smiled smiling glared waved pointed lashed'.split(
    ' ',
  ),
);

/**
 * "stuck at O'Hare", "a game at Lambeau", "lunch in Soho": a word no name list holds, right after
 * "at" or "in", where nothing aims at someone, is where something happens.
 */
function atUnlisted(doc: Doc, i: number): boolean {
  const p1 = doc.prev(i);
  const p2 = doc.prev(i, 2);
  if (!p1 || (p1.key !== 'at' && p1.key !== 'in') || p1.line !== doc.tokens[i]!.line) return false;
  if (p1.key === 'at' && atSomeone.has(p2?.key ?? '')) return false;
  return namePrior(doc, doc.tokens[i]!.key) === 0;
}

/** The name detector's question: is what it found a place, though a name list holds the word? */
export function placeRatherThanName(doc: Doc, i: number, cue: string): boolean {
  return knownPlaceRatherThanName(doc, i, cue) || placeSlotRatherThanName(doc, i, cue);
}

/**
 * "Paris was amazing", "Houston, we have a problem": a word that names a place everyone knows and,
 * less commonly, a person, where nothing in the sentence speaks of a person, is the place. The name
 * detector asks this (through `placeRatherThanName`) and, when it says place, reports what it found
 * as the place, so the label changes and nothing is lost: both block an upload. States are left out: a state alone is
 * allowed, so a person named Georgia must stay a person.
 */
function knownPlaceRatherThanName(doc: Doc, i: number, cue: string): boolean {
  const t = doc.tokens[i]!;
  const kind = doc.lex.place(t.key);
  if (!kind || !knownPlaces.has(kind) || doc.plainLower(t)) return false;
  if ((doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= commonGivenName) return false;
  if ((doc.lex.surnameRank(t.key) ?? Number.POSITIVE_INFINITY) <= commonSurname) return false;
  // "Paris Hilton", "Austin Powers": a name next to another capitalized word is a full name.
  const n1 = doc.next(i);
  const p1 = doc.prev(i);
  if (n1 && doc.adjacent(t, n1) && doc.capitalized(n1) && !doc.isOrdinaryWord(n1.key)) return false;
  if (p1 && doc.adjacent(p1, t) && doc.capitalized(p1) && !p1.sentenceStart && !doc.isOrdinaryWord(p1.key))
    return false;
  // "I hear you, Dayton.", "hi Houston": someone spoken to.
  if (p1 && (p1.key === 'you' || p1.key === 'u' || vocativeLead.has(p1.key))) return false;
  if (cue === '') return true;
  // "visiting Kenya", "toured Lisbon": a visit is made to a place as readily as to a person; and
  // "I miss Tokyo" misses the city when no name list holds the word.
  if (cue === 'object of a social verb' && (!doc.listedName(t.key) || placeContext(doc, i) >= 0.45))
    return true;
  const n2 = doc.next(i, 2);
  return cue === 'subject of a verb' && eitherVerbs.has(n1?.key ?? '') && !personStates.has(n2?.key ?? '');
}
