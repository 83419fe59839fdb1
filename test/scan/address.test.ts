import { describe, expect, it } from 'vitest';
import { blockedTexts } from './helpers.ts';

describe('international address blocks', () => {
  it('covers the building number, a street the opening word names, and a region code line', async () => {
    const text =
      'Billing address: Sophie Lang\n    3482 Via Franscini 71 Suite 838\n   Tujetsch\n    nan\n    7188';
    const found = await blockedTexts(text);
    expect(found).toContain('3482 Via Franscini 71 Suite 838');
    expect(found).toEqual(expect.arrayContaining(['Tujetsch', 'nan', '7188']));
  });

  it('finds a street written number-first without a closing number ("63 Rue de Kairouan")', async () => {
    expect(await blockedTexts('He lives at 79063 63 Rue de Kairouan, Cite El Farik')).toContain(
      '79063 63 Rue de Kairouan',
    );
    expect(await blockedTexts('she had given me her address: 48334 36 rue de pologne, ok')).toContain(
      '48334 36 rue de pologne',
    );
  });

  it('finds the street line after the unit on the same line and the town line a postal code closes', async () => {
    const found = await blockedTexts('Mrs. Jennifer Alcaraz Suite 541 6343 Skogstien 106\nASKER nan 1386');
    expect(found.join('|')).toContain('6343 Skogstien 106');
    expect(found).toContain('ASKER nan 1386');
  });

  it('finds postal codes on their own line, Canadian and Swedish shapes included', async () => {
    const found = await blockedTexts('Lena Berg\n12 Main St Suite 442\n   Mill Village\n    NS\n    B0J 2H0');
    expect(found).toEqual(expect.arrayContaining(['Mill Village', 'B0J 2H0']));
    expect(await blockedTexts('Ann Lind\n0547 Bygget 91\nANNERSTAD nan 340 12')).toContain(
      'ANNERSTAD nan 340 12',
    );
  });

  it('does not read dosing or times in shorthand as a numbered street line', async () => {
    const note =
      'pt agitated overnight, at 1400 Pt given 20 mg iv lasix with good effect and repeat lytes sent, family updated.';
    expect((await blockedTexts(note)).join('|')).not.toMatch(/1400/);
  });

  it('keeps a block to the lines of the address, not the sentence after it', async () => {
    const found = await blockedTexts('We are at 12 Elm Street now.\nand then we talked about school');
    expect(found).toContain('12 Elm Street');
    expect(found.join('|')).not.toMatch(/talked/);
  });
});
