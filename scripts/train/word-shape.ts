/**
 * Trains the word-shape model (src/scan/lexicon/word-shape.ts): logistic regression, medicine
 * versus names and places, on the word lists the scanner already loads — medical terms no name,
 * place or everyday-word list holds (written as in the list, capitalized when the list writes them
 * in lower case) against census/English/crowd first names, surnames and place names the medical
 * list does not hold. No corpus text is read. Deterministic: fixed order, seeded shuffle, fixed
 * epochs. Writes src/scan/lexicon/word-shape-weights.ts and prints accuracy on a 10 % check split.
 * Usage: npm run train:word-shape
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { loadLexiconData } from '../../src/scan/lexicon/load.ts';
import { shapeBits, shapeFeatures } from '../../src/scan/lexicon/word-shape.ts';
import { foldKey } from '../../src/scan/text/tokens.ts';
import { rng } from '../eval/pools.ts';

const require = createRequire(import.meta.url);
const data = await loadLexiconData();
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const listFile = require
  .resolve('@cspell/dict-medicalterms/cspell-ext.json')
  .replace(/cspell-ext\.json$/, 'dict/medicalterms-en.txt.gz');
const medicine = new Set<string>();
for (const line of gunzipSync(readFileSync(listFile)).toString('utf8').split('\n')) {
  const word = line.trim().replace(/['’]s?$/, '');
  if (!/^\p{L}[\p{L}-]{2,}$/u.test(word)) continue;
  const key = foldKey(word);
  if (data.firstNames.has(key) || data.surnames.has(key) || data.places.has(key)) continue;
  if ((data.words.get(key) ?? 0) >= 5) continue;
  medicine.add(word === key ? capital(word) : word);
}
const names = new Set<string>();
for (const key of [...data.firstNames.keys(), ...data.surnames.keys(), ...data.places.keys()])
  if (/^\p{L}[\p{L}'-]{2,}$/u.test(key) && !data.medical.has(key)) names.add(capital(key));

const examples = [
  ...[...medicine].sort().map((w) => ({ w, y: 1 })),
  ...[...names].sort().map((w) => ({ w, y: 0 })),
];
const rand = rng(16);
for (let i = examples.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [examples[i], examples[j]] = [examples[j]!, examples[i]!];
}
const check = examples.filter((_, i) => i % 10 === 0);
const train = examples.filter((_, i) => i % 10 !== 0);

function regress(rows: { w: string; y: number }[]): Float32Array {
  const w = new Float64Array(1 << shapeBits);
  const pos = rows.filter((r) => r.y === 1).length;
  // Each class weighs the same in total, however many words each list has.
  const weightOf = [rows.length / (2 * (rows.length - pos)), rows.length / (2 * pos)];
  const feats = rows.map((r) => shapeFeatures(r.w));
  for (let epoch = 0; epoch < 6; epoch++) {
    const rate = 0.2 / (1 + epoch);
    rows.forEach((r, i) => {
      const f = feats[i]!;
      let z = 0;
      for (const k of f) z += w[k]!;
      const g = (r.y - 1 / (1 + Math.exp(-z))) * weightOf[r.y]! * rate;
      for (const k of f) w[k] = w[k]! * (1 - 1e-6) + g;
    });
  }
  return Float32Array.from(w);
}

function accuracy(w: Float32Array, rows: { w: string; y: number }[]) {
  let tp = 0;
  let tn = 0;
  let p = 0;
  for (const r of rows) {
    let z = 0;
    for (const k of shapeFeatures(r.w)) z += w[k]!;
    const guess = z > 0 ? 1 : 0;
    if (r.y === 1) {
      p++;
      if (guess === 1) tp++;
    } else if (guess === 0) tn++;
  }
  return `medicine recognized ${((tp / p) * 100).toFixed(1)} %, names/places kept ${((tn / (rows.length - p)) * 100).toFixed(1)} %`;
}

console.log(`${medicine.size} medical words, ${names.size} names and places`);
console.log(`check split (10 %): ${accuracy(regress(train), check)}`);
const weights = regress(examples);
const b64 = Buffer.from(weights.buffer).toString('base64');
writeFileSync(
  new URL('../../src/scan/lexicon/word-shape-weights.ts', import.meta.url),
  `// SPDX-License-Identifier: GPL-3.0-or-later (learned in part from @cspell/dict-medicalterms, GPL-3.0-or-later)\n// Written by scripts/train/word-shape.ts; do not edit. ${1 << shapeBits} float32 weights, base64.\nexport const weightsBase64 =\n  '${b64}';\n`,
);
console.log(`weights: ${b64.length} bytes base64`);
