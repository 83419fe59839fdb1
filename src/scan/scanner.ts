import { placeInitials } from './detect/acronyms.ts';
import { detectAddresses } from './detect/address.ts';
import { chainStores } from './detect/chain-stores.ts';
import { clinicalMention, eponymAgain, headedMention } from './detect/clinical-vocab.ts';
import { Doc, isOrdinaryWord } from './detect/doc.ts';
import {
  blessingSaid,
  chainName,
  everydayThing,
  gamePlayed,
  initialsAsAWord,
  languageName,
  noteShorthand,
  predicateAdjective,
  productConsumed,
  relationSaid,
  thingAgain,
} from './detect/everyday-things.ts';
import { detectFormFields } from './detect/form-fields.ts';
import { detectHashtags } from './detect/hashtags.ts';
import { detectInitials } from './detect/initials.ts';
import { medicineByCompany } from './detect/medicine-company.ts';
import { detectNames, fallenWithNeighbour } from './detect/names.ts';
import { detectNer, loadNer } from './detect/ner.ts';
import { saidInAnotherTongue } from './detect/other-tongues.ts';
import { detectPatterns } from './detect/patterns.ts';
import { detectPlaces } from './detect/places.ts';
import { namedElsewhere } from './detect/repeated-names.ts';
import { type CompiledRoster, compileRoster, detectRoster, type Roster } from './detect/roster.ts';
import { detectSpelledNames } from './detect/spelled-names.ts';
import { addFromScorer, committedScorer, type TokenScorer } from './detect/token-scorer.ts';
import type { Detection, DetectorName, Finding } from './findings.ts';
import { type Lexicon, loadLexicon } from './lexicon/load.ts';
import { excerptFor } from './mask.ts';
import { type AllowList, allowanceFor, compileAllowList, defaultPolicy, type ScanPolicy } from './policy.ts';
import type { Extraction, SourceLocation } from './types.ts';

export interface ScanOptions {
  roster?: Roster;
  allowList?: AllowList;
  policy?: ScanPolicy;
  /** Turn detectors off (the evaluation scores the roster alone this way). */
  skip?: readonly DetectorName[];
  /**
   * `false` leaves out the learned token scorer: its trainer reads what the rules alone find, and the
   * evaluation reports what it adds.
   */
  learned?: boolean;
  /** When given, milliseconds spent per stage are added to it (benchmarks print the shares). */
  timings?: Record<string, number>;
}

/** A finding in one text, before it is placed in a file. */
export type TextFinding = Omit<Finding, 'location' | 'part'>;

/** The verdict on a whole file. */
export interface ScanReport {
  accepted: boolean;
  findings: Finding[];
  counts: { block: number; warn: number; allowed: number };
}

export interface Scanner {
  /** Scans one text. Synchronous: everything slow was loaded by `createScanner`. */
  scanText(text: string, options?: ScanOptions): TextFinding[];
  /** Scans every part of an extracted file (body and metadata) and decides acceptance. */
  scanExtraction(extraction: Extraction, options?: ScanOptions): ScanReport;
}

/** Priority when detections overlap: a roster match says more than a pattern, a pattern more than a guess. */
const detectorRank: Record<DetectorName, number> = {
  roster: 4,
  pattern: 3,
  gazetteer: 2,
  context: 1,
  ner: 0,
  learned: 0,
};

/** One detection per stretch of text: overlapping ones merge; the strongest gives label and score. */
export function mergeDetections(text: string, detections: Detection[]): Detection[] {
  const sorted = [...detections].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Detection[] = [];
  for (const d of sorted) {
    const last = out[out.length - 1];
    const touching =
      last &&
      (d.start < last.end ||
        (d.label === last.label &&
          (d.label === 'PERSON' || d.label === 'LOCATION') &&
          (/^[ \t-]$/.test(text.slice(last.end, d.start)) ||
            // "E. Bollinger": an initial and its period.
            (/(?:^|[^\p{L}])\p{L}$/u.test(text.slice(last.start, last.end)) &&
              /^\.[ \t]$/.test(text.slice(last.end, d.start))))));
    if (!last || !touching) {
      out.push({ ...d });
      continue;
    }
    const better =
      detectorRank[d.detector] === 4 && detectorRank[last.detector] !== 4
        ? true
        : detectorRank[last.detector] === 4
          ? false
          : d.score > last.score;
    last.end = Math.max(last.end, d.end);
    if (better)
      Object.assign(last, { label: d.label, detector: d.detector, score: d.score, reason: d.reason });
  }
  return out;
}

function scanWith(
  lex: Lexicon,
  text: string,
  options: ScanOptions,
  roster?: CompiledRoster,
  scorer?: TokenScorer,
): TextFinding[] {
  const policy = options.policy ?? defaultPolicy;
  const skip = new Set(options.skip ?? []);
  const { timings } = options;
  let mark = timings ? performance.now() : 0;
  const lap = (stage: string) => {
    if (!timings) return;
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + now - mark;
    mark = now;
  };
  const doc = new Doc(text, lex);
  lap('tokenize');
  const found: Detection[] = [];
  if (roster && !skip.has('roster')) found.push(...detectRoster(doc, roster));
  lap('roster');
  if (!skip.has('pattern')) {
    const patterns = detectPatterns(text);
    found.push(...patterns, ...detectAddresses(doc, patterns));
  }
  lap('pattern');
  if (!skip.has('gazetteer'))
    found.push(
      ...detectNames(doc),
      ...detectPlaces(doc),
      ...detectHashtags(doc),
      ...detectFormFields(doc),
      ...detectInitials(doc),
      ...detectSpelledNames(doc),
    );
  lap('gazetteer');
  if (!skip.has('ner')) found.push(...detectNer(doc, found));
  lap('ner');
  // The threshold tunes how sure a guess must be; a roster match is not a guess, so no organization's
  // threshold can let a listed client's name (or its near-spelling) through.
  // Medicine is no person or place ("Chantix", "Crohn's disease", "COPD"), nor is God, Netflix or
  // Tai Chi a person.
  const kept: Detection[] = [];
  const vetoed: Detection[] = [];
  // Everyday things stay what they are where a name is repeated ("Father's Day" beside "Coach Day");
  // a medical word list's veto gives way to a name the text has made someone's.
  const everyday: Detection[] = [];
  const clinical: Detection[] = [];
  for (const d of found) {
    if (clinicalMention(doc, d)) clinical.push(d);
    else if (everydayThing(doc, d)) everyday.push(d);
    else kept.push(d);
  }
  // "Paxlovid with X", "Emgality or X": what the medical vocabulary overruled vouches for its company;
  // "the Kessler model … Kessler said": an eponym a head noun made one is that eponym again, and
  // "a gallon of Gatorade … Gatorade.": a thing a context made one is that thing again.
  const readElsewhere = new Set([
    ...medicineByCompany(doc, kept, clinical),
    ...eponymAgain(doc, kept, clinical),
    ...thingAgain(doc, kept, everyday),
  ]);
  clinical.push(...readElsewhere);
  vetoed.push(...clinical, ...everyday);
  const standing = kept.filter((d) => !readElsewhere.has(d));
  const fallen = new Set(fallenWithNeighbour(doc, standing, vetoed));
  vetoed.push(...fallen);
  lap('clinical vocabulary');
  // (Merged over the text as read: "Dana\u00a0Reed" is one name, as "Dana Reed" is.)
  let merged = mergeDetections(
    doc.text,
    standing.filter((d) => !fallen.has(d)),
  );
  if (scorer && options.learned !== false && !skip.has('learned')) {
    // What the scorer adds answers to the medical vocabulary and the chains' names as the rules'
    // guesses do ("a Zio patch", "Piggly Wiggly"); it has learned the other everyday things'
    // contexts itself.
    const learned = addFromScorer(doc, merged, vetoed, scorer);
    const overruled = new Set(
      medicineByCompany(
        doc,
        learned.filter((d) => d.detector === 'learned'),
        clinical,
      ),
    );
    const added = learned.filter(
      (d) =>
        d.detector !== 'learned' ||
        !(
          clinicalMention(doc, d) ||
          blessingSaid(doc, d) ||
          chainName(doc, d) ||
          languageName(doc, d) ||
          overruled.has(d) ||
          relationSaid(doc, d) ||
          predicateAdjective(doc, d) ||
          gamePlayed(doc, d) ||
          productConsumed(doc, ...doc.touched(d.start, d.end)) ||
          initialsAsAWord(doc, d) ||
          saidInAnotherTongue(doc, d) ||
          noteShorthand(doc, d)
        ),
    );
    merged = mergeDetections(doc.text, added);
    lap('learned scorer');
  }
  // A name said again is not where a clinical head noun follows ("… the Woods corkscrew maneuver").
  const again = namedElsewhere(doc, merged, everyday, policy.threshold).filter((d) => !headedMention(doc, d));
  merged = mergeDetections(doc.text, [...merged, ...again]);
  merged = mergeDetections(doc.text, [...merged, ...chainStores(doc, merged)]);
  merged = mergeDetections(doc.text, [...merged, ...placeInitials(doc, merged)]);
  merged = merged.filter((d) => d.detector === 'roster' || d.score >= policy.threshold);
  const allowance = allowanceFor(doc, compileAllowList(options.allowList ?? []));
  const out = merged.map((d): TextFinding => {
    const allowedBy = allowance(d);
    const action = allowedBy ? 'allowed' : policy.block.includes(d.label) ? 'block' : 'warn';
    const score = Math.round(d.score * 100) / 100;
    return { ...d, score, action, ...(allowedBy ? { allowedBy } : {}), excerpt: excerptFor(text, d, merged) };
  });
  lap('policy + excerpts');
  return out;
}

const loading = new Map<() => Promise<Lexicon>, Promise<Scanner>>();

/**
 * Loads the word lists and compromise once per source (about half a second) and returns the scanner.
 * Node builds the lexicon from the data packages; the Worker passes one decoded from its snapshot.
 */
export function createScanner(lexiconSource: () => Promise<Lexicon> = loadLexicon): Promise<Scanner> {
  const cached = loading.get(lexiconSource);
  if (cached) return cached;
  const created = (async () => {
    const [lex] = await Promise.all([lexiconSource(), loadNer()]);
    const scorer = committedScorer();
    // For the roster only everyday words need a neighbour: "Andrea" or "Bob" alone is the client.
    const isOrdinary = (key: string) => lex.wordCount(key) >= 20 || isOrdinaryWord(lex, key);
    const compile = (roster?: Roster) =>
      roster && (roster.people.length > 0 || roster.places.length > 0)
        ? compileRoster(roster, isOrdinary)
        : undefined;
    return {
      scanText: (text, options = {}) => scanWith(lex, text, options, compile(options.roster), scorer),
      scanExtraction(extraction, options = {}) {
        const roster = compile(options.roster);
        const findings: Finding[] = [];
        for (const part of extraction.parts) {
          for (const f of scanWith(lex, part.text, options, roster, scorer)) {
            const location: SourceLocation = part.locate(f.start, f.end);
            findings.push({
              ...f,
              location,
              part: part.source === 'body' ? 'body' : (part.field ?? 'metadata'),
            });
          }
        }
        const count = (a: Finding['action']) => findings.filter((f) => f.action === a).length;
        const counts = { block: count('block'), warn: count('warn'), allowed: count('allowed') };
        return { accepted: counts.block === 0, findings, counts };
      },
    } satisfies Scanner;
  })();
  loading.set(lexiconSource, created);
  // A failed load is not cached: the next request tries again.
  created.catch(() => loading.delete(lexiconSource));
  return created;
}
