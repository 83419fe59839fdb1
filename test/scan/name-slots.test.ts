import { describe, expect, it } from 'vitest';
import { blocked, blockedTexts, talk } from './helpers.ts';

describe('names in name slots of lower-cased speech', () => {
  it('finds a name no word list knows after a verb that takes a person', async () => {
    const text = `${talk}client: i went over to see madelynn on sunday. i haven't talked to kaedyn in a while.`;
    expect(await blockedTexts(text)).toEqual(['madelynn', 'kaedyn']);
  });

  it('finds "X and I", "X told me" and "X\'s been" with unknown or listed names', async () => {
    const text = `${talk}client: deontae and i got into it again. grace told me i should come in. brisa's been staying with us.`;
    expect(await blockedTexts(text)).toEqual(['deontae', 'grace', 'brisa']);
  });

  it('finds an unknown name in direct address and as a speaker label', async () => {
    const text = `${talk}therapist: okay, rashawn. does that make sense?\ntre: yeah, it does.`;
    expect(await blockedTexts(text)).toEqual(['rashawn', 'tre']);
  });

  it('still reads an unlisted word as a name in speech full of stutters and listed names', async () => {
    const stutters =
      'client: i-i-i mean, mm-hmm, and-and the-the thing is, you-you know, it-it is hard. mm-hmm. uh-huh.\n' +
      'client: my-my boss barnett and my aunt from stockton and kettering, mm-hmm, i-i guess.\n';
    const text = `${talk}${stutters}${stutters}therapist: thanks for coming in today, alexanne?`;
    expect(await blockedTexts(text)).toContain('alexanne');
  });

  it('finds names from the unranked first-name lists anywhere in lower-cased speech', async () => {
    const text = `${talk}client: yeah, at the moment with joshuah. i ran into kellen at the store.`;
    expect(await blockedTexts(text)).toEqual(['joshuah', 'kellen']);
  });

  it('finds a given name that is also a word doing something to what is their own', async () => {
    const text = `${talk}client: chase took his truck to the shop. the dog lost his collar. grace lost her mind lol`;
    expect(await blockedTexts(text)).toEqual(['chase']);
  });

  it('finds capitalized everyday-word names in the same slots', async () => {
    expect(
      await blockedTexts("Client: Grace told me I should come in. Drew's been staying with us."),
    ).toEqual(['Grace', 'Drew']);
  });

  it('leaves verbs, lists of conditions, hesitations and credentials alone', async () => {
    const text =
      `${talk}therapist: what about asking the doctor about it? side effects such as kidney damage, gout, ` +
      'pancreatitis, and the like. i could pitch in with lots of, um, chores. okay, gotcha. ' +
      'somebody down the hall is od-ing and they call me.';
    expect(await blockedTexts(text)).toEqual([]);
    expect(await blockedTexts('SEEN BY TED J. WALLACE-PRICE, RRT.')).toEqual(['TED J. WALLACE-PRICE']);
  });
});

describe('roster near-misses and address blocks in dialogue', () => {
  it('never reads a contraction or a month as a misspelled roster name', async () => {
    const roster = { people: ['Ila Jules'], places: [] };
    expect(await blockedTexts("I'll see you in July. Ila said hi.", { roster })).toEqual(['Ila']);
  });

  it('does not take the next speaker turn for the town line of a street address', async () => {
    const text = "Client: We're at 2312 Columbia Avenue now.\nTherapist: Okay.\nClient: Yeah.";
    expect(await blockedTexts(text)).toEqual(['2312 Columbia Avenue']);
  });
});

describe('names set off by commas when someone is spoken to', () => {
  it('finds a name that is also a word when a question to the listener follows it', async () => {
    const text = `${talk}therapist: jewel, can i ask you something? dane, how are you?`;
    expect(await blockedTexts(text)).toEqual(['jewel', 'dane']);
    expect(await blockedTexts('Therapist: Charity, can I ask you something? Okay.')).toEqual(['Charity']);
  });

  it('finds an unlisted name between commas in a sentence addressed to "you", and after "thank you"', async () => {
    const text = `${talk}therapist: so, thinking about it, daphnee, um, when did you first notice it? thank you alexanne.`;
    expect(await blockedTexts(text)).toEqual(['daphnee', 'alexanne']);
  });

  it('leaves words, fillers and endearments before a comma alone', async () => {
    const text =
      `${talk}client: hope, you know, is important. summer, i think, is best. honey, can you pass it? ` +
      'man, can you believe it? see, you know what i mean.';
    expect(await blockedTexts(text)).toEqual([]);
  });
});

describe('people introduced by where they are from or what they are', () => {
  it('finds an everyday-word name "from my old job" when the person then acts, not a lunch from work', async () => {
    const text =
      'Client: Forest from my old job texted me out of nowhere. Coy from our church just called me. ' +
      'Dinner from my job was catered.';
    expect(await blockedTexts(text)).toEqual(['Forest', 'Coy']);
  });

  it('finds a name after "this guy" or "that lady", but not a day or a place word in lower case', async () => {
    const text =
      'Client: There is this guy Parks on my crew who never shuts up. That lady Bliss at the front desk ' +
      'hates me. This guy Friday is the worst. There is this guy at work who yells.';
    expect(await blockedTexts(text)).toEqual(['Parks', 'Bliss']);
  });

  it('finds a household in the plural of a plural beside medicine', async () => {
    const text =
      'Client: The Glovers and the Sanderses both have kids her age. I stopped the sertraline cold turkey.';
    expect(await blockedTexts(text)).toEqual(['Glovers', 'Sanderses']);
  });
});

describe('a name said again, asked about or echoed', () => {
  it('finds every mention of a name once the text makes it someone, a possessive "is" too', async () => {
    const text =
      "Client: Henderson keeps riding me at work. Therapist: Henderson's your supervisor? Client: Yes. " +
      'Henderson, every single shift.';
    expect(await blockedTexts(text)).toEqual(['Henderson', 'Henderson', 'Henderson']);
  });

  it('does not repeat a word of a longer name alone where case says nothing, or an everyday word opening a sentence', async () => {
    const text = 'Client: I saw Will Kessington today. Will you ask him? Kessington never calls.';
    expect(await blockedTexts(text)).toEqual(['Will Kessington', 'Kessington']);
  });

  it('finds the name in "Who\'s X?" and a name echoed back as a question', async () => {
    const text =
      "Therapist: Who's Chase? Client: My roommate's boyfriend.\nTherapist: How's your son doing?\n" +
      'Client: Jaxon? He got suspended. Really? I had no idea.';
    expect(await blockedTexts(text)).toEqual(['Chase', 'Jaxon']);
  });
});

describe('names that are words, identified in lower-cased speech', () => {
  it('finds a name said to be a relation, asked after, named by a parent or from an agency', async () => {
    const text =
      `${talk}therapist: and autumn is your girlfriend? client: yeah. sage that's my daughter. ` +
      "therapist: how's ruby doing? client: good. harmony from the county called. my mom named me serenity.";
    expect(await blockedTexts(text)).toEqual(['autumn', 'sage', 'ruby', 'harmony', 'serenity']);
  });

  it('repeats a name speech seldom says as a word, but not an everyday one', async () => {
    const names = `${talk}client: sterling and me got into it again. therapist: sterling is? client: my husband.`;
    expect(await blockedTexts(names)).toEqual(['sterling', 'sterling']);
    const words = `${talk}client: me and hope went out. i hope it works. work that's my whole life. how's work doing?`;
    expect(await blockedTexts(words)).toEqual(['hope']);
  });

  it("reads a note's shorthand headings as no one", async () => {
    const text =
      'Hx: raised by grandparents.\nDX: MDD, RECURRENT, MODERATE.\nClient: Jean, it is good to see you.';
    expect(await blockedTexts(text)).toEqual(['Jean']);
  });
});

describe('a relative named in a sentence of its own, and what does not name anyone', () => {
  it('finds a given name said alone after a relation, and again where it opens a sentence before a verb', async () => {
    const text =
      "Therapist: And your sister?\nClient: Faith. (laughs) Faith hasn't called in weeks. Faith is hard to talk about.";
    expect(await blockedTexts(text)).toEqual(['Faith', 'Faith', 'Faith']);
    expect(await blockedTexts('Client: My aunt. Joy. She raised me after that.')).toEqual(['Joy']);
    expect(await blockedTexts('I finally told my mom. Great. She took it well.')).toEqual([]);
  });

  it('finds a common given name again where it opens a sentence before a verb', async () => {
    const text =
      "Ray drove up from the coast and stayed with his wife. Ray says the house is empty now. Ray's fine with it.";
    expect(await blockedTexts(text)).toEqual(['Ray', 'Ray', 'Ray']);
    // A store's possessive at the end of a sentence owns no relation opening the next turn.
    expect(
      await blockedTexts("Client: I picked up extra shifts at Lowe's.\nCounselor: How was that?"),
    ).toEqual([]);
  });

  it('reads a day or a month as a date beside a name or after "called", and role labels as roles', async () => {
    expect(await blockedTexts('If I took leave in November, Dwayne would take my shift.')).toEqual([
      'Dwayne',
    ]);
    expect(await blockedTexts('My son is in treatment upstate. He called Sunday and sounded good.')).toEqual(
      [],
    );
    expect(
      await blockedTexts('Therapist: How was the week?\nTeen: Fine.\nTherapist: Just fine?\nTeen: I guess.'),
    ).toEqual([]);
  });

  it('reads initials set off or introduced in capitals, a verb in -ing and books of the Bible as no one', async () => {
    expect(
      await blockedTexts("For that there's another approach, CBIT, where you learn a competing response."),
    ).toEqual([]);
    expect(await blockedTexts('There is a skill in DBT called TIPP for moments like that.')).toEqual([]);
    expect(await blockedTexts('I miss the old routine. Seeing my friends on Fridays helped.')).toEqual([]);
    expect(await blockedTexts('She keeps quoting Romans and Psalms at me, and the Gospels too.')).toEqual([]);
  });

  it('finds a given name that is a word where its wedding or funeral follows', async () => {
    expect(await blockedTexts("Jack's wedding was lovely but the DJ was awful.")).toEqual(['Jack']);
  });
});

describe('games, faiths, group leaders and contractions', () => {
  it('reads a title of several words that is played or taken up as a game, but keeps a school played against', async () => {
    expect(await blockedTexts('Honestly I started Meadow Crossing again and it calms me down.')).toEqual([]);
    expect(await blockedTexts('I used to play a lot of Ember Valley before the baby came.')).toEqual([]);
    expect(await blockedTexts('Our boys played Cedar Ridge High last night and won.')).toEqual([
      'Cedar Ridge High',
    ]);
  });

  it('reads a faith or a people after "I\'m" as what someone is, and a participle opening a sentence as no name', async () => {
    expect(await blockedTexts("I'm Buddhist, and I sit with a group on Sunday mornings.")).toEqual([]);
    expect(await blockedTexts("I'm Mexican, so the holidays are a whole thing.")).toEqual([]);
    expect(await blockedTexts("A glass of wine on Fridays, maybe. Given my dad, I'm careful.")).toEqual([]);
    expect(await blockedTexts("Hi, I'm Dawn.")).toEqual(['Dawn']);
  });

  it("reads a group leader's label as a role, and keeps a contraction out of the name beside it", async () => {
    expect(
      await blockedTexts('LEADER: Welcome back, everybody.\nP1: Hi.\nLEADER: Who wants to start?\nP2: Me.'),
    ).toEqual([]);
    expect(await blockedTexts("Hi there, I'm Rosalind Okafor from the front desk.")).toEqual([
      'Rosalind Okafor',
    ]);
  });

  it('finds a possessive speech-to-text wrote without its apostrophe, before a relation or a home', async () => {
    expect(await blockedTexts(`${talk}client: yeah kaylees dad is not really in the picture`)).toEqual([
      'kaylee',
    ]);
    expect(await blockedTexts(`${talk}client: we went to the summers house on the lake`)).toEqual([]);
  });

  it('reads a speaker label in capitals after a question on the line before as the speaker', async () => {
    const text =
      'DR. OKONJO: And underneath that?\nDESHAUN: That she is mad at me.\nDR. OKONJO: Say more.\nDESHAUN: Fine.';
    expect(await blockedTexts(text)).toEqual(['OKONJO', 'DESHAUN', 'OKONJO', 'DESHAUN']);
  });

  it("reads an interview's and a couple's role labels as roles, and a faith after \"I'm\" beside a capitalized word", async () => {
    const text =
      "Interviewer: Any faith practices?\nRespondent: I'm Hindu, not very observant.\nSpouse: Me neither.\n" +
      'Interviewer: Okay.\nRespondent: That is all.\nSpouse: Yes.';
    expect(await blockedTexts(text)).toEqual([]);
  });

  it('reads a common word with a prefix or an ending added as a word, and a name no list knows after an article as a thing', async () => {
    expect(await blockedTexts('Reassess the plan this week and document it. Reframing helps.')).toEqual([]);
    expect(await blockedTexts('I sat down on the floor between the Crunchios and the cereal boxes.')).toEqual(
      [],
    );
    expect(await blockedTexts('He calls himself an "Auti." His mom hates it.')).toEqual([]);
    expect(await blockedTexts('We visited the Hendersons last week.')).toEqual(['Hendersons']);
  });

  it('reads what is asked "what" of, or said "which" of, as a thing', async () => {
    expect(await blockedTexts("Father: One question. What's Blockmoor? Son: Oh my God, Dad.")).toEqual([]);
    expect(
      await blockedTexts('She switched me to a newer one called Zelquara, which I never heard of.'),
    ).toEqual([]);
    expect(await blockedTexts("Who's Tavion? I met him at group.")).toEqual(['Tavion']);
  });
});

describe('someone set off and then described', () => {
  it('finds a name set off by a dash or comma and then said to be a relation or a person', async () => {
    expect(
      await blockedTexts("Client: Precious — she's my coworker at the plant — told me to wait a day."),
    ).toEqual(['Precious']);
    expect(await blockedTexts('Bo, the kindest man at our church, retired last spring.')).toEqual(['Bo']);
    // A word said of the sentence stays a word.
    expect(await blockedTexts('Honestly, the guy at the desk was rude.')).toEqual([]);
  });
});

describe('what someone is called, and an exclamation said alone', () => {
  it('finds the name we call someone, and not "Man." said before the news', async () => {
    expect(await blockedTexts('Client: My buddy from the unit. We call him Brisket, he hates it.')).toEqual([
      'Brisket',
    ]);
    expect(await blockedTexts('Call him back tomorrow about the form.')).toEqual([]);
    expect(
      await blockedTexts(
        'Therapist: How was the week?\nClient: Man. It was a week. My son got his grades back.',
      ),
    ).toEqual([]);
  });
});

describe('nicknames explained, and names past an adverb or at a wedding', () => {
  it('finds a nickname whose real name follows or that the next sentence says people call someone', async () => {
    expect(
      await blockedTexts('Client: Moose was — his real name was Delbert — the loudest guy in the unit.'),
    ).toEqual(['Moose', 'Delbert']);
    expect(await blockedTexts('His real name was Orrin but nobody used it.')).toEqual(['Orrin']);
    expect(await blockedTexts("Client: Sugar. That's what everybody calls her. She raised me.")).toEqual([
      'Sugar',
    ]);
    // What a name is, said of a thing.
    expect(await blockedTexts('The name was bigger than the company.')).toEqual([]);
  });

  it('finds a given name that is a word when an adverb stands before what only a person does', async () => {
    expect(await blockedTexts('Cash finally learned to tie his shoes this week.')).toEqual(['Cash']);
    expect(await blockedTexts('Cash usually goes to rent first.')).toEqual([]);
  });

  it("finds a month-named person whose wedding or birthday it is, and not a day's", async () => {
    expect(await blockedTexts("We all cried at June's wedding.")).toEqual(['June']);
    expect(await blockedTexts("Tomorrow's funeral will be hard. Saturday's wedding was lovely.")).toEqual([]);
  });
});

describe('roles, faiths, adverbs and days that are not names', () => {
  it('reads speaker roles with their numbers or letters, and in stage directions, as roles', async () => {
    expect(
      await blockedTexts(
        'Facilitator: Welcome back. Member 3: Can I go first? (Facilitator nods.)\nFacilitator: Go ahead. (nods toward Member 3)',
      ),
    ).toEqual([]);
    expect(await blockedTexts('Therapist: (to Partner B) Can you hear that?\nPartner B: Yes.')).toEqual([]);
    expect(await blockedTexts("Group leader: Okay, let's go around. Name, and how many days.")).toEqual([]);
  });

  it('reads "a bad Christian", "Behaviorally?" and a day after a town as what they are', async () => {
    expect(await blockedTexts("Client: So it's not that I'm a bad Christian?")).toEqual([]);
    expect(
      await blockedTexts("Supervisor: How's she struggling? Behaviorally? Supervisee: Skipping meals."),
    ).toEqual([]);
    expect(await blockedTexts('Teen: Then I came back to Gallup Sunday night.')).toEqual(['Gallup']);
    expect(await blockedTexts('My brother Christian drove.')).toEqual(['Christian']);
  });
});

describe('faith, brands of things, new nouns and days said of a relation', () => {
  it('reads "Jesus" with nothing that makes him someone the speaker knows as faith', async () => {
    expect(await blockedTexts('Client: Honestly, Jesus has been a big part of it for me.')).toEqual([]);
    expect(await blockedTexts('client: my back is bad  jesus has been a big part of it')).toEqual([]);
    expect(await blockedTexts('Client: My cousin Jesus drove me to the appointment.')).toEqual(['Jesus']);
    expect(await blockedTexts('happy birthday Jesus!!! love you')).toEqual(['Jesus']);
  });

  it('reads a name before things in the plural as their brand, not before people, time or texts', async () => {
    expect(await blockedTexts('I have one of those giant Stanley cups, my support cup.')).toEqual([]);
    expect(await blockedTexts('The Jackson boys came over and we read the Marcus texts.')).toEqual([
      'Jackson',
      'Marcus',
    ]);
    expect(await blockedTexts('Seen at week 12. Marisol describes less pain.')).toEqual(['Marisol']);
    expect(await blockedTexts('by day 3 Teodora reports less pain.')).toEqual(['Teodora']);
  });

  it('reads a compound of everyday words opening a sentence as a noun, and a day after a relation as when', async () => {
    expect(await blockedTexts("Counselor: Screenshots don't lie.")).toEqual([]);
    expect(await blockedTexts('T: The razor goes with your sister Friday. C: Okay. Friday.')).toEqual([]);
    expect(await blockedTexts('My sister April called.')).toEqual(['April']);
  });
});

describe('asked who someone is in lower-cased speech', () => {
  it('finds a given name that is also a word when the next speaker is asked who it is', async () => {
    expect(await blockedTexts("therapist: who's chase client: my cousin from the shop")).toEqual(['chase']);
    expect(await blockedTexts("who's next honestly i don't know")).toEqual([]);
  });
});

describe('speaker labels that name a role', () => {
  it('reads an attending or a veteran labelling turn after turn as the role', async () => {
    expect(
      await blockedTexts(
        'Attending: How was the night?\nResident: Quiet.\nAttending: Any fevers?\nResident: None.',
      ),
    ).toEqual([]);
    expect(
      await blockedTexts("Veteran: I don't sleep much.\nCounselor: Tell me more.\nVeteran: It's the noise."),
    ).toEqual([]);
  });
});

describe('speakers named by their labels', () => {
  it('reads a label after a timestamp as the speaker, and a modal labelling turn after turn as a name', async () => {
    const text = [
      '[00:01:02] Counselor: How was the week for both of you?',
      '[00:01:07] Meadow: Long. Really long.',
      '[00:01:12] Will: I did the dishes at least.',
      '[00:01:15] Meadow: Once.',
      '[00:01:18] Will: Twice.',
    ].join('\n');
    expect(await blockedTexts(text)).toEqual(['Meadow', 'Will', 'Meadow', 'Will']);
  });

  it('finds the speaker asked a question by name, and keeps a season opening a sentence a season', async () => {
    const text = [
      'Counselor: Where do you want to start?',
      'Summer: With the move, I guess.',
      'Counselor: Mm-hm. Summer, is that what matters most today?',
      'Summer: Yes. Summer, fall, winter, it all blurs.',
    ].join('\n');
    expect(await blockedTexts(text)).toEqual(['Summer', 'Summer', 'Summer']);
  });
});

describe('people said to be someone', () => {
  it('finds a name whose "\'s" is "is" before her or his relation, and one said to be "the ex"', async () => {
    expect(await blockedTexts("Client: She and Dell came by. Dell's her husband.")).toContain('Dell');
    expect(await blockedTexts("Client: Dell's her husband, so he stays.")).toEqual(['Dell']);
    expect(await blockedTexts(`${talk}client: and harmony is the ex i told you about`)).toEqual(['harmony']);
    expect(await blockedTexts(`${talk}client: honestly life is the teacher we all have`)).toEqual([]);
  });

  it('finds a name given an age in a case, everyday word or modal included, but not a role', async () => {
    expect(await blockedTexts('Will Marsh, a 58-year-old roofer, reports chest pain on exertion.')).toEqual([
      'Will Marsh',
    ]);
    expect(await blockedTexts('Hope, a 4-year-old girl, is brought in with a limp.')).toEqual(['Hope']);
    expect(await blockedTexts('Patient, a 30-year-old woman, presents with a cough.')).toEqual([]);
  });
});

describe('roles cut short as speaker labels', () => {
  it('reads a label that abbreviates a role, or an everyday word no one is called, as no name', async () => {
    const text = [
      '[00:02:10] Cnslr: How did the week go?',
      '[00:02:14] Clt: Better than the last one.',
      '[00:02:19] Cnslr: What made the difference?',
      '[00:02:23] Clt: Sleeping, mostly.',
      '[00:02:27] Intake: Noted.',
      '[00:02:30] Intake: Next question.',
    ].join('\n');
    expect(await blockedTexts(text)).toEqual([]);
    expect(
      await blockedTexts(
        'Person: I came in late.\nCounselor: Okay.\nPerson: Sorry about that.\nCounselor: No problem.',
      ),
    ).toEqual([]);
  });
});

describe('roles labelling a line, and ranks a speaker is called by', () => {
  it('reads a role of two words or a texting line\'s role as no name, and "Sarge" or "Marine" spoken to as a rank', async () => {
    const call =
      'Call Taker: Crisis line, you are on with a counselor.\nParent: He locked himself in.\nCall Taker: Is anyone hurt?';
    expect(await blockedTexts(call)).toEqual([]);
    expect(await blockedTexts('Texter: idk\nResponder: ok\nTexter: yeah maybe')).toEqual([]);
    expect(
      await blockedTexts("Member 2: That's a good idea, Sarge.\nMember 1: Don't start, Marine."),
    ).toEqual([]);
    expect(await blockedTexts('Client: What brings you here, Dorian?')).toEqual(['Dorian']);
  });
});

describe('kin and helpers by name, initials a clinician gives, and names echoed or answered', () => {
  it('finds a name after a sponsor, a landlord or kin in other languages, and after a comma', async () => {
    expect(await blockedTexts('Client: I called my sponsor, Deacon, and we talked for an hour.')).toEqual([
      'Deacon',
    ]);
    expect(await blockedTexts(`${talk}client: it was right after my tio ramiro passed`)).toEqual(['ramiro']);
    expect(await blockedTexts('Client: My landlord Rudy still has not fixed the heat.')).toEqual(['Rudy']);
    expect(await blockedTexts('Client: My cousin Boo stopped by the shop.')).toEqual(['Boo']);
  });

  it('finds the initial a clinician calls someone by, and a name echoed as a question', async () => {
    expect(await blockedTexts("Supervisor: A woman in her forties, I'll call her K. for now.")).toEqual([
      'K',
    ]);
    expect(
      await blockedTexts('Client: My friend Biscuit might come.\nTherapist: Biscuit?\nClient: Yeah.'),
    ).toEqual(['Biscuit', 'Biscuit']);
  });

  it('reads a day answering when, and words said of the sentence before "my …", as no one', async () => {
    expect(
      await blockedTexts(
        'Therapist: When did you visit him?\nClient: Saturday. I got there late and he was asleep.',
      ),
    ).toEqual([]);
    expect(await blockedTexts('Client: Honestly, my sponsor, he keeps me going.')).toEqual([]);
    expect(await blockedTexts('Client: Listen, my mom, she means well.')).toEqual([]);
    expect(await blockedTexts('Client: Facts my sponsor said are true.')).toEqual([]);
    expect(await blockedTexts('Client: Willow, my youngest, starts school soon.')).toEqual(['Willow']);
  });
});

describe('a nickname given in quotes', () => {
  it('finds the quoted word after someone called by it, but not an endearment or what a thing is called', async () => {
    expect(
      await blockedTexts(
        'He gives everybody a nickname. He calls my cousin Odile "Pickles" and she hates it.',
      ),
    ).toEqual(['Odile', 'Pickles']);
    expect(await blockedTexts('He called me "sweetie" again.')).toEqual([]);
    expect(await blockedTexts('She calls it "the pit" when it gets bad.')).toEqual([]);
  });
});

describe('what everybody calls someone, a relative by age, a note’s client, a child by grade', () => {
  it('finds the word everybody calls someone, and a nickname opened by its size', async () => {
    expect(
      await blockedTexts(
        `${talk}client: there's this kid everybody calls dumpling, dumpling just shows up at night.`,
      ),
    ).toEqual(['dumpling', 'dumpling']);
    expect(await blockedTexts(`${talk}client: they call him big tank at the shop.`)).toEqual(['tank']);
    expect(await blockedTexts(`${talk}client: the alarm went off and everybody called security.`)).toEqual(
      [],
    );
  });

  it('finds an everyday word after "my son" whose age is said right after it', async () => {
    expect(await blockedTexts(`${talk}client: so my son tractor, he's four, he's in daycare now.`)).toEqual([
      'tractor',
    ]);
    expect(await blockedTexts(`${talk}client: my mom too, she's 70 and still working.`)).toEqual([]);
  });

  it("finds a word in a note's slot for its client before what the client did", async () => {
    expect(await blockedTexts('clt sky presented on time, affect flat, denies SI.')).toEqual(['sky']);
    expect(await blockedTexts('patient care reported as adequate; client education completed.')).toEqual([]);
  });

  it('finds a word with a grade or an age in brackets after it, and no dose', async () => {
    expect(
      await blockedTexts('lunch group notes\nrose (gr 4) came by asking about the lunch table.'),
    ).toEqual(['rose']);
    expect(await blockedTexts('Started Zoloft (50) and Abilify (5) last week.')).toEqual([]);
  });

  it('reads who one is after "I\'m" as no name', async () => {
    expect(
      await blockedTexts(`${talk}client: i can say it. i'm nonbinary. my pronouns are they them.`),
    ).toEqual([]);
  });
});

describe('nicknames said in passing, and places said to be what all call them', () => {
  it('finds what someone calls the speaker, what all call a man a noun introduced, and a word said so', async () => {
    expect(await blockedTexts(`${talk}client: he calls me noodle in front of everybody.`)).toEqual([
      'noodle',
    ]);
    expect(
      await blockedTexts(`${talk}client: there's this older guy they call skillet who runs it.`),
    ).toEqual(['skillet']);
    expect(await blockedTexts(`${talk}client: tater. that's what we called my little brother.`)).toEqual([
      'tater',
    ]);
    for (const text of [
      `${talk}client: he called me stupid in front of my kids.`,
      `${talk}client: every time she calls me crying i drive over.`,
      `${talk}client: it was hard. that's what they call it, grief.`,
    ])
      expect(await blocked(text)).toEqual([]);
  });

  it('finds a place said to be what all call it', async () => {
    expect(
      await blockedTexts(
        `${talk}client: we grew up in the bottoms, that's what they call the low part of town.`,
      ),
    ).toEqual(['bottoms']);
  });
});

describe('a term for a thing is no nickname', () => {
  it('reads what most people call a thing as no one', async () => {
    expect(
      await blockedTexts(
        `${talk}therapist: we named that pattern, which most people call avoidance. client: right.`,
      ),
    ).toEqual([]);
  });
});

describe('asked how old', () => {
  it('finds a word asked how old, as a person is', async () => {
    expect(await blockedTexts(`${talk}therapist: and journey is how old now?\nclient: seven.`)).toEqual([
      'journey',
    ]);
  });
});

describe('names put questions to, introduced in passing, and signed with an aside', () => {
  it('finds a listed name opening a turn with a question put to that person, in speech without commas', async () => {
    const text =
      `${talk}therapist: okay lets slow down a bit. marisol can you tell dale what that was like\n` +
      'client: i guess\ntherapist: and summer how was that for you\ntherapist: okay what do you think';
    expect(await blockedTexts(text)).toEqual(['marisol', 'dale', 'summer']);
  });

  it('reads fillers, feelings and things opening a question as no one', async () => {
    const text = `${talk}therapist: right how did that go\ntherapist: school how was it\nclient: work what do you even say`;
    expect(await blockedTexts(text)).toEqual([]);
  });

  it('finds a listed name that is a noun too when an introduction runs on', async () => {
    const text = `${talk}member: im robin by the way im new\nmember: im page and i guess i slipped on friday`;
    expect(await blockedTexts(text)).toEqual(['robin', 'page']);
    expect(
      await blockedTexts(`${talk}client: im home and i just sit there. im sober and i feel okay`),
    ).toEqual([]);
  });

  it('finds an everyday-word name losing a thing of her own, and not one losing her mind', async () => {
    expect(
      await blockedTexts('went to the fair.\n\nGrace lost her keys on the ferris wheel, long story'),
    ).toEqual(['Grace']);
  });

  it("finds a signature's given name with an aside on the letter's last line", async () => {
    expect(await blockedTexts('Any advice is welcome, thank you.\n— Faith (rural Ohio)')).toEqual(['Faith']);
  });

  it('reads speaker labels for a grandparent and a facilitator as roles', async () => {
    const text =
      'GMA: We did not have much choice.\nT: How are the kids?\nGMA: Bryson is doing fine.\n' +
      'FAC: Thanks. GMA: It is hard some days.';
    expect(await blockedTexts(text)).toEqual(['Bryson']);
  });
});

describe("a relative's name said alone, a pair with a rarer name, numbered roles", () => {
  it('finds a given name said alone right after a sentence about a relative', async () => {
    expect(
      await blockedTexts('M1: It was a year since my husband passed. Bill. And I stayed sober.'),
    ).toEqual(['Bill']);
    expect(await blockedTexts('C: My mom called me. Yeah. It was fine.')).toEqual([]);
  });

  it('reads a numbered role as a speaker label, not a name', async () => {
    const text =
      'T: Who wants to start?\nTEEN1: Not me.\nTEEN2: Fine. I had to switch schools.\nTEEN1: Same.\n' +
      'TEEN2: It was hard.';
    expect(await blockedTexts(text)).toEqual([]);
  });
});

describe('a name set off, then said to be someone in one’s life', () => {
  it('finds a name before a dash or a comma and "she\'s my …", and not an adverb so set off', async () => {
    expect(await blockedTexts("CLIENT: Maybe. Gray — she's my charge nurse — says it gets easier.")).toEqual([
      'Gray',
    ]);
    expect(await blockedTexts("CLIENT: Honestly, she's my best friend. Anyway, he's my dad.")).toEqual([]);
  });
});

describe('an everyday-word name paired with a rarer given name', () => {
  it('finds "hope" beside a given name no dictionary holds, whichever comes first', async () => {
    expect(await blockedTexts(`${talk}client: hope and ananya came over last night`)).toEqual([
      'hope',
      'ananya',
    ]);
    expect(await blockedTexts(`${talk}client: its just ananya and faith now`)).toEqual(['ananya', 'faith']);
  });
});
