import type { Detection } from '../findings.ts';
import { countedAfterOrdinal, ordinalInFigures } from '../lexicon/cues.ts';
import { chainKey } from '../lexicon/load.ts';
import { Case, isWord } from '../text/tokens.ts';
import type { Doc } from './doc.ts';
import { chainOver } from './everyday-things.ts';

export const chainStoreReason = "a chain's store by where it stands";
export const townBeforeChainReason = "a town before a chain's store";

/** Parts of a store said between its chain and where it stands: "the Target parking lot on Harmon". */
const storeParts = new Set([
  'parking',
  'lot',
  'pharmacy',
  'store',
  'location',
  'drive-thru',
  'gas',
  'station',
]);
/** How a store is placed: "on Larkspur", "off Route 9", "in Winter Haven", "out on Harmon". */
const placedBy = new Set(['on', 'off', 'in', 'at', 'near']);
const placedHow = new Set(['over', 'out', 'down', 'up', 'right', 'just']);

/**
 * "the Kroger on Larkspur", "the Publix in Winter Haven", "the hy-vee on glenbrook": a chain, no place on its
 * own, is one store once the text says where it stands, so the chain's name names that place too.
 * Read over what the other detectors left standing: only a street or a town found there (not a state
 * or a country, which place no store) makes the chain a place.
 */
export function chainStores(doc: Doc, found: readonly Detection[]): Detection[] {
  const out: Detection[] = [];
  const streets = ordinalStreets(doc);
  for (const place of [...found, ...streets]) {
    if (place.label !== 'LOCATION' && place.label !== 'PERSON') continue;
    let [first, last] = doc.touched(place.start, place.end);
    // "ON Valley Blvd": a span in capitals may hold its preposition.
    if (first < last && placedBy.has(doc.tokens[first]!.key)) first++;
    if (first > last || first < 2) continue;
    const key = doc.tokens
      .slice(first, last + 1)
      .map((t) => t.key)
      .join(' ');
    const kind = doc.lex.place(key);
    let k = first - 1;
    if (!placedBy.has(doc.tokens[k]!.key) || !doc.adjacent(doc.tokens[k], doc.tokens[first])) continue;
    // "the walmart on montana": no store stands on a state, so a state's name after "on" is a street's.
    const onStreet = doc.tokens[k]!.key === 'on' || doc.tokens[k]!.key === 'off';
    if (kind === 'country' || kind === 'region' || (kind === 'us-state' && !onStreet)) continue;
    // "the Wawa on Pennock": a surname-like street after "on" may have been read as someone, but
    // no one stands on a person.
    if (place.label === 'PERSON' && doc.tokens[k]!.key !== 'on' && doc.tokens[k]!.key !== 'off') continue;
    if (placedHow.has(doc.tokens[k - 1]?.key ?? '') && doc.adjacent(doc.tokens[k - 1], doc.tokens[k])) k--;
    let end = k - 1;
    if (end < 0 || !doc.adjacent(doc.tokens[end], doc.tokens[k])) continue;
    for (let parts = 0; parts < 2 && end > 0 && storeParts.has(doc.tokens[end]!.key); parts++) {
      if (!doc.adjacent(doc.tokens[end - 1], doc.tokens[end])) break;
      end--;
    }
    if (!isWord(doc.tokens[end]!)) continue;
    const chain = chainOver(doc, end, end);
    if (!chain || chain[1] !== end || !namedAsChain(doc, chain[0], end)) continue;
    // (A chain read as an organization is the store here.)
    const taken = (d: Detection) =>
      (d.label === 'PERSON' || d.label === 'LOCATION') &&
      d.start < doc.tokens[end]!.end &&
      doc.tokens[chain[0]]!.start < d.end;
    if (found.some(taken)) continue;
    out.push({
      start: doc.tokens[chain[0]]!.start,
      // (A street only its number names is reported with the store it places.)
      end: streets.includes(place) ? place.end : doc.tokens[end]!.end,
      label: 'LOCATION',
      detector: 'context',
      score: 0.8,
      reason: chainStoreReason,
    });
  }
  return [...out, ...townsBeforeChains(doc, found)];
}

/**
 * "the QuikTrip on 71st", "the allsup's on 50th and": a numbered street said by its number alone
 * after "on" or "off". Only a chain's store before it makes it a street (see `chainStores`).
 */
function ordinalStreets(doc: Doc): Detection[] {
  const out: Detection[] = [];
  doc.tokens.forEach((t, i) => {
    if (!ordinalInFigures(t.key)) return;
    const before = doc.prev(i);
    if (!before || (before.key !== 'on' && before.key !== 'off') || !doc.adjacent(before, t)) return;
    const after = doc.next(i);
    if (after && doc.adjacent(t, after) && countedAfterOrdinal.has(after.key)) return;
    out.push({ start: t.start, end: t.end, label: 'LOCATION', detector: 'context', score: 0, reason: '' });
  });
  return out;
}

/** What points at one store: "the Fresno Walmart", "that Sunnyvale Costco". */
const pointing = new Set(['the', 'that', 'this']);

/**
 * "the Fresno Walmart", "that Tempe Costco", "the fresno walmart": a town said before a chain's name
 * is where that store stands (as before "office" or "plant", see `scorePlace`). The town must be a
 * listed one (not a state, a country or a region: "the Texas Roadhouse" is a chain), written with a
 * capital where case means something, and no everyday word where it does not.
 */
function townsBeforeChains(doc: Doc, found: readonly Detection[]): Detection[] {
  const { tokens } = doc;
  const out: Detection[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const span = doc.lex.chainSpan(tokens[i]!.key);
    if (span === 0) continue;
    let chainEnd = -1;
    for (let e = i; e < i + span && e < tokens.length; e++) {
      if (e > i && !doc.adjacent(tokens[e - 1], tokens[e])) break;
      if (doc.lex.chain(chainKey(tokens.slice(i, e + 1)))) chainEnd = e;
    }
    if (chainEnd < 0) continue;
    // ("the Yale Global Tic Severity Scale": an everyday word a chain goes by, inside a title.)
    const titleGoesOn = tokens[chainEnd + 1];
    if (
      titleGoesOn !== undefined &&
      doc.adjacent(tokens[chainEnd], titleGoesOn) &&
      titleGoesOn.case === Case.Capitalized &&
      tokens.slice(i, chainEnd + 1).every((t) => doc.isOrdinaryWord(t.key))
    )
      continue;
    for (const length of [2, 1]) {
      const first = i - length;
      if (first < 1 || !pointing.has(tokens[first - 1]!.key)) continue;
      const town = tokens.slice(first, i);
      const joined = [tokens[first - 1]!, ...town, tokens[i]!];
      if (joined.some((t, k) => k > 0 && !doc.adjacent(joined[k - 1], t))) continue;
      const kind = doc.lex.place(town.map((t) => t.key).join(' '));
      if (kind === undefined || kind === 'us-state' || kind === 'country' || kind === 'region') continue;
      // ("the White Stripes": a town's name that is an everyday word is that word before a chain's.)
      if (town.every((t) => doc.isOrdinaryWord(t.key))) continue;
      const written = town.every((t) =>
        doc.caseInformative(t) ? doc.capitalized(t) : !doc.isOrdinaryWord(t.key) && doc.jargon < 0.04,
      );
      const start = town[0]!.start;
      const end = town[town.length - 1]!.end;
      // (A weaker guess over the town, below the threshold perhaps, gives way to this one.)
      if (!written || found.some((d) => d.start < end && start < d.end && d.score >= 0.8)) continue;
      out.push({
        start,
        end,
        label: 'LOCATION',
        detector: 'context',
        score: 0.8,
        reason: townBeforeChainReason,
      });
      break;
    }
  }
  return out;
}

/**
 * The chain's words read as its name: written with a capital where case means something ("we live
 * off Highway 40" holds a chain called Live), or, where it does not and the text is no note's
 * shorthand, no everyday word unless it is "the" one ("the target on valley").
 */
function namedAsChain(doc: Doc, first: number, last: number): boolean {
  const words = doc.tokens.slice(first, last + 1);
  // "It's in the car": a contraction or grammar word opening a sentence is no store.
  if (words.every((w) => w.contraction || doc.isGrammatical(w.key))) return false;
  if (words.some((w) => doc.caseInformative(w)))
    return words.some((w) => doc.capitalized(w) || (w.text.length > 1 && w.text === w.text.toUpperCase()));
  // (A note's shorthand in lower case, "bp on levo", is no chain.)
  if (doc.jargon >= 0.04) return false;
  return words.length > 1 || !doc.isOrdinaryWord(words[0]!.key) || doc.prev(first)?.key === 'the';
}
