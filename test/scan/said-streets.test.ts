import { describe, expect, it } from 'vitest';
import { blockedTexts, talk } from './helpers.ts';

describe('streets and institutions said without a number or in short form', () => {
  it('finds streets of everyday words after "on", "off" and "corner of", in any case', async () => {
    const text =
      `${talk}client: we moved over on birchwood court last spring. her place is off quarry rd. ` +
      'the shop is on the corner of tanner ave and mill pond lane.';
    expect(await blockedTexts(text)).toEqual([
      'birchwood court',
      'quarry rd',
      'tanner ave',
      'mill pond lane',
    ]);
  });

  it('finds a lower-case street typed into capitalized prose after a locative', async () => {
    const text = 'Client: My cousin rents the house on the corner of pelham drive and Ridge Road.';
    expect(await blockedTexts(text)).toEqual(['pelham drive', 'Ridge Road']);
  });

  it('finds a street walked down, met at or lived near, but not "way too late"', async () => {
    const text =
      'I walk down fennick street to get to the bus. There was a crash at holloway lane and Main. He lives near tarrow drive.';
    expect(await blockedTexts(text)).toEqual(['fennick street', 'holloway lane', 'tarrow drive']);
    expect(await blockedTexts('I was at work way too late again.')).toEqual([]);
    expect(await blockedTexts('we live off tarrow way now')).toEqual(['tarrow way']);
    // A street word that means nothing else needs no locative; in a note "RD" is a dietitian.
    expect(await blockedTexts('fennick ave at night still smells like rain')).toEqual(['fennick ave']);
    expect(await blockedTexts('Pt NPO, tolerating sips. Plan to see RD re tube feeds, BMP in am.')).toEqual(
      [],
    );
  });

  it('finds a street by its bare name where a store, a church or a meeting stands on it, or someone lives', async () => {
    const cased =
      'Client: I had a flashback in the Kroger on Vine. I go to the meeting at the church on Walnut, ' +
      'and I live on Sycamore now.';
    // (The store, once its street says which, is a place too.)
    expect(await blockedTexts(cased)).toEqual(['Kroger', 'Vine', 'Walnut', 'Sycamore']);
    const lower =
      `${talk}client: i got a bed at the sober living on fifth. the meetings on elm are good. ` +
      'she moved in with us over on maple. we went over on friday.';
    expect(await blockedTexts(lower)).toEqual(['fifth', 'elm', 'maple']);
  });

  it('leaves an app, a day, medicine and everyday words after "on" alone', async () => {
    const text =
      'Client: We do the meetings on Zoom now. The guy at the gym on Tuesdays is nice. I stayed on ' +
      'Lexapro for a year. I met Dana on Hinge.';
    expect(await blockedTexts(text)).toEqual(['Dana']);
    expect(await blockedTexts(`${talk}client: the house on fire was next door. we live on hope.`)).toEqual(
      [],
    );
  });

  it('leaves "on the way", "on my drive" and "off the road" alone', async () => {
    const text =
      `${talk}client: i was on the way home. i thought about it on my drive in. ` +
      'then we got off the road for a bit and drove on to her place.';
    expect(await blockedTexts(text)).toEqual([]);
  });

  it('finds roads named by a number, ordinal or route, in any case', async () => {
    const text =
      `${talk}client: the apartment was on 9th street, then we moved off fourth avenue. ` +
      'he wrecked the truck on Route 17 and the tow came from past i-84. ' +
      'Her grandmother is on 21st Ave by the church.';
    expect(await blockedTexts(text)).toEqual(['9th street', 'fourth avenue', 'Route 17', 'i-84', '21st Ave']);
  });

  it('does not take an ST segment, an iodine isotope or a placing for a numbered road', async () => {
    const text =
      'ECG: new 2nd ST depression in V4-V6. Prior I-131 ablation for Graves disease. ' +
      'She finished in second place and the route of the medication is oral.';
    expect(await blockedTexts(text)).toEqual([]);
  });

  it('finds a hospital or a university named by its initials after a preposition of place', async () => {
    const text =
      'Client: They rushed her to the ER at KVMC last night. My son got into WSU for the fall, ' +
      'and his friend is a student at UTX.';
    expect(await blockedTexts(text)).toEqual(['KVMC', 'WSU', 'UTX']);
  });

  it('finds a university by its initials after someone was taken or went there', async () => {
    expect(
      await blockedTexts('Client: They took him to UVXD that night. She transferred to OKSU in May.'),
    ).toEqual(['UVXD', 'OKSU']);
  });

  it('does not take a diagnosis after "secondary to" for a university', async () => {
    expect(await blockedTexts('Cough secondary to URI, improving. Seen at clinic for UTI.')).toEqual([]);
  });
});

describe('universities called "U of" and nicknames someone is called', () => {
  it('finds "U of" with an initial or a state, in any case', async () => {
    const text = `${talk}client: she got into u of k last year. Client: My brother went to U of Nebraska.`;
    expect(await blockedTexts(text)).toEqual(['u of k', 'U of Nebraska']);
  });

  it('reads the everyday word someone is called by as a name, but not how or when they are called', async () => {
    const text =
      `${talk}client: everybody calls him pickle though. she called him back twice. ` +
      'he called her crazy. my mom calls her every day. i called him today.';
    expect(await blockedTexts(text)).toEqual(['pickle']);
  });

  it('reads a describing word after "the" before a street word as the kind of lane, not its name', async () => {
    expect(
      await blockedTexts(`${talk}client: my life is in the fast lane right now, we took the wrong road home`),
    ).toEqual([]);
    expect(await blockedTexts(`${talk}client: she lives on the willow lane side of town`)).toEqual([
      'willow lane',
    ]);
    // A court of a kind: where one eats, plays or is sentenced.
    expect(
      await blockedTexts(`${talk}client: we sat at the food court and then he had family court at two\n`),
    ).toEqual([]);
  });

  it('finds two streets named as a corner, but not two grades, an adverb or a church and a school', async () => {
    expect(await blockedTexts('Fender bender at the corner of Larkmoor and Tessaly this morning')).toEqual([
      'Larkmoor and Tessaly',
    ]);
    expect(
      await blockedTexts('meet me at 9th and Quenby after work, the cafe at Walnut & 3rd is closed'),
    ).toEqual(['9th and Quenby', 'Walnut & 3rd']);
    expect(await blockedTexts(`${talk}client: the bus stop near oak and fifth got moved`)).toEqual([
      'oak and fifth',
    ]);
    expect(await blockedTexts('both kids are in 4th and 5th grade now')).toEqual([]);
    expect(await blockedTexts('at first and foremost I was scared')).toEqual([]);
    expect(await blockedTexts(`${talk}client: we met at church and school events`)).toEqual([]);
  });
});

describe('streets named where a chain or a direction could hide them', () => {
  it('reads a chain named like a street as the street where someone is on it, and the store where one shops', async () => {
    expect(await blockedTexts('The march on Market Street blocked traffic for an hour.')).toEqual([
      'Market Street',
    ]);
    expect(await blockedTexts(`${talk}client: we rent a place on market street now`)).toEqual([
      'market street',
    ]);
    expect(await blockedTexts('I picked up groceries at Market Street after work.')).toEqual([]);
  });

  it('reads a direction and an ordinal after "on" or "off" as a street, not a floor', async () => {
    expect(await blockedTexts(`${talk}client: he rents a room on west 9th by the tracks`)).toEqual([
      'west 9th',
    ]);
    expect(await blockedTexts(`${talk}client: her desk is off north 2nd floor by the elevators`)).toEqual([]);
  });

  it('reads "the X drive" as a drive only where a preposition puts it on one', async () => {
    expect(
      await blockedTexts(`${talk}therapist: that is how it works the sex drive comes back slowly`),
    ).toEqual([]);
    expect(await blockedTexts(`${talk}client: we were headed down the quarry drive at night`)).toEqual([
      'quarry drive',
    ]);
    // "she'll drive me" typed without its apostrophe.
    expect(await blockedTexts(`${talk}client: my sister said shell drive me to group on monday`)).toEqual([]);
  });
});

describe('a street said bare after a practice, a duplex or "off"', () => {
  it('finds an ordinal street the company list also holds, and a street a practice or a duplex is on or off', async () => {
    expect(await blockedTexts('The house is over on Fifth, near the school.')).toEqual(['Fifth']);
    expect(await blockedTexts("There's a group practice on Main, near the library.")).toEqual(['Main']);
    expect(await blockedTexts('We rented a duplex off Cedar last spring.')).toEqual(['Cedar']);
    // How far along a street something is says a street, whatever else its name means.
    expect(await blockedTexts('She found a room two doors down on Prosperity.')).toEqual(['Prosperity']);
    // Apps, days and services people are on or off stay what they are.
    expect(
      await blockedTexts(
        'She had practice on Zoom. The gym on Saturdays is packed. I got kicked off Instagram.',
      ),
    ).toEqual([]);
  });
});

describe('a street typed short in lower case', () => {
  it('finds "<word> st" after a locative, and reads "st" before a name as a saint', async () => {
    expect(await blockedTexts('the taco truck parks on willow st most nights')).toEqual(['willow st']);
    expect(await blockedTexts('we went to the parade on st patricks day')).toEqual([]);
  });
});

describe('a numbered street past tenth said in words', () => {
  it('finds "on eleventh", "over on thirty fourth" and "off forty-second", and not a floor, a grade or a thought', async () => {
    expect(await blockedTexts(`${talk}client: the trailer on eleventh is cheaper than ours`)).toEqual([
      'eleventh',
    ]);
    expect(
      await blockedTexts(`${talk}client: we stayed at her place over on thirty fourth all summer`),
    ).toEqual(['thirty fourth']);
    expect(await blockedTexts('We rented an apartment off Forty-Second, above a laundromat.')).toEqual([
      'Forty-Second',
    ]);
    expect(await blockedTexts('They moved into the house on Thirteenth Street.')).toEqual([
      'Thirteenth Street',
    ]);
    expect(
      await blockedTexts(
        `${talk}client: his office is on eleventh floor and on second thought i stayed home. she is in twelfth grade`,
      ),
    ).toEqual([]);
  });
});

describe('a lane one drives through to order', () => {
  it('reads "drive through" after a chain as no street, and keeps a drive named after a word', async () => {
    expect(
      await blockedTexts(`${talk}client: i went through the taco bell drive through on the way home`),
    ).toEqual([]);
    expect(await blockedTexts("We ate in the car at the Wendy's drive thru.")).toEqual([]);
    expect(await blockedTexts('She lives on Bell Drive in the new part of town.')).toEqual(['Bell Drive']);
  });
});

describe('a pronoun\'s "\'s" before "on"', () => {
  it('reads "he\'s on" an insurer or a pill as "is", and a relation\'s "\'s" as their home', async () => {
    expect(await blockedTexts("Clinician: He's on Tricare, and the authorization took weeks.")).toEqual([]);
    expect(await blockedTexts("Client: My grandpa's on Westnedge now.")).toEqual(['Westnedge']);
  });
});

describe('numbered streets in figures, said bare', () => {
  it('reads a numbered street in figures after what stands on it as the street, and not a floor, a rank or a date', async () => {
    expect(
      await blockedTexts(`${talk}client: they found him in his car behind the kwik stop off 5th`),
    ).toEqual(['5th']);
    expect(await blockedTexts('We live on 3rd now. The bakery on 21st closed.')).toEqual(['3rd', '21st']);
    expect(
      await blockedTexts(
        'I was 3rd on the list and he came in 2nd on the test. The meeting is on 3rd floor.',
      ),
    ).toEqual([]);
  });
});

describe('corners and streets said bare', () => {
  it('finds a numbered street in figures and a common street joined bare, not two grades', async () => {
    expect(
      await blockedTexts('Post: the city finally fixed Maple and 3rd, and Oak and 9th is next.'),
    ).toEqual(['Maple and 3rd', 'Oak and 9th']);
    expect(await blockedTexts('Client: We had 5th and 6th grade in the same room.')).toEqual([]);
  });

  it('finds a common street said bare where a business stands on it', async () => {
    expect(await blockedTexts(`${talk}client: she teaches at the dance studio on sunset now.`)).toEqual([
      'sunset',
    ]);
  });
});

describe('a street said after "off of", a road by its old number, a court of a kind', () => {
  it('finds a common street name after "off of" in speech, and an old numbered road', async () => {
    expect(
      await blockedTexts(`${talk}client: she had a garden off of walnut right behind the church.`),
    ).toEqual(['walnut']);
    expect(await blockedTexts(`${talk}client: i got off of work late and came home.`)).toEqual([]);
    expect(
      await blockedTexts(`${talk}client: the plant out past the river, off of old 42, is hiring.`),
    ).toEqual(['old 42']);
    expect(await blockedTexts(`${talk}client: she was on old 20 mg dose before.`)).toEqual([]);
  });

  it('reads a court named for its cases as no street', async () => {
    expect(await blockedTexts('One member reported a pending DUI court date.')).toEqual([]);
    expect(await blockedTexts('IN THE CIRCUIT COURT OF THE STATE')).toEqual([]);
  });
});

describe('a street capitalized after a building "on" it', () => {
  it('finds an everyday word capitalized after a house or a diner "on", and not a planet or an app', async () => {
    expect(await blockedTexts('He cannot come near the kids or the house on Mission anymore.')).toEqual([
      'Mission',
    ]);
    expect(await blockedTexts('We met at the diner on Commerce after work.')).toEqual(['Commerce']);
    expect(await blockedTexts('It is the best place on Earth. We do the meetings on Zoom now.')).toEqual([]);
  });
});

describe('a spoken street of institution words to or from it, and memory lane', () => {
  it('finds "park street" and "church street" said after "to" or "from", and not a walk down memory lane', async () => {
    expect(
      await blockedTexts(`${talk}client: i work doubles and come home to park street and hes asleep`),
    ).toEqual(['park street']);
    expect(await blockedTexts(`${talk}client: we moved from church street last spring`)).toEqual([
      'church street',
    ]);
    expect(await blockedTexts(`${talk}client: it was like a walk down memory lane for my mom`)).toEqual([]);
  });
});
