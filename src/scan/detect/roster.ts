import { doubleMetaphone } from 'double-metaphone';
import type { Detection } from '../findings.ts';
import {
  calendarWords,
  determiners,
  finiteAfterModal,
  institutionSuffixes,
  placePrefixes,
  streetSuffixes,
  titles,
} from '../lexicon/cues.ts';
import { nameVariants } from '../lexicon/nicknames.ts';
import { type Token, tokenize } from '../text/tokens.ts';
import type { Doc } from './doc.ts';

/** A team's client roster in memory: people (clients, family) and places (home, street, school, work). */
export interface Roster {
  people: string[];
  places: string[];
}

type MatchKind = 'exact' | 'nickname' | 'near spelling' | 'sounds alike';

interface RosterToken {
  entry: number;
  kind: 'person' | 'place';
  /** Can stand alone (a distinctive name) or only next to another word of the same entry. */
  alone: boolean;
  match: MatchKind;
}

/** A roster prepared for matching: keys only, built once per scan. */
export interface CompiledRoster {
  exact: Map<string, RosterToken[]>;
  fuzzy: { key: string; phonetic: string; token: RosterToken }[];
  /** Every entry's words in order, by its first word: a mention of the whole entry always counts. */
  whole: Map<string, { keys: string[]; kind: 'person' | 'place' }[]>;
}

const suffixWords = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const streetAbbrev: Record<string, string> = {
  street: 'st',
  avenue: 'ave',
  road: 'rd',
  boulevard: 'blvd',
  drive: 'dr',
  lane: 'ln',
  court: 'ct',
  place: 'pl',
  terrace: 'ter',
  parkway: 'pkwy',
  highway: 'hwy',
  circle: 'cir',
  saint: 'st',
  mount: 'mt',
  fort: 'ft',
};

function keysOf(entry: string): string[] {
  return tokenize(entry)
    .map((t) => t.key)
    .filter((k) => !titles.has(k) && !suffixWords.has(k));
}

/** Prepares the roster; `isOrdinary` says which words need a neighbour to count ("Rose", "Oak"). */
export function compileRoster(roster: Roster, isOrdinary: (key: string) => boolean): CompiledRoster {
  const exact = new Map<string, RosterToken[]>();
  const fuzzy: CompiledRoster['fuzzy'] = [];
  const whole: CompiledRoster['whole'] = new Map();
  const addWhole = (entry: string, kind: 'person' | 'place') => {
    const keys = tokenize(entry)
      .map((t) => t.key)
      .filter((k) => k.length > 0);
    if (keys.length === 0) return;
    const list = whole.get(keys[0]!) ?? [];
    list.push({ keys, kind });
    whole.set(keys[0]!, list);
  };
  for (const name of roster.people) addWhole(name, 'person');
  for (const place of roster.places) addWhole(place, 'place');
  const add = (key: string, token: RosterToken) => {
    const list = exact.get(key) ?? [];
    list.push(token);
    exact.set(key, list);
  };
  const addWord = (key: string, entry: number, kind: 'person' | 'place', generic: boolean) => {
    const alone = !generic && !isOrdinary(key) && !/^\d+$/.test(key);
    const parts = key.includes('-') ? [key, ...key.split('-')] : [key];
    for (const part of parts) add(part, { entry, kind, alone, match: 'exact' });
    if (kind === 'person') {
      for (const v of nameVariants(key)) add(v, { entry, kind, alone: !isOrdinary(v), match: 'nickname' });
    }
    if (kind === 'place' && streetAbbrev[key])
      add(streetAbbrev[key], { entry, kind, alone: false, match: 'exact' });
    if (!generic && key.length >= 5) {
      fuzzy.push({
        key,
        phonetic: doubleMetaphone(key)[0],
        token: { entry, kind, alone, match: 'near spelling' },
      });
    }
  };
  roster.people.forEach((name, i) => {
    for (const key of keysOf(name)) addWord(key, i, 'person', key.length < 2);
  });
  roster.places.forEach((place, i) => {
    const entry = roster.people.length + i;
    for (const key of keysOf(place)) {
      const generic =
        streetSuffixes.has(key) ||
        institutionSuffixes.has(key) ||
        placePrefixes.has(key) ||
        key === 'of' ||
        key === 'the';
      addWord(key, entry, 'place', generic || key.length < 2);
    }
  });
  return { exact, fuzzy, whole };
}

/** At most one edit (insert, delete, substitute, swap neighbours) between a and b. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function lookup(doc: Doc, roster: CompiledRoster, t: Token): RosterToken[] {
  const { key } = t;
  const hits =
    roster.exact.get(key) ??
    (key.includes('-') ? key.split('-').flatMap((k) => roster.exact.get(k) ?? []) : []);
  // "i'll" sounds like "Ila" and "july" like "Julie": grammar and the calendar are never near-misses.
  if (
    hits.length > 0 ||
    key.length < 4 ||
    t.contraction ||
    calendarWords.has(key) ||
    doc.isOrdinaryWord(key) ||
    doc.commonness(key) >= 20
  )
    return hits;
  // Speech-to-text misspells names: one edit on long names, or the same Double Metaphone key.
  const out: RosterToken[] = [];
  let phonetic: [string, string] | undefined;
  for (const f of roster.fuzzy) {
    if (f.key.length >= 5 && withinOneEdit(f.key, key)) out.push(f.token);
    else {
      phonetic ??= doubleMetaphone(key);
      if (f.phonetic.length >= 2 && (phonetic[0] === f.phonetic || phonetic[1] === f.phonetic)) {
        out.push({ ...f.token, match: 'sounds alike' });
      }
    }
  }
  return out;
}

/** Determiners and possessives: after them a roster word that is also a word is the word ("the rose", "my will"). */
const beforeNoun = new Set([...determiners, 'my', 'your', 'our', 'their']);
const subjects = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'who', 'that', 'which', 'there']);

function afterDeterminer(doc: Doc, i: number): boolean {
  const p1 = doc.prev(i);
  return (
    p1 !== undefined &&
    p1.line === doc.tokens[i]!.line &&
    /^[ \t]+$/.test(doc.tokens[i]!.gapBefore) &&
    beforeNoun.has(p1.key)
  );
}

/**
 * A roster person's name that is also everyday English ("Grace", "Rob", "Will", "Hope") counts alone unless
 * the sentence uses it as a word: after a determiner ("the grace"), after a subject for grammar words
 * ("I will"), as a sentence-initial modal ("Will you"), or written lower case in capitalized prose.
 */
function ordinaryWordReadsAsName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const p1 = doc.prev(i);
  if (titles.has(p1?.key ?? '')) return true;
  // "will: i have not had a drink": a speaker label is the name, whatever word it also is.
  if ((!p1 || p1.line !== t.line) && /^\s*:/.test(doc.next(i)?.gapBefore ?? '')) return true;
  if (doc.plainLower(t)) return false;
  const sameLine = p1 !== undefined && p1.line === t.line && !/[.!?]/.test(t.gapBefore);
  if (afterDeterminer(doc, i)) return false;
  if (doc.isGrammatical(t.key)) {
    if (doc.capitalized(t) && !t.sentenceStart) return true;
    if (sameLine && subjects.has(p1!.key)) return false;
    const n1 = doc.next(i);
    // "May is what we call him", "Will and I": a modal cannot stand before a finite verb or "and".
    if (n1 && finiteAfterName.has(n1.key)) return true;
    return !(n1 && (subjects.has(n1.key) || doc.isGrammatical(n1.key)));
  }
  return true;
}

const finiteAfterName = new Set([...finiteAfterModal, 'and']);

/** What may stand between the words of one entry as written: "Town 'n' Country", "St. Mary's". */
const entryGap = /^[ \t'’.,&-]{1,4}$/;

/**
 * The whole roster entry, word for word ("Stagecoach", "Town 'n' Country", "Jason Thomas"): the team
 * listed it, so it counts even when its words are everyday ones — except a one-word entry used as a
 * word after an article ("a tool", "the stagecoach").
 */
function wholeEntryAt(
  doc: Doc,
  roster: CompiledRoster,
  i: number,
): { detection: Detection; last: number } | undefined {
  const first = doc.tokens[i]!;
  for (const { keys, kind } of roster.whole.get(first.key) ?? []) {
    let k = 1;
    for (; k < keys.length; k++) {
      const t = doc.tokens[i + k];
      if (!t || t.key !== keys[k] || t.line !== first.line || !entryGap.test(t.gapBefore)) break;
    }
    if (k < keys.length) continue;
    if (
      keys.length === 1 &&
      (afterDeterminer(doc, i) || (kind === 'person' && !ordinaryWordReadsAsName(doc, i)))
    )
      continue;
    const last = doc.tokens[i + keys.length - 1]!;
    return {
      last: i + keys.length - 1,
      detection: {
        start: first.start,
        end: last.possessive ? last.start + last.text.replace(/['’]s?$/, '').length : last.end,
        label: kind === 'person' ? 'PERSON' : 'LOCATION',
        detector: 'roster',
        score: 1,
        reason: `client roster (${kind}, whole entry)`,
      },
    };
  }
  return undefined;
}

/** Finds roster names and places: full, first-only, last-only, nicknames, near spellings. */
export function detectRoster(doc: Doc, roster: CompiledRoster): Detection[] {
  const hits = doc.tokens.map((t) => (t.key.length > 0 ? lookup(doc, roster, t) : []));
  const out: Detection[] = [];
  for (let i = 0; i < hits.length; i++) {
    const whole = wholeEntryAt(doc, roster, i);
    if (whole) {
      out.push(whole.detection);
      i = whole.last;
      continue;
    }
    const here = hits[i]!;
    if (here.length === 0) continue;
    // Grow the match over following words of the same roster entry: "Jason Thomas", "Oak St".
    let end = i;
    let entries = new Set(here.map((h) => h.entry));
    while (end + 1 < hits.length && doc.adjacent(doc.tokens[end], doc.tokens[end + 1])) {
      let step = 1;
      // A middle initial between two words of one name: "Ted J. Wallace".
      if (
        doc.tokens[end + 1]!.key.length === 1 &&
        end + 2 < hits.length &&
        doc.adjacent(doc.tokens[end + 1], doc.tokens[end + 2])
      ) {
        step = 2;
      }
      const shared = hits[end + step]!.filter((h) => entries.has(h.entry));
      if (shared.length === 0) break;
      entries = new Set(shared.map((h) => h.entry));
      end += step;
    }
    const t = doc.tokens[i]!;
    const span = hits.slice(i, end + 1).flat();
    if (
      end === i &&
      (!span.some((h) => h.alone) || doc.isOrdinaryWord(t.key)) &&
      !(here.some((h) => h.kind === 'person') && ordinaryWordReadsAsName(doc, i))
    ) {
      if (!span.some((h) => h.alone) || afterDeterminer(doc, i)) continue;
    }
    const best = span.find((h) => h.match === 'exact') ?? span[0]!;
    const last = doc.tokens[end]!;
    out.push({
      start: t.start,
      end: last.possessive ? last.start + last.text.replace(/['’]s?$/, '').length : last.end,
      label: best.kind === 'person' ? 'PERSON' : 'LOCATION',
      detector: 'roster',
      score: best.match === 'exact' ? 1 : 0.9,
      reason: `client roster (${best.kind}, ${end > i ? 'several words' : best.match})`,
    });
    i = end;
  }
  return out;
}
