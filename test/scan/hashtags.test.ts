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

  it("reads a handle as lower-cased text and by its words, whatever the post's own case", async () => {
    expect(await blocked('Thanks @marisol_k for the ride home')).toEqual(['PERSON:marisol']);
    expect(await blocked('Big shoutout to @DrTobias for the talk')).toEqual(['PERSON:DrTobias']);
    expect(await blocked('So proud of @DelphineMarsh22 tonight')).toEqual(['PERSON:DelphineMarsh22']);
    // Handles of everyday words name no one; notes write "@" for "at".
    expect(
      await blockedTexts('Huge thanks to @sunny_side_up and @gym_rat_life and @RainyDayReads for the tips!'),
    ).toEqual([]);
    expect(await blockedTexts('Pt resting @home, BP stable, ambulating @bedtime with walker.')).toEqual([]);
  });
});
