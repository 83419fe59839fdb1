/**
 * Deals frames like cards: every frame of a pool once, in shuffled order, before any comes round
 * again. Picking at random leaves some frames unused in a few thousand documents, and one deck for
 * lower-cased documents and one for the rest puts every frame in both casings.
 */
import type { Pools } from '../../eval/pools.ts';

export type Deal = <T>(pool: readonly T[]) => T;

export function dealer(p: Pools): Deal {
  const decks = new Map<readonly unknown[], unknown[]>();
  return <T>(pool: readonly T[]): T => {
    let deck = decks.get(pool) as T[] | undefined;
    if (!deck?.length) {
      deck = [...pool];
      for (let i = deck.length - 1; i > 0; i--) {
        const j = Math.floor(p.rand() * (i + 1));
        [deck[i], deck[j]] = [deck[j]!, deck[i]!];
      }
      decks.set(pool, deck);
    }
    return deck.pop()!;
  };
}
