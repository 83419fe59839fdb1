/**
 * `npm run eval:deid`: runs the scanner over the annotated corpora in ../shared/corpus and scores
 * the blocking findings with the corpus's own score.mjs. The corpora are read in place and never
 * copied into this repository. Usage: node scripts/eval-deid.ts [--corpus DIR] [--only NAME] [--verbose]
 * [--part all|train|test] [--rules-only]. The learned token scorer trains on each corpus's `train`
 * half (scripts/train/corpus-half.ts), so `--part test` is the half it has not seen; `--rules-only`
 * leaves it out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createScanner } from '../src/scan/scanner.ts';
import { corpusHalf } from './train/corpus-half.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(import.meta.dirname, '../../shared/corpus') },
    only: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    part: { type: 'string', default: 'all' },
    'rules-only': { type: 'boolean', default: false },
  },
});
const dir = values.corpus!;
if (!existsSync(join(dir, 'score.mjs'))) {
  console.error(`eval:deid: no corpus at ${dir} (expected score.mjs and *.jsonl there)`);
  process.exit(2);
}

interface GoldDoc {
  id: string;
  text: string;
  spans: { start: number; end: number; label: string; orig_label: string; text: string }[];
}

/** The document's people as a team would list them: adjacent name spans ("Ted", "J.", "Wallace") joined. */
function rosterNames(doc: GoldDoc): string[] {
  const spans = doc.spans.filter((s) => s.label === 'PERSON').sort((a, b) => a.start - b.start);
  const names: string[] = [];
  let current: { start: number; end: number } | undefined;
  for (const s of spans) {
    if (
      current &&
      /^[\s.,]{0,3}$/.test(doc.text.slice(current.end, s.start)) &&
      !doc.text.slice(current.end, s.start).includes('\n')
    ) {
      current.end = s.end;
      continue;
    }
    if (current) names.push(doc.text.slice(current.start, current.end));
    current = { start: s.start, end: s.end };
  }
  if (current) names.push(doc.text.slice(current.start, current.end));
  return [...new Set(names.map((n) => n.trim()))];
}

/** "annomi-lower" is AnnoMI lower-cased, the way some speech-to-text output arrives. */
const corpora = ['physionet-deid', 'presidio-synth', 'annomi', 'annomi-lower'].filter(
  (c) => !values.only || c === values.only,
);
const scanner = await createScanner();
const work = mkdtempSync(join(tmpdir(), 'eval-deid-'));

function score(gold: string, pred: string, extra: string[] = []): string {
  const r = spawnSync(process.execPath, [join(dir, 'score.mjs'), gold, pred, ...extra], { encoding: 'utf8' });
  return r.stdout + r.stderr;
}

function summary(report: string): string {
  const pick = (label: string) => report.match(new RegExp(`^${label}\\s+(\\d+)\\s+(\\S+)`, 'm'));
  const person = pick('PERSON');
  const location = pick('LOCATION');
  const precision = report.match(/^precision.*?: (\S+)/m);
  return `PERSON ${person?.[2] ?? 'n/a'} (n=${person?.[1] ?? 0})  LOCATION ${location?.[2] ?? 'n/a'} (n=${location?.[1] ?? 0})  precision ${precision?.[1] ?? 'n/a'}`;
}

try {
  for (const corpus of corpora) {
    let goldPath = join(dir, `${corpus.replace(/-lower$/, '')}.jsonl`);
    let docs = readFileSync(goldPath, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as GoldDoc);
    if (values.part !== 'all') docs = docs.filter((d) => corpusHalf(d.id) === values.part);
    if (corpus.endsWith('-lower')) {
      // Lower-casing keeps these texts' offsets (checked per span); the gold goes to a temporary file.
      docs = docs
        .map((d) => ({
          ...d,
          text: d.text.toLowerCase(),
          spans: d.spans.map((s) => ({ ...s, text: s.text.toLowerCase() })),
        }))
        .filter((d) => d.spans.every((s) => d.text.slice(s.start, s.end) === s.text));
    }
    if (corpus.endsWith('-lower') || values.part !== 'all') {
      goldPath = join(work, `${corpus}.gold.jsonl`);
      writeFileSync(goldPath, `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
    }
    const started = performance.now();
    let words = 0;
    const preds: string[] = [];
    const rosterPreds: string[] = [];
    for (const doc of docs) {
      words += doc.text.split(/\s+/).length;
      const findings = scanner
        .scanText(doc.text, values['rules-only'] ? { learned: false } : {})
        .filter((f) => f.action === 'block');
      preds.push(
        JSON.stringify({
          id: doc.id,
          findings: findings.map(({ start, end, label }) => ({ start, end, label })),
        }),
      );
      // A team roster listing this document's people: the roster detector alone must find every mention.
      const people = rosterNames(doc);
      const rosterOnly = scanner
        .scanText(doc.text, {
          roster: { people, places: [] },
          skip: ['pattern', 'gazetteer', 'ner', 'context', 'learned'],
        })
        .filter((f) => f.action === 'block');
      rosterPreds.push(
        JSON.stringify({
          id: doc.id,
          findings: rosterOnly.map(({ start, end }) => ({ start, end, label: 'PERSON' })),
        }),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    const predPath = join(work, `${corpus}.pred.jsonl`);
    const rosterPath = join(work, `${corpus}.roster.jsonl`);
    writeFileSync(predPath, `${preds.join('\n')}\n`);
    writeFileSync(rosterPath, `${rosterPreds.join('\n')}\n`);
    const report = score(goldPath, predPath);
    const roster = score(goldPath, rosterPath);
    console.log(
      `\n=== ${corpus}: ${docs.length} docs, ${words} words, ${seconds.toFixed(1)} s (both passes)`,
    );
    console.log(`  scanner:      ${summary(report)}`);
    console.log(`  roster only:  ${summary(roster).replace(/\s+LOCATION.*$/, '')}`);
    if (corpus.startsWith('annomi')) {
      // Safe Harbor permits a state; the scanner allows a US state name alone by design.
      const origs = ['CITY', 'COUNTRY', 'REGION', 'LANDMARK', 'STREET', 'FACILITY', 'NAME'];
      console.log(`  without STATE: ${summary(score(goldPath, predPath, ['--orig', origs.join(',')]))}`);
    }
    if (values.verbose) console.log(report);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
