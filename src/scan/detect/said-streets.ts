import type { Detection } from '../findings.ts';
import { calendarWords, streetSuffixes } from '../lexicon/cues.ts';
import { isWord, type Token } from '../text/tokens.ts';
import type { Doc } from './doc.ts';

/**
 * Street words people say or type in lower case without a house number: the full words, and the
 * abbreviations that mean nothing else ("rd", "ave"; not "st" or "dr", which are saint and doctor).
 */
const saidSuffixes = new Set([
  'street',
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

/**
 * Does the token before `k` put a street there? "on", "off", "onto"; "corner of"; and the second
 * street of a corner, "… rd and <here>".
 */
function locativeBefore(doc: Doc, k: number): boolean {
  const p = doc.prev(k);
  if (!p || !doc.adjacent(p, doc.tokens[k])) return false;
  if (['on', 'off', 'onto'].includes(p.key)) return true;
  const p2 = doc.prev(k, 2);
  if (p.key === 'of') return p2?.key === 'corner';
  if (p.key === 'and' || p.key === '&') return p2 !== undefined && streetSuffixes.has(p2.key);
  return false;
}

const nameWord = (doc: Doc, t: Token) =>
  isWord(t) && !t.contraction && !t.possessive && !doc.isGrammatical(t.key) && !calendarWords.has(t.key);

/**
 * "over on hunter drive", "the corner of oak rd and cherry terrace": one or two words before a street
 * word, right after a locative, name a street whatever their case; capitals are what written text
 * uses, and speech-to-text or a hurried typist leaves them out.
 */
export function saidStreet(doc: Doc, i: number): Detection | undefined {
  const suffix = doc.tokens[i]!;
  if (!saidSuffixes.has(suffix.key) || suffix.possessive) return undefined;
  for (const n of [2, 1]) {
    const words = doc.tokens.slice(i - n, i);
    if (words.length !== n || i - n < 1) continue;
    const chain = [...words, suffix];
    if (!words.every((w) => nameWord(doc, w))) continue;
    if (!chain.every((t, k) => k === 0 || doc.adjacent(chain[k - 1], t))) continue;
    if (!locativeBefore(doc, i - n)) continue;
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
