/**
 * Scanner speed: `npm run bench:scan`. Prints words/s with every detector on, the time for a
 * 15,000-word session transcript, and each detector's share of the time. Text is generated here (dialogue with names, places, dates and phone numbers), so the
 * benchmark needs no corpus; with ../shared/corpus present it also runs over the AnnoMI transcripts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createScanner, type ScanOptions } from '../../src/scan/scanner.ts';
import { countWords, transcript } from './session-talk.ts';

function time(fn: () => void, runs = 5): number {
  fn(); // warm-up: JIT and lazy regex compilation
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const loadStart = performance.now();
const scanner = await createScanner();
console.log(`load (word lists + compromise): ${(performance.now() - loadStart).toFixed(0)} ms`);

const session = transcript(15_000);
const roster = {
  people: ['Jayden Brooks', 'Maria Lopez'],
  places: ['1420 Oak Street', 'Dundalk Middle School'],
};
const all: ScanOptions = { roster };
const sessionMs = time(() => scanner.scanText(session, all));
const sessionWords = countWords(session);
console.log(
  `15,000-word transcript (${sessionWords} words): ${sessionMs.toFixed(0)} ms, ${Math.round((sessionWords / sessionMs) * 1000).toLocaleString('en-US')} words/s, every detector on`,
);

const timings: Record<string, number> = {};
for (let k = 0; k < 5; k++) scanner.scanText(session, { ...all, timings });
const total = Object.values(timings).reduce((x, y) => x + y, 0);
console.log('per-detector share of the time:');
for (const [stage, ms] of Object.entries(timings)) {
  console.log(`  ${stage.padEnd(18)} ${((ms / total) * 100).toFixed(0).padStart(3)}%`);
}

const corpus = resolve(import.meta.dirname, '../../../shared/corpus/annomi.jsonl');
if (existsSync(corpus)) {
  const docs = readFileSync(corpus, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const words = docs.reduce((a, d) => a + countWords(d), 0);
  const ms = time(() => {
    for (const d of docs) scanner.scanText(d);
  }, 3);
  console.log(
    `AnnoMI transcripts (${docs.length} docs, ${words} words): ${Math.round((words / ms) * 1000).toLocaleString('en-US')} words/s`,
  );
}

const batch = Array.from({ length: 300 }, (_, i) => transcript(5_000 + (i % 7)));
const batchWords = batch.reduce((a, d) => a + countWords(d), 0);
const batchMs = time(() => {
  for (const d of batch) scanner.scanText(d);
}, 1);
console.log(`300 documents × ~5,000 words (${batchWords} words): ${(batchMs / 1000).toFixed(1)} s`);
