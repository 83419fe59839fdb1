import { describe, expect, it } from 'vitest';
import { blockedTexts } from './helpers.ts';

describe('international address blocks', () => {
  it('covers the building number, a street the opening word names, and a region code line', async () => {
    const text = 'Ship to: Marta Keller\n    2917 Via Borromini 14 Suite 212\n   Brissago\n    nan\n    6614';
    const found = await blockedTexts(text);
    expect(found).toContain('2917 Via Borromini 14 Suite 212');
    expect(found).toEqual(expect.arrayContaining(['Brissago', 'nan', '6614']));
  });

  it('finds a street written number-first without a closing number ("12 Rue des Tanneurs")', async () => {
    expect(await blockedTexts('Her old flat was 55120 12 Rue des Tanneurs, Quartier Nord')).toContain(
      '55120 12 Rue des Tanneurs',
    );
    expect(await blockedTexts('so i wrote it down as 30271 8 rue de la gare, fine')).toContain(
      '30271 8 rue de la gare',
    );
  });

  it('finds the street line after the unit on the same line and the town line a postal code closes', async () => {
    const found = await blockedTexts('Ms. Ingrid Solberg Suite 17 4410 Fjellveien 23\nHALDEN nan 1772');
    expect(found.join('|')).toContain('4410 Fjellveien 23');
    expect(found).toContain('HALDEN nan 1772');
  });

  it('finds postal codes on their own line, Canadian and Swedish shapes included', async () => {
    const found = await blockedTexts('Rob Tully\n88 Pine St Suite 9\n   Lake Echo\n    NS\n    B3E 1A4');
    expect(found).toEqual(expect.arrayContaining(['Lake Echo', 'B3E 1A4']));
    expect(await blockedTexts('Eva Holm\n0318 Ekbacken 7\nVRETSTORP nan 716 93')).toContain(
      'VRETSTORP nan 716 93',
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
