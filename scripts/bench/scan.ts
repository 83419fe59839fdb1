/**
 * Scanner speed: `npm run bench:scan`. Prints words/s with every detector on, the time for a
 * 15,000-word session transcript, and each detector's share of the time. Text is generated here (dialogue with names, places, dates and phone numbers), so the
 * benchmark needs no corpus; with ../shared/corpus present it also runs over the AnnoMI transcripts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createScanner, type ScanOptions } from '../../src/scan/scanner.ts';

const turns = [
  'Therapist: How was your week, {first}?',
  'Client: Honestly it was rough. My son {first} got suspended again and we had to drive to {place} to pick him up.',
  'Therapist: That sounds really stressful. What happened at school?',
  "Client: He got into it with some kid, I don't know, {first} {last} or something. The principal called me on {date}.",
  'Therapist: Mm-hmm. And how did you handle it when you got home?',
  'Client: I tried to stay calm, like we practiced, but I was yelling by the end. His grandma lives over on {street} and she took him for the night.',
  "Therapist: So you noticed yourself getting louder. That's a skill we've been working on.",
  'Client: Yeah, I guess. I called her at {phone} the next morning and she said he was fine.',
  'Therapist: What would you like to try differently next time?',
  'Client: Maybe take a break before I say anything. Go outside, breathe, you know, like you said.',
];
const firsts = ['Jayden', 'Maria', 'Keisha', 'Tyler', 'Brianna', 'Marcus', 'Destiny', 'Cody'];
const lasts = ['Johnson', 'Ramirez', 'Nguyen', 'Kowalski', 'Washington', 'Patel'];
const places = ['Dundalk', 'Tigard', 'Glen Burnie', 'Essex', 'Hillsboro'];
const streets = ['Maple Avenue', '1420 Oak Street', 'Quarry Road'];

function transcript(words: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const line = turns[i % turns.length]!.replace('{first}', firsts[i % firsts.length]!)
      .replace('{first}', firsts[(i + 3) % firsts.length]!)
      .replace('{last}', lasts[i % lasts.length]!)
      .replace('{place}', places[i % places.length]!)
      .replace('{street}', streets[i % streets.length]!)
      .replace('{date}', `March ${(i % 28) + 1}`)
      .replace('{phone}', `410-555-${String(1000 + (i % 9000)).padStart(4, '0')}`);
    out.push(line);
    n += line.split(/\s+/).length;
  }
  return out.join('\n');
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

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
