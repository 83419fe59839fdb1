import { describe, expect, it } from 'vitest';
import { blocked, blockedTexts, talk } from './helpers.ts';

// What clients say around names that is no one's name: Spanish and kin words of other languages,
// a species, a car's model year, more of a thing counted before — and what is someone's.
describe('words said aside in talk', () => {
  it('reads Spanish said inside English speech as no one and nowhere', async () => {
    const text =
      `${talk}client: sí pero it's like that como siempre you know. ay dios mío the bills. ` +
      'más o menos okay i guess, and the baby needs her dad también. porfa just let me sleep.';
    expect(await blockedTexts(text)).toEqual([]);
    // A Spanish word that is a given name stays one where a cue says so.
    expect(await blockedTexts(`${talk}client: my cousin esta came by and my tía marisol too.`)).toEqual([
      'esta',
      'marisol',
    ]);
  });

  it('reads kin words of other languages and of the South as no one', async () => {
    expect(
      await blockedTexts(
        "Client: Babcia made soup again. Gramma didn't say a word. Dziadzia fell asleep. My mamaw " +
          'and pawpaw came too, and the great grandbaby slept through it.',
      ),
    ).toEqual([]);
    expect(await blockedTexts('Client: My hermano, Teodoro, drove up.')).toEqual(['Teodoro']);
  });

  it('reads a species after its genus letter as medicine, and an initial before a surname as a name', async () => {
    expect(await blockedTexts(`${talk}client: i read about how long e coli lives on a sponge.`)).toEqual([]);
    expect(await blockedTexts('She tested positive for h pylori again.')).toEqual([]);
    expect(await blockedTexts(`${talk}client: i met j. winslow and r. tapley at the park.`)).toEqual([
      'winslow',
      'tapley',
    ]);
    // (a surname the medical list holds as an eponym stays a surname after an initial)
    expect(await blockedTexts(`${talk}client: we met r. parkinson at the bank.`)).toEqual(['parkinson']);
  });

  it("reads what follows an owner and a model year as a car, and an event's town as a town", async () => {
    expect(
      await blockedTexts(`${talk}client: i still drive a 2009 corolla and he has his 2015 Silverado.`),
    ).toEqual([]);
    expect(await blockedTexts('She ran the 2012 Chicago marathon.')).toEqual(['Chicago']);
  });

  it('reads the plural of something counted after "a" as more of it, and a family after "the" as people', async () => {
    expect(await blockedTexts("Teen: It's not a Vaporlux. Nobody uses Vaporluxes anymore.")).toEqual([]);
    expect(await blockedTexts('Teen: It was a Tuesday. The Okonkwos came over.')).toEqual(['Okonkwos']);
  });

  it('reads a kind of institution said alone in lower case as that kind', async () => {
    expect(
      await blockedTexts(
        `${talk}client: my brothers they are in university there and my sister is in college.`,
      ),
    ).toEqual([]);
  });

  it('reads a social worker\'s "sw:" labels as a role', async () => {
    const text =
      'sw: thanks for coming in today how has the week been\n' +
      'client: long honestly the nurse came twice\n' +
      'sw: that sounds like a lot to carry\n' +
      'client: it is\n' +
      'sw: what helps when it gets heavy\n';
    expect(await blockedTexts(text)).toEqual([]);
  });

  it('reads "rn" as "right now" and "u" as "you" in a post', async () => {
    expect(await blockedTexts('the price of gas is actually unhinged rn')).toEqual([]);
    expect(await blockedTexts('if u drive thru the valley stop for pie')).toEqual([]);
    // A credential in a note is still one.
    expect(await blockedTexts('Spoke with Jo Wendt RN about the dressing change.')).toEqual(['Jo Wendt']);
  });
});

describe('everyday things said in a session', () => {
  it('reads a service after "the" and a title as no one, and a title before a name as a title', async () => {
    expect(await blockedTexts('Client: I should have called the Nurse Line first.')).toEqual([]);
    expect(await blockedTexts('Client: I talked to Nurse Odalys about it.')).toEqual(['Odalys']);
  });

  it('reads a verb with its g dropped as the verb, and a name ending so as the name', async () => {
    const text = `${talk}client: man it's always rent it's always somethin i'm workin at the plant doin nights. they be pourin drinks smokin whatever.`;
    expect(await blockedTexts(text)).toEqual([]);
    expect(await blockedTexts(`${talk}client: darin came over last night.`)).toEqual(['darin']);
  });

  it('reads a list of words after a comma as no one spoken to, and names called together as people', async () => {
    expect(
      await blockedTexts('Any side effects from the shot? Stiffness, shaking, swelling in your arm?'),
    ).toEqual([]);
    expect(await blockedTexts(`${talk}client: i yell jordan, kaylee, come eat, you two.`)).toEqual([
      'jordan',
      'kaylee',
    ]);
  });

  it('reads a lower-case endearment, a kind before "ones" and what things are as no one', async () => {
    const text =
      `${talk}client: he sent me a text like hey angel with the halo emoji. my charge nurse says you're our angel. ` +
      'he wants the little baby jordan ones, the red ones.';
    expect(await blockedTexts(text)).toEqual([]);
    expect(await blockedTexts("Student: Yeah. They're Jordans. My mom got them.")).toEqual([]);
    expect(await blockedTexts("They're the Okonkwos from next door.")).toEqual(['Okonkwos']);
    expect(await blockedTexts(`${talk}client: my friend angel came by. honey is nine now.`)).toEqual([
      'angel',
      'honey',
    ]);
    // Before a surname, or after a relation, it is a first name.
    expect(await blockedTexts(`${talk}client: i will call my son don reid about it.`)).toEqual(['don reid']);
  });

  it('reads an adjective said of the weather, and "sí", as no one', async () => {
    expect(
      await blockedTexts(
        `${talk}client: well now that it's may and it's sunny i go out to the garden. sí, most days.`,
      ),
    ).toEqual([]);
  });

  it('reads a drug after a prescriber\'s "Dr:" label as the drug', async () => {
    const text =
      "Dr: I'd like to add a low dose of Lamictal and titrate slowly.\n" +
      'Patient: Will it make me gain weight?\n' +
      'Dr: Lamictal is generally weight neutral. The main thing to watch is a rash.\n';
    expect(await blockedTexts(text)).toEqual([]);
  });

  it('reads a very common word before a kind of institution as no name, without capitals', async () => {
    expect(
      await blockedTexts(`${talk}client: he need me to have this check you know daycare ain't free.`),
    ).toEqual([]);
    expect(await blockedTexts(`${talk}client: she goes to sandy springs elementary now.`)).toEqual([
      'sandy springs elementary',
    ]);
  });
});

describe('things named like people', () => {
  it("reads a brand between an owner and its noun, and a name in a thing's title, as no one", async () => {
    const text =
      'Client: I carry around this giant Stanley cup now. It is just me and the Hallmark Channel. ' +
      'I sat next to the Diaper Genie, and then you put on Love Is Blind.';
    expect(await blockedTexts(text)).toEqual([]);
    // A family's noun, a nickname, a full name and an owner's place stay someone's or somewhere.
    expect(
      await blockedTexts(
        "Client: The Garcia family came over. Big Mike fixed the car. Sarah River is my cousin. He'd drink at Lou's Tap.",
      ),
    ).toEqual(['Garcia', 'Big Mike', 'Sarah River', 'Lou']);
  });

  it('reads a word no list holds, opening a sentence before the noun it qualifies, as a kind of thing', async () => {
    expect(await blockedTexts('Client: Poppyseed chicken, squash casserole, three kinds of pie.')).toEqual(
      [],
    );
    // An app one uses, as one that was downloaded; someone used is still someone.
    expect(
      await blockedTexts('Client: I use Mindlyo for that, and she used Tyler to get back at me.'),
    ).toEqual(['Tyler']);
    // A name before a relation, or before when, is still someone.
    expect(await blockedTexts('Client: Brexlyn dad came by. Jaquorie tonight has a game.')).toEqual([
      'Brexlyn',
      'Jaquorie',
    ]);
  });

  it('reads shoes sold new, a cup without capitals and a fellowship for families as no one', async () => {
    expect(await blockedTexts('bro the new Jordans sold out in 4 minutes. bots everywhere')).toEqual([]);
    expect(await blockedTexts('my stanley cup leaked all over my backpack. 45 dollars')).toEqual([]);
    expect(await blockedTexts('Supervisee: I go to Al-Anon on Saturdays.')).toEqual([]);
    expect(await blockedTexts('Supervisee: My mom goes to Nar-Anon on Saturdays.')).toEqual([]);
    // Someone after "my" is still someone.
    expect(await blockedTexts(`${talk}client: my jake came home late again.`)).toEqual(['jake']);
  });

  it('reads initials said as a lower-case word as no one', async () => {
    const text =
      'spk_0: that could help you feel more supported this week\n' +
      'spk_1: gsa meets on thursdays i usually skip cause it gets loud\n' +
      "teen: it's true though when i'm okay i'm listening to like kpop and when i'm not okay it's all sad songs\n" +
      'client: it took like six of us to turn one patient and the ppe was you know we were reusing masks\n';
    expect(await blockedTexts(text)).toEqual([]);
  });
});

describe('who a sentence makes someone', () => {
  it('finds whom a quote speaks to by name, not a list of words quoted', async () => {
    expect(
      await blockedTexts(
        'I wish I could tell her, "Hope, I\'m not a child anymore." I texted him, "Frank, come up."',
      ),
    ).toEqual(['Hope', 'Frank']);
    expect(
      await blockedTexts('The mug said "Hope, love, joy" on it. She said, "Well, I\'m not sure."'),
    ).toEqual([]);
  });

  it("finds whose words are quoted, a month's name too", async () => {
    expect(await blockedTexts(`${talk}client: that's what june says too, she's like come inside.`)).toEqual([
      'june',
    ]);
    expect(
      await blockedTexts(`${talk}client: that's what the doctor said, and in june we go camping.`),
    ).toEqual([]);
  });

  it('finds a common given name described in an aside after it', async () => {
    expect(await blockedTexts('Client: Faith, the new grad, cried in the break room twice.')).toEqual([
      'Faith',
    ]);
    expect(
      await blockedTexts('Client: Honestly, the worst part, the part that gets me, is the quiet.'),
    ).toEqual([]);
  });

  it('reads an adjective after "met" as how, not whom', async () => {
    expect(await blockedTexts(`${talk}therapist: and you two met young, right?`)).toEqual([]);
    expect(await blockedTexts(`${talk}client: i met brooke at the gym.`)).toEqual(['brooke']);
  });

  it('finds a given name opening "X and I", whatever word it also is', async () => {
    expect(await blockedTexts('Student: Sky and I have been talking about art school.')).toEqual(['Sky']);
    expect(await blockedTexts('Client: Money and I have never gotten along.')).toEqual([]);
  });

  it('finds two given names doing something past an adverb', async () => {
    expect(await blocked('Rose and Hunter finally got engaged last weekend!!')).toEqual([
      'PERSON:Rose',
      'PERSON:Hunter',
    ]);
    expect(await blockedTexts('Summer and winter are both hard for me.')).toEqual([]);
  });
});

describe('stores and hospitals placed by their streets', () => {
  it("finds a chain's store on a street said by its number or by a state's name", async () => {
    expect(await blockedTexts('He cut me off in the QuikTrip on 71st, right in the lot.')).toEqual([
      'QuikTrip on 71st',
    ]);
    expect(await blockedTexts(`${talk}client: i go to the allsup's on 50th and get one there.`)).toEqual([
      "allsup's on 50th",
    ]);
    expect(await blockedTexts(`${talk}client: i cried in the lot of the walmart on montana.`)).toEqual([
      'walmart',
    ]);
    // A shift or a floor counted after "on" is no street.
    expect(await blockedTexts('We were at the Target on 3rd shift.')).toEqual([]);
  });

  it("finds a campus by its initials near someone's home and after a move in lower-case speech", async () => {
    expect(await blockedTexts('She still lives off Pellham by KSU.')).toContain('KSU');
    expect(await blockedTexts(`${talk}client: i work days and i'm going to utep at night.`)).toEqual([
      'utep',
    ]);
  });

  it('finds a hospital by its faith where a place is said, not the faith itself', async () => {
    expect(await blockedTexts('I work second shift at Methodist, environmental services.')).toEqual([
      'Methodist',
    ]);
    expect(await blockedTexts('We grew up Methodist and went to church every Sunday.')).toEqual([]);
  });

  it("finds a street after a café's name though the café is in the medical list", async () => {
    expect(await blockedTexts("I'll be at the Gdansk Village Cafe on Yemmer and they play polka.")).toContain(
      'Yemmer',
    );
  });

  it('reads the respect after a relation, a plural one likes and a game one plays as no one', async () => {
    expect(await blockedTexts('Client: Papa ji said no, and Auntie ji cried.')).toEqual([]);
    expect(await blockedTexts(`${talk}client: i was like mummy ji i work full time`)).toEqual([]);
    expect(await blockedTexts(`${talk}client: i like soups and i like rice and beans`)).toEqual([]);
    expect(await blockedTexts(`${talk}client: one of them plays pickleball at the rec center`)).toEqual([]);
    // Someone named beside "and I" stays someone.
    expect(await blockedTexts(`${talk}client: so marisol and i went to the lake`)).toEqual(['marisol']);
  });

  it("reads a people's word between an article and an institution's word as the kind", async () => {
    expect(
      await blockedTexts(
        'Client: We go to the Korean church on Sundays, and I buy sweets at the indian store after.',
      ),
    ).toEqual([]);
    expect(await blockedTexts('Client: She sings at Korean Church of Fairlane now.')).toEqual([
      'Korean Church of Fairlane',
    ]);
  });
});

describe("what is drunk, smoked or held, kin words, a department, a team and a verb's level", () => {
  it('reads a product consumed, brought as one\'s own, held in a measure or counted one with "a" as a product', async () => {
    const text =
      'Dad: I smoked Brindlemarks for twenty years. Teen: I sit in the bleachers with a Fizzquench. ' +
      'Drank about a gallon of Fizzquench a day. I bring my own Zestora to parties, and there is always ' +
      'a cooler of Hoplund on the porch. Then I sat in the waiting room eating vending machine Crunchos.';
    expect(await blockedTexts(text)).toEqual([]);
    // People eaten with, or seen drinking, stay people.
    expect(await blockedTexts('Client: I ate with Marisol yesterday, and we saw Tyler drinking.')).toEqual([
      'Marisol',
      'Tyler',
    ]);
  });

  it("reads kin words of other languages, a department, a team and a verb's level as no one and nowhere", async () => {
    expect(
      await blockedTexts('Client: Umma made soup again. Hooyo called twice. And I said, okay, Pops, sure.'),
    ).toEqual([]);
    expect(await blockedTexts('Peer Support: Talk to HR about leave. Client: i went to hr already.')).toEqual(
      [],
    );
    expect(
      await blockedTexts(
        `${talk}client: we watched the game and the eagles were down at half. i wanted to get high`,
      ),
    ).toEqual([]);
    expect(await blockedTexts(`${talk}client: she goes to bass high now`)).toEqual(['bass high']);
  });

  it('reads a word no list holds after "switched him to" as medicine', async () => {
    expect(await blockedTexts(`${talk}client: the doctor switched him to tovara and hes less foggy`)).toEqual(
      [],
    );
    expect(await blockedTexts(`${talk}client: they switched him to kessington elementary`)).toEqual([
      'kessington elementary',
    ]);
  });
});

describe('one sense per text for things, and more that is no one', () => {
  it('reads a word no list holds as the thing it was read as elsewhere in the text', async () => {
    const text =
      'Teen: I drank about a gallon of Fizzquench a day. Counselor: Okay. Teen: That is what I do. ' +
      'Fizzquench. Counselor: So there is some experience in this room.';
    expect(await blockedTexts(text)).toEqual([]);
    // A strong cue keeps someone.
    expect(await blockedTexts('Teen: I drank a gallon of Zestora. My cousin Zestora laughed at me.')).toEqual(
      ['Zestora'],
    );
  });

  it('reads a weekday after "call him", a fellowship by its letters, a school subject, an adverb and a typed contraction as no one', async () => {
    expect(
      await blockedTexts("Member 1: I'm supposed to call him Friday. Peer Support: Call him Thursday."),
    ).toEqual([]);
    expect(await blockedTexts(`${talk}member 4: im already going to na three times a week`)).toEqual([]);
    expect(await blockedTexts('Teen: First period is P.E. and I hate it.')).toEqual([]);
    expect(
      await blockedTexts(`${talk}member 1: observe and proceed mindfully. whatd they dress up as`),
    ).toEqual([]);
    expect(await blockedTexts('Client: We all call him Tex.')).toEqual(['Tex']);
  });
});

describe('kin, cries and God in the other tongues of American homes', () => {
  it('reads kin words of other tongues as relations, and the name said after them as a name', async () => {
    expect(await blocked('So Kuya called at six. Tatay said no. Ayeeyo is old now. Emaye cried.')).toEqual(
      [],
    );
    expect(await blockedTexts('My kuya Marlon drove us. Her ayeeyo, Faduma, cooked.')).toEqual([
      'Marlon',
      'Faduma',
    ]);
  });

  it('reads cries, greetings and thanks said between English words, and God in other tongues, as no one', async () => {
    expect(
      await blocked('And Umma just goes, Aigoo, aigoo. Yalla, let us go. Salamat, really. Khalas, enough.'),
    ).toEqual([]);
    expect(await blocked('Thank God, and Egziabher is good to us.')).toEqual([]);
  });

  it('reads talk that switches into another tongue as talk, not clinical shorthand, so a new name in it still counts', async () => {
    const text =
      'Therapist: How was the call with home this week? Client: The same as always, honestly. She asks if I ' +
      'have eaten, kumain ka ba, and then she says ingat ka palagi, and then the money part comes. Therapist: ' +
      'What did you say back? Client: I said sige lang, tiis muna, because that is what we say. And then the ' +
      'next morning Jovelyn calls me at six and asks for more, and I just sit in the car and cry before my shift.';
    expect(await blockedTexts(text)).toEqual(['Jovelyn']);
  });
});

describe('asides, holidays and kin of other tongues', () => {
  it('reads exclamations of other tongues and their holidays as no one', async () => {
    expect(
      await blockedTexts(
        'Client: Oy vey, the dishes after Pesach. Then Shabbos again. Arre, my mother-in-law! ' +
          'Naku, and Trời ơi, the rice cooker broke before Dussehra.',
      ),
    ).toEqual([]);
  });

  it('reads Ma and Unc as kin, unless a title makes a surname of them', async () => {
    expect(await blockedTexts('Client: Tell Ma she can stop worrying. Unc picked me up.')).toEqual([]);
    expect(await blockedTexts('Client: Dr. Ma changed my dose and Mr. Son signed the form.')).toEqual([
      'Ma',
      'Son',
    ]);
  });
});

describe('shows, games and words of home', () => {
  it('reads the Vietnamese grandparents and a Haitian God as no one', async () => {
    expect(await blockedTexts('Client: Bà Ngoại still cooks every Sunday. Mèsi Bondye.')).toEqual([]);
  });

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

describe('Spanish before a noun', () => {
  it('reads a word in lower case after "el", "es" or "con" as Spanish said, not a name given', async () => {
    expect(await blocked('Abuela: El rosario. Every night at seven we pray it together.')).toEqual([]);
    expect(await blocked(`${talk}client: and my mom says ay no es nada mija its fine`)).toEqual([]);
    expect(await blockedTexts(`${talk}client: i went with mi tia rosa to church`)).toEqual(['tia rosa']);
  });
});
