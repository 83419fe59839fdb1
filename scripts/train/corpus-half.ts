/**
 * Splits each shared corpus into a training half and a test half by document id (FNV-1a parity),
 * so the token scorer trains on one and `eval:deid --part test` reports on the other.
 */
import { fnv1a } from '../../src/scan/lexicon/hash.ts';

export function corpusHalf(id: string): 'train' | 'test' {
  return fnv1a(id) % 2 === 0 ? 'train' : 'test';
}
