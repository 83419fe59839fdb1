import type { LexiconData, PlaceKind } from './load.ts';

/**
 * The built lexicon as one JSON text, for runtimes that cannot load the data packages (a Worker:
 * they are ≈ 17 MB of source, the maps they yield a fraction of it). Written at build time by
 * scripts/worker/lexicon-snapshot.ts from the same code that builds the lexicon on Node, so both
 * runtimes scan with identical word lists. Tag lists repeat, so each distinct list is stored once.
 */
interface Snapshot {
  v: 2;
  words: [string, number][];
  proper: [string, number][];
  firstNames: [string, number][];
  babyNames: string[];
  surnames: [string, number][];
  places: [string, PlaceKind][];
  tagLists: string[][];
  tags: [string, number][];
  states: string[];
  medical: string[];
  companies: string[];
  chains: string[];
}

export function encodeLexicon(data: LexiconData): string {
  const listIds = new Map<string, number>();
  const tagLists: string[][] = [];
  const tags: [string, number][] = [];
  for (const [key, list] of data.tags) {
    const id = JSON.stringify(list);
    let n = listIds.get(id);
    if (n === undefined) {
      n = tagLists.push([...list]) - 1;
      listIds.set(id, n);
    }
    tags.push([key, n]);
  }
  const snapshot: Snapshot = {
    v: 2,
    words: [...data.words],
    proper: [...data.proper],
    firstNames: [...data.firstNames],
    babyNames: [...data.babyNames],
    surnames: [...data.surnames],
    places: [...data.places],
    tagLists,
    tags,
    states: [...data.states],
    medical: [...data.medical],
    companies: [...data.companies],
    chains: [...data.chains],
  };
  return JSON.stringify(snapshot);
}

export function decodeLexicon(json: string): LexiconData {
  const s = JSON.parse(json) as Snapshot;
  if (s.v !== 2) throw new Error('unknown lexicon snapshot version');
  return {
    words: new Map(s.words),
    proper: new Map(s.proper),
    firstNames: new Map(s.firstNames),
    babyNames: new Set(s.babyNames),
    surnames: new Map(s.surnames),
    places: new Map(s.places),
    tags: new Map(s.tags.map(([key, n]) => [key, s.tagLists[n]!])),
    states: new Set(s.states),
    medical: new Set(s.medical),
    companies: new Set(s.companies),
    chains: new Set(s.chains),
  };
}

/** Reads a gzipped snapshot (how it is bundled into the Worker) with the platform's DecompressionStream. */
export async function decodeGzippedLexicon(gzipped: ArrayBuffer | Uint8Array): Promise<LexiconData> {
  const bytes = gzipped instanceof Uint8Array ? gzipped : new Uint8Array(gzipped);
  const unzipped = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>);
  return decodeLexicon(await new Response(unzipped).text());
}
