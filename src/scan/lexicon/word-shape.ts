/**
 * A learned guess whether an unlisted capitalized word is medicine (a drug or brand name, an
 * eponym, a clinical abbreviation) or a person's name or a place, from how it is spelled: letter
 * n-grams and case shape, scored by a logistic regression trained by scripts/train/word-shape.ts
 * on the word lists the scanner already loads (weights in word-shape-weights.ts). It generalizes
 * to words no list holds — brands newer than the medical list ("-gliflozin", "-xaban", "Paxlovid")
 * and rare given names ("Jennyfer") — which is where a list alone cannot decide.
 */
import { fnv1a } from './hash.ts';
import { decodeWeights } from './weights.ts';
import { weightsBase64 } from './word-shape-weights.ts';

export const shapeBits = 16;
const mask = (1 << shapeBits) - 1;

const hash = (s: string, seed: number) => fnv1a(s, seed) & mask;

/** Feature indices of a word as written: letter 2- to 4-grams of its lower case, and its case shape. */
export function shapeFeatures(word: string): number[] {
  const lower = `^${word.toLowerCase()}$`;
  const out: number[] = [0]; // bias
  for (let n = 2; n <= 4; n++)
    for (let i = 0; i + n <= lower.length; i++) out.push(hash(lower.slice(i, i + n), n));
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) out.push(hash('shape:upper', 9));
  // "MoCA", "AFib", "eGFR": a capital after a lower-case letter, with no "Mc"/"Mac"/"De"/"La" before it.
  if (/\p{Ll}\p{Lu}/u.test(word) && !/^(?:Mc|Mac|De|Di|Da|La|Le|O')\p{Lu}/u.test(word))
    out.push(hash('shape:inner-capital', 9));
  if (/\p{Lu}$/u.test(word) && /\p{Ll}/u.test(word)) out.push(hash('shape:ends-capital', 9));
  out.push(hash(`len:${Math.min(letters.length, 12)}`, 9));
  return out;
}

let weights: Float32Array | undefined;

/** Probability that the word is medicine rather than a name or place (0..1). */
export function medicineLikelihood(word: string): number {
  weights ??= decodeWeights(weightsBase64);
  let z = 0;
  for (const f of shapeFeatures(word)) z += weights[f]!;
  return 1 / (1 + Math.exp(-z));
}
