/**
 * Trains the learned token scorer (src/scan/detect/token-scorer.ts): a multinomial logistic
 * regression — PERSON, LOCATION or neither — over the features of every word that could be a name
 * or a place, with what the rule detectors said about it stacked in. Training text:
 * - the TUNE half of our own generated frames (scripts/eval/generated-corpus.ts) at seeds the
 *   evaluation never uses, so `eval:generated --half held` stays unseen;
 * - our own training talk (scripts/train/talk/), written for training only;
 * - the training half of each shared corpus (documents whose id hashes even; AnnoMI also
 *   lower-cased), read in place, never copied; `eval:deid --part test` reports on the other half.
 * Deterministic: fixed sources and order, seeded shuffle, AdaGrad with fixed epochs. Writes
 * src/scan/lexicon/token-scorer-weights.ts and prints held-back (10 % of documents) precision and
 * recall per threshold. Usage: npm run train:token-scorer [-- --check]  (--check: no file written)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Doc } from '../../src/scan/detect/doc.ts';
import {
  isCandidate,
  ruleView,
  scorerBits,
  scorerClasses,
  tokenFeatures,
} from '../../src/scan/detect/token-scorer.ts';
import type { Detection } from '../../src/scan/findings.ts';
import { loadLexicon } from '../../src/scan/lexicon/load.ts';
import { defaultPolicy } from '../../src/scan/policy.ts';
import { createScanner } from '../../src/scan/scanner.ts';
import { buildGenerated } from '../eval/generated-corpus.ts';
import { rng } from '../eval/pools.ts';
import { corpusHalf } from './corpus-half.ts';
import { generateTrainingDocs } from './talk/documents.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    corpus: { type: 'string', default: resolve(import.meta.dirname, '../../../shared/corpus') },
    epochs: { type: 'string', default: '5' },
    frames: { type: 'string', default: 'tune' },
  },
});

interface TrainDoc {
  source: string;
  text: string;
  spans: { start: number; end: number; label: string }[];
  roster?: { people: string[]; places: string[] };
}

const docs: TrainDoc[] = [];
// `--frames tune-a` fits on a quarter of the frames so that `eval:generated --half tune-b` shows
// whether the scorer carries over to frames it never saw, without looking at the held-out half.
const frames = values.frames === 'tune-a' ? 'tune-a' : 'tune';
for (const seed of [1001, 1002, 1003, 1004])
  for (const d of buildGenerated(seed, frames, 800, 400)) docs.push({ source: `gen-${d.kind}`, ...d });
for (const d of generateTrainingDocs(2001, 6000)) docs.push({ source: `talk-${d.kind}`, ...d });
for (const name of ['physionet-deid', 'presidio-synth', 'annomi']) {
  const file = resolve(values.corpus!, `${name}.jsonl`);
  if (!existsSync(file)) {
    console.log(`(no ${file}: trained without it)`);
    continue;
  }
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const d = JSON.parse(line) as TrainDoc & { id: string };
    if (corpusHalf(d.id) !== 'train') continue;
    docs.push({ source: name, text: d.text, spans: d.spans });
    if (name === 'annomi') docs.push({ source: 'annomi-lower', text: d.text.toLowerCase(), spans: d.spans });
  }
}

const scanner = await createScanner();
const lex = await loadLexicon();
const rulesOnly = { learned: false, policy: { ...defaultPolicy, threshold: 0 } };

/** One candidate word: its feature indices (a slice of `feats`) and class (0 none, 1 PERSON, 2 LOCATION). */
let feats = new Int32Array(1 << 22);
let used = 0;
const starts: number[] = [];
const labels: number[] = [];
const docOf: number[] = [];
docs.forEach((d, n) => {
  const found = scanner.scanText(d.text, { ...rulesOnly, ...(d.roster ? { roster: d.roster } : {}) });
  const doc = new Doc(d.text, lex);
  const view = ruleView(doc, found as Detection[]);
  doc.tokens.forEach((t, i) => {
    if (!isCandidate(doc, t, view.cover[i] !== undefined)) return;
    const gold = d.spans.find((s) => s.start < t.end && t.start < s.end);
    // Dates, phones and organizations in the corpora are neither a name nor not one: left out.
    if (gold && gold.label !== 'PERSON' && gold.label !== 'LOCATION') return;
    starts.push(used);
    const f = tokenFeatures(doc, i, view);
    if (used + f.length > feats.length) {
      const grown = new Int32Array(feats.length * 2);
      grown.set(feats);
      feats = grown;
    }
    feats.set(f, used);
    used += f.length;
    labels.push(gold ? scorerClasses.indexOf(gold.label as 'PERSON' | 'LOCATION') + 1 : 0);
    docOf.push(n);
  });
});
starts.push(used);
const bySource = new Map<string, number>();
for (const d of docs) bySource.set(d.source, (bySource.get(d.source) ?? 0) + 1);
console.log(`${docs.length} documents (${[...bySource].map(([s, n]) => `${s} ${n}`).join(', ')})`);
console.log(
  `${labels.length} candidate words: ${labels.filter((y) => y === 1).length} PERSON, ${labels.filter((y) => y === 2).length} LOCATION`,
);

const k = scorerClasses.length;
function train(rows: number[]): Float32Array {
  const w = new Float64Array((1 << scorerBits) * k);
  const g2 = new Float64Array(w.length).fill(1e-8);
  const order = [...rows];
  const rand = rng(17);
  for (let epoch = 0; epoch < Number(values.epochs); epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const z = new Float64Array(k);
      for (let f = starts[r]!; f < starts[r + 1]!; f++)
        for (let c = 0; c < k; c++) z[c]! += w[feats[f]! * k + c]!;
      const e = Array.from(z, Math.exp);
      const total = 1 + e.reduce((a, b) => a + b, 0);
      for (let c = 0; c < k; c++) {
        const grad = (labels[r] === c + 1 ? 1 : 0) - e[c]! / total;
        if (grad === 0) continue;
        for (let f = starts[r]!; f < starts[r + 1]!; f++) {
          const at = feats[f]! * k + c;
          g2[at]! += grad * grad;
          w[at]! += (0.3 * grad) / Math.sqrt(g2[at]!) - 1e-7 * w[at]!;
        }
      }
    }
  }
  return Float32Array.from(w);
}

function identity(w: Float32Array, r: number): number {
  const z = new Float64Array(k);
  for (let f = starts[r]!; f < starts[r + 1]!; f++)
    for (let c = 0; c < k; c++) z[c]! += w[feats[f]! * k + c]!;
  const e = Array.from(z, Math.exp);
  return e.reduce((a, b) => a + b, 0) / (1 + e.reduce((a, b) => a + b, 0));
}

// Held back: every tenth document, so a document's words are all on one side.
const all = labels.map((_, r) => r);
const heldBack = all.filter((r) => docOf[r]! % 10 === 9);
const check = train(all.filter((r) => docOf[r]! % 10 !== 9));
for (const threshold of [0.02, 0.1, 0.3, 0.5, 0.7, 0.9]) {
  let tp = 0;
  let fp = 0;
  let pos = 0;
  for (const r of heldBack) {
    const yes = identity(check, r) >= threshold;
    if (labels[r]! > 0) pos++;
    if (yes && labels[r]! > 0) tp++;
    else if (yes) fp++;
  }
  console.log(
    `held-back words, identity ≥ ${threshold}: recall ${((tp / pos) * 100).toFixed(1)} %, precision ${((tp / Math.max(1, tp + fp)) * 100).toFixed(1)} %`,
  );
}
if (!values.check) {
  const weights = train(all);
  const b64 = Buffer.from(weights.buffer).toString('base64');
  writeFileSync(
    new URL('../../src/scan/lexicon/token-scorer-weights.ts', import.meta.url),
    `// SPDX-License-Identifier: GPL-3.0-or-later (features include membership of @cspell/dict-medicalterms, GPL-3.0-or-later)\n// Written by scripts/train/token-scorer.ts; do not edit. ${weights.length} float32 weights (${1 << scorerBits} features × ${k} classes), base64.\nexport const tokenScorerWeightsBase64 =\n  '${b64}';\n`,
  );
  console.log(`weights: ${b64.length} bytes base64`);
}
