import { describe, expect, it } from 'vitest';
import { blocked, blockedTexts, talk } from './helpers.ts';

describe('medicine is no person or place', () => {
  it('leaves drug and brand names alone in talk and in questions', async () => {
    const text =
      'Client: The doctor moved me off Lexapro and onto Wellbutrin. Klonopin made me so sleepy.\n' +
      'Therapist: Are you still taking Suboxone?\n' +
      'Is it safe to take Eliquis with Plaquenil, and how does Chantix compare with Narcan?';
    expect(await blocked(text)).toEqual([]);
  });

  it('leaves eponymous diseases, signs and scores alone, possessive or not', async () => {
    const text =
      "My aunt has Parkinson's. They think it could be Hashimoto's, or maybe Addison's disease. " +
      "He had Bell's palsy last year. Exam showed a positive Babinski sign and a Glasgow Coma Scale of 13. " +
      'Which matters more here, the Framingham risk score or Guillain-Barré syndrome?';
    expect(await blocked(text)).toEqual([]);
  });

  it('leaves clinical acronyms and support groups in capitals alone where capitals mean something', async () => {
    const text =
      'With my COPD and the AFib I get winded. I go to NA meetings on Fridays and AA on Sundays now. ' +
      'My coworker had COVID last week.';
    expect(await blocked(text)).toEqual([]);
  });

  it('leaves God and Jesus alone among words of faith', async () => {
    expect(await blocked('I pray to God every night, and I ask Jesus to help me through it.')).toEqual([]);
  });

  it("reads an instrument's title, its edition and its scales as no one, and its eponym said alone after", async () => {
    const report =
      'MEASURES GIVEN\nVanderbilt Assessment Scales, parent and teacher forms\nWechsler Memory Scale-IV\n' +
      'Rey Complex Figure Test\n\nRESULTS: Vanderbilt (teacher) elevated on the inattentive items. MMPI-3 valid; ' +
      'F-r mildly elevated, Fp-r within limits. Plan follows the Stanley-Brown Safety Planning Intervention.';
    expect(await blocked(report)).toEqual([]);
    const supervision = 'The trainee named the Four Horsemen in session and tracked contempt closely.';
    expect(await blocked(supervision)).toEqual([]);
  });

  it('leaves a brand named like a name alone by what it is given for, but not someone thanked', async () => {
    const text =
      'Doctor added Velnarix for my heart failure. Has anyone had Tolvexa for treatment-resistant depression? ' +
      'Should my mom get Brimora or Pelmavo for RSV?';
    expect(await blocked(text)).toEqual([]);
    expect(await blockedTexts('Thanks Jaylani for helping with my asthma.')).toEqual(['Jaylani']);
  });

  it('reads what care is had through as an insurer, but not a town everyone knows or a given name', async () => {
    const text =
      'How fast can I get a dermatology appointment through Kaiser? Does anyone know a pulmonologist ' +
      'who takes Fidelis?';
    expect(await blockedTexts(text)).toEqual([]);
    expect(
      await blockedTexts('We drove through Tulsa to see the doctor. I found a therapist through Marisol.'),
    ).toEqual(['Tulsa', 'Marisol']);
  });

  it('reads medicine through a bare hedge, what the ER gave, a stopped medicine and a word joined to a dosed one', async () => {
    const text =
      'Counselor: Any side effects from like the Velnarix? Client: I went to the ER and they just gave me ' +
      'Tolvexa. Will stopping Allegra cause withdrawal?\nStart Allegra 0.5 mg QHS; reassess.';
    expect(await blocked(text)).toEqual([]);
    expect(
      await blockedTexts("Client: I'm stopping Jenna from seeing him. I really like the Kessler kids."),
    ).toEqual(['Jenna', 'Kessler']);
  });

  it('reads the thing causing a health matter as medicine, but not someone causing it', async () => {
    expect(await blocked('Can you tell the nurse the Velnarix is causing yeast infections again?')).toEqual(
      [],
    );
    expect(
      await blockedTexts('Jaylen is causing me so much anxiety. The Kessington kid gave me a headache.'),
    ).toEqual(['Jaylen', 'Kessington']);
  });

  it('reads what is taken with something else as medicine, but not who the children go with', async () => {
    expect(await blockedTexts('Is it safe to take fish oil with Velnarix?')).toEqual([]);
    expect(await blockedTexts('Is it safe to take my son with Kessington to the lake?')).toEqual([
      'Kessington',
    ]);
  });

  it('leaves a brand alone after "I\'m on" and before a loading dose, but not an owner', async () => {
    const text = "I'm on Velnarix and need a dental extraction. Any reaction to the Tolvexa loading dose?";
    expect(await blocked(text)).toEqual([]);
    expect(await blockedTexts("I'm on Kessington's team now.")).toEqual(['Kessington']);
  });

  it('leaves medicine no list holds alone by its spelling and the medicine around it', async () => {
    // Brands newer than the medical list, and abbreviations written in mixed case.
    const text =
      'Would Rybelsus interact with Invokana? She was switched to Qulipta for the migraines. ' +
      'Her SLUMS was 21 and the eGFR dropped.';
    expect(await blocked(text)).toEqual([]);
  });

  it("leaves a possessive eponym alone before what is said of the disease, and joined to a question's first word", async () => {
    const text = "My sister has Raynaud's, and it flares in winter. Does Horner syndrome come back?";
    expect(await blocked(text)).toEqual([]);
  });

  it('reads a word listed beside medicine as medicine, but not a rare name beside a clause or another name', async () => {
    const text =
      'Can I take Velnarix with Quorvane? My neurologist wants to switch to Tolvexa or Belmyra.\n' +
      'Humira biosimilars like Ostrelix, Zandivo and Tremfaxa, are they the same?\n' +
      'Nuvexa vs oral terbinafine for toenail fungus? Birth control pills like Quorvane?';
    expect(await blocked(text)).toEqual([]);
    expect(
      await blockedTexts(
        'I started Zoloft, Jazlynne thinks it helps. Should I text Jazlynne or Kessington tonight?',
      ),
    ).toEqual(['Jazlynne', 'Jazlynne', 'Kessington']);
  });

  it('reads a choice asked between two brands, each side of "vs", and what is on medicine, but not a ward', async () => {
    const text =
      'RSV shots for seniors: Ostrelix vs Zandivo vs mTremfa?\n' +
      'Endometriosis pain not controlled on birth control. Nuvexa or Belmyra?\n' +
      'Immune-related colitis on Zandivo plus Tremfaxa, when do you add infliximab?';
    expect(await blocked(text)).toEqual([]);
    expect(await blockedTexts('Found unresponsive and asystolic on Hawthorne 6 overnight.')).toEqual([
      'Hawthorne',
    ]);
  });

  it('reads a grading, a test by its result and a diet as no one, but not a person who tested positive', async () => {
    const text =
      'She is Tanner stage 2 at age 9, and he is Child-Pugh class B, and Belmyra came back positive. AMA is positive.\n' +
      'Strict Keto for 3 months, or is Mediterranean better than Atkins for fatty liver?';
    expect(await blocked(text)).toEqual([]);
    expect(
      await blockedTexts(
        'Tanner said the stage was set. Daviontae came back positive for strep. Mr. Atkins called.',
      ),
    ).toEqual(['Tanner', 'Daviontae', 'Atkins']);
  });

  it('reads a heading of a condition, a supervisee, an herb and a numbered device as no one', async () => {
    const text =
      'Scabies: permethrin cream or oral ivermectin?\nSupervisee: I got pulled into the story. Supervisor: Say more.\n' +
      "Does St. John's wort interfere with the pill? Will insurance cover a Freestyle Libre 3?";
    expect(await blocked(text)).toEqual([]);
  });

  it('reads a letter before a word, a brand before its formulation in a list and a numbered device as no one', async () => {
    const text =
      'X-ray shows flattening of the femoral head. Is Adderall XR or Quorvane PM better for a kid who cannot wake up?\n' +
      'Does the Libre 3 work with my pump yet?';
    expect(await blocked(text)).toEqual([]);
  });

  it('reads what the ER gave, and what one was switched to from a medicine, as medicine', async () => {
    const text =
      'Went to the ER and they just gave me Velnarix. They switched me from pregabalin to Allegra.';
    expect(await blocked(text)).toEqual([]);
    expect(await blockedTexts('We moved from Denver to Allegra and Tobias, near the lake.')).toContain(
      'Tobias',
    );
  });

  it('reads a pastime or an app taken up, dropped or asked how it went as no one, but not a baby or a runner', async () => {
    expect(
      await blocked('I started Zumba again and it helps. I just deleted Tinder for my mental health.'),
    ).toEqual([]);
    expect(await blockedTexts('I started Tyler on formula last week.')).toEqual(['Tyler']);
    expect(await blocked('How did Zumba go this week? how did crochet go')).toEqual([]);
    expect(await blockedTexts('How did Jake go at the meet?')).toEqual(['Jake']);
  });

  it('reads a kind the text also negates, a code before its grade, a tendon and a shot one gets as no one', async () => {
    const text =
      'Hodgkin vs non-Hodgkin lymphoma, which is worse? Mammogram BI-RADS 4A, now what?\n' +
      'Achilles tendon rupture with a positive Thompson test.\n' +
      'Adults over 50 should get Belmyra. Should my newborn get Ostrelix if I got Zandivo during pregnancy?';
    expect(await blocked(text)).toEqual([]);
    expect(
      await blockedTexts('I finally got Kessington back after the hearing, my anxiety is better.'),
    ).toEqual(['Kessington']);
  });

  it('reads an example of infusions, so many a day and a stage without its grade as no one', async () => {
    const text =
      'Would iron infusions like Velnarix be better than pills? My neighbor takes 6 Quorvane a day.\n' +
      'Why is Tanner stage relevant for dosing?';
    expect(await blocked(text)).toEqual([]);
    expect(await blockedTexts('I saw Jake 3 times a week.')).toEqual(['Jake']);
  });

  it('reads a participle or an adjective set off by a comma as how things are, not someone addressed', async () => {
    const text = 'my baby is 9 weeks and only poops every 4-5 days, breastfed. my a1c is 5.9, prediabetic?';
    expect(await blocked(text)).toEqual([]);
    expect(await blockedTexts('what brings you here, jaxtyn?')).toEqual(['jaxtyn']);
  });

  it('reads a city everyone knows before a head a city has too as the city, outside notes', async () => {
    expect(await blockedTexts('london tube strike again. walked 6 miles today.')).toEqual(['london']);
    expect(await blockedTexts('my mom has the edinburgh scale so i worry about it')).toEqual([]);
  });

  it('still finds a double-barrelled surname and a foreign town near everyday words the medical list holds', async () => {
    const text = 'Mrs. Oduya-Lindqvist asked us to stop at the corner near Vrchlabice on the way.';
    expect(await blockedTexts(text)).toEqual(['Oduya-Lindqvist', 'Vrchlabice']);
  });

  it('still finds a rare given name that no list holds, in a question about medicine', async () => {
    const text =
      'My husband Daviontae takes lisinopril. Can I take Keflex with it? Thanks in advance, Marisela.\n' +
      'Does Zyrtec interact with metformin? Best regards, Jazlynne';
    expect(await blockedTexts(text)).toEqual(['Daviontae', 'Marisela', 'Jazlynne']);
  });

  it('still finds a person the text names as one, even with a medical word for a name', async () => {
    const text =
      'Dr. Parkinson saw me on Monday. I would like my kid Agi to come along. Jesus and Maria moved in with us.';
    expect(await blockedTexts(text)).toEqual(['Parkinson', 'Agi', 'Jesus', 'Maria']);
  });

  it('still finds a first name before a possessive and a number, and a surname before a verb', async () => {
    const text =
      "Therapist: Come back when you have Jake's six month checkup.\nNOTE: J SMITH ORDERED EPI DRIP INCREASED.";
    expect(await blockedTexts(text)).toEqual(['Jake', 'SMITH']);
  });
});

describe('everyday capitalized things that are no person', () => {
  it('leaves companies, an activity after "doing" and holidays alone, but keeps "Coach Day"', async () => {
    const text =
      'Client: We watched Netflix all weekend and then I went to Walmart. I have been doing Tai Chi on Mondays. ' +
      "Father's Day was hard. Coach Day said he can come back.";
    expect(await blockedTexts(text)).toEqual(['Day']);
  });

  it('leaves brands and apps the company list knows alone, but not a company name that is also a surname', async () => {
    const brands = 'Client: I scrolled Reddit for an hour, watched Hulu and took a Lyft home.';
    expect(await blockedTexts(brands)).toEqual([]);
    const surname = 'Client: I ordered groceries from Kroger. Dana Kroger from work called me twice.';
    expect(await blockedTexts(surname)).toContain('Dana Kroger');
  });

  it("leaves chains the US knows alone by their whole name, a surname's store in the possessive too", async () => {
    const text =
      'Client: I had a panic attack in the middle of Home Depot. I picked up shifts at Planet Fitness, ' +
      "and coffee from Taco Bell is the only thing getting me through. I sat in the Lowe's parking lot " +
      "and cried. We ate at Olive Garden, then Dave & Buster's. He works at Dick's Sporting Goods, she " +
      'works at Bath & Body Works, and my son wants Chuck E. Cheese. We stopped at Golden Corral.';
    expect(await blockedTexts(text)).toEqual([]);
  });

  it("keeps the people and places beside a chain, the store the town places, and a given name's home in the possessive", async () => {
    const text =
      'Client: I met Dana at Home Depot. My brother Tyrell works at Taco Bell. I went to the Walmart in ' +
      "Cedar Rapids. I stayed at Casey's house after the fight, and I was at Macy's place when she called. " +
      "Then Marisol's drive-thru order came.";
    expect(await blockedTexts(text)).toEqual([
      'Dana',
      'Tyrell',
      'Walmart',
      'Cedar Rapids',
      'Casey',
      'Macy',
      'Marisol',
    ]);
  });

  it("reads a given name's possessive as the chain only before what a store has", async () => {
    const text = "Client: I got fries at the Wendy's drive-thru. Wendy's mom picked me up.";
    expect(await blockedTexts(text)).toEqual(['Wendy']);
  });

  it("reads an everyday word joined to a company's name as the company's, and initials with a small letter as a brand", async () => {
    expect(
      await blockedTexts('Client: I ordered Uber Eats every night. Pt attends CoDA twice weekly.'),
    ).toEqual([]);
    expect(await blockedTexts('Client: Dana Kroger from work called me. Seen by Dr. McCOY today.')).toEqual([
      'Dana Kroger',
      'McCOY',
    ]);
  });

  it('reads a team by its nickname as no one, but a household of a common surname unless a game is spoken of', async () => {
    const text =
      'Client: The Falcons lost again and my husband was in a mood. Eagles lost, the hoagie was perfect.';
    expect(await blockedTexts(text)).toEqual([]);
    expect(await blockedTexts('Client: The Browns next door are loud.')).toEqual(['Browns']);
    expect(await blockedTexts('Client: We watched the Browns game. The Browns lost.')).toEqual([]);
  });

  it("reads a model's number after what one owns as a device, but counts time after a name", async () => {
    expect(await blockedTexts('PSA: if your Libre 3 falls off after a shower, it sucks.')).toEqual([]);
    expect(
      await blockedTexts('Client: I saw my Jake 3 years ago. My son Jake 3 times a week calls.'),
    ).toEqual(['Jake', 'Jake']);
  });

  it('reads contractions typed without an apostrophe and post openers as no one', async () => {
    const text =
      'i live on Cortland Ave and theres mold in my apartment. Ive been on Zoloft for 3 weeks.\nPOV: you spend 300 at the store';
    expect(await blockedTexts(text)).toEqual(['Cortland Ave']);
  });

  it('reads a chain whose name is also a surname as the person when one word stands alone', async () => {
    // "Sylvan" and "O'Neill" are chains' names too; alone they stay what the name lists say.
    expect(
      await blockedTexts("Client: Brunch with Sylvan was great. Nothing beats O'Neill's jokes."),
    ).toEqual(['Sylvan', "O'Neill"]);
  });

  it('reads a possessive name before "Day", "Eve" after Christmas and a programme before "meetings" as no person', async () => {
    const text =
      "Client: Valentine's Day and Christmas Eve are always rough. I still go to Nar-Anon meetings on Tuesdays. " +
      'Marisol said she would come with me.';
    expect(await blockedTexts(text)).toEqual(['Marisol']);
  });
});

describe('speaker labels that name a role', () => {
  it('never takes "Clinician:", "Psychologist:" or "Intern:" for a name, but does take a name label', async () => {
    const text =
      'Clinician: How was the week?\nTavion: Rough, honestly.\nPsychologist: Say more about that.\n' +
      'Intern: I can take notes.\nTavion: Okay.';
    expect(await blockedTexts(text)).toEqual(['Tavion', 'Tavion']);
  });
});

// Brand names are coined to look like nothing else, so no list or spelling model keeps up with
// them: where they stand and what is said of them tells. The brands below are invented.
describe('a health product known by its slot', () => {
  it('leaves a brand alone that a question asks medicine things of', async () => {
    const text =
      'Can Velbrixa cause hair loss? Does Torvanza interact with grapefruit? ' +
      'How long does Quellmira stay in your system? Is Druvexo safe to take while breastfeeding? ' +
      'Can Ombrevant be crushed? Does my plan cover Sylvadine?';
    expect(await blocked(text)).toEqual([]);
  });

  it('leaves a brand alone before the kind of product it is', async () => {
    const text =
      'Should I get the Zentrivo vaccine this fall? How accurate is a Pellomax test at home? ' +
      'My Glucorra sensor fell off again.';
    expect(await blocked(text)).toEqual([]);
  });

  it('leaves a brand alone that a question asks is good for a health complaint', async () => {
    expect(
      await blocked('Is Brellatin good for lower back pain, or is Kavomir better for arthritis?'),
    ).toEqual([]);
  });

  it('still finds people in the same slots: a possessive, a title, a common first name', async () => {
    const text =
      "Can Dr. Velbrix see me Tuesday? Is Jennifer safe for the weekend? Dontrell's pills are in my bag.";
    expect(await blockedTexts(text)).toEqual(['Velbrix', 'Jennifer', 'Dontrell']);
  });

  it('does not take the verb opening a question for a first name', async () => {
    expect(await blockedTexts('Does Marisol know? Did Quennell call back?')).toEqual(['Marisol', 'Quennell']);
  });
});

describe('everyday things by where they stand in talk', () => {
  it('leaves what someone spends hours on or orders alone, but not whose it is', async () => {
    const text =
      "Client: I spent like three hours on Candy Crush and all night on Tinder. I ordered Wendy's again, " +
      "then ordered from Dunkin. I ordered Marisol's cake.";
    expect(await blockedTexts(text)).toEqual(['Marisol']);
  });

  it('reads a show watched and an app deleted as no one, but keeps a child watched and a contact deleted', async () => {
    const text =
      'Client: I watched Bluffle all weekend. We binged Harbor Island and I watched Sesame Street with my ' +
      'daughter. I deleted Zingle off my phone, then deleted Candy Crush.';
    expect(await blockedTexts(text)).toEqual([]);
    expect(
      await blockedTexts(
        'I watched Jenna all weekend. I deleted Marcus off my phone. We watched Dr. Okafor.',
      ),
    ).toEqual(['Jenna', 'Marcus', 'Okafor']);
    // A game played, an app one journals with, a chain food is taken out from; a person played, and their team.
    expect(
      await blockedTexts(
        'Client: I play Glorbit after school. I tried journaling with Moodlet. We got takeout from Chick-fil-A.',
      ),
    ).toEqual([]);
    expect(await blockedTexts("I play Jaxon at chess. We played Kessington's team.")).toEqual([
      'Jaxon',
      'Kessington',
    ]);
  });

  it('reads a holiday named before "Day" and a day before a noun as no person or place', async () => {
    const text =
      "Client: Last St. Patrick's Day was awful and Memorial Day is coming. I went to Sunday school " +
      'again and to Friday prayers. Diwali is hard for me. I talked to Jessica Day about it.';
    expect(await blockedTexts(text)).toEqual(['Jessica']);
    // A town or a run of names before "Day", and holidays as posts write them.
    const more =
      'The Columbus Day sale, the Martin Luther King Day march, st patricks day, Cinco de Mayo tacos.';
    expect(await blockedTexts(more)).toEqual([]);
  });

  it('reads a storm named like a person as no one, and keeps a person called Storm', async () => {
    const text = 'Hurricane Marisol took our roof. We rode out Tropical Storm Kessler in the basement.';
    expect(await blockedTexts(text)).toEqual([]);
    expect(await blockedTexts('hurricane dontrell relief drive this weekend')).toEqual([]);
    expect(
      await blockedTexts('My friend Storm came over. The hurricane Marisol and I rode out was bad.'),
    ).toEqual(['Storm', 'Marisol']);
  });

  it('reads a programme of two words before "meetings" and an instrument code as no person', async () => {
    const text =
      'Are you still going to SMART Recovery meetings? Did you fill out the C-SSRS and the AUDIT-C score?';
    expect(await blocked(text)).toEqual([]);
  });

  it('leaves a listed name alone where only medicine stands, and keeps it where a child stands', async () => {
    const medicine = 'Is it safe to take Allegra with Ventolin? Any side effects from the Allegra?';
    expect(await blocked(medicine)).toEqual([]);
    expect(await blockedTexts('I had to take Addison to school, then Allegra came over.')).toEqual([
      'Addison',
      'Allegra',
    ]);
  });

  it('leaves a chain the company list knows alone though a rare surname, but keeps "Dana Kroger"', async () => {
    expect(await blocked('Client: I picked up extra shifts at Kroger last week.')).toEqual([]);
  });

  it('reads an everyday word on the company list, capitalized where one goes, as the chain', async () => {
    expect(await blocked('Client: After group we went to Target for school supplies.')).toEqual([]);
    // Not a town that is a word ("Champion"), and not a name before it.
    expect(await blocked('Client: My cousin lives in Champion now.')).toEqual(['LOCATION:Champion']);
  });
});

describe('unlisted brands in patient questions', () => {
  it('reads a word no name list holds as medicine when the question asks what only medicine is asked', async () => {
    const text =
      'Does Velmora need to be refrigerated? Is Dravilo an injection I can do at home? ' +
      'Does Quintrex help with neuropathy? Is Sorvatil still available?';
    expect(await blocked(text)).toEqual([]);
  });

  it('reads an unlisted word as medicine after "patient on" and when compared with a named medicine', async () => {
    expect(await blocked('Patient on Velmora for AF. Reports dizziness.')).toEqual([]);
    expect(await blocked('How does Ativan compare with Quintrex for sleep?')).toEqual([]);
    expect(await blocked('How does Velmora compare with atorvastatin for cholesterol?')).toEqual([]);
    expect(await blockedTexts('How does my sister compare with Brannagh at school?')).toEqual(['Brannagh']);
  });

  it('reads an unlisted word as medicine kept "like, in my bag" and taken together with another', async () => {
    const text = 'Client: I keep Velmora like, in my bag. Can Depakote be taken together with Quintrex?';
    expect(await blocked(text)).toEqual([]);
    expect(await blockedTexts('Client: I keep Marisabel home on Fridays.')).toEqual(['Marisabel']);
  });

  it('reads "MS." in capitals before an everyday word as the illness, and keeps "Ms." before a name', async () => {
    expect(await blocked('Started Ocrevus for MS. Reports fatigue. Plan: recheck labs.')).toEqual([]);
    expect(await blockedTexts('Seen with MS. Okonkwo, her aunt.')).toEqual(['Okonkwo']);
  });

  it('keeps a person asked about: a trait, an illness they have, a title or given name before the word', async () => {
    const text =
      'Why is Ysolde so impulsive? Does Ottoline have diabetes? ' +
      'Does Dr. Vrabec help with neuropathy? Does Anna Wrzesniak need to be seen?';
    expect(await blockedTexts(text)).toEqual(['Ysolde', 'Ottoline', 'Vrabec', 'Anna Wrzesniak']);
  });
});

describe('devices, services and procedures in patient questions', () => {
  it('leaves a device one owns, a service insurance covers and a brand before its kind of product alone', async () => {
    const text =
      'Why does my Pulsetrak say my heart rate is high? Is Talkwell covered by insurance? ' +
      'Are Strideon shoes good for plantar fasciitis? What is the Brightwater Clinic diet?';
    expect(await blocked(text)).toEqual([]);
  });

  it('does not block a surname after "a", but does block a full name there and an owned given name', async () => {
    expect(await blocked('What is the recovery time after a Whipple?')).toEqual([]);
    expect(await blockedTexts('Have you been to a Marisol Quintero concert? My Jennifer is sick.')).toEqual([
      'Marisol Quintero',
      'Jennifer',
    ]);
  });

  it('still finds a town said to be good for a complaint', async () => {
    expect(await blockedTexts('Is Bozeman good for people with asthma?')).toEqual(['Bozeman']);
  });
});

describe('faith and medicine in talk', () => {
  it('reads Mother Mary, Mass and the Bible as faith, but "my mother Mary" as her mother', async () => {
    expect(
      await blocked('Client: I pray to Mother Mary every night. I went to Mass and to Bible study.'),
    ).toEqual([]);
    expect(await blockedTexts('Client: My mother Mary called again.')).toEqual(['Mary']);
  });

  it('reads a church by its denomination as no person, but keeps a named church and its town', async () => {
    const text =
      'Client: Lutheran has been a big part of it for me. Baptist has been too. We go to First Baptist of Caldwell Falls.';
    expect(await blockedTexts(text)).toEqual(['First Baptist', 'Caldwell Falls']);
  });

  it('reads a word with a capital inside after a first part of four letters as a brand, but keeps two given names run together', async () => {
    const text = 'Client: GlowStride has been great for my knees. My sister MaryAnn keeps calling.';
    expect(await blockedTexts(text)).toEqual(['MaryAnn']);
  });

  it('drops a hedging "kind of," so that the activity after "doing" is seen', async () => {
    expect(await blocked('Client: I started doing kind of, Pilates on Tuesdays.')).toEqual([]);
  });

  it('reads a state code after a town and a comma as the state, not someone spoken to', async () => {
    const text = 'Client: My mom is still in Franklin, KY. How did that feel, Deshawn?';
    expect(await blockedTexts(text)).toEqual(['Franklin', 'Deshawn']);
  });

  it('reads a brand switched to from another medicine, or said to be making someone feel a way, as medicine', async () => {
    const text =
      'Client: They switched me from sertraline to Quvexta. I think the Dorvanel is making me tired.';
    expect(await blocked(text)).toEqual([]);
  });

  it('reads a brand someone is on, two brands weighed, a brand instead of care and a brand of salt as no one', async () => {
    const text =
      'Can I have a beer while on Trevolix? What is the difference between Sorvanta and Mederyn? ' +
      'The nurse suggested Pelquor instead of a colonoscopy. Is Lenhaven good exercise for arthritis? ' +
      'Are Dunmore salts okay in a bath?';
    expect(await blocked(text)).toEqual([]);
  });

  it('reads medicine kept in a bag, an instrument by its title and a code before "score" as no identifier', async () => {
    const text =
      'Client: I keep Velnarix in my bag, just in case.\n' +
      'Note: history of the Wiltshire Anxiety Inventory. CHA2DS2-VASc score of 3, PHQ9 score 14.';
    expect(await blocked(text)).toEqual([]);
  });

  it('still finds a child kept home and a licence plate standing alone', async () => {
    const text = 'Client: I keep Oisin home on Fridays. The car with plate 7KXR214 was parked outside again.';
    expect(await blockedTexts(text)).toEqual(['Oisin', '7KXR214']);
  });

  it('still finds a person beside the same slots', async () => {
    const text =
      'While on vacation in Tillamook my son Oisin fell. My wife Adaeze chose between physical ' +
      'therapy and surgery. Can Dr. Halvorsen see me instead of a new doctor?';
    expect(await blockedTexts(text)).toEqual(['Tillamook', 'Oisin', 'Adaeze', 'Halvorsen']);
  });

  it('reads capitalized words right before a condition as its name, whatever lists hold them', async () => {
    const text =
      'Which antibody is found in Graves disease? Is the Quillan criteria score useful here? ' +
      'How is Rocky Mountain spotted fever treated? What is the Dorvane sign?';
    expect(await blockedTexts(text)).toEqual([]);
  });

  it('keeps a person before a head noun that is also a verb, and a given name before an illness', async () => {
    const text =
      'Did Marcus test positive? Have Jenna sign the consent. As Corbin Fenwright points out, it works. ' +
      'Maria fever broke last night.';
    expect(await blockedTexts(text)).toEqual(['Marcus', 'Jenna', 'Corbin Fenwright', 'Maria']);
  });

  it('reads a brand by more questions only medicine is asked, and one written as two words run together', async () => {
    const text = [
      'Is it normal to feel nauseous on Velquora the first weeks?',
      'How long does Trabiset take to work for a migraine?',
      'Can Ondriva raise blood pressure?',
      'Will Pelmaxa make me gain weight?',
      'Can Sorvenza be used if I have high blood pressure?',
      'Does Quelmira increase the risk of infections?',
      'Is Brivolt or Dexra better for weight loss with diabetes?',
      'Is Fitlo30 safe for someone with kidney disease?',
      'Should I worry if my Zenvo ring says my temperature is up?',
      'Can I use my FSA for Yarrowfit classes?',
      'Can MyChart show me my lab results?',
    ].join(' ');
    expect(await blockedTexts(text)).toEqual([]);
  });

  it('keeps people in the same kinds of questions', async () => {
    const text = [
      'Did Priya test positive for strep?',
      'Is it normal for Marisol to feel tired on Lexapro?',
      'Will Derek make me pay for the damage?',
      'Is Corwin or Jasper better at math?',
      'I saw DeShawn and LaToya at the clinic.',
    ].join(' ');
    expect(await blockedTexts(text)).toEqual([
      'Priya',
      'Marisol',
      'Derek',
      'Corwin',
      'Jasper',
      'DeShawn',
      'LaToya',
    ]);
  });

  it('reads an eponym with a spoken hedge before its head noun as the condition', async () => {
    const text = "My mom has Lyme like, disease, so I worry. My dad has Huntington's honestly, disease.";
    expect(await blockedTexts(text)).toEqual([]);
  });

  it('reads a word tried for health, or named by brand, as medicine, and keeps someone tried', async () => {
    const text =
      'Has anyone tried Veltrina after bariatric surgery? Is it okay to switch from brand Orvessa to the generic?';
    expect(await blockedTexts(text)).toEqual([]);
    expect(await blockedTexts('I tried Kendra but she was busy.')).toEqual(['Kendra']);
  });

  it('reads a brand asked about before it, or said to be a kind of medicine, as medicine', async () => {
    const text =
      'What is the mechanism of action of Torvalex? How effective is Quennara? Is Bravimab a chemotherapy? ' +
      'What are the contraindications of Lystrel? Is Ondravex a blood thinner?';
    expect(await blockedTexts(text)).toEqual([]);
    expect(
      await blockedTexts('Is Keisha a nurse or a doctor? How effective is Dr. Okafor with new patients?'),
    ).toEqual(['Keisha', 'Okafor']);
  });

  it('reads an eponym before the kind of test, and a condition a medicine works for, as medicine', async () => {
    expect(
      await blockedTexts('What is the Marwick scratch test? How does Quennara work for Tolliver disease?'),
    ).toEqual([]);
    expect(await blockedTexts('Did Marcus stress test the new app?')).toEqual(['Marcus']);
  });

  it('reads a workout judged for everyday aches or as too intense after surgery as no one', async () => {
    expect(
      await blockedTexts('Is Stridelo good for back pain? Is Kettleburn too intense after surgery?'),
    ).toEqual([]);
    expect(await blockedTexts('Is Marisol good for the night shift?')).toEqual(['Marisol']);
  });

  it('reads what someone tested positive for, was diagnosed with or vaccinated against as an illness', async () => {
    const text =
      'My son tested positive for Vorlaxia yesterday. She was diagnosed with Quenfield syndrome. ' +
      'Is the shot against Drennow worth it? How long are symptoms of Vorlaxia contagious?';
    expect(await blockedTexts(text)).toEqual([]);
    expect(await blockedTexts('I caught it from Jordan, he tested positive for it.')).toEqual(['Jordan']);
  });

  it('reads through a spoken hedge before an activity or a kept medicine, and a medicine said twice', async () => {
    const text =
      'Client: I started doing like, Stridelo on Mondays. I keep so, Velnarix in my bag. ' +
      'I keep Orvessa- Orvessa in my purse, just in case.';
    expect(await blockedTexts(text)).toEqual([]);
    expect(await blockedTexts("Client: I keep Marisol's number in my bag.")).toEqual(['Marisol']);
  });

  it('reads more of what a patient asks only of a medicine, with brands no list holds', async () => {
    const text =
      'My doctor wants me on Velquora. Does Tresmiva weaken your immune system? Can you drink coffee on ' +
      "Dornavex? Will Caprelto show up on a drug test? Brennix didn't touch my migraine, should I try " +
      'something else? Is Ostrelle a hormone? Corvanta shortage again, what are people switching to? ' +
      'Zelmora vs Quintavo, is the pill as good as the shot?';
    expect(await blockedTexts(text)).toEqual([]);
    // People set against each other, and someone whose list a person is put on, stay people.
    expect(
      await blockedTexts("Kessler vs Dunmore, who got the better shot? They put me on Marisol's list."),
    ).toEqual(['Kessler', 'Dunmore', 'Marisol']);
  });

  it('reads a drug-like word no list holds, in a question about health or paying for medicine, as medicine', async () => {
    const text =
      "Insurance denied Velnarix, what's a cheaper alternative?\nDornavex and weight gain, anyone?\n" +
      'Lystrel made my blood pressure drop too low. What now?';
    expect(await blockedTexts(text)).toEqual([]);
    // Someone spoken to, and initials, are not read so; nor is a name a list holds.
    expect(await blockedTexts('How did that feel, Ondravex? Can you say more about the pain?')).toEqual([
      'Ondravex',
    ]);
    expect(await blockedTexts('Can Marisol take ibuprofen with her inhaler?')).toEqual(['Marisol']);
  });

  it("reads one's own eponym before an adverb, and a brand that isn't working before talk of the dose", async () => {
    const text =
      "My shots were approved for my Crohn's finally! Quennara isn't working after 4 months, " +
      'should I increase the dose?';
    expect(await blockedTexts(text)).toEqual([]);
    expect(
      await blockedTexts("Jake isn't working right now, should I worry? I saw my Jake's friend finally."),
    ).toEqual(['Jake', 'Jake']);
  });

  it('reads an eponym the medical list holds, and one after an article and an adjective, as the condition', async () => {
    const text =
      'How long does Bell palsy last? What does a high Gleason score mean? ' +
      'Is a positive Tinel sign bad? Is the modified Rankin scale used after a stroke?';
    expect(await blockedTexts(text)).toEqual([]);
    // What a person has, and a test a person takes, keep the person.
    expect(await blockedTexts('Did Mark test positive?')).toEqual(['Mark']);
    expect(await blockedTexts('Maria fever broke last night.')).toEqual(['Maria']);
  });

  it('reads what is weighed against a medicine, and a medicine in short supply, as medicine', async () => {
    const text =
      'Is Velnarix better than Dornquist for cluster headaches?\nWhy is Zelmoracin in short supply?';
    expect(await blockedTexts(text)).toEqual([]);
    // People are compared too.
    expect(await blockedTexts('Is Kessler better than Marisol at chess?')).toEqual(['Kessler', 'Marisol']);
  });

  it('reads a genus before its species, a part named "of" someone and a named cycle as no person', async () => {
    const text =
      'Is Candida auris spreading in hospitals? What does the Loop of Henle do? Where is the Circle of ' +
      'Willis? How does the Krebs cycle work? What is the Mini-Mental State Examination?';
    expect(await blockedTexts(text)).toEqual([]);
    // "of" after an everyday word, and a person before a lower-case word, stay people.
    // A medicine in lower case after someone is no species; a road named "of" a place is no body part.
    expect(await blockedTexts('I gave Kaylee motrin last night.')).toEqual(['Kaylee']);
    expect(await blockedTexts('We drove the Ring of Kerry last summer.')).toEqual(['Kerry']);
    expect(await blockedTexts('I went with the sister of Marisol. I saw Kessler yesterday.')).toEqual([
      'Marisol',
      'Kessler',
    ]);
  });

  it('reads a brand after the kind of medicine it is, or asked to be the same drug as another, as medicine', async () => {
    const text =
      'Does Medicaid cover the shingles vaccine Zostavir? My doctor mentioned a new drug called Pelmavo. ' +
      'Are Velnarix and Dornquist the same type of drug? Is Quelbrix required before a hospital visit? ' +
      'How do you do the Kegel exercise?';
    expect(await blockedTexts(text)).toEqual([]);
    // A listed name after the kind of medicine is someone who took it; people are required to come.
    expect(await blockedTexts('That was the pill Marisol took.')).toEqual(['Marisol']);
    expect(await blockedTexts('Is Dontrell required to come to group?')).toEqual(['Dontrell']);
  });

  it('counts no day of the week as medicine: a rare name before "on Saturday" stays a name', async () => {
    // The medical-terms list holds the calendar too; a name that looks like a drug was taken for one
    // beside "Saturday".
    expect(
      await blockedTexts('We have lunch with Dameon on Saturday. I see Dameon on saturday too.'),
    ).toEqual(['Dameon', 'Dameon']);
  });

  it('keeps a rare name that faintly looks like medicine where the sentence says a person, beside everyday words the medical list holds', async () => {
    expect(await blockedTexts('I met Dameon at the foundation gala.')).toEqual(['Dameon']);
  });

  it('reads both sides of a switch between medicines, a kept medicine after a stutter, and test letters before a credential', async () => {
    const text =
      'The doctor switched me from zelnorin- zelnorin to Quelbrix. Tingling since switching from Velnarix ' +
      'to Dornquist. I keep Pelmavo in- in my bag.\nAssessment: LDL, PA, history of reflux.';
    expect(await blockedTexts(text)).toEqual([]);
    // Care by people is switched too; a name before a credential stays one.
    expect(
      await blockedTexts('They switched me from Dr. Kessler to Dontrell. Seen by Marisol Kent, PA.'),
    ).toEqual(['Kessler', 'Dontrell', 'Marisol Kent']);
  });

  it('reads an insurer by the care it covers or the referral it requires, and a drink, a supplement and a diet by brand', async () => {
    const text =
      'Does Cigna cover Zostavir? Does Kaiser cover physical therapy, or does Kaiser require a referral? ' +
      'Can I drink Gatorade with the stomach flu? Can Kirkland fish oil interfere with Plavix? ' +
      'Is the Cleveland Clinic diet legit?';
    expect(await blockedTexts(text)).toEqual([]);
    // Shifts and rent are covered by people; what someone ate of someone's is theirs.
    expect(await blockedTexts('Will Dontrell cover my shift? Does Kessler cover the rent?')).toEqual([
      'Dontrell',
      'Kessler',
    ]);
    // A drink's brand is asked about; a drink made for someone is theirs.
    expect(await blockedTexts('Does Lipton tea have caffeine? Is Lipton green tea good for you?')).toEqual(
      [],
    );
    expect(await blockedTexts('I made Kessler coffee this morning.')).toEqual(['Kessler']);
    expect(await blockedTexts("We ate Kessler's lasagna. We moved to Kirkland last year.")).toEqual([
      'Kessler',
      'Kirkland',
    ]);
  });

  it('reads brands compared in a question, asked of a kind only medicine is, or interacting beside health talk, as medicine', async () => {
    const text =
      'Does Velnarix work faster than Brimora? Is Quelbrix weaker than Zostavir? Is Pelmavo stronger than ' +
      'Tolvexa? Does Pelmavo protect the kidneys? Does turmeric interact with Brimora? Is Tolvexa an ' +
      'anticonvulsant? Does Weight Watchers work better than Brimora for people with prediabetes? Does Aetna ' +
      'require prior authorization for Brimora? Is the Zostavir booster different from the Kelbrin one? ' +
      'Is the Kelbrin sock worth it for a preemie? Is Tarvelin legit for anxiety meds?';
    expect(await blockedTexts(text)).toEqual([]);
    // Rare given names are compared and interact too, where neither looks like a drug or health is unsaid.
    expect(
      await blockedTexts(
        "Is Kamari stronger than Kessington? My daughter won't interact with Kessington in class.",
      ),
    ).toEqual(['Kamari', 'Kessington', 'Kessington']);
    expect(await blockedTexts('I liked the Okafor apartment better than the Bellamy one.')).toEqual([
      'Okafor',
      'Bellamy',
    ]);
  });

  it('reads an insurer care is covered by, a possessive eponym asked of or before a health matter, and eponyms before a procedure', async () => {
    const text =
      "Is Pelmavo covered for weight loss by Blue Cross? Can Raynaud's be a sign of lupus? Is Pelmavo used " +
      "for Parkinson's hallucinations? My doctor mentioned Mohs surgery for a spot on my nose. What is " +
      'Nissen fundoplication recovery like? Which leukemia has Auer rods? Is a Kelbrin patch as good as a ' +
      'Holter monitor? Can my employer ask why I need leave under the ADA?';
    expect(await blockedTexts(text)).toEqual([]);
    // A shift is covered by someone; a person's possessive names a thing before a verb; a name after a title.
    expect(
      await blockedTexts(
        "My shift was covered by Brannigan. Can Amos's be ready by Friday? Mr. Carver's class is fun.",
      ),
    ).toEqual(['Brannigan', 'Amos', 'Carver']);
    // A country's guidelines are no disease's; a name in capitals with no article is still a name.
    expect(await blockedTexts("What do Norway's guidelines say? I told ADA about it.")).toEqual([
      'Norway',
      'ADA',
    ]);
  });

  it('reads a medicine through the stutters and hedges of speech, and the second of two a patient is on', async () => {
    const text =
      'Client: I am on Velnarix and Tolvexa now. Any side effects from the the Zostavir? They switched me, ' +
      'you know, from Velnarix to Nexudra. The doctor switched me from yeah, Vistaril to Brimora. I keep ' +
      'Pelmavo in my kind of, bag. My numbers are still high. What else can I do besides Kelbrin?';
    expect(await blockedTexts(text)).toEqual([]);
    // Two people taken somewhere, and someone who says how a medicine shows.
    expect(
      await blockedTexts(
        "I'm taking Jenna and Kessington to the park. I am on Zoloft and Marisol says it shows. I have no one besides Kessington.",
      ),
    ).toEqual(['Jenna', 'Kessington', 'Marisol', 'Kessington']);
  });

  it('reads a brand no list holds, asked about in a short question with health talk, as medicine; a cued name stays someone', async () => {
    const text =
      'Is Travexol okay with my daily probiotic? Can psoriasis be treated with Dermavance or not? ' +
      'Is it normal to feel a pop when the Qorvina is put in? My arm is bruised.';
    expect(await blockedTexts(text)).toEqual([]);
    // A relation, a title or a verb only a person takes still says who is meant; a long text is talk.
    expect(
      await blockedTexts(
        'Is my son Travexol okay with his new inhaler? Dr. Qorvina said the rash is eczema.',
      ),
    ).toEqual(['Travexol', 'Qorvina']);
  });

  it('reads a medicine said in parentheses to be one, or said to be sold over the counter, whatever name it shares', async () => {
    expect(
      await blockedTexts(
        'Is Marisol (the mini pill) still effective if I take it late? Is Delphine available over the counter?',
      ),
    ).toEqual([]);
    // A person needs a prescription as well as anyone: that alone says nothing.
    expect(await blockedTexts('Jake (my son) has a rash. Does Marisol need a prescription?')).toEqual([
      'Jake',
      'Marisol',
    ]);
  });

  it('reads a method by its author after "the", before a worksheet, a handout or "one"', async () => {
    const text =
      'Therapist: Let us keep using the Halvorsen diary card, and try the Okonkwo three breaths exercise. ' +
      'Last week we did the thought record, the Lindqvist one.';
    expect(await blockedTexts(text)).toEqual([]);
    // Without the article the surname is someone's.
    expect(await blockedTexts('Therapist: Did Halvorsen give you the worksheet?')).toEqual(['Halvorsen']);
  });

  it("reads an author's own stages or tasks, and a method's terms, as the method; a titled person's as theirs", async () => {
    const text =
      "Supervisor: Where are you in Brandauer's eight phases? In Quillfeather terms, that is a rupture. " +
      "Consultant: Then go back to Ostrowe's tasks of grieving.";
    expect(await blockedTexts(text)).toEqual([]);
    expect(await blockedTexts("Clinician: Dr. Brandauer's stages were on the handout.")).toEqual([
      'Brandauer',
    ]);
    // What else someone owns stays theirs.
    expect(await blockedTexts("Client: I was boxing up Okafor's stuff for the move.")).toEqual(['Okafor']);
  });

  it("reads a given name's possessive before what a person has as hers, not an eponym", async () => {
    expect(
      await blockedTexts("I picked up the amoxicillin for Zoe's ear infection and she spit it up."),
    ).toEqual(['Zoe']);
    expect(await blockedTexts("Is Bell's palsy permanent?")).toEqual([]);
  });

  it('reads a score by its added parts, a chart by its town, and a tendon owned as no one', async () => {
    const text =
      'What does Harwick 3+4 mean on a biopsy? Exeter stool chart type 5 every day, should I worry? ' +
      'I tore my Achilles years ago. Is it possible to get shingles twice even after Varizonet?';
    expect(await blockedTexts(text)).toEqual([]);
    // A common given name before a sum is a child doing sums.
    expect(await blockedTexts('Jake 3+4 is 7, right?')).toEqual(['Jake']);
  });

  it('reads a brand before the harm it does as medicine, and keeps a name with a prefix and apostrophe', async () => {
    expect(
      await blockedTexts('Travexol diarrhea is brutal, any tips? Is Qorvina recommended at 32 weeks?'),
    ).toEqual([]);
    expect(
      await blockedTexts("Is it safe to fly out with O'Brannagh 3 days after a cardiac ablation?"),
    ).toEqual(["O'Brannagh"]);
  });

  it('reads a brand no list holds as the subject of a short health question, but not someone asked about', async () => {
    const text =
      'Is Travexol the one with the biopsy every month? is Qorvina a stimulant? my son hated Adderall. ' +
      'How soon does Dermavance start working for psoriasis?';
    expect(await blockedTexts(text)).toEqual([]);
    // What a person does or is asked to do after the question's verb keeps them someone.
    for (const question of [
      'Can Kessington take Tylenol for a fever?',
      'Is Jazlynne required to come to the infusion?',
      'Does Daelyn have asthma?',
    ])
      expect(await blockedTexts(question)).toHaveLength(1);
  });

  it('reads a pet by its kind, a method by its author before "thing" and an adjective made from a name as no one', async () => {
    const text =
      "Client: Pumpernickel, that's the cat, sleeps on my chest. uh, Rascal — that's the dog — gets me up. " +
      'my dog Tofu chewed the couch. We did the Halvorsen thing, then the Brautigam-Lenz stuff, and the ' +
      "Okonkwo's hierarchy worksheet. The Lindqvistian reframe and Halvorsenic questioning helped.";
    expect(await blockedTexts(text)).toEqual([]);
    // A person named beside an animal, a household's plural, and a name stuttered over stay people.
    expect(
      await blockedTexts(
        'Maria, that is my sister, walked the dog. The Jenkins thing was awkward. Chris-Christian came.',
      ),
    ).toEqual(['Maria', 'Jenkins', 'Chris-Christian']);
  });

  it('finds someone set off by dashes and a relation', async () => {
    expect(
      await blockedTexts(
        'Client: Kateryna — my mom — she came over in 2022. Joy — my wife, Joy — wants the move.',
      ),
    ).toEqual(['Kateryna', 'Joy', 'Joy']);
    expect(await blockedTexts('Honestly — my mom is fine.')).toEqual([]);
  });

  it('reads brands asked about without a question mark, the other of two asked about, and one given IV', async () => {
    const text =
      'is Travexol like Wellbutrin or totally different for depression. ' +
      'Is Dermavance the weekly shot for eczema or is that Qorvina? Is Lumivex given IV only?';
    expect(await blockedTexts(text)).toEqual([]);
    // A person is asked about the same way and keeps a person's predicate.
    expect(await blockedTexts('does Daelyn have asthma or is it just a cold')).toEqual(['Daelyn']);
  });

  it('reads a word a town list holds as medicine where it is measured against a drug, every time it is said', async () => {
    // "Mendota" is a town's name on the place list; compared with a generic drug it is a brand here.
    const text = 'Is Mendota stronger than tramadol? My dentist gave me Mendota after an extraction.';
    expect(await blockedTexts(text)).toEqual([]);
    expect(await blockedTexts('Is oxycodone more addictive than Mendota?')).toEqual([]);
    // Places and people are measured against each other, not against medicine.
    expect(await blockedTexts('Is Mendota cheaper than Fresno to live in?')).toEqual(['Mendota', 'Fresno']);
  });

  it('reads short capitals in a health question as initials, and an eponym asked what it is as the condition', async () => {
    expect(await blockedTexts('How is MODY different from type 2 diabetes? My A1c keeps rising.')).toEqual(
      [],
    );
    expect(await blockedTexts("Is Raynaud's something I should see a rheumatologist for?")).toEqual([]);
    // A name in capitals that the sentence makes someone stays a name.
    expect(await blockedTexts('Should I tell my son KEVIN about my diabetes diagnosis?')).toEqual(['KEVIN']);
  });

  it('reads a name ending in a word only organizations end in, or "Health" before a plan, as the insurer', async () => {
    const text =
      'Should I stay with Brenner Permanente or switch? Does Calloway Rx do mail order? ' +
      'Are Oscar Health plans any good for asthma?';
    expect(await blockedTexts(text)).toEqual([]);
    // A hospital named "… Health" is still where someone was, and a title still says person.
    expect(await blockedTexts('I had my surgery at Larkin Health last year')).toEqual(['Larkin Health']);
    expect(await blockedTexts('Dr. Brenner Permanente called')).toEqual(['Brenner']);
    // Where someone works is a place, whatever the firm's last word.
    expect(await blockedTexts('My boss at Pemberton Insurance called me into her office')).toEqual([
      'Pemberton Insurance',
    ]);
  });

  it('keeps a park walked through as a place, though a health word is near', async () => {
    const text = 'We were walking through Linden Park and I had a panic attack, then sat on the curb.';
    expect(await blockedTexts(text)).toEqual(['Linden Park']);
  });

  it('reads a brand no list holds anywhere in a question about health, or offered as one of two, as medicine', async () => {
    const text = 'Is Dalvenna working if his sweat chloride went down but his FEV1 is the same?';
    expect(await blockedTexts(text)).toEqual([]);
    expect(await blockedTexts('Is Ozzuvi or Plenaxo actually good for reading up close?')).toEqual([]);
    // People asked about keep what is said of them, and a name beside another is read by its company.
    expect(await blockedTexts('My MRI is Friday. Should I text Jazlynne or Kessington tonight?')).toEqual([
      'Jazlynne',
      'Kessington',
    ]);
  });

  it('reads a brand named in parentheses after its kind, and keeps a place in a question that names no health matter', async () => {
    expect(await blockedTexts("Is oral minoxidil safe for women? I'm on birth control (Velda).")).toEqual([]);
    // "linked" and "apt" are on the medical list too, but say nothing of health.
    const text =
      'Where should my statements go now that the account linked to my phone lists 7 Orchard Lane Apt. 2, Kravonice?';
    expect(await blockedTexts(text)).toContain('Kravonice');
  });

  it("reads a maker and its model in a question about health as a product, and keeps a person's full name", async () => {
    expect(
      await blockedTexts('Are OTC hearing aids like Zorvia Enhance good enough for mild hearing loss?'),
    ).toEqual([]);
    expect(await blockedTexts('Does Quillmark Plan G cover dialysis after an inpatient stay?')).toEqual([]);
    expect(await blockedTexts('Kayla Stone had a seizure, should I worry?')).toEqual(['Kayla Stone']);
    // A firm's or a place's last word is no model: "… General" is the hospital.
    expect(await blockedTexts('They sent my mom to Lahoma General with chest pain, is that normal?')).toEqual(
      ['Lahoma General'],
    );
  });

  it('reads a brand opening a health post as medicine where it does something to the writer, not someone named again as "he"', async () => {
    expect(await blockedTexts('Velmora gave me hives for a week. Is that an allergy?')).toEqual([]);
    expect(
      await blockedTexts('Tresivon has me running to the bathroom all day. Is there a lower dose?'),
    ).toEqual([]);
    expect(
      await blockedTexts('Jaxtyn gave me his cold and now my sinuses hurt. How long does it last?'),
    ).toEqual(['Jaxtyn']);
  });

  it('reads what someone is on, or lost weight on, as treatment, and an eponym had by someone as the disease', async () => {
    expect(await blockedTexts('Lost 20 lbs on Quorvex and now my hair is thinning. Normal?')).toEqual([]);
    expect(await blockedTexts("She's been on Quorvex for her migraines since May")).toEqual([]);
    expect(await blockedTexts("How often should someone with Hashimoto's get their TSH checked?")).toEqual(
      [],
    );
    expect(await blockedTexts("Huntington's runs in my family. Should I get tested?")).toEqual([]);
    expect(await blockedTexts("Skyrizi for Crohn's, how long until it starts working?")).toEqual([]);
  });

  it('finds a word-name set off before an in-law', async () => {
    expect(await blockedTexts('Bill, my father-in-law, started Flomax and fainted. Is that common?')).toEqual(
      ['Bill'],
    );
  });

  it("reads the medical list's compounds written apart, and an eponym's possessive typed without its apostrophe", async () => {
    expect(await blockedTexts('is charcot marie tooth inherited? my son has high arches')).toEqual([]);
    expect(await blockedTexts('My aunt had Guillain Barre after the flu. Is it contagious?')).toEqual([]);
    expect(await blockedTexts('Newly diagnosed with Crohns at 19. What should I eat?')).toEqual([]);
    expect(await blockedTexts('The Barretts next door brought soup when I had the flu')).toEqual([
      'Barretts',
    ]);
  });

  it('reads a brand beside its generic name in parentheses, and a generic name after any cue, as the drug', async () => {
    expect(await blockedTexts('Is velumab (Trescova) covered for early memory loss?')).toEqual([]);
    expect(await blockedTexts('Is Trescova (velumab) covered for early memory loss?')).toEqual([]);
    expect(
      await blockedTexts(
        'A 30-year-old woman with anhedonia is started on the oral agent fexolone. Which side effect is most likely?',
      ),
    ).toEqual([]);
    expect(await blockedTexts('My neurologist (Kamryn Oduya) wants an MRI. Is that normal?')).toEqual([
      'Kamryn Oduya',
    ]);
  });

  it('reads what one is diagnosed with, what anyone is on, and a place-named instrument as medicine', async () => {
    expect(await blockedTexts("My dad got diagnosed with Barrett's last week. Is it cancer?")).toEqual([]);
    expect(await blockedTexts('PSA for anyone on Quorvex: the pharmacy switched to a new maker')).toEqual([]);
    expect(await blockedTexts("My son's Denver II screening showed a speech delay. What now?")).toEqual([]);
    expect(await blockedTexts('According to the Berlin definition, how severe is her ARDS?')).toEqual([]);
    expect(await blockedTexts('He scored 31 on the Beck Depression Inventory-II. Is that severe?')).toEqual(
      [],
    );
    expect(
      await blockedTexts('A 9-year-old boy previously treated for asthma presents with wheeze.'),
    ).toEqual([]);
    expect(
      await blockedTexts('the neurologist mentioned Zelvora for the weakness. anyone here on it?'),
    ).toEqual([]);
    expect(
      await blockedTexts('my uncle was diagnosed with Lou Gehrigs in march, how fast does it move'),
    ).toEqual([]);
  });

  it('reads an eponym the medical list holds as medicine in a sentence full of medicine that says nothing of a person', async () => {
    expect(
      await blockedTexts(
        'Exam: negative Lachman, positive McMurray, mild effusion; MRI of the knee or PT first?',
      ),
    ).toEqual([]);
    expect(
      await blockedTexts('Risser 2 with a thoracic curve on the scoliosis films; is bracing still useful?'),
    ).toEqual([]);
    expect(await blockedTexts('Cobb angle of 22 degrees at age 12; is a brace needed?')).toEqual([]);
    // A title or a verb of people still makes the word someone's.
    expect(await blocked('Mr. McMurray has knee effusion and an MRI pending.')).toEqual(['PERSON:McMurray']);
  });

  it('reads shorthand with capitals inside it as no name', async () => {
    expect(await blockedTexts('Is a beta blocker started before discharge in HFrEF with a low BP?')).toEqual(
      [],
    );
    expect(await blockedTexts('Our post-op Roux-en-Y patient has new tachycardia; CT angiogram?')).toEqual(
      [],
    );
    expect(await blocked('Last week I met DeShawn at the gym.')).toEqual(['PERSON:DeShawn']);
  });

  it('keeps a place that only the medical list holds where a preposition puts it and no medicine is near', async () => {
    expect(await blocked('Our honeymoon in Santorini was perfect.')).toEqual(['LOCATION:Santorini']);
    expect(await blocked('Road trip from Chicago to LA starts tomorrow!')).toEqual([
      'LOCATION:Chicago',
      'LOCATION:LA',
    ]);
    // A city everyone knows, in the possessive, is no eponym standing alone, nor a possessive one is at.
    expect(await blockedTexts("The best pastry I ever had was in Boston's North End.")).toContain('Boston');
    expect(await blockedTexts("He wanted to grab wings at Duffy's and I said no.")).toEqual(['Duffy']);
  });

  it('reads a name the medical list holds as medicine in a list of medicines by commas, not beside a credential', async () => {
    expect(
      await blockedTexts('The pharmacist sold him Allegra, Zyrtec, and Benadryl for the hives.'),
    ).toEqual([]);
    expect(await blockedTexts('I invited Allegra, Tavion and Marisol over.')).toEqual([
      'Allegra',
      'Tavion',
      'Marisol',
    ]);
  });
});

describe('eponyms joined, bracketed and listed before one head noun', () => {
  it('reads eponyms joined by "and" or "or" before their head as eponyms', async () => {
    expect(
      await blockedTexts('The nurse does the Barlow and Ortolani maneuvers at the newborn visit.'),
    ).toEqual([]);
    expect(await blockedTexts('How does a Smith or Barton fracture differ from a Colles fracture?')).toEqual(
      [],
    );
    expect(await blockedTexts('Are these Chadwick and Hegar signs, and are they probable signs?')).toEqual(
      [],
    );
    // People joined by "and" stay people.
    expect(await blockedTexts('I took Maria and Jose to the test yesterday.')).toEqual(['Maria', 'Jose']);
  });

  it('reads a name in brackets between an eponym and its head as the same test', async () => {
    expect(await blockedTexts('Which joint is implicated by a positive Patrick (FABER) test?')).toEqual([]);
    expect(await blockedTexts('Is the Galeazzi (Allis) sign positive in this infant?')).toEqual([]);
  });

  it('reads a possessive listed before a disease, and said alone later, as that disease', async () => {
    const text =
      "Supervisor: I wondered about Huntington's, Wilson's, Sydenham's chorea, though he is sixty. " +
      "Wilson's at his age would be rare, so check a ceruloplasmin anyway.";
    expect(await blockedTexts(text)).toEqual([]);
  });

  it('reads a speaker label before an eponym as a label, not a title', async () => {
    const text =
      "Client: They kept saying something about Korsakoff's.\nCounselor: Wernicke's encephalopathy, yes.";
    expect(await blockedTexts(text)).toEqual([]);
  });
});

describe('observances, holidays named by a weekday, and things listed in lower case', () => {
  it('reads the meals and prayers of a fast, and a prayer said by name, as no one', async () => {
    const text =
      `${talk}client: so suhoor is around four and then iftar is like seven thirty, then taraweeh ` +
      'at the masjid, and i switched the pill to suhoor and iftar';
    expect(await blockedTexts(text)).toEqual([]);
    expect(
      await blockedTexts(
        'We found out on a Friday, right before Shabbat dinner. We still say Kaddish for him.',
      ),
    ).toEqual([]);
  });

  it("reads feasts of other faiths and countries, and a day's first prayer, as no one", async () => {
    const text =
      'Client: We do the tamales for Nochebuena every year, and then midnight mass. ' +
      'Then Fajr, and I go back to sleep. For Chuseok my aunt cooks for three days.';
    expect(await blockedTexts(text)).toEqual([]);
    expect(
      await blockedTexts(`${talk}client: for eid al adha we visit everybody, and dia de los muertos too`),
    ).toEqual([]);
  });

  it('reads a weekday named as a holiday as the holiday', async () => {
    expect(await blockedTexts('So Ash Wednesday was last week, and I gave up sugar again.')).toEqual([]);
    // (A weekday after a name is when, not the name's second word.)
    expect(await blockedTexts('I told Jessica Friday works for me.')).toEqual(['Jessica']);
  });

  it('reads one capitalized word in a list of lower-case things as a thing', async () => {
    const text =
      'Client: My sister drove up with a cooler. Bulgogi, rice cakes, she made all of it. ' +
      'Partner: I go straight into fixing mode. Spreadsheets, success rates, the next appointment. ' +
      'Client: What did I eat yesterday? Ramen, cereal, that was it.';
    expect(await blockedTexts(text)).toEqual([]);
    // A name set off by a comma beside a noun is someone spoken to.
    expect(
      await blockedTexts(
        'Therapist: Thanks for coming in on short notice, Arjun. Let us play with this a little bit, Daryl.',
      ),
    ).toEqual(['Arjun', 'Daryl']);
  });
});

describe('medicine by how clinical questions and consultations write it', () => {
  it('reads a brand in brackets beside its generic, either way round, as medicine', async () => {
    const text =
      'An older man is on galantamine (Razadyne) and memantine (Namenda). Which effect should the nurse watch for?';
    expect(await blockedTexts(text)).toEqual([]);
    // Brackets beside a relation hold a name.
    expect(await blockedTexts('My best friend (Kaylee) came with me to the visit.')).toEqual(['Kaylee']);
  });

  it('reads an eponym typed without its apostrophe before its head as the eponym', async () => {
    expect(await blockedTexts('er said ludwigs angina and gave him iv antibiotics, is surgery next')).toEqual(
      [],
    );
    expect(
      await blockedTexts('my aunt says to take st johns wort instead of my zoloft, is that safe'),
    ).toEqual([]);
  });

  it('reads a word no list knows right after a medicine as more of its name', async () => {
    expect(await blockedTexts('She is on Abilify Maintena and lithium, and she is doing well.')).toEqual([]);
  });

  it('reads a test done by name, and its result said later, as the test', async () => {
    const text =
      'Supervisor: Any movement side effects since the switch? Did you do a Barnes?\n' +
      'Resident: I did. Barnes was 1, minimal restlessness, no pacing.';
    expect(await blockedTexts(text)).toEqual([]);
  });

  it('reads the eponyms offered as answers to a question about a test or sign as eponyms', async () => {
    expect(
      await blockedTexts('Which test is positive, McMurray or the Apley grind, and what is torn?'),
    ).toEqual([]);
    expect(await blockedTexts('Which criteria diagnose serotonin syndrome, Hunter or Sternbach?')).toEqual(
      [],
    );
    // Common given names offered as answers are people.
    expect(await blockedTexts('Which test did you order for her, Maria or Jose?')).toEqual(['Maria', 'Jose']);
  });
});

describe('what a container holds', () => {
  it('reads a capitalized word after "a bottle of" or "two cans of" as a product', async () => {
    expect(await blockedTexts('I used to go through a bottle of Purell every two days.')).toEqual([]);
    expect(await blockedTexts('She drank two cans of Monster before her shift.')).toEqual([]);
    expect(await blockedTexts('In the case of Marcus, the plan changed.')).toEqual(['Marcus']);
  });
});

describe('an eponym before a head that is also a verb, with no article', () => {
  it('reads the head in its bare form as the noun where nothing before the name makes it a verb', async () => {
    expect(
      await blockedTexts('Allen test before an arterial line in the wrist: what counts as normal?'),
    ).toEqual([]);
    expect(await blockedTexts('Is Homan sign still worth teaching to students?')).toEqual([]);
    // What makes the bare form a verb keeps the person: "did", "have", or what a verb takes after it.
    expect(await blockedTexts('Did Jerome test positive for strep?')).toEqual(['Jerome']);
    expect(await blockedTexts('Have Jenna sign here before she goes.')).toEqual(['Jenna']);
    expect(await blockedTexts('When Mark sign in at the front desk he waits an hour.')).toEqual(['Mark']);
  });
});

describe('what a medicine does to the body', () => {
  it('reads a word no list knows, said to make someone dizzy or short of breath, as medicine', async () => {
    expect(await blockedTexts('Zelvatrin is making me short of breath. Is that common?')).toEqual([]);
    expect(await blockedTexts('Korlimeq has me so nauseous I skip breakfast.')).toEqual([]);
    // People make someone angry or give them a ride.
    expect(await blockedTexts('Keandre is making me crazy this week.')).toEqual(['Keandre']);
    expect(await blockedTexts('Jomari gave me a ride home after work.')).toEqual(['Jomari']);
  });
});

describe('a question labelled by what it is', () => {
  it('reads a label that opens a question nobody speaks as no speaker', async () => {
    expect(
      await blockedTexts('Quizcard: Beck triad is hypotension, distended neck veins and what else?'),
    ).toEqual([]);
    expect(
      await blockedTexts('USMLE: Which finding is most likely in a patient with Addison disease?'),
    ).toEqual([]);
    // A turn that speaks as "I", or a transcript whose other lines are labelled too, is someone's.
    expect(await blockedTexts('Tavi: I could not sleep again last night.')).toEqual(['Tavi']);
  });
});

describe('eponyms, medicines and insurers by what questions ask of them', () => {
  it('reads a head after a verb of its own, and subsets and traction, as the eponym', async () => {
    expect(await blockedTexts('Why are Chance fractures tied to lap belts?')).toEqual([]);
    expect(
      await blockedTexts('Which Forrester subset fits a wedge pressure of 24 and an index of 1.8?'),
    ).toEqual([]);
    expect(await blockedTexts('Which check comes first for a client in Buck traction?')).toEqual([]);
  });

  it('reads a word no list knows, asked to be dispensed or monitored, as medicine', async () => {
    expect(await blockedTexts('Is Quorvelta monitored with echocardiograms every few months?')).toEqual([]);
    expect(await blockedTexts('Pharmacist: can Zintrevo be dispensed without a prescription?')).toEqual([]);
    // Someone is asked after by name in other ways.
    expect(await blockedTexts('Is Keandre coming to group tonight?')).toEqual(['Keandre']);
  });

  it('reads an insurer with the kind of its plan before what it covers', async () => {
    expect(await blockedTexts('Does Molina Medicaid cover eye drops for blepharitis?')).toEqual([]);
  });
});

describe('towns that name medicine, viruses and instruments', () => {
  it('reads a little-known town set against a medicine, or before a serotype or edition, as no place', async () => {
    expect(await blockedTexts('Is Norco or Percocet stronger for a broken wrist?')).toEqual([]);
    expect(
      await blockedTexts('Hand, foot and mouth disease (Coxsackie A16): how long is she contagious?'),
    ).toEqual([]);
    expect(await blockedTexts('Her pediatrician says the Denver II showed a speech delay.')).toEqual([]);
    expect(await blockedTexts('My Aetna plan denied Zelvatrin. How do I appeal?')).toEqual([]);
    // Moving between towns, and "B4" typed for "before", keep the places.
    expect(await blockedTexts('We moved from Norco to Corona last year.')).toEqual(['Norco', 'Corona']);
    expect(await blockedTexts('Meet at Denver B4 the game.')).toEqual(['Denver']);
  });
});

describe('eponyms by a rare surname, an answer letter or the disease "the" owns', () => {
  it('reads a rare surname before a clinical head as the eponym, with or without an article', async () => {
    expect(await blockedTexts('How is Verlasco rule applied to a term pregnancy?')).toEqual([]);
    expect(await blockedTexts('Which study design is prone to Ostrowicz bias?')).toEqual([]);
    expect(await blockedTexts('Smears showed Pettigrue bodies and atypical Brannagh cells.')).toEqual([]);
    // A given name before a verb stays someone.
    expect(await blockedTexts('Did Marcus test positive last week?')).toEqual(['Marcus']);
  });

  it('reads an eponym after an answer letter as it would after an article', async () => {
    expect(
      await blockedTexts(
        'Which explains it? (A) Recall bias (B) Hawthorne effect (C) Regression to the mean',
      ),
    ).toEqual([]);
  });

  it('reads "the Crohn\'s flared" as the disease', async () => {
    expect(await blockedTexts("Patient: Yeah. The Crohn's flared after the holidays.")).toEqual([]);
  });

  it('keeps what one gets through an insurer before "through", not food eaten later in the sentence', async () => {
    expect(
      await blockedTexts(
        'traffic through Waco was awful, sat there forever while the kid next to me ate cereal',
      ),
    ).toEqual(['Waco']);
  });
});

describe('hormones after "in response to" and peoples one descends from', () => {
  it('reads initials after "response to" or "secondary to" as no hospital', async () => {
    expect(
      await blockedTexts('Which cells make testosterone in response to LH, and inhibin in response to FSH?'),
    ).toEqual([]);
  });

  it('reads a people named before "descent" as no person', async () => {
    expect(await blockedTexts('An infant of Ashkenazi Jewish descent has developmental regression.')).toEqual(
      [],
    );
    expect(await blockedTexts('We walked the city of Boston on the heritage trail.')).toEqual(['Boston']);
  });
});

describe('eponyms after "of", before teeth and a shelf, and towns before a medical word', () => {
  it('reads a name after an anatomical part and "of" as its eponym in lower case too', async () => {
    expect(
      await blockedTexts('The circle of Willis was intact. He has tetralogy of Fallot, never repaired.'),
    ).toEqual([]);
    expect(await blockedTexts("Client: She's part of my circle of friends, like Maria.")).toEqual(['Maria']);
  });

  it('reads a name before teeth or a shelf as the sign, and a town opening an answer before a medical word as that word', async () => {
    expect(
      await blockedTexts('A 3-year-old has Hutchinson teeth. Rectal exam shows a Blumer shelf.'),
    ).toEqual([]);
    expect(
      await blockedTexts('Which is most likely? A) Central hypothyroidism B) Lab error C) Coxsackie B virus'),
    ).toEqual([]);
    expect(await blockedTexts('Client: Hutchinson is where my mom lives now.')).toEqual(['Hutchinson']);
  });
});

describe('songs, amounts of a product, and plurals written only in lower case', () => {
  it('reads a quoted run of capitalized everyday words as a title, but a quoted name as someone', async () => {
    expect(
      await blockedTexts('Client: They sang "Amazing Grace," which was the song from her funeral.'),
    ).toEqual([]);
    expect(await blockedTexts('Client: Everyone calls him "Big Mike" at the shop.')).toEqual(['Big Mike']);
  });

  it('reads a capitalized word after "any" or "some" as a product unless it is a given name', async () => {
    expect(
      await blockedTexts('Do you have any Purell on you right now? I bought some Purell today.'),
    ).toEqual([]);
    expect(await blockedTexts('Client: Did you see any Tavon at the party?')).toEqual(['Tavon']);
  });

  it('reads a plural that subtitles write only in lower case as no name opening a sentence', async () => {
    expect(
      await blockedTexts(
        'Client: My husband takes nights on weekends. Weekdays it is all me. Caregivers who burn out end up sick.',
      ),
    ).toEqual([]);
  });
});

describe('titles of books in title case, bodies, and plurals the learned scorer sees', () => {
  it('reads three or more capitalized everyday words inside a sentence as a title, unless every word is a name', async () => {
    expect(await blockedTexts('Client: We did the homework from The Five Love Languages last week.')).toEqual(
      [],
    );
    expect(await blockedTexts("Client: I've been reading Man's Search for Meaning again.")).toEqual([]);
    expect(await blockedTexts('Client: I went with Hope Rose Bell to the store.')).toEqual([
      'Hope Rose Bell',
    ]);
  });

  it('reads a name before "body" as the eponym, and a plural everyday word or a role label as nothing the scorer adds', async () => {
    const text =
      'Psychiatrist: I lean toward Lewy body over the others. People with Lewy body react badly to antipsychotics.';
    expect(await blockedTexts(text)).toEqual([]);
    // The country's name stays a location, as everywhere; "plants" is no place the scorer adds to it.
    expect(await blocked(`${talk}client: marco keeps yelling at us not to touch his chile plants`)).toEqual([
      'PERSON:marco',
      'LOCATION:chile',
    ]);
    expect(
      await blockedTexts('Veteran: Knew what I did.\nClinician: Say more.\nVeteran: And what I did not do.'),
    ).toEqual([]);
  });
});

describe('two-word products, brands in the plural, ranks alone, tests after "the" and names in brackets', () => {
  it('reads two capitalized everyday words, the second no name, as a product unless a cue says person', async () => {
    expect(await blockedTexts('Client: I sent the rent over Cash App and it bounced.')).toEqual([]);
    expect(await blockedTexts('Client: He lost an hour on Candy Crush before bed again.')).toEqual([]);
    expect(await blockedTexts('Client: My aunt Dawn Hill still calls every Sunday.')).toEqual(['Dawn Hill']);
    expect(await blockedTexts('Client: We ran into Hope Bell at the pharmacy.')).toEqual(['Hope Bell']);
    expect(await blockedTexts('Client: The Browns next door are loud.')).toEqual(['Browns']);
  });

  it('reads a brand in the plural as its products, and a rank no one is named as no one', async () => {
    expect(
      await blockedTexts('Child: Can we build with the Legos now?\nTherapist: Sure, grab the Legos.'),
    ).toEqual([]);
    expect(await blockedTexts('Veteran: That Sarge told us the road was clear.')).toEqual([]);
    expect(await blockedTexts('Client: My buddy Sarge drove me to group.')).toEqual(['Sarge']);
  });

  it('reads a listed eponym after "the" that ends its phrase as the test, and a name in brackets by a head as the eponym', async () => {
    expect(
      await blockedTexts('Intern: The Wechsler came back with scores in the low average range.'),
    ).toEqual([]);
    expect(await blockedTexts('Intern: We stopped at the Becker house on the way.')).toEqual(['Becker']);
    expect(
      await blockedTexts('Which diagnostic criteria (Rotterdam) fit this picture of irregular cycles?'),
    ).toEqual([]);
    expect(
      await blockedTexts('What Bethesda category fits a follicular lesion of undetermined significance?'),
    ).toEqual([]);
    expect(await blockedTexts('We moved to Bethesda last spring.')).toEqual(['Bethesda']);
  });

  it('reads a title alone, a vertebra after "at" and initials joined by "&" as no one and nowhere', async () => {
    expect(
      await blocked('Father: The counselor, Ms. Adebayo, called. If Ms. Adebayo can come, good.'),
    ).toEqual(['PERSON:Adebayo', 'PERSON:Adebayo']);
    expect(
      await blockedTexts('A stab wound left a hemisection of the cord at T10; which deficits follow?'),
    ).toEqual([]);
    expect(await blockedTexts('Client: I had to call PG&E about the shutoff notice.')).toEqual([]);
  });
});

describe('a town before a head that is a verb, a town named by its crews, and a modal that is a husband', () => {
  it('reads a town before a verb taking an object as the town, and a town before its paramedics as the town', async () => {
    expect(
      await blockedTexts('A nurse in Tahlequah screens a 60-year-old man for diabetes. What is next?'),
    ).toEqual(['Tahlequah']);
    expect(await blockedTexts('The Edinburgh screen was positive at six weeks postpartum.')).toEqual([]);
    expect(await blockedTexts('The Fargo paramedics bring in a 30-year-old woman after a fall.')).toEqual([
      'Fargo',
    ]);
  });

  it('finds a modal given name after "my husband" before a past tense', async () => {
    expect(
      await blockedTexts('hi all, my husband will had a seizure at work yesterday, is that normal?'),
    ).toEqual(['will']);
    expect(await blockedTexts('my husband will have to stop driving, right?')).toEqual([]);
  });
});

describe('labels shaped as roles, care had at a place by name, and a town before its verb and a name', () => {
  it('reads labels shaped as roles as no one, but keeps first names that label turns', async () => {
    const session = (label: string) =>
      `${label}: How did the week go for you?\nClient: It was fine, mostly.\n${label}: Tell me more about that.\n` +
      `Client: Not much to say.\n${label}: Okay, we can come back to it.\n`;
    for (const role of ['Mediator', 'Examinee', 'Coparent', 'Reader', 'Younger'])
      expect(await blockedTexts(session(role))).toEqual([]);
    expect(await blockedTexts(session('Jaxon'))).toEqual(['Jaxon', 'Jaxon', 'Jaxon']);
  });

  it('finds where care is had by a capitalized name, not a time, and a town before a verb and a name', async () => {
    expect(
      await blockedTexts('Client: The surgeon wants a second opinion at Vanterra before we decide.'),
    ).toEqual(['Vanterra']);
    expect(await blockedTexts('Client: I have an appointment at Noon on Friday.')).toEqual([]);
    expect(
      await blockedTexts('A nurse in Tahlequah screens Della Smith for diabetes. What test comes first?'),
    ).toEqual(['Tahlequah', 'Della Smith']);
  });
});

describe('street names of drugs, words said aside in other languages, and kin after "my"', () => {
  it('reads a drug by a street name that is a given name as the drug, but not someone taken somewhere', async () => {
    expect(await blockedTexts('Client: We were doing molly most weekends and popping roxy after.')).toEqual(
      [],
    );
    expect(await blockedTexts('Client: I took Molly at the festival and felt awful for days.')).toEqual([]);
    expect(await blockedTexts('Client: I took Molly to the vet on Friday.')).toEqual(['Molly']);
    expect(await blockedTexts('Client: My sister Molly came to group with me.')).toEqual(['Molly']);
  });

  it('reads blessings, Spanish asides and kin after "my" as no one', async () => {
    expect(await blockedTexts('Client: Inshallah it gets better. Pues, whatever, Hermano.')).toEqual([]);
    expect(await blockedTexts('Client: Welp, that happened. My Lola used to make us ginger tea.')).toEqual(
      [],
    );
    expect(await blockedTexts('Client: My friend Lola called me last night.')).toEqual(['Lola']);
  });
});

describe('practices, peoples, makes, fellowships, greetings and a season are no one', () => {
  it('reads a mind-body practice, a people described and a car owned as no one', async () => {
    expect(
      await blockedTexts(
        'My physical therapist thinks qigong or Tai Chi would help my balance. She also suggested a Zumba class.',
      ),
    ).toEqual([]);
    expect(
      await blockedTexts('A 29-year-old Ashkenazi Jewish man asks about carrier screening before IVF.'),
    ).toEqual([]);
    expect(
      await blockedTexts('He still drives his old Buick to the lake, and she sold her Subaru last spring.'),
    ).toEqual([]);
  });

  it('reads a fellowship, a holiday greeting, a Spanish holiday, a spelled blessing and a titled brand as no one', async () => {
    expect(await blockedTexts('He went through Debtors Anonymous last year and it helped.')).toEqual([]);
    expect(await blockedTexts('Eid Mubarak to everyone celebrating this week!')).toEqual([]);
    expect(await blockedTexts('We set up the Día de los Muertos altar in the living room.')).toEqual([]);
    expect(
      await blockedTexts('He just says, "Insha\'Allah, it works out," and changes the subject.'),
    ).toEqual([]);
    expect(await blockedTexts('Drank a Dr Pepper on the porch and came back in.')).toEqual([]);
    expect(await blockedTexts('I saw Dr. Pepper at the clinic on Tuesday.')).toEqual(['Pepper']);
  });

  it('reads a brand beside an everyday medicine, a state calling and a season as no one', async () => {
    expect(await blockedTexts('She was discharged on Eliquis and aspirin after the stent.')).toEqual([]);
    expect(await blockedTexts('Mom calls from Ohio every Sunday.')).toEqual([]);
    expect(await blockedTexts("Summer's always the hardest season for me.")).toEqual([]);
    expect(await blockedTexts("Summer's been staying with us since the fire.")).toEqual(['Summer']);
  });
});

describe('instruments by their results, services, stages, languages and faiths in consultations', () => {
  it('reads an instrument named for its author or its university by its score, sign or being given', async () => {
    expect(await blockedTexts("SUPERVISOR: Her Hamilton at intake was a 19, and now it's lower.")).toEqual(
      [],
    );
    expect(await blockedTexts('CLINICIAN: I did the Columbia. No plan, no intent.')).toEqual([]);
    expect(await blockedTexts('CLINICIAN: Columbia negative again this week, which is a relief.')).toEqual(
      [],
    );
    expect(await blockedTexts('He is Mr. Garcia, and the Garcia boy was a 10 on the pain scale.')).toEqual([
      'Garcia',
      'Garcia',
    ]);
  });

  it('reads an instrument by its responses, and by its result said with a verb or in lower case', async () => {
    expect(await blockedTexts('SUPERVISOR: Write down the Columbia responses word for word.')).toEqual([]);
    expect(
      await blockedTexts(`${talk}clinician: i did it again. columbia was negative. phq was a nine`),
    ).toEqual([]);
    expect(await blockedTexts(`${talk}clinician: no si today. columbia negative`)).toEqual([]);
    // A town people move to stays a town.
    expect(await blockedTexts(`${talk}client: we moved to columbia last year`)).toEqual(['columbia']);
  });

  it('reads a condition\'s possessive typed without its apostrophe after "with" as the condition', async () => {
    expect(
      await blockedTexts(
        `${talk}client: she wishes they had diagnosed her with aspergers when she was a kid`,
      ),
    ).toEqual([]);
    expect(await blockedTexts(`${talk}client: i hang out with tyler on fridays`)).toEqual(['tyler']);
  });

  it('reads a service, a rank, a numbered stage, a form code and a founder before a head as no one', async () => {
    expect(
      await blockedTexts('Fifty-year-old man, Marine Corps veteran, retired as a Chief Petty Officer.'),
    ).toEqual([]);
    expect(await blockedTexts('I met Marine Le Pen once.')).toEqual(['Marine']);
    expect(await blockedTexts('She keeps looping back in Phase 3 of the protocol.')).toEqual([]);
    expect(await blockedTexts('Her EDE-Q global dropped from 4.2 to 3.6.')).toEqual([]);
    expect(
      await blockedTexts(
        "What does Bowen theory say about cutoffs? And Maslow's hierarchy matters here too.",
      ),
    ).toEqual([]);
  });

  it('reads languages, a branch of a faith, "Here\'s Dad", states listed together and a role label as no one', async () => {
    expect(await blockedTexts('The family speaks Pashto and English at home.')).toEqual([]);
    expect(await blockedTexts('I grew up Southern Baptist, and he is Orthodox Jewish.')).toEqual([]);
    expect(await blockedTexts("Here's Dad, the youngest of five.")).toEqual([]);
    expect(await blockedTexts('She has family in two states, Idaho and Georgia, and visits both.')).toEqual(
      [],
    );
    expect(await blockedTexts('Me and Georgia went to the lake.')).toEqual(['Georgia']);
    const labels =
      'POSTDOC: This is the nine-year-old referred by the school.\nPSYCHOLOGIST: Walk us through it.\n' +
      'POSTDOC: The scores were uneven.';
    expect(await blockedTexts(labels)).toEqual([]);
  });
});

describe('eponyms by their finding or their grade, and heritage before a faith', () => {
  it('reads a sign after "positive" or "negative" and a name before a bare grade as the eponym', async () => {
    expect(await blockedTexts('He has a positive Lachman and a negative McMurray on the left.')).toEqual([]);
    expect(await blockedTexts('She is Tanner 3, and the biopsy showed Marsh 3b.')).toEqual([]);
    expect(await blockedTexts('Ann Arbor IIA nodular sclerosing Hodgkin with night sweats.')).toEqual([]);
    expect(await blockedTexts('How does the McIsaac modification change the score?')).toEqual([]);
  });

  it('keeps a child with an age, a street with its house number and a clinic of the VA', async () => {
    expect(await blockedTexts('my son Tanner 4 years old has a fever')).toEqual(['Tanner']);
    expect(await blockedTexts('She lives at Hauptstraße 12 with her sister.')).toEqual(['Hauptstraße']);
    // (The VA runs hundreds of clinics: the town names the one.)
    expect(await blockedTexts('We will do the sleep study at the Durham VA next month.')).toEqual(['Durham']);
  });

  it('reads a Jewish heritage before the faith as no one', async () => {
    expect(await blockedTexts('The parents are Ashkenazi Jewish, so the panel was expanded.')).toEqual([]);
  });
});

describe('an eponym the text establishes, said again alone', () => {
  it('reads the founder of a model named again as the model, and keeps a person named near an eponym', async () => {
    expect(
      await blockedTexts('We tried the Kessler model in group. Kessler talked about stances people take.'),
    ).toEqual([]);
    expect(await blockedTexts('Tamika Boone from Vidalia has a Breslow 1.2 mm melanoma.')).toEqual([
      'Tamika Boone',
      'Vidalia',
    ]);
  });
});

describe("a relative's medicine, a ward's hospital, a town beside its country, and the VA", () => {
  it("reads a medicine owned by a relative as the medicine, though a nun's title is spelled so", async () => {
    expect(
      await blocked("My son swallowed a handful of his sister's Zoloft and his aunt's Lexapro."),
    ).toEqual([]);
  });

  it('reads a capitalized word after "the ICU at" as the hospital, even where the medical list holds it', async () => {
    expect(await blocked('My grandfather has been in the ICU at Ochsner since Friday with sepsis.')).toEqual([
      'LOCATION:Ochsner',
    ]);
  });

  it('reads a word the medical list holds, placed in a country after its comma, as the town', async () => {
    expect(
      await blocked(
        'A 40-year-old man who moved here from a village near Cusco, Peru, presents with seizures.',
      ),
    ).toEqual(['LOCATION:Cusco', 'LOCATION:Peru']);
    expect(await blocked('A Cusco speculum was used for the exam.')).toEqual([]);
  });

  it('leaves the VA clinic alone, and keeps the town it is in', async () => {
    expect(
      await blocked('My new doctor at the VA clinic says my levels are low. I go to the VA monthly.'),
    ).toEqual([]);
    expect(await blocked('The VA hospital in Murfreesboro is close.')).toEqual(['LOCATION:Murfreesboro']);
  });
});

describe('words describing a plural noun after a verb of seeing', () => {
  it('reads "saw tiny white threads" as what was seen, and keeps someone seen', async () => {
    const text = 'she keeps scratching at night and I saw tiny white threads in her diaper. is it worms?';
    expect(await blocked(text)).toEqual([]);
    expect(await blockedTexts('i saw tiny white yesterday at the store, he looked thin')).toEqual([
      'tiny white',
    ]);
  });
});

describe('a short post about health that asks something somewhere', () => {
  it('reads a coined brand in its other sentences as medicine, and a possessive eponym as the disease', async () => {
    expect(
      await blocked('GERD and IBS, on Travexia now after two PPIs failed. anyone else? so pricey'),
    ).toEqual([]);
    expect(
      await blocked("Just got Hashimoto's confirmed, TPO antibodies high and TSH 9. does selenium help?"),
    ).toEqual([]);
  });

  it('still reads a person said to be someone, or owning a family thing', async () => {
    expect(await blocked('my niece Travexia has asthma and eczema. is albuterol safe for her?')).toEqual([
      'PERSON:Travexia',
    ]);
  });
});

describe('organizations the tagger knows by two words', () => {
  it('reads an insurer named in full as no place', async () => {
    expect(await blocked("Caller: I'm on my dad's plan. Blue Cross Blue Shield. Not Medicaid.")).toEqual([]);
  });

  it('keeps a chain read as an organization a store where its street says which', async () => {
    expect(await blocked('Caller: The Walgreens on Pennock Drive, by the gas station.')).toEqual([
      'LOCATION:Walgreens',
      'LOCATION:Pennock Drive',
    ]);
  });
});

describe('a brand before how it is released', () => {
  it('reads the word before XR, XL, CR or PM as medicine, not someone', async () => {
    expect(await blocked('Qelbrix XR in the morning and he crashes by 3. is that normal')).toEqual([]);
    expect(await blocked('Torvane PM for my 9yo and he is still up at 11pm.')).toEqual([]);
  });

  it('still reads a listed name before PM as the person', async () => {
    expect(await blocked('Dana PM me when you get home.')).toEqual(['PERSON:Dana']);
  });
});

describe('what mental health says that is no one', () => {
  it('reads diagnoses, therapies and their skills as shorthand', async () => {
    expect(
      await blocked(`${talk}therapist: the client with bpd the one who called over the weekend\n`),
    ).toEqual([]);
    expect(await blocked('We practised DBT and TIPP skills, then NAMI Family-to-Family.')).toEqual([]);
    expect(await blocked('Member 2: TIPP. Cold water on my face, and it helped.')).toEqual([]);
  });

  it('reads a credential signing a form as no one', async () => {
    expect(await blocked('Signed: LCADC, Group Facilitator\nReviewed: Program Director, LPC-S\n')).toEqual(
      [],
    );
  });

  it('reads a possessive pronoun as no one', async () => {
    expect(await blocked("Member 3: Mine's my brother. He was deployed twice.")).toEqual([]);
  });

  it('reads organizations, states that name a team, and a kind of landmark as no one and nowhere', async () => {
    expect(await blocked('Blue Cross and Aetna clients are unaffected by the change.')).toEqual([]);
    expect(await blocked('Reading about the fall of the Roman Empire tonight.')).toEqual([]);
    expect(await blocked('Georgia football season starts next week!')).toEqual([]);
    expect(await blocked(`${talk}client: it all felt like a jenga tower about to fall\n`)).toEqual([]);
  });

  it('reads a number before a unit after a highway as a count, and "at" closing a sentence as no venue', async () => {
    expect(await blocked('stuck on the highway 40 min and counting')).toEqual([]);
    expect(await blocked('I never got shot at. But I lost two friends over there.')).toEqual([]);
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
    expect(await blockedTexts('PT RESTING. DAUGHTER CALLED, BROTHER..SON VISITING IN AM.')).toEqual([]);
  });
});

describe('medicine, insurers, authors and things in health questions and sessions', () => {
  it('reads a brand before a bare dose and how often, or after "has me on", as medicine', async () => {
    expect(await blockedTexts('the surgeon has me on Eliquis for the clots.')).toEqual([]);
    expect(await blockedTexts('we argued about Eliquis 5 daily versus twice.')).toEqual([]);
    expect(await blockedTexts('I see Dorothy 2 times a week at the library.')).toEqual(['Dorothy']);
  });

  it('reads a brand listed with a medicine named by its kind as medicine', async () => {
    expect(
      await blockedTexts("I've read that Zenmora and the new drug Plavetro both help with liver fat."),
    ).toEqual([]);
    expect(await blockedTexts('I met Jordan and the new pastor Mike at the picnic.')).toEqual([
      'Jordan',
      'Mike',
    ]);
  });

  it('reads the plan one has, closing its sentence after talk of coverage, as an insurer', async () => {
    expect(await blockedTexts('Would insurance pay for the scan? I have Medvantis.')).toEqual([]);
    expect(
      await blockedTexts("Would insurance pay for the scan? I have Jordan this weekend, so I can't go."),
    ).toEqual(['Jordan']);
  });

  it('reads prior auth in lower case, a device and an organ after a word as no one', async () => {
    expect(await blockedTexts('the pharmacy says it needs prior auth before they fill it.')).toEqual([]);
    expect(await blockedTexts('does the Zephra device really help migraines or is it a gimmick')).toEqual([]);
    expect(await blockedTexts('My ALT was high again. Fatty liver, the doctor said.')).toEqual([]);
    expect(await blockedTexts('I packed Tyler kidney beans and rice for lunch.')).toEqual(['Tyler']);
  });

  it("reads an eponym's disease getting worse as the disease", async () => {
    expect(
      await blockedTexts("She's scared. If the Parkinson's gets worse out there, who drives her?"),
    ).toEqual([]);
  });

  it('reads an author of a therapy by what is said of the theory, and finds a namesake with a relation', async () => {
    expect(
      await blockedTexts(
        'Supervisor: This is what Gottman calls flooding, and Minuchin would talk about joining.',
      ),
    ).toEqual([]);
    expect(await blockedTexts('Linehan built the consult team around exactly that problem.')).toEqual([]);
    expect(
      await blockedTexts('So use the worksheet we tried last week, the Beck one, for the thoughts.'),
    ).toEqual([]);
    expect(await blockedTexts('My coworker Hayes would say I am overreacting.')).toEqual(['Hayes']);
  });

  it("reads a people's word before whom it describes as no one", async () => {
    expect(await blockedTexts('In many Latino families the oldest daughter carries a lot.')).toEqual([]);
    expect(await blockedTexts('The Puerto Rican family I see on Thursdays cancelled.')).toEqual([]);
    expect(await blockedTexts('Latino said he would bring the chairs.')).toEqual(['Latino']);
  });
});

describe('brands, chains and devices in sessions', () => {
  it('reads a chain after "a" as one of its stores, and again later, but keeps a full name', async () => {
    expect(
      await blockedTexts(
        'Client: I pulled into a Sheetz and called my sponsor. Sheetz was empty at that hour.',
      ),
    ).toEqual([]);
    expect(
      await blockedTexts('Client: I got gas at a Sheetz. Marla Sheetz from my unit texted me.'),
    ).toContain('Marla Sheetz');
  });

  it('reads food and smokes by what they are served as or how many a day', async () => {
    expect(await blockedTexts('K: Crunvo waffles. Mostly. And juice.')).toEqual([]);
    expect(await blockedTexts('He smoked a pack of Dravens a day until the heart attack.')).toEqual([]);
  });

  it('reads a show watched at the start of a sentence as the show', async () => {
    expect(await blockedTexts('C: Slept. Watched Corbin Girls with my mom, which was nice.')).toEqual([]);
  });

  it('reads the speaker in the house as a device, and a child by the same name as a child', async () => {
    expect(
      await blockedTexts(
        'Can I use the Alexa for the timer? Only if you do not ask Alexa to play music all session.',
      ),
    ).toEqual([]);
    expect(await blockedTexts('I asked Alexa to play with her brother outside.')).toEqual(['Alexa']);
  });

  it('reads a branch one served in, a kind of church and Pride as no one and nowhere', async () => {
    expect(await blockedTexts('What would you tell a younger Marine in your platoon?')).toEqual([]);
    expect(await blockedTexts('She goes to the Orthodox church on Sundays and lights a candle.')).toEqual([]);
    expect(await blockedTexts('At Pride in June my mom showed up with a sign.')).toEqual([]);
  });
});

describe("illnesses and medicines in patients' questions", () => {
  it('reads a town an illness is named for as the illness, before its finding or after how long it has run', async () => {
    expect(await blockedTexts('Is this just Lyme arthritis? The rheumatologist thinks so.')).toEqual([]);
    expect(await blockedTexts('my aunt says its chronic lyme and she wants IV antibiotics')).toEqual([]);
    expect(await blockedTexts('We moved to Lyme last year and love the quiet.')).toEqual(['Lyme']);
  });

  it("reads an eponym's possessive without its apostrophe as the illness", async () => {
    expect(
      await blockedTexts('my cousin just finished six cycles of ABVD for hodgkins and feels ok'),
    ).toEqual([]);
  });

  it('reads a brand set off by the kind of medicine it is as medicine', async () => {
    expect(await blockedTexts('She asked about Zorvexa, the new pill, and the cost.')).toEqual([]);
  });
});

describe("authors of therapies in a clinician's turn", () => {
  it('reads a common surname on the list of authors as the author where a clinician says what it says', async () => {
    expect(
      await blockedTexts(
        "Client: He yelled again.\nTherapist: Right. Hayes would say we don't argue with the thought.\n",
      ),
    ).toEqual([]);
    expect(
      await blockedTexts(
        'Supervisor: He may feel he must defend his dad. Have you read much Bowen?\nTrainee: Some.\n',
      ),
    ).toEqual([]);
    expect(await blockedTexts("Client: Hayes would say I'm overreacting, he's my shift lead.\n")).toEqual([
      'Hayes',
    ]);
  });

  it('reads a rare author by what he was talking about', async () => {
    expect(
      await blockedTexts(
        'Therapist: That is what Minuchin was talking about, a kid caught between two parents.',
      ),
    ).toEqual([]);
  });
});

describe("authors by their whole names, in a group leader's turn, and said alone", () => {
  it('reads an author the list holds by given name and surname as the author', async () => {
    expect(
      await blockedTexts(
        'Client: I started the self-compassion workbook. The Kristin Neff one.\n' +
          'Therapist: In EFT, Sue Johnson would say you are both reaching for each other.\n',
      ),
    ).toEqual([]);
    // (The whole name is the author's only where nothing says it is someone the client knows.)
    expect(await blockedTexts('Client: My neighbor Sue Johnson called the police on us.')).toEqual([
      'Sue Johnson',
    ]);
  });

  it("reads a rare author's surname in a clinician's or a group leader's turn as the author", async () => {
    expect(
      await blockedTexts(
        'Therapist: Sometimes a seat is just a seat. Minuchin used to have families swap chairs.\n' +
          'Co-leader: A planned pause. Linehan would love that.\n',
      ),
    ).toEqual([]);
    expect(await blockedTexts('Client: Linehan would love that, she never misses a game.')).toEqual([
      'Linehan',
    ]);
  });

  it("reads an author's possessive said alone after a method as the author's version", async () => {
    expect(
      await blockedTexts(
        "Therapist: Do you remember the window of tolerance we sketched? Siegel's?\nClient: I was way above it.",
      ),
    ).toEqual([]);
  });

  it('reads a scale\'s author after "at" as the place it is', async () => {
    expect(
      await blockedTexts('I found a new surgeon, Dr. Reyes at Vanderbilt, who found stage 4 endometriosis.'),
    ).toEqual(['Reyes', 'Vanderbilt']);
  });
});

describe("insurers' plans and a health system a faith founded", () => {
  it("reads a given name between 'my' and the plan it sells as the insurer", async () => {
    expect(await blockedTexts('The sleep study costs $900 out of pocket with my Oscar plan.')).toEqual([]);
  });

  it('reads a health system by its faith or its last word as a place', async () => {
    expect(await blockedTexts('Whoever is running Baptist Health should see the ER wait.')).toEqual([
      'Baptist Health',
    ]);
    expect(await blockedTexts('Patient portal - Norton Healthcare')).toEqual(['Norton Healthcare']);
    expect(await blockedTexts('They moved us to an Anthem Healthcare plan in January.')).toEqual([]);
    expect(await blockedTexts('We were raised Southern Baptist and still go most Sundays.')).toEqual([]);
  });
});

describe('newer brands by where they stand in a question', () => {
  it('reads a brand of two words, and the brand offered instead of it, as medicine', async () => {
    expect(
      await blockedTexts(
        'The plan says I have to switch to Tovrela Respimax or Carvuno Airflo for my asthma.',
      ),
    ).toEqual([]);
  });

  it('reads what one has taken for months, and what was added to a medicine, as medicine', async () => {
    expect(await blockedTexts('Me after three months of Quelvadi: down 20 lbs and my A1c is 6.1')).toEqual(
      [],
    );
    expect(
      await blockedTexts(
        'Her neurologist raised the donepezil last month and added Memvara for the memory loss.',
      ),
    ).toEqual([]);
    expect(await blockedTexts('We added Zuri to the group chat after practice.')).toEqual(['Zuri']);
  });

  it("reads an author's given name said alone after the whole name as the author", async () => {
    expect(
      await blockedTexts(
        "Therapist: Or it's information. Brené Brown would say shame needs empathy.\nClient: Don't start with Brené.",
      ),
    ).toEqual([]);
  });
});

describe('brands counted, a chain by what one gets there, distress by its initials', () => {
  it('reads a titled brand in the plural, and a chain named like a woman by its fare, as things', async () => {
    expect(await blockedTexts("I'd had two Dr Peppers on the drive in, so I was wired.")).toEqual([]);
    expect(
      await blockedTexts(
        'Pt stated "I drive past the liquor store, go to Wendy\'s and get a Frosty instead."',
      ),
    ).toEqual([]);
    expect(await blockedTexts("We went to Wendy's for her birthday.")).toEqual(['Wendy']);
  });

  it('reads SUDS after "at" as the distress rating', async () => {
    expect(await blockedTexts('Plan: ERP starting at SUDS 30; response prevention logs weekly.')).toEqual([]);
  });
});

describe('a chain named like a rare surname, a show by its episodes, the speaker playing music, a regimen by its week', () => {
  it('reads coffee from a chain whose name is only a rare surname as the chain, and a titled one as someone', async () => {
    expect(await blockedTexts("Coffee's from Dunkin' today, somebody's sponsor dropped it off.")).toEqual([]);
    expect(await blockedTexts('My neighbor Mr. Dunkin came by with the mail.')).toEqual(['Dunkin']);
  });

  it('reads a show by the episodes watched and the speaker in the house by the music it plays', async () => {
    expect(await blockedTexts('Watched 3 episodes of The Pitt in the waiting room, lol')).toEqual([]);
    expect(await blockedTexts('✔️ alexa playing 50s music on a loop')).toEqual([]);
  });

  it('reads a brand by the week of its regimen, or stopped where the sentence speaks of health', async () => {
    expect(await blockedTexts('Zepvoria week 12 update: down 19 lbs, A1c 6.2')).toEqual([]);
    expect(await blockedTexts('Glyvantra was stopped because of yeast infections.')).toEqual([]);
    expect(await blockedTexts('Kessington was stopped by a cop on the way home.')).toEqual(['Kessington']);
  });
});

describe('authors cited as papers are, a surname beside the score named for it, plurals and lists of treatments', () => {
  it('reads surnames joined before a model, before "et al." and with a year in brackets as authors', async () => {
    expect(await blockedTexts('Session 6, CBT for panic (Gable & Lindqvist model).')).toEqual([]);
    expect(await blockedTexts('Components follow the Ostrander, Quill & Hemsworth protocol.')).toEqual([]);
    expect(await blockedTexts('Per Marchetti et al., readiness predicts who stays.')).toEqual([]);
    expect(
      await blockedTexts('Criteria per Dunmore (2004) were met; see also (Halvorsen, Quist & Tapley, 2011).'),
    ).toEqual([]);
    expect(await blockedTexts('Children: Ava (2012), Liam (2015).')).toEqual(['Ava', 'Liam']);
  });

  it("keeps a patient's surname after their given name where the score named for it is said too", async () => {
    expect(await blockedTexts('Seen today: Harold Wells, 64. Wells score 4.5, CTA ordered.')).toEqual([
      'Harold Wells',
    ]);
    expect(
      await blockedTexts(
        'Mrs. Doreen Graves came in with her son. TSH low; Graves disease is on the differential.',
      ),
    ).toEqual(['Doreen Graves']);
    expect(
      await blockedTexts('My grandson Bell was born last week. They are watching for Bell palsy.'),
    ).toEqual(['Bell']);
  });

  it('reads the plural of an eponym as the test, the name of a brand as the brand, and products listed with treatments', async () => {
    expect(await blockedTexts('Apgars were 8 and 9, and we went home on day two.')).toEqual([]);
    expect(await blockedTexts('The Apgars came by with a casserole.')).toEqual(['Apgars']);
    expect(await blockedTexts('My NP moved me to brand name Tyvandra and my levels went up.')).toEqual([]);
    expect(
      await blockedTexts('We tried every barrier cream, Dermavell, Zoraclin, oatmeal baths, you name it.'),
    ).toEqual([]);
    expect(await blockedTexts('At the party were my cousins, Kaylee, Brantley, and their kids.')).toEqual([
      'Kaylee',
      'Brantley',
    ]);
  });
});

describe('authors by surname in talk of theory, and the insurer given in answer', () => {
  it('reads a surname no one is given as a first name, cited in talk of theory, as its author', async () => {
    expect(
      await blockedTexts(
        'Supervisor: In the Gestalt model, Oaklander talked about the child finding a voice.',
      ),
    ).toEqual([]);
    expect(
      await blockedTexts("We compared the two. Honestly Halbrook's system is still used in some courts."),
    ).toEqual([]);
    expect(
      await blockedTexts('The grief model helps here, Stroebe & Schut, oscillating between the two.'),
    ).toEqual([]);
    expect(await blockedTexts('Then Ruiz and Beck came over to help with the move.')).toEqual([
      'Ruiz',
      'Beck',
    ]);
  });

  it('reads a plan named in answer to the question of insurance as the insurer', async () => {
    expect(await blockedTexts('Intake: And insurance?\nCaller: Fidelis.\nIntake: Okay.')).toEqual([]);
    expect(await blockedTexts("My insurance is through my mom's job, it's Kaiser.")).toEqual([]);
    expect(await blockedTexts('Intake: Who is calling?\nCaller: Fidelia.')).toEqual(['Fidelia']);
  });
});

describe('answer choices and markers in a vignette, a rule named for a place', () => {
  it('reads a name before a maneuver as the maneuver where a patient shares it, and markers with numbers or plurals as results', async () => {
    expect(
      await blockedTexts(
        'Seen today: Dana Birch, 31.\nA. Apply fundal pressure\nB. Perform the Birch corkscrew maneuver',
      ),
    ).toEqual(['Dana Birch']);
    expect(await blockedTexts('C. Alpha-1 antitrypsin deficiency\nD. Autoimmune hepatitis')).toEqual([]);
    expect(await blockedTexts('Anti-Ro/SSA antibodies are positive and her INRs have been stable.')).toEqual(
      [],
    );
    expect(await blockedTexts('A. Clark level\nB. Breslow thickness\nC. Ulceration')).toEqual([]);
    expect(await blockedTexts("E. Referral for transplant using King's College criteria")).toEqual([]);
  });
});

describe('a school of thought, a public plan, initials in brackets or answering', () => {
  it("reads an author's adjective, a public plan and capitals alone in brackets as no one", async () => {
    expect(await blockedTexts("At this stage I'd lean Adlerian. Let him have the encouragement.")).toEqual(
      [],
    );
    expect(await blockedTexts('And insurance (this is Medicare, right?) will want the notes.')).toEqual([]);
    expect(
      await blockedTexts('Distinguish an ESA from a psychiatric service dog (ADA) in the letter.'),
    ).toEqual([]);
  });

  it('reads capitals answering "yes" as initials, and an abstract noun answering "where" as no place', async () => {
    expect(
      await blockedTexts("Supervisor: Which model?\nSupervisee: Yes, CCPT. I'm tracking and reflecting."),
    ).toEqual([]);
    expect(
      await blockedTexts('Supervisor: Where is he, stage-wise?\nSupervisee: Precontemplation. Definitely.'),
    ).toEqual([]);
    expect(await blockedTexts('T: Where did you grow up?\nC: Scranton. Then we moved.')).toEqual([
      'Scranton',
    ]);
  });
});

describe("authors credited in brackets after a method's title", () => {
  it('reads surnames alone in brackets after a capitalized method, or after the title inside them, as its authors', async () => {
    expect(await blockedTexts('Modality: Attachment Repair Therapy (Ostrowski & Venn).')).toEqual([]);
    expect(await blockedTexts('Began Narrative Exposure Therapy (Kellerman) this week.')).toEqual([]);
    expect(
      await blockedTexts('Started SPNF (Supportive Parenting for Nighttime Fears, Brightwell) next.'),
    ).toEqual([]);
    expect(await blockedTexts('We used a motivational interviewing approach (Miller & Rollnick).')).toEqual(
      [],
    );
  });

  it('keeps whoever is named in brackets after a kind of therapy, or a given name after a method', async () => {
    expect(await blockedTexts('Attended Group Therapy (Okonkwo) on Tuesday.')).toEqual(['Okonkwo']);
    expect(await blockedTexts('Cognitive Processing Therapy (Tyler): session 4 completed.')).toEqual([
      'Tyler',
    ]);
  });
});

describe('exam items: eponyms by another name, in lists, by whom they honour; peoples; choices', () => {
  it('reads an eponym with its other name in brackets, a variant, and eponyms listed after their head', async () => {
    expect(await blockedTexts('Hip exam: Kellogg (FADIR) test is negative. Gait normal.')).toEqual([]);
    expect(await blockedTexts('The Brennard Holt variant presents with ophthalmoplegia.')).toEqual([]);
    expect(
      await blockedTexts('Failing that, rotational maneuvers (Tessler, Woods corkscrew) follow.'),
    ).toEqual([]);
    expect(await blockedTexts('Ran the screening tests (Dana Reyes, RN) at intake.')).toEqual(['Dana Reyes']);
  });

  it('reads whom an eponym honours, named so, as that physician; a relative one is named after stays', async () => {
    expect(
      await blockedTexts(
        'Exam showed Quellin nodes (named for the 19th-century Scottish surgeon Arthur Quellin).',
      ),
    ).toEqual([]);
    expect(
      await blockedTexts('My son is named after my dad Arthur Quellin. Quellin nodes were noted.'),
    ).toContain('Arthur Quellin');
  });

  it('reads a race before whom it is said of and a people before its nationality as no one', async () => {
    expect(await blockedTexts('It is twice as common in Black Americans as in White Americans.')).toEqual([]);
    expect(await blockedTexts('Screen for HLA-B*15:02 in Han Chinese and Thai patients.')).toEqual([]);
    expect(await blockedTexts('Dr. White’s patients and Mei Chinese came too.')).toContain('Mei Chinese');
  });

  it("reads a choice's letter after a question's title word, and a product's inner capitals, as no one", async () => {
    expect(
      await blockedTexts(
        'Which is the most likely agent?\n\nA. Yersinia pestis\nB. Hantavirus\nC. Francisella tularensis\nD. Brucella',
      ),
    ).toEqual([]);
    expect(await blockedTexts('ok so this QBank question wrecked me, and my iPhone died.')).toEqual([]);
  });

  it("reads an everyday word a chain goes by inside a scale's title as no store", async () => {
    expect(await blockedTexts('Severity tracked with the Yale Global Tic Severity Scale (YGTSS).')).toEqual(
      [],
    );
  });

  it("reads an eponym's possessive after whose it is as the disease", async () => {
    expect(await blockedTexts("so dad's parkinson's has progressed and the hospice team came.")).toEqual([]);
  });
});

describe('a ward by its wing, tongues spoken, a disease by its ending', () => {
  it('reads a wing after its floor, a tongue listed with one spoken, and a long word of medicine as no one', async () => {
    expect(await blockedTexts('The charge nurse on 4 West is busy tonight.')).toEqual([]);
    expect(await blockedTexts('Her grandmother speaks Lakota and English at home.')).toEqual([]);
    expect(await blockedTexts('He speaks with Tyler and English teachers weekly.')).toContain('Tyler');
    expect(
      await blockedTexts(
        'Answers:\nA. Bell palsy\nB. Stroke\nC. Lyme neuroborreliosis\nD. Myasthenia gravis',
      ),
    ).toEqual([]);
  });
});

describe('a surname weighed against medicine, a serology by its town, a look that is a name, a man unnamed', () => {
  it('reads a surname set against a term only medicine uses as the eponym, and keeps a given name', async () => {
    expect(
      await blockedTexts('Leaning toward Vandersloot vs seronegative spondyloarthropathy here.'),
    ).toEqual([]);
    expect(await blockedTexts('We sent Lyme serology and a Lyme titer before starting doxycycline.')).toEqual(
      [],
    );
    expect(await blockedTexts('Honestly it felt like Maya vs the whole school that week.')).toEqual(['Maya']);
  });

  it('reads a listed name before the kind of thing "there is" as how the thing looks', async () => {
    expect(await blockedTexts('Mom says there is a lacy pattern on both cheeks now.')).toEqual([]);
    expect(await blockedTexts('There is a Lacy in his class who keeps shoving him.')).toEqual(['Lacy']);
  });

  it('reads a bare "man" or "guy" doing something in a post as no one named', async () => {
    expect(await blockedTexts('coach retiring after 30 yrs 😭 man taught half this town to swim')).toEqual(
      [],
    );
  });

  it('reads an adverb after "called me" as how, not a nickname', async () => {
    expect(await blockedTexts('the principal called me personally. very kind of her')).toEqual([]);
  });
});
