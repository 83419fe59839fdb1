import { describe, expect, it } from 'vitest';
import { blocked, blockedTexts } from './helpers.ts';

describe('hashtags', () => {
  it('finds a place or a person a hashtag names by its words', async () => {
    expect(await blocked('weekend in #NewOrleans was wild')).toEqual(['LOCATION:NewOrleans']);
    expect(await blocked('#KansasCity bbq hits different')).toEqual(['LOCATION:KansasCity']);
    expect(await blocked('so proud of #DelphineMarsh tonight')).toEqual(['PERSON:DelphineMarsh']);
    expect(await blocked('#RIPKobe forever')).toEqual(['PERSON:RIPKobe']);
    expect(await blocked('#JusticeForBreonna say her name')).toEqual(['PERSON:JusticeForBreonna']);
    // Everyday words before a given name; a town a community rallies behind.
    expect(await blocked('two years today #LongLiveTrey')).toEqual(['PERSON:LongLiveTrey']);
    expect(await blocked('we walked 5k for her #Miles4Nadia')).toEqual(['PERSON:Miles4Nadia']);
    expect(await blocked('still here #GreeleyStrong')).toEqual(['LOCATION:GreeleyStrong']);
  });

  it('leaves hashtags of everyday words, days and coinages alone, and a state alone allowed', async () => {
    const text =
      'yay #SelfCare sunday and #BlackLivesMatter and #SundayFunday at the lake, #FitFam leg day, ' +
      '#LoveWins always, #WorkFromHome life';
    expect(await blockedTexts(text)).toEqual([]);
    expect(await blocked('#Texas forever')).toEqual([]);
    // A holiday closing a greeting is no one's name; "Strong" after what is no town is a motto.
    expect(await blockedTexts('#HappyEaster and #MerryChristmas from us, #MomStrong #ArmyStrong')).toEqual(
      [],
    );
    // Typed in lower case, the words run together still read as words.
    const thanks =
      'thank u to everyone who texted me back when i was losing it #recovery #soberlife #dadlife';
    expect(await blockedTexts(thanks)).toEqual([]);
  });

  it("reads a handle as naming its holder, by its words whatever the post's own case", async () => {
    expect(await blocked('Thanks @marisol_k for the ride home')).toEqual(['PERSON:marisol_k']);
    // Run together, with an initial or a number: a person's account still.
    expect(
      await blockedTexts(
        '@tobiasgrey92 bro u owe me 20 bucks. RT @quinnwrites: fall is a cheat code. @ro_b lol',
      ),
    ).toEqual(['tobiasgrey92', 'quinnwrites', 'ro_b']);
    expect(await blocked('Big shoutout to @DrTobias for the talk')).toEqual(['PERSON:DrTobias']);
    expect(await blocked('So proud of @DelphineMarsh22 tonight')).toEqual(['PERSON:DelphineMarsh22']);
    // Handles of everyday words name no one; notes write "@" for "at".
    expect(
      await blockedTexts('Huge thanks to @sunny_side_up and @gym_rat_life and @RainyDayReads for the tips!'),
    ).toEqual([]);
    expect(await blockedTexts('Pt resting @home, BP stable, ambulating @bedtime with walker.')).toEqual([]);
    expect(await blockedTexts('Heparin gtt @800u/hr, NS @75CC/HR, propofol @20mcg.')).toEqual([]);
    expect(await blockedTexts('@Target fix your app, and @coffee_addict22 this is me')).toEqual([]);
  });

  it('finds a city a hashtag of one word names, run together or by its initials', async () => {
    expect(
      await blockedTexts('fountains at night #lasvegas and #miami next, then #pdx and home #ATX #okc'),
    ).toEqual(['lasvegas', 'miami', 'pdx', 'ATX', 'okc']);
    expect(await blockedTexts('#home #blessed #queen')).toEqual([]);
  });
});
