import { describe, expect, it } from 'vitest';
import { medicineLikelihood, shapeFeatures } from '../../src/scan/lexicon/word-shape.ts';

describe('word-shape model', () => {
  it('finds generic drug names and clinical abbreviations medicine-like, given names not', () => {
    for (const word of ['Empagliflozin', 'Rivaroxaban', 'Sumatriptan', 'NSTEMI', 'eGFR'])
      expect(medicineLikelihood(word), word).toBeGreaterThan(0.8);
    for (const word of ['Jayden', 'Keisha', 'Kowalski', 'Nguyen', 'McKenzie', 'DeShawn'])
      expect(medicineLikelihood(word), word).toBeLessThan(0.15);
  });

  it('reads names with a capital inside ("Mc", "De") as names, not as abbreviations', () => {
    expect(shapeFeatures('DeShawn').length).toBe(shapeFeatures('Deshawn').length);
    expect(shapeFeatures('MoCA').length).toBeGreaterThan(shapeFeatures('Moca').length);
  });
});
