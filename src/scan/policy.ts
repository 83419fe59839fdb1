import { z } from 'zod';
import type { Doc } from './detect/doc.ts';
import { cityInitialsReason } from './detect/places.ts';
import { type Allowance, type Detection, type FindingLabel, findingLabels } from './findings.ts';
import { multiStateRegions, stateInstitutions } from './lexicon/cues.ts';
import { tokenize } from './text/tokens.ts';

/**
 * Which labels reject an upload and which are only reported, and how sure a detector must be.
 * Configurable per organization; `defaultPolicy` is what applies when an organization sets nothing.
 */
export interface ScanPolicy {
  block: FindingLabel[];
  warn: FindingLabel[];
  /** Detections scoring below this are not reported at all (0..1). */
  threshold: number;
}

/** Blocks names, places and every Safe Harbor identifier; organizations are reported, not blocked. */
export const defaultPolicy: ScanPolicy = Object.freeze({
  block: ['PERSON', 'LOCATION', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'ID', 'URL', 'IP'],
  warn: ['ORGANIZATION'],
  threshold: 0.5,
}) as ScanPolicy;

/** zod schema for a stored or submitted policy (labels outside the closed set are refused). */
export const scanPolicySchema = z.object({
  block: z.array(z.enum(findingLabels)),
  warn: z.array(z.enum(findingLabels)),
  threshold: z.number().min(0).max(1),
});

/**
 * An organization's allow list: words and phrases that are not identifiers in its setting — its
 * own staff, public agencies ("Juvenile Court"), the program's name. Matched case- and
 * accent-insensitively on whole words.
 */
export type AllowList = readonly string[];

/** Allow-list phrases as key sequences, longest first. */
export function compileAllowList(allow: AllowList): string[][] {
  return allow
    .map((phrase) => tokenize(phrase).map((t) => t.key))
    .filter((keys) => keys.length > 0)
    .sort((a, b) => b.length - a.length);
}

/** Text ranges covered by allow-list phrases in this document. */
function allowedRanges(doc: Doc, phrases: string[][]): [number, number][] {
  if (phrases.length === 0) return [];
  const out: [number, number][] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    for (const keys of phrases) {
      if (i + keys.length > tokens.length) continue;
      if (keys.every((k, j) => tokens[i + j]!.key === k)) {
        out.push([tokens[i]!.start, tokens[i + keys.length - 1]!.end]);
        break;
      }
    }
  }
  return out;
}

/**
 * What the postal tables list beside the states but Safe Harbor does not let stand alone: the
 * District of Columbia is one city, and Canada's provinces are no US state.
 */
const notStates = new Set([
  'district of columbia',
  'dc',
  'british columbia',
  'bc',
  'ontario',
  'on',
  'newfoundland and labrador',
  'nl',
  'nova scotia',
  'ns',
  'prince edward island',
  'pe',
  'new brunswick',
  'nb',
  'quebec',
  'qc',
  'manitoba',
  'mb',
  'saskatchewan',
  'sk',
  'alberta',
  'ab',
  'nunavut',
  'nu',
  'yukon territory',
  'yukon',
  'yt',
]);

/**
 * States that share their name with one of the country's largest cities: "moved to New York" says
 * the city as often as the state, and the city is the smaller subdivision, so it is not allowed.
 */
const cityNamedStates = new Set(['new york', 'washington']);

/** "Ellensburg, Washington": a listed town and a comma right before it, so the state after the town. */
function townBefore(doc: Doc, d: Detection): boolean {
  const i = doc.indexAt(d.start);
  const town = doc.tokens[i - 1];
  // ("Yakima, New York, and Boston": in a list of towns the great city is the city.)
  const listed = /^,?[ \t]+(?:and|or)[ \t]|^,[ \t]*\p{Lu}/u.test(doc.text.slice(d.end, d.end + 8));
  return (
    town !== undefined &&
    !listed &&
    /^,[ \t]*$/.test(doc.tokens[i]!.gapBefore) &&
    doc.capitalized(town) &&
    doc.lex.place(town.key) !== undefined &&
    doc.lex.place(town.key) !== 'country' &&
    !doc.lex.isUsState(town.key)
  );
}

/** Is a state named in full right before or after `d`, a comma or "and" between? */
function listedWithStates(doc: Doc, d: Detection): boolean {
  const [first, last] = doc.touched(d.start, d.end);
  const stateAt = (i: number) => {
    const t = doc.tokens[i];
    return t !== undefined && t.key.length > 2 && doc.lex.isUsState(t.key) && !cityNamedStates.has(t.key);
  };
  const joined = (i: number, step: 1 | -1) => {
    const a = doc.tokens[i];
    const gap = step === 1 ? (doc.tokens[i + 1]?.gapBefore ?? '') : (doc.tokens[i]?.gapBefore ?? '');
    if (a === undefined) return false;
    if (/^,[ \t]*$/.test(gap)) return stateAt(i + step);
    const and = doc.tokens[i + step];
    return and?.key === 'and' && /^,?[ \t]+$/.test(gap) && stateAt(i + 2 * step);
  };
  return joined(last, 1) || joined(first, -1);
}

/**
 * Applied last: why (if at all) a detection is allowed. Roster matches are never allowed — a client
 * who shares a staff member's name is still a client. A US state alone is permitted by Safe Harbor.
 */
export function allowanceFor(doc: Doc, phrases: string[][]): (d: Detection) => Allowance | undefined {
  const ranges = allowedRanges(doc, phrases);
  return (d) => {
    if (d.detector === 'roster') return undefined;
    if (ranges.some(([s, e]) => s <= d.start && d.end <= e)) return 'org-allow-list';
    if (d.label === 'LOCATION') {
      const key = tokenize(doc.text.slice(d.start, d.end))
        .map((t) => t.key)
        .join(' ');
      // "Nevada, MO" is a town with its state after it, not the state; "LA traffic" is the city.
      if (d.reason.includes('state or county after it') || d.reason === cityInitialsReason) return undefined;
      const state = (k: string) => doc.lex.isUsState(k) && !notStates.has(k) && !cityNamedStates.has(k);
      // "rural Montana", "upstate Vermont": the state described, not a subdivision named (unlike
      // "Northern Virginia" or "the Upper Peninsula", regions people name as places).
      if (state(key) || state(key.replace(/^(?:rural|upstate|downstate|coastal|inland|suburban) /, '')))
        return 'us-state';
      // "endemic in New England and the Upper Midwest": a region of several states is larger still.
      if (multiStateRegions.has(key.replace(/^the /, ''))) return 'us-region';
      // "Oregon, Washington, Idaho": in a list of states, the one a great city shares its name with is
      // the state too; and a span of states listed together is states.
      if (cityNamedStates.has(key) && listedWithStates(doc, d)) return 'us-state';
      if (
        cityNamedStates.has(key) &&
        (/\b(?:upstate|downstate|rural)[ \t]+$/i.test(doc.text.slice(Math.max(0, d.start - 12), d.start)) ||
          townBefore(doc, d))
      )
        return 'us-state';
      const listed = doc.text.slice(d.start, d.end).split(/,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+/);
      if (
        listed.length > 1 &&
        listed.every((part) => {
          const k = tokenize(part)
            .map((t) => t.key)
            .join(' ');
          return doc.lex.isUsState(k) && !notStates.has(k);
        })
      )
        return 'us-state';
      // "Kentucky Medicaid", "Ohio DCFS": what a state runs is the state's, whatever the tagger ran on
      // into (not "Ohio State", "Iowa Methodist": a campus, a hospital).
      const words = key.split(' ');
      const program = words.findIndex((w) => stateInstitutions.has(w));
      const named = words.slice(0, program).join(' ');
      if (program > 0 && doc.lex.isUsState(named) && !notStates.has(named)) return 'us-state';
    }
    return undefined;
  };
}
