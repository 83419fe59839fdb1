import { describe, expect, it } from 'vitest';
import { blockedTexts, talk } from './helpers.ts';

// Supervision and case consultation name therapy's methods by their makers, and plans by their
// shorthand: no client is named there, and a client who shares a maker's surname still is.
describe('supervision talk', () => {
  it("reads the names therapy's methods go by as methods", async () => {
    expect(
      await blockedTexts(
        'Supervisor: When they escalate, take the time-out per Gottman repair protocol.\n' +
          "Supervisee: I used Linehan's chain analysis and a Jacobson PMR recording for homework.\n" +
          'Supervisor: Where is he on Prochaska and DiClemente? Contemplation, I would say.',
      ),
    ).toEqual([]);
    expect(
      await blockedTexts(
        "Supervisee: She keeps asking what stage of grief she's in. The stages again.\n" +
          'Supervisor: Right. Then somebody handed her Kübler-Ross and now she scores herself daily.',
      ),
    ).toEqual([]);
    expect(
      await blockedTexts(
        'Interventions: coached play sessions (Eyberg), praise and ignoring. Obj 2b: PEth monthly.',
      ),
    ).toEqual([]);
  });

  it('keeps a client or a colleague who shares such a name', async () => {
    expect(await blockedTexts('Supervisee: Dr. Beck covered my group on Friday.')).toEqual(['Beck']);
    expect(
      await blockedTexts('Supervisee: Ellis said he would come back to group after the CBT module.'),
    ).toEqual(['Ellis']);
    expect(await blockedTexts('Supervisee: My client Rogers missed his session again.')).toEqual(['Rogers']);
  });

  it('reads initials made a verb as no one', async () => {
    expect(await blockedTexts('C: Somebody DMed me a screenshot. Then they kept DMing my cousin.')).toEqual(
      [],
    );
  });

  it('reads a faith said of someone, and a law after initials, as no one', async () => {
    expect(
      await blockedTexts(
        "Client: He's not Christian, he was raised Baptist, and we listen to Christian radio.",
      ),
    ).toEqual([]);
    expect(await blockedTexts('Veteran: The VA says the GI Bill money comes next month.')).toEqual([]);
    expect(await blockedTexts('Client: Christian said he was sorry.')).toEqual(['Christian']);
  });

  it('reads an answer to "how" after a relation as how it went, and a birth as someone', async () => {
    expect(
      await blockedTexts(
        'T: How was the drive with your brother?\nC: Rocky. He drove too fast and we argued.',
      ),
    ).toEqual([]);
    expect(await blockedTexts('T: Who came to group today?\nC: Ray. He sat by the door.')).toEqual(['Ray']);
    expect(await blockedTexts(`${talk}client: ever since beto was born we barely sleep.`)).toEqual(['beto']);
  });

  it('reads what a relative does, and a word said to anyone after the relation, as no one', async () => {
    expect(
      await blockedTexts(
        `${talk}client: my brother in law bakes on sundays and my uncle fixes bikes in his garage.`,
      ),
    ).toEqual([]);
    expect(await blockedTexts(`${talk}client: i told him i'm not your dad man i'm your stepdad.`)).toEqual(
      [],
    );
    expect(await blockedTexts(`${talk}client: my brother in law dale bakes on sundays.`)).toEqual(['dale']);
  });
});

// Where people live and who they are, said in ways no other rule had heard.
describe('people and parts of town in talk', () => {
  it('finds a capitalized word after "drove me from", which no medicine was switched from', async () => {
    expect(await blockedTexts('Client: Her dad drove me from Quillmont to practice every Saturday.')).toEqual(
      ['Quillmont'],
    );
    expect(await blockedTexts('Client: They switched me from Zoloft to Lexapro in May.')).toEqual([]);
  });

  it('finds a part of town by its word after "in the", capitalized', async () => {
    expect(await blockedTexts('Client: We rent a little place up in the Flats now, near the river.')).toEqual(
      ['Flats'],
    );
    expect(await blockedTexts('Client: We went walking in the hills on Sunday.')).toEqual([]);
  });

  it('finds a modal said as a name alone, a name contracted before a verb of telling, and who died', async () => {
    expect(await blockedTexts('Client: Yeah. Will. He tries, he really does.')).toEqual(['Will']);
    expect(await blockedTexts("Client: I never yell. Earl'll tell you. Time'll tell.")).toEqual(['Earl']);
    expect(await blockedTexts(`${talk}client: it's two years in june since tavo passed.`)).toEqual(['tavo']);
    expect(await blockedTexts(`${talk}client: since the storm passed we just clean up.`)).toEqual([]);
  });

  it('finds a common street said bare where a business stands on it', async () => {
    expect(await blockedTexts(`${talk}client: she teaches at the dance studio on sunset now.`)).toEqual([
      'sunset',
    ]);
  });

  it('reads the Vietnamese grandparents and a Haitian God as no one', async () => {
    expect(await blockedTexts('Client: Bà Ngoại still cooks every Sunday. Mèsi Bondye.')).toEqual([]);
  });
});

describe('shows, games and words of home in talk', () => {
  it('reads what is put on a screen, and a title quoted after its kind, as a show, a game or a song', async () => {
    expect(
      await blockedTexts(
        'Client: Then he puts Daniel Tiger on the iPad so he can shower. Same song, "Harvest Moon."',
      ),
    ).toEqual([]);
    expect(await blockedTexts(`${talk}client: he was playing rocket league on the xbox all night.`)).toEqual(
      [],
    );
    expect(await blockedTexts('Client: I left Dana on the phone with the landlord.')).toEqual(['Dana']);
  });

  it('reads two everyday words run together, an endearment no name list holds and the grandparents as no one', async () => {
    expect(
      await blockedTexts('T: What helps?\nC: Snowshoeing, out past the lake. Everybody there is retired.'),
    ).toEqual([]);
    expect(await blockedTexts(`${talk}client: my mom is like habibti relax he will come around.`)).toEqual(
      [],
    );
    expect(await blockedTexts('Client: Ông Nội still asks about the farm.')).toEqual([]);
  });
});

describe('medicine around a name, and titles that name places', () => {
  it('finds two names listed together among foods the medical list holds', async () => {
    expect(
      await blockedTexts('Post: Tay and Dre came to the picnic with a bag of ice and a potato salad'),
    ).toEqual(['Tay', 'Dre']);
  });

  it('keeps a country inside a quoted title, and reads kin after kin in a note as no name', async () => {
    expect(await blockedTexts('He recorded the song "Take Me Home To Portugal" in 1962.')).toEqual([
      'Portugal',
    ]);
    expect(await blockedTexts('VISITED WITH SISTER AND BROTHER..SON COMING IN LATER.')).toEqual([]);
  });
});
