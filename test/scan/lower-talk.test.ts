import { describe, expect, it } from 'vitest';
import { blockedTexts, talk } from './helpers.ts';

// Speech-to-text drops capitals and punctuation: everyday words must then need real evidence
// before they are read as names or places.
describe('everyday words in lower-cased speech', () => {
  it('reads a group meeting after "go to" as a meeting, not a person or a town', async () => {
    const text =
      `${talk}client: i go to na meetings on thursdays now. my brother goes to aa meetings too ` +
      'and my wife takes me to art classes on the weekend.';
    expect(await blockedTexts(text)).toEqual([]);
  });

  it('keeps a very common word after a name, said without punctuation, out of the name', async () => {
    const text = `${talk}therapist: hi again bertrand  good to have you back  how was the drive`;
    expect(await blockedTexts(text)).toEqual(['bertrand']);
  });

  it('finds a name introduced without punctuation when the next clause starts right after it', async () => {
    const text = `${talk}client: hey i'm daviana i'm the one who left the message\nclient: i'm tired i'm just so tired`;
    expect(await blockedTexts(text)).toEqual(['daviana']);
  });

  it('reads a run of everyday words after "back to" as talk when no punctuation ends the sentence', async () => {
    const text = `${talk}client: i just want things to go back to normal  lexapro made me so tired at first`;
    expect(await blockedTexts(text)).toEqual([]);
  });

  it('still finds a town of everyday words with a town word where someone lives', async () => {
    const text = `${talk}client: my sister lives out in maple heights now with her two boys`;
    expect(await blockedTexts(text)).toEqual(['maple heights']);
  });

  it('reads "the <everyday word> club" as a kind of club, but a named one as a place', async () => {
    const text =
      `${talk}client: my son plays for the chess club now and my wife joined the hiking club. ` +
      'he still goes to the lincoln club on fridays.';
    expect(await blockedTexts(text)).toEqual(['lincoln club']);
  });
});
