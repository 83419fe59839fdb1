import { describe, expect, it } from 'vitest';
import { blockedTexts, talk } from './helpers.ts';

describe('lists of names', () => {
  it('finds every name of a lower-cased list once one of them is a known name', async () => {
    const text = `${talk}client: percival, deontae and alisa were all at the house. tyler, maya, and jordan came too.`;
    expect(await blockedTexts(text)).toEqual(['percival', 'deontae', 'alisa', 'tyler', 'maya', 'jordan']);
  });

  it('takes an everyday word for a name only in a list that is plainly one of names', async () => {
    expect(await blockedTexts(`${talk}client: olive, hailee and gunnar were all at the house.`)).toEqual([
      'olive',
      'hailee',
      'gunnar',
    ]);
    expect(await blockedTexts('Client: Okay. Buck, Alda and Alexandra were all at the house.')).toEqual([
      'Buck',
      'Alda',
      'Alexandra',
    ]);
  });

  it('leaves lists of things, states after a town and drug names alone', async () => {
    const text =
      `${talk}client: we bought apples, olive oil and bread. mark, hope and will are words too. ` +
      'we were living in cooper, tx at the time.';
    expect(await blockedTexts(text)).toEqual(['cooper']);
    expect(await blockedTexts('Client: What have you tried? Zyban or Wellbutrin, I think.')).not.toContain(
      'Wellbutrin',
    );
  });
});

describe('lower-cased lists with names that are words', () => {
  it('finds "noah, gail and eda" but not "to be frank, bill, i …"', async () => {
    expect(await blockedTexts(`${talk}client: okay. noah, gail and eda were all at the house.`)).toEqual([
      'noah',
      'gail',
      'eda',
    ]);
    expect(await blockedTexts(`${talk}client: to be frank, bill, i just can't say it.`)).toEqual(['bill']);
  });
});
