import { describe, expect, it } from 'vitest';
import { withinOneEdit } from '../../src/scan/detect/roster.ts';
import { maskName } from '../../src/scan/mask.ts';
import { blockedTexts, getScanner } from './helpers.ts';

const roster = (people: string[], places: string[] = []) => ({ roster: { people, places } });
const onlyRoster = { skip: ['pattern', 'gazetteer', 'ner', 'context', 'learned'] as const };

describe('client roster', () => {
  it('matches full, first-only and last-only mentions, any case, with possessives', async () => {
    const text = "Jason Thomas came. Later jason said Thomas's car broke; JASON THOMAS left.";
    expect(await blockedTexts(text, { ...roster(['Jason Thomas']), ...onlyRoster })).toEqual([
      'Jason Thomas',
      'jason',
      'Thomas',
      'JASON THOMAS',
    ]);
  });

  it('matches accents either way and hyphenated names by their parts', async () => {
    const text = 'Jose Nunez met Mary Kate and Ms. Olsen-Reyes.';
    expect(await blockedTexts(text, { ...roster(['José Núñez', 'Mary-Kate Olsen']), ...onlyRoster })).toEqual(
      ['Jose Nunez', 'Mary Kate', 'Olsen-Reyes'],
    );
  });

  it('matches common nicknames both ways', async () => {
    const text = 'Bobby and Liz were there; so was Katie.';
    expect(
      await blockedTexts(text, {
        ...roster(['Robert Hale', 'Elizabeth Moore', 'Katherine Ross']),
        ...onlyRoster,
      }),
    ).toEqual(['Bobby', 'Liz', 'Katie']);
  });

  it('matches speech-to-text misspellings by one edit or by sound', async () => {
    const text = 'jaysen and kathryn and brianne came';
    expect(
      await blockedTexts(text, {
        ...roster(['Jayson Miller', 'Catherine Diaz', 'Brianna Cole']),
        ...onlyRoster,
      }),
    ).toEqual(['jaysen', 'kathryn', 'brianne']);
  });

  it('does not match an ordinary-word name where the sentence uses the word', async () => {
    const opts = { ...roster(['Will Carter', 'Grace Hill']), ...onlyRoster };
    expect(await blockedTexts('I will go. Will you? By the grace of God.', opts)).toEqual([]);
    expect(await blockedTexts('Then Will said Grace was late.', opts)).toEqual(['Will', 'Grace']);
    // A speaker label is the listed name, even in lower case before "i".
    expect(await blockedTexts('therapist: how was it\nwill: i went back to work', opts)).toEqual(['will']);
    // A modal opening a sentence before a finite verb or "and" is the listed name.
    expect(await blockedTexts('Will is what we call him. Will and I left. May I go?', opts)).toEqual([
      'Will',
      'Will',
    ]);
  });

  it('matches roster places by their distinctive words and street abbreviations', async () => {
    const text = 'we drove by oak st near springfield high and dundalk';
    expect(
      await blockedTexts(text, {
        ...roster([], ['12 Oak Street', 'Springfield High School', 'Dundalk']),
        ...onlyRoster,
      }),
    ).toEqual(['oak st', 'springfield high', 'dundalk']);
  });

  it('matches a whole listed place however everyday its words, but not one word used after an article', async () => {
    const text =
      "we were living in tool, tx then. we drove down to town 'n' country. i need a tool for that.";
    expect(await blockedTexts(text, { ...roster([], ['Tool', "Town 'n' Country"]), ...onlyRoster })).toEqual([
      'tool',
      "town 'n' country",
    ]);
  });

  it('labels roster matches and never lets the allow list clear them', async () => {
    const s = await getScanner();
    const [f] = s.scanText('Ask Jordan.', { ...roster(['Jordan Price']), allowList: ['Jordan'] });
    expect(f).toMatchObject({ label: 'PERSON', detector: 'roster', action: 'block', score: 1 });
  });

  it('masks names to first and last letters', () => {
    expect(maskName('Jason Thomas')).toBe('J•••n T•••s');
    expect(maskName('Al')).toBe('A•');
    expect(maskName('Núñez-Ray')).toBe('N•••z-R•••y');
  });

  it('measures one edit including swapped letters', () => {
    expect(withinOneEdit('jayson', 'jaysen')).toBe(true);
    expect(withinOneEdit('jayson', 'jyason')).toBe(true);
    expect(withinOneEdit('jayson', 'jason')).toBe(true);
    expect(withinOneEdit('jayson', 'mason')).toBe(false);
  });
});
