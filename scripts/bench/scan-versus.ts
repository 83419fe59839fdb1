/**
 * `npm run bench:scan-versus -- <other checkout>`: this checkout's scanner against another's (say, a
 * `git worktree` of the commit before a change), loaded side by side in one process and run
 * alternately on the same texts, so a shared, noisy machine slows both alike. Prints the median
 * ratio this / other per text set; below 1 is faster. With ../shared/corpus present it adds the
 * AnnoMI transcripts and the presidio snippets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Scanner } from '../../src/scan/scanner.ts';
import { createScanner } from '../../src/scan/scanner.ts';
import { transcript } from './session-talk.ts';

const other = process.argv[2];
if (!other || !existsSync(resolve(other, 'src/scan/scanner.ts'))) {
  console.error('usage: node scripts/bench/scan-versus.ts <path to another checkout of this repository>');
  process.exit(2);
}
const mine = await createScanner();
const theirs: Scanner = await (
  (await import(resolve(other, 'src/scan/scanner.ts'))) as { createScanner: () => Promise<Scanner> }
).createScanner();

const sets: [string, string[]][] = [
  ['15,000-word transcript', [transcript(15_000)]],
  ['30 transcripts × ~5,000 words', Array.from({ length: 30 }, (_, i) => transcript(5_000 + (i % 7)))],
  // Speech-to-text without capitals: no word is ruled out by its case, so more are asked about.
  [
    '10 lower-cased transcripts × ~5,000 words',
    Array.from({ length: 10 }, (_, i) => transcript(5_000 + (i % 7)).toLowerCase()),
  ],
];
const corpus = resolve(import.meta.dirname, '../../../shared/corpus');
const texts = (name: string) =>
  readFileSync(resolve(corpus, name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
if (existsSync(resolve(corpus, 'annomi.jsonl'))) sets.push(['AnnoMI transcripts', texts('annomi.jsonl')]);
if (existsSync(resolve(corpus, 'presidio-synth.jsonl')))
  sets.push(['presidio snippets', texts('presidio-synth.jsonl')]);

const run = (scanner: Scanner, docs: string[], repeats = 1) => {
  const start = performance.now();
  for (let r = 0; r < repeats; r++) for (const d of docs) scanner.scanText(d);
  return performance.now() - start;
};
const rounds = 9;
for (const [name, docs] of sets) {
  // Warm-up (JIT, lazy regex compilation) for both; a short set is repeated to half a second a round,
  // so one collection pause does not decide it.
  const once = run(mine, docs);
  run(theirs, docs);
  const repeats = Math.max(1, Math.ceil(500 / once));
  const ratios: number[] = [];
  for (let k = 0; k < rounds; k++) {
    const them = run(theirs, docs, repeats);
    ratios.push(run(mine, docs, repeats) / them);
  }
  ratios.sort((a, b) => a - b);
  console.log(
    `${name}: this / other ${ratios[rounds >> 1]!.toFixed(2)} (range ${ratios[0]!.toFixed(2)}–${ratios[rounds - 1]!.toFixed(2)}, ${rounds} alternating rounds)`,
  );
}
