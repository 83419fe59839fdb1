import { describe, expect, it } from 'vitest';
import { generateTrainingDocs } from '../../scripts/train/talk/documents.ts';
import { Doc } from '../../src/scan/detect/doc.ts';
import {
  addFromScorer,
  committedScorer,
  scorerBits,
  scorerClasses,
  type TokenScorer,
} from '../../src/scan/detect/token-scorer.ts';
import type { Detection } from '../../src/scan/findings.ts';
import { loadLexicon } from '../../src/scan/lexicon/load.ts';
import { tokenScorerWeightsBase64 } from '../../src/scan/lexicon/token-scorer-weights.ts';
import { decodeWeights } from '../../src/scan/lexicon/weights.ts';
import { getScanner } from './helpers.ts';

/** A scorer sure that every word is a person: what is left out then is what the guards leave out. */
const sureOfEverything: TokenScorer = { score: () => [0.99, 0] };

async function added(
  text: string,
  detections: Detection[] = [],
  vetoed: Detection[] = [],
): Promise<string[]> {
  const doc = new Doc(text, await loadLexicon());
  return addFromScorer(doc, detections, vetoed, sureOfEverything)
    .filter((d) => d.detector === 'learned')
    .map((d) => text.slice(d.start, d.end));
}

describe('learned token scorer', () => {
  it('ships trained weights: one per hashed feature and class', () => {
    const weights = decodeWeights(tokenScorerWeightsBase64);
    expect(weights.length).toBe((1 << scorerBits) * scorerClasses.length);
    expect(weights.some((w) => w !== 0)).toBe(true);
    expect(committedScorer()).toBeDefined();
  });

  it('only adds: a word no list knows or a listed name, never medicine, an everyday word or a kind of place', async () => {
    const text =
      'i keep warfarin in my bag. we live in fear near the general hospital with tavion and marisol';
    expect(await added(text)).toEqual(['tavion', 'marisol']);
  });

  it('leaves words a rule already covered or the clinical filter took back to the rules', async () => {
    const text = 'we went out with tavion and marisol';
    const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
    const rule: Detection = {
      ...at('marisol'),
      label: 'PERSON',
      detector: 'gazetteer',
      score: 0.9,
      reason: 'r',
    };
    const vetoed: Detection = {
      ...at('tavion'),
      label: 'PERSON',
      detector: 'context',
      score: 0.7,
      reason: 'r',
    };
    expect(await added(text, [rule], [vetoed])).toEqual([]);
  });

  it('adds no word written in lower case among capitals that only a place list holds', async () => {
    expect(await added('The old bridge at sunrise is worth the alarm. We met Tavion there.')).toEqual([
      'Tavion',
    ]);
  });

  it('marks the span without the possessive', async () => {
    expect(await added("we stayed at tavion's place")).toEqual(['tavion']);
  });

  it('can be switched off, and is off with the roster-only evaluation', async () => {
    const scanner = await getScanner();
    const docs = generateTrainingDocs(4242, 200);
    const learnedFindings = (options: object) =>
      docs.flatMap((d) => scanner.scanText(d.text, options).filter((f) => f.detector === 'learned'));
    expect(learnedFindings({ learned: false })).toEqual([]);
    expect(learnedFindings({ skip: ['learned'] })).toEqual([]);
  });

  it('on training talk at a seed it never trained on, finds names the rules miss and seldom anything else', async () => {
    const scanner = await getScanner();
    let right = 0;
    let wrong = 0;
    let cleanFlagged = 0;
    for (const d of generateTrainingDocs(4242, 600)) {
      const found = scanner.scanText(d.text, d.roster ? { roster: d.roster } : {});
      for (const f of found.filter((f) => f.detector === 'learned')) {
        if (d.spans.some((s) => s.start < f.end && f.start < s.end)) right++;
        else wrong++;
      }
      if (d.spans.length === 0 && found.some((f) => f.detector === 'learned' && f.action === 'block'))
        cleanFlagged++;
    }
    // The rules find most names here; the scorer's share is what they leave (7 when last trained,
    // 6 until the rules found a town before a memorial in speech themselves, 5 until talk switching
    // into another tongue stopped counting as clinical shorthand: the rules now find two more, and
    // the talk's missed mentions fell from 25 to 24). Its one wrong guess has stayed one.
    expect(right).toBeGreaterThanOrEqual(3);
    expect(wrong).toBeLessThanOrEqual(1);
    expect(cleanFlagged).toBeLessThanOrEqual(1);
  });
});

describe('what the learned scorer leaves alone', () => {
  it("adds no kin word, singular or plural, and no people's word", async () => {
    expect(await added('a beach week with the grandkids and the grandchildren')).toEqual([]);
    expect(await added('I still drink. But like, a normal amount. Canadian amount, maybe.')).toEqual([]);
  });

  it('adds a listed name in lower case among capitals in a post, not past where the writer has shown they capitalize', async () => {
    expect(await added('Best night ever. Omg jess and tyler came too!')).toEqual(['jess', 'tyler']);
    const session =
      'Therapist: How was the week? Client: Long. I worked doubles at the plant, Monday through Friday. ' +
      'Therapist: That is a lot. How did you sleep? Client: Badly. I kept waking at three and checking my phone. ' +
      'Therapist: What did you do when you woke? Client: I sat in the kitchen and ate, then I watched videos. ' +
      'Therapist: And the weekend? Client: Quiet. I cleaned the garage and called my brother about the truck. ';
    expect(await added(`${session}Client: My mother just says sana next week is better.`)).toEqual([]);
  });
});
