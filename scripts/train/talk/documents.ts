/**
 * The training text for the learned token scorer: documents in the evaluation's shape (GenDoc)
 * but from sentences written only for training, so the evaluation's held-out frames stay unseen.
 * Half of the documents name nobody; all are full of hard negatives. Deterministic for a seed.
 */
import type { GenDoc, GenSpan } from '../../eval/generated-corpus.ts';
import { type Pools, pools, rng } from '../../eval/pools.ts';
import { type Casing, DocWriter } from './doc-writer.ts';
import { clinical, qa, session, social } from './genres.ts';

const genres = [
  { kind: 'session', share: 0.5, write: session, lower: 0.25, casing: 'speech' },
  { kind: 'question', share: 0.2, write: clinical, lower: 0, casing: 'lower' },
  { kind: 'qa', share: 0.15, write: qa, lower: 0, casing: 'lower' },
  { kind: 'social', share: 0.15, write: social, lower: 0.4, casing: 'lower' },
] as const;

function pickGenre(p: Pools) {
  let r = p.rand();
  for (const g of genres) {
    if (r < g.share) return g;
    r -= g.share;
  }
  return genres[0];
}

/**
 * A roster for 30 % of documents that name someone: the full names of the first person and some
 * others, and some of the places; `rostered` marks the spans whose person or place it lists.
 */
function roster(p: Pools, w: DocWriter, spans: GenSpan[]): Pick<GenDoc, 'roster' | 'spans'> {
  const mentions = w.mentions();
  if (!mentions.some((m) => m.label === 'PERSON') || !p.chance(0.3)) return { spans };
  const people = [...new Set(mentions.filter((m) => m.label === 'PERSON').map((m) => m.who))].filter(
    (_, k) => k === 0 || p.chance(0.4),
  );
  const places = [...new Set(mentions.filter((m) => m.label === 'LOCATION').map((m) => m.who))].filter(() =>
    p.chance(0.4),
  );
  const listed = new Set([...people, ...places]);
  return {
    roster: { people, places },
    spans: spans.map((s, i) => ({ ...s, rostered: listed.has(mentions[i]!.who) })),
  };
}

export function generateTrainingDocs(seed: number, count: number): GenDoc[] {
  const p = pools(rng(seed));
  const docs: GenDoc[] = [];
  for (let i = 0; i < count; i++) {
    const genre = pickGenre(p);
    const w = new DocWriter();
    const cast = { client: { first: p.first(), last: p.last() } };
    genre.write(w, p, cast, p.chance(0.5));
    const lower = p.chance(genre.lower);
    const casing: Casing = lower ? genre.casing : 'as-written';
    const { text, spans } = w.render(p, casing);
    docs.push({ id: `train-${seed}-${i}`, kind: genre.kind, lower, text, ...roster(p, w, spans) });
  }
  return docs;
}
