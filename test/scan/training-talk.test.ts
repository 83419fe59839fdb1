import { describe, expect, it } from 'vitest';
import { pools, rng } from '../../scripts/eval/pools.ts';
import { DocWriter } from '../../scripts/train/talk/doc-writer.ts';
import { generateTrainingDocs } from '../../scripts/train/talk/documents.ts';
import { addressFrames, peopleFrames } from '../../scripts/train/talk/people-frames.ts';
import { placeFrames } from '../../scripts/train/talk/place-frames.ts';
import { noteFrames, qaFrames, socialFrames } from '../../scripts/train/talk/written-frames.ts';

const docs = generateTrainingDocs(7, 600);
const allFrames = [
  ...peopleFrames,
  ...addressFrames,
  ...placeFrames,
  ...noteFrames,
  ...qaFrames,
  ...socialFrames,
];
// Names, surnames, towns, "St. Ann's", "U of M", "Smith's Tire & Lube": letters first and last.
const nameLike = /^[\p{L}][\p{L}\p{M}'.&\- ]*[\p{L}.]$/u;

describe('training talk generator', () => {
  it('gives the same documents for the same seed and different ones for another', () => {
    expect(generateTrainingDocs(7, 50)).toEqual(docs.slice(0, 50));
    expect(generateTrainingDocs(8, 50).map((d) => d.text)).not.toEqual(docs.slice(0, 50).map((d) => d.text));
  });

  it('has at least 120 frames naming people and 60 naming places, with unique ids', () => {
    expect(allFrames.filter((f) => f.labels.includes('PERSON')).length).toBeGreaterThanOrEqual(120);
    expect(allFrames.filter((f) => f.labels.includes('LOCATION')).length).toBeGreaterThanOrEqual(60);
    expect(new Set(allFrames.map((f) => f.id)).size).toBe(allFrames.length);
  });

  it('covers exactly a name-like string with every span, without a possessive', () => {
    for (const doc of docs)
      for (const s of doc.spans) {
        const text = doc.text.slice(s.start, s.end);
        expect(text, `${doc.id} ${s.frame}`).toMatch(nameLike);
        expect(text.trim()).toBe(text);
        expect(doc.text.slice(s.end, s.end + 1)).not.toMatch(/[\p{L}]/u);
      }
  });

  it('keeps span offsets on the names in lower-cased documents', () => {
    const lower = docs.filter((d) => d.lower && d.spans.length > 0);
    expect(lower.length).toBeGreaterThan(20);
    for (const doc of lower) {
      expect(doc.text).toBe(doc.text.toLowerCase());
      for (const s of doc.spans) expect(doc.text.slice(s.start, s.end)).toMatch(nameLike);
    }
  });

  it('renders the same names at the new offsets when speech-to-text drops punctuation', () => {
    const p = pools(rng(3));
    const w = new DocWriter();
    for (const frame of [...peopleFrames, ...placeFrames].slice(0, 80)) {
      w.emit(frame.make(p, { client: { first: 'Sam', last: 'Reyes' } }), frame);
      w.text('. Okay, so, um. ');
    }
    const written = w.render(p, 'as-written');
    const spoken = w.render(p, 'speech');
    expect(spoken.text.length).toBeLessThan(written.text.length);
    expect(spoken.spans.map((s) => spoken.text.slice(s.start, s.end))).toEqual(
      written.spans.map((s) => written.text.slice(s.start, s.end).toLowerCase()),
    );
  });

  it('mixes genres, clean documents and rosters in about the asked proportions', () => {
    const share = (f: (d: (typeof docs)[number]) => boolean) => docs.filter(f).length / docs.length;
    expect(share((d) => d.kind === 'session')).toBeGreaterThan(0.4);
    expect(share((d) => d.spans.length === 0)).toBeGreaterThan(0.35);
    const named = docs.filter((d) => d.spans.some((s) => s.label === 'PERSON'));
    const rostered = named.filter((d) => d.roster).length / named.length;
    expect(rostered).toBeGreaterThan(0.2);
    expect(rostered).toBeLessThan(0.4);
  });
});
