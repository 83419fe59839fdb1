/**
 * `npm run eval:injected`: a stand-in for the hidden check — real AnnoMI dialogue (read from
 * ../shared/corpus, never copied here) with US names and places injected into natural slots, in
 * original case and lower-cased, with and without a team roster (see scripts/eval/injected-corpus.ts).
 * Recall is the leak view of score.mjs (a gold span touched by any blocking finding counts; `full`
 * needs every letter covered); precision counts blocking findings that touch no gold span,
 * injected or AnnoMI's own silver annotation, as false positives.
 * Usage: node scripts/eval-injected.ts [--seed N] [--corpus DIR] [--verbose] [--rules-only]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createScanner } from '../src/scan/scanner.ts';
import { buildInjected, type GoldSpan, type SourceDoc } from './eval/injected-corpus.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(import.meta.dirname, '../../shared/corpus') },
    seed: { type: 'string', default: '20240611' },
    verbose: { type: 'boolean', default: false },
    'rules-only': { type: 'boolean', default: false },
  },
});
const source = join(values.corpus!, 'annomi.jsonl');
if (!existsSync(source)) {
  console.error(`eval:injected: no AnnoMI corpus at ${source}`);
  process.exit(2);
}
const sources = readFileSync(source, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as SourceDoc);
const docs = buildInjected(sources, Number(values.seed));
const scanner = await createScanner();

class Tally {
  hit = 0;
  full = 0;
  n = 0;
  add(hit: boolean, full: boolean) {
    this.n++;
    if (hit) this.hit++;
    if (full) this.full++;
  }
  toString() {
    const pct = (x: number) => (this.n ? `${((x / this.n) * 100).toFixed(1)}%` : 'n/a');
    return `${pct(this.hit).padStart(6)} (full ${pct(this.full).padStart(6)}, n=${this.n})`;
  }
}
const tallies = new Map<string, Tally>();
const tally = (key: string) => tallies.get(key) ?? tallies.set(key, new Tally()).get(key)!;
const missed = new Map<string, string[]>();
const falsePositives = new Map<string, number>();
const fpExample = new Map<string, string>();
let predicted = 0;
let correct = 0;
let words = 0;
const started = performance.now();

for (const doc of docs) {
  words += doc.text.split(/\s+/).length;
  const findings = scanner
    .scanText(doc.text, {
      ...(doc.roster ? { roster: doc.roster } : {}),
      ...(values['rules-only'] ? { learned: false } : {}),
    })
    .filter((f) => f.action === 'block');
  const touches = (s: { start: number; end: number }, f: { start: number; end: number }) =>
    f.start < s.end && s.start < f.end;
  for (const f of findings) {
    predicted++;
    if (doc.spans.some((s) => touches(s, f))) correct++;
    else {
      const key = `${f.label} ${doc.text.slice(f.start, f.end).toLowerCase()} (${f.detector})`;
      falsePositives.set(key, (falsePositives.get(key) ?? 0) + 1);
      if (!fpExample.has(key))
        fpExample.set(key, doc.text.slice(Math.max(0, f.start - 60), f.end + 30).replace(/\n/g, ' / '));
    }
  }
  for (const s of doc.spans.filter((x): x is GoldSpan => x.injected)) {
    const over = findings.filter((f) => touches(s, f));
    const hit = over.length > 0;
    let full = true;
    for (let k = s.start; k < s.end && full; k++) {
      if (/\s/.test(doc.text[k]!)) continue;
      full = over.some((f) => f.start <= k && k < f.end);
    }
    const variant = doc.variant.replace('+roster', '');
    for (const key of [
      `label ${s.label}`,
      `variant ${doc.variant} ${s.label}`,
      `carrier ${s.carrier} ${variant}`,
      ...(s.rostered ? ['roster-listed'] : []),
    ]) {
      tally(key).add(hit, full);
    }
    if (!hit) {
      const key = `${s.carrier} ${variant}`;
      const list = missed.get(key) ?? missed.set(key, []).get(key)!;
      const line = doc.text.slice(doc.text.lastIndexOf('\n', s.start) + 1, doc.text.indexOf('\n', s.end));
      if (list.length < 4) list.push(`${doc.text.slice(s.start, s.end)}  ⟨${line.slice(0, 160)}⟩`);
    }
  }
}

const seconds = (performance.now() - started) / 1000;
console.log(
  `injected AnnoMI: ${docs.length} docs (${docs.length / 4} transcripts × original, lower, +roster), ${words} words, ${seconds.toFixed(1)} s, seed ${values.seed}`,
);
const show = (prefix: string) => {
  const rows = [...tallies.entries()].filter(([k]) => k.startsWith(prefix));
  for (const [k, t] of rows.sort(([a], [b]) => a.localeCompare(b)))
    console.log(`  ${k.slice(prefix.length).padEnd(44)} ${t}`);
};
console.log('recall by label:');
show('label ');
console.log('recall by variant:');
show('variant ');
console.log(`roster-listed mentions:                      ${tally('roster-listed')}`);
console.log(`precision: ${((correct / predicted) * 100).toFixed(1)}% (${correct}/${predicted})`);
console.log('recall by carrier phrase:');
show('carrier ');
if (values.verbose) {
  console.log('\nmissed (up to 4 per carrier):');
  for (const [k, list] of [...missed.entries()].sort()) for (const m of list) console.log(`  ${k}: ${m}`);
  console.log('\nfalse positives (top 60):');
  for (const [k, n] of [...falsePositives.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60))
    console.log(`  ${String(n).padStart(4)}  ${k}  ⟨${fpExample.get(k)}⟩`);
}
