import { describe, expect, it } from 'vitest';
import { blocked, blockedTexts } from './helpers.ts';

describe('hashtags', () => {
  it('finds a place or a person a hashtag names by its words', async () => {
    expect(await blocked('weekend in #NewOrleans was wild')).toEqual(['LOCATION:NewOrleans']);
    expect(await blocked('#KansasCity bbq hits different')).toEqual(['LOCATION:KansasCity']);
    expect(await blocked('so proud of #DelphineMarsh tonight')).toEqual(['PERSON:DelphineMarsh']);
    expect(await blocked('#RIPKobe forever')).toEqual(['PERSON:RIPKobe']);
    expect(await blocked('#JusticeForBreonna say her name')).toEqual(['PERSON:JusticeForBreonna']);
  });

  it('leaves hashtags of everyday words, days and coinages alone, and a state alone allowed', async () => {
    const text =
      'yay #SelfCare sunday and #BlackLivesMatter and #SundayFunday at the lake, #FitFam leg day, ' +
      '#LoveWins always, #WorkFromHome life';
    expect(await blockedTexts(text)).toEqual([]);
    expect(await blocked('#Texas forever')).toEqual([]);
  });
});
