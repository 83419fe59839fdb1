import { describe, expect, it } from 'vitest';
import { blocked, blockedTexts, talk } from './helpers.ts';

describe('places in slots that say where someone lives or works', () => {
  it('covers a lower-cased workplace whole, including "and" inside its name and the branch street', async () => {
    const text =
      `${talk}client: she got a job at woods feed and supply for a while now. i work at hill auto body. ` +
      "i've been at the walmart on fifth since june.";
    expect(await blockedTexts(text)).toEqual(['woods feed and supply', 'hill auto body', 'walmart on fifth']);
  });

  it("covers an owner's possessive name and what the business is, and an owner's surname alone", async () => {
    const text =
      `${talk}client: i've been working at dorsey's tire and auto repair since june. ` +
      "my sister works at ferraro's now. i stayed at my aunt's all weekend.";
    expect(await blockedTexts(text)).toEqual(["dorsey's tire and auto repair", 'ferraro']);
  });

  it('labels a capitalized business after "work at" a place, not the surname inside it', async () => {
    expect(await blocked('Client: I work at Reyes Auto Body now.')).toEqual(['LOCATION:Reyes Auto Body']);
  });

  it('finds towns of everyday words and unlisted towns where someone lives or comes from', async () => {
    const text =
      `${talk}client: she lives in harbour heights now. my dad is out in cresaptown. he's from tigard ` +
      "originally. we moved to tea about two years ago. it's this little place near stow.";
    expect(await blockedTexts(text)).toEqual(['harbour heights', 'cresaptown', 'tigard', 'tea', 'stow']);
  });

  it('leaves everyday places and states of mind after the same verbs alone', async () => {
    const text =
      `${talk}client: i've been at home all day. things went back to normal. he lives in fear. i work at ` +
      "night. i've been at it for years. i work at a bank. she works at the store. we moved to a new place.";
    expect(await blockedTexts(text)).toEqual([]);
  });

  it('reads clinical shorthand after "returned to" or "admitted from" as no town', async () => {
    const note =
      'pt returned from cath lab approx 6pm. transferred from OSH s/p MI. ' +
      'returned to bed w assist. bp inc to 140s, propofol inc. admitted from rehab c pneumonia. ' +
      'resp: tol psv wean, abg ok, sx thick tan. gi: abd soft, +bs. heme: hct stable, lytes repleted.';
    expect(await blocked(note)).toEqual([]);
  });

  it('follows an unlisted town named where someone lives to its bare mentions in the transcript', async () => {
    const text =
      `${talk}client: well, i grew up in tawaroa. it's just that tawaroa sort of lifestyle, you know. ` +
      "therapist: and in tawaroa you couldn't talk about it? client: no. tawaroa is small.";
    expect(await blockedTexts(text)).toEqual(['tawaroa', 'tawaroa', 'tawaroa', 'tawaroa']);
  });

  it('does not spread a kind of place, an everyday word or a word found without a residence slot', async () => {
    const text =
      `${talk}client: i went to the techpoly and got the forms. the techpoly is closed now. we moved to ` +
      'tea two years ago. i had a cup of tea. she lives in kelbrook. i dropped the forms at the kelbrook.';
    expect(await blockedTexts(text)).toEqual(['tea', 'kelbrook']);
  });
});

describe('a town named by its state code where someone lived', () => {
  it('finds "living in short pump, va" and "in lakes, ak", not "i live in fear, ok?"', async () => {
    const text = `${talk}client: we were living in short pump, va at the time. we lived in lakes, ak before. i live in fear, ok?`;
    expect(await blockedTexts(text)).toEqual(['short pump', 'lakes']);
  });
});

describe('a named site after "at the"', () => {
  it('finds a town or capitalized name before a business word, whatever the verb, and not a kind of site', async () => {
    const text =
      `${talk}client: half my shift got cut at the galesburg plant\n` +
      'Client: He drives a forklift at the Harlan warehouse. We met at the coffee shop near the power plant.';
    expect(await blockedTexts(text)).toEqual(['galesburg plant', 'Harlan warehouse']);
  });

  it('reads a town whose name opens with a number word, capitalized where someone moved, as the town', async () => {
    expect(await blockedTexts('We moved to Seven Corners last year.')).toEqual(['Seven Corners']);
    // Number words in lower case, or not before a capitalized word, are counts.
    expect(await blocked('We moved in two weeks ago. My kids are Five and Seven.')).toEqual([]);
    // Where someone only went, a number word opening a capitalized run is an outing's name.
    expect(await blocked('We went to Six Flags and I went to Seven Peaks too.')).toEqual([]);
  });
});

describe('a venue by a part of it, and a square opening a sentence', () => {
  it('reads the capitalized name after "the top of the" as a place, and a square opening a sentence as one', async () => {
    expect(await blocked('we got engaged at the top of the Silver Needle last night')).toEqual([
      'LOCATION:Silver Needle',
    ]);
    expect(await blockedTexts('Lantern Square on a Friday? never again.')).toEqual(['Lantern Square']);
    expect(await blockedTexts('Back to square one, I guess.')).toEqual([]);
  });
});

describe('a venue named by one everyday word after "the"', () => {
  it('reads one capitalized word after "at the" or "going to the" as a venue, not faith, government or a letter', async () => {
    expect(await blocked('Client: After work we all end up at the Lantern, every single night.')).toEqual([
      'LOCATION:Lantern',
    ]);
    expect(await blocked('Client: I kept going to the Anchor after my shift.')).toEqual(['LOCATION:Anchor']);
    expect(
      await blocked('Client: I prayed to the Lord, then went to the Board about it. I swim at the Y.'),
    ).toEqual([]);
  });
});

describe('where a clinician works, in lower-cased speech', () => {
  it('reads the name after "the doctor at" or "a nurse at" as the place, up to the verb after it', async () => {
    expect(await blockedTexts(`${talk}client: the doctor at brackenridge changed my medicine again`)).toEqual(
      ['brackenridge'],
    );
    expect(await blockedTexts(`${talk}client: my sister is a nurse at kettleby now`)).toEqual(['kettleby']);
    expect(await blockedTexts(`${talk}client: the counselor at school called my mom`)).toEqual([]);
  });

  it('reads an ordinal before a denomination, where one goes, as the church', async () => {
    expect(await blockedTexts(`${talk}client: she took me to church with her at first methodist`)).toEqual([
      'first methodist',
    ]);
    expect(await blockedTexts(`${talk}client: i was the first baptist in my family`)).toEqual([]);
  });
});

describe('a place given as the answer to "where"', () => {
  it('finds a name that answers where home is, not a word or someone', async () => {
    expect(
      await blocked("Therapist: And where's home these days?\nClient: Tremé. Right by the church."),
    ).toEqual(['LOCATION:Tremé']);
    expect(await blockedTexts('Therapist: Where is your son now?\nClient: Jail. He is in jail.')).toEqual([]);
    expect(await blockedTexts('Therapist: Where do you want to start?\nClient: Honestly, no idea.')).toEqual(
      [],
    );
  });
});

describe('places by whose they are, and words no list knows where someone is', () => {
  it("finds a name's possessive where one goes with nothing owned after it", async () => {
    expect(await blocked("The wait at pat's was an hour, worth it.")).toEqual(['LOCATION:pat']);
    expect(await blockedTexts("we are going to nana's for dinner")).toEqual([]);
  });

  it('finds, in speech without capitals, an unknown word where someone studies, grew up or hangs out', async () => {
    expect(await blockedTexts('my brother does welding at tcat but he hates it')).toEqual([]);
    expect(
      await blockedTexts('we grew up on the same street in dorrelton and she still lives there'),
    ).toEqual(['dorrelton']);
    expect(await blockedTexts('she hangs out at brindlegate with her friends every friday')).toEqual([
      'brindlegate',
    ]);
  });
});

describe('a workplace or a program named in lower-cased speech', () => {
  it('ends a workplace name where what one does there begins', async () => {
    expect(await blockedTexts(`${talk}client: i got a job at lantern bakery doing the early bake`)).toEqual([
      'lantern bakery',
    ]);
  });

  it('reads a recovery program of everyday words where treatment is had as the place', async () => {
    expect(
      await blockedTexts(`${talk}client: i do the outpatient at morning light recovery three nights a week`),
    ).toEqual(['morning light recovery']);
  });
});

describe('a venue in its town, a clinician over at a hospital, a court in a town', () => {
  it('reads a word no list holds after "at the", before "in" and a town, as the venue there', async () => {
    expect(await blockedTexts(`${talk}client: i deal cards at the silverjack in reno now`)).toEqual([
      'silverjack',
      'reno',
    ]);
  });

  it('reads where a doctor is "over at" as the workplace, and a town after a court "in" it', async () => {
    expect(
      await blockedTexts(`${talk}client: we got your number from doctor patel over at kettering`),
    ).toEqual(['patel', 'kettering']);
    expect(await blockedTexts(`${talk}client: so im in drug court in hazard every other week`)).toEqual([
      'hazard',
    ]);
  });
});

describe('a place said to be a venue, and said again', () => {
  it('finds a name said to be a bar or a church, and the same name after "the" later', async () => {
    expect(
      await blockedTexts(
        `${talk}client: there's a gas station and the lantern which is this bar. we sat behind the lantern all night.`,
      ),
    ).toEqual(['lantern', 'lantern']);
    expect(
      await blockedTexts(`${talk}client: she makes me go to her church, still waters, every sunday.`),
    ).toEqual(['still waters']);
    expect(
      await blockedTexts(
        `${talk}client: i go to this little climbing place now, granite garden, after work.`,
      ),
    ).toEqual(['granite garden']);
    for (const text of [
      `${talk}client: i like this place, man, it's chill.`,
      `${talk}client: the thing, it's a store, right, so whatever.`,
      `${talk}client: i love my gym, honestly, it's great.`,
      `${talk}client: she works at her store, target, on weekends.`,
    ])
      expect(await blocked(text)).toEqual([]);
  });
});

describe('towns where someone lives alone, a home in a town, and a workplace by its nights', () => {
  it('finds a listed town after living by oneself out in it, or after a home in it', async () => {
    expect(await blockedTexts(`${talk}client: she lives by herself out in golden and nobody calls`)).toEqual([
      'golden',
    ]);
    expect(
      await blockedTexts(`${talk}client: he left his inhaler at his dads place in kettering again`),
    ).toEqual(['kettering']);
    expect(
      await blockedTexts(`${talk}client: there is a place in my heart for her and a house in the country`),
    ).toEqual([]);
  });

  it('finds the workplace of nights or hours "at" it', async () => {
    expect(await blockedTexts(`${talk}client: and my hours at covenant switched to nights`)).toEqual([
      'covenant',
    ]);
    expect(await blockedTexts(`${talk}client: i spent hours at home and nights at the gym`)).toEqual([]);
  });
});
