/**
 * The texture of real talk around a name: a filler or a repeated word just before it, a false
 * start at the beginning of a sentence, and sentence punctuation chosen by what the sentence asks.
 */
import type { Pools } from '../../eval/pools.ts';
import type { Bit } from './slots.ts';

const fillers = ['um ', 'uh ', 'like ', 'you know, ', 'I mean ', 'um, like '];
const falseStarts = ['so so ', 'I- ', 'well, ', 'okay so ', 'yeah, ', 'and, um, ', 'but like '];

/** Puts a filler or a repeated word right before one of the names, sometimes. */
export function stammer(p: Pools, bits: Bit[]): Bit[] {
  const out = [...bits];
  if (p.chance(0.3)) {
    const at = out.findIndex((b, i) => typeof b !== 'string' && typeof out[i - 1] === 'string');
    const before = out[at - 1];
    // "Dr. um Lee" is rarer in talk than "um Dr. Lee": no filler between a title and its name.
    const titled =
      typeof before === 'string' && /(\.|\b(doctor|coach|uncle|aunt|grandma|grandpa)) $/i.test(before);
    if (at > 0 && typeof before === 'string' && before.endsWith(' ') && !titled) {
      const last = before.trim().split(' ').pop() ?? '';
      out[at - 1] = before + (p.chance(0.3) && /^[a-z]+$/.test(last) ? `${last} ` : p.pick(fillers));
    }
  }
  if (p.chance(0.12) && typeof out[0] === 'string') out[0] = p.pick(falseStarts) + out[0];
  return out;
}

const shortWords = /^(I|i|the|my|a|and|so|to|it|he|she|we|they|but|like)$/;

/**
 * A clean sentence roughed up now and then: a filler between two words or a repeated short word.
 * Not the evaluation's disfluent(): it fires on half the sentences and repeats any word, often
 * the last ("news- news."), which over a whole transcript reads like a parody.
 */
export function rough(p: Pools, sentence: string): string {
  if (!p.chance(0.3)) return sentence;
  const words = sentence.split(' ');
  const at = 1 + Math.floor(p.rand() * Math.max(1, words.length - 2));
  const repeatable = words.slice(0, -1).findIndex((w) => shortWords.test(w));
  if (repeatable >= 0 && p.chance(0.4)) words.splice(repeatable, 0, words[repeatable]!);
  else if (at < words.length) words.splice(at, 0, p.pick(fillers).trim());
  return words.join(' ');
}

const asks =
  /^(um |uh |so |okay |and |well, |honestly )*(what|how|can|could|did|do|does|would|are|is|have|has|were|was|where|when|who|why|any|will|should)\b/i;
const asksLater =
  /, (what|how|where|why|who|can|could|did|do|would|are)\b|\bwhere is\b|\bhow (much|many|long)\b/i;

/** Ends `sentence` the way `whole` (the sentence with its names) asks for, unless it already ends. */
export function closeSentence(sentence: string, whole = sentence): string {
  if (/[.?!]$/.test(sentence)) return sentence;
  return sentence + (asks.test(whole) || asksLater.test(whole) ? '?' : '.');
}
