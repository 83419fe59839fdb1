/**
 * Splits each shared corpus into a training half and a test half by document id (FNV-1a parity),
 * so the token scorer trains on one and `eval:deid --part test` reports on the other.
 */
export function corpusHalf(id: string): 'train' | 'test' {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % 2 === 0 ? 'train' : 'test';
}
