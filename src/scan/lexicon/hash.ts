/** FNV-1a over UTF-16 code units, as an unsigned 32-bit number: the learned models' feature hash. */
export function fnv1a(s: string, seed = 0): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}
