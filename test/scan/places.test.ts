import { describe, expect, it } from 'vitest';
import { blocked, blockedTexts, getScanner, talk } from './helpers.ts';

describe('places (gazetteer + context)', () => {
  it('finds US towns, counties and world cities', async () => {
    expect(await blocked('She grew up in Dundalk, moved to Baltimore County, then Spokane.')).toEqual([
      'LOCATION:Dundalk',
      'LOCATION:Baltimore County',
      'LOCATION:Spokane',
    ]);
  });

  it('finds a hyphenated city, which the lists hold with spaces', async () => {
    expect(await blockedTexts("C: I'm from Port-au-Prince, and my cousin lives in Winston-Salem.")).toEqual([
      'Port-au-Prince',
      'Winston-Salem',
    ]);
  });

  it('finds a place no list holds where someone travels, not a kind of care they go to', async () => {
    expect(
      await blocked('We flew to Brindlewick in May, then spent a weekend in Marrowvale with her sister.'),
    ).toEqual(['LOCATION:Brindlewick', 'LOCATION:Marrowvale']);
    expect(await blocked('I went to Urgent Care and then back to Physical Therapy on Friday.')).toEqual([]);
    expect(await blockedTexts('We are finally visiting Palm Desert with the kids.')).toEqual(['Palm Desert']);
    // An everyday word visited as a town, a town no list holds where a clinic stands; not family
    // visited, nor a note's visits.
    expect(
      await blocked(
        'We are finally visiting Shoreline this weekend. The clinic in Briarmoor said it was anxiety.',
      ),
    ).toEqual(['LOCATION:Shoreline', 'LOCATION:Briarmoor']);
    expect(await blocked('We were visiting Grandma. The pharmacy at Kroger was out of it.')).toEqual([]);
    expect(await blocked('DAUGHTER CAME TO VISIT X 30 MIN. VISITING W/ GRANDKIDS IN AFTERNOON.')).toEqual([]);
  });

  it('finds a hospital by its short name and "General", not an office or a chain', async () => {
    expect(await blocked('We waited six hours at Mass General before she was seen.')).toEqual([
      'LOCATION:Mass General',
    ]);
    expect(
      await blocked('A warning from the Surgeon General. I picked up shifts at Dollar General.'),
    ).toEqual([]);
  });

  it('reads a known city or country that is also a name as the place, unless the sentence speaks of a person', async () => {
    expect(await blocked('Houston was so humid. France is beautiful in the spring.')).toEqual([
      'LOCATION:Houston',
      'LOCATION:France',
    ]);
    expect(await blocked('Denver is growing so fast, and Dallas traffic is the worst.')).toEqual([
      'LOCATION:Denver',
      'LOCATION:Dallas',
    ]);
    // A person's own verb, a feeling, a common given name, a full name: the person.
    expect(await blocked('Paris texted me. Madison is upset with me. Charlotte was here.')).toEqual([
      'PERSON:Paris',
      'PERSON:Madison',
      'PERSON:Charlotte',
    ]);
    expect(await blocked('Austin Brennick was there.')).toEqual(['PERSON:Austin Brennick']);
    // A state alone is allowed, so a name that is a state stays the person.
    expect(await blocked('Georgia is coming over tonight.')).toEqual(['PERSON:Georgia']);
  });

  it('reads a listed town of several words opening a sentence as the town, not a full name', async () => {
    expect(await blocked('San Antonio riverwalk at night.')).toEqual(['LOCATION:San Antonio']);
    expect(await blocked('Fort Lauderdale beaches are packed.')).toEqual(['LOCATION:Fort Lauderdale']);
  });

  it('finds a hospital written "Med Ctr", not a chest film\'s ratio', async () => {
    expect(await blocked('Transferred from Greater Lindholm Med Ctr for further workup.')).toEqual([
      'LOCATION:Greater Lindholm Med Ctr',
    ]);
    expect(await blocked('CTR 0.5 on the chest film, stable.')).toEqual([]);
  });

  it('finds lower-cased towns in speech-to-text output', async () => {
    expect(await blocked('we moved to tigard last year and my aunt lives in hillsboro')).toEqual([
      'LOCATION:tigard',
      'LOCATION:hillsboro',
    ]);
  });

  it('reads Economy and Mobile as places only when the sentence says place', async () => {
    expect(await blocked('The economy is bad and my mobile is broken.')).toEqual([]);
    expect(await blocked('We moved to Mobile, Alabama. She grew up in Economy.')).toEqual([
      'LOCATION:Mobile',
      'LOCATION:Economy',
    ]);
  });

  it('finds schools, hospitals and named streets', async () => {
    expect(
      await blocked('He goes to Lincoln Elementary School, near Quarry Road, after Kendall Memorial.'),
    ).toEqual(['LOCATION:Lincoln Elementary School', 'LOCATION:Quarry Road', 'LOCATION:Kendall Memorial']);
  });

  it('allows a US state name alone, and says so', async () => {
    const s = await getScanner();
    const [finding] = s.scanText('She lives in Maryland now.');
    expect(finding).toMatchObject({ label: 'LOCATION', action: 'allowed', allowedBy: 'us-state' });
  });

  it('does not read a state abbreviation out of everyday words', async () => {
    expect(await blocked('Tell me more. Okay, in a minute.')).toEqual([]);
  });

  it('finds every line of an address block, international ones included', async () => {
    const text = 'Billing address: Anni Virtanen\n41870 Kuusitie 17 Apt. 212\nKOUVOLA\nFinland 45100';
    expect(await blockedTexts(text)).toEqual([
      'Anni Virtanen',
      '41870 Kuusitie 17 Apt. 212',
      'KOUVOLA',
      'Finland 45100',
    ]);
  });

  it('finds another hospital or a numbered ward after a transfer in clinical notes', async () => {
    const note = 'pt came over from jhmc for cath. to go to brackenholt 4 tomorrow. back to ccu after.';
    expect(await blockedTexts(note)).toEqual(['jhmc', 'brackenholt']);
  });

  it('finds lower-cased streets and multi-word schools', async () => {
    expect(await blockedTexts('he got stopped on quarry road by washington middle school')).toEqual([
      'quarry road',
      'washington middle school',
    ]);
  });

  it('finds lower-cased towns made of everyday words after a preposition, and a county after "the"', async () => {
    expect(
      await blockedTexts(
        'it is this little place near plain city. my dad is out in red oak now. they took him to the lake county jail.',
      ),
    ).toEqual(['plain city', 'red oak', 'lake county']);
    expect(await blockedTexts('we sat in the red chair near the plain wall.')).toEqual([]);
  });

  it("reads rhythms, ventilator modes, chambers and the hospital's departments after a move as no place", async () => {
    const note =
      'hr 90s sr, around 0300 pt flipped into afib w/ rvr 150s, then back to sr. put back on ac to rest, ' +
      'later ps 12 peep 5. swan withdrawn to rv. off the unit to radiology for picc. ' +
      'plan move to brackenholt 5 in am, vanco and lytes checked.';
    expect(await blockedTexts(note)).toEqual(['brackenholt']);
  });
});

describe('place words that describe a device', () => {
  it('does not read "central line" or a valve named for a town as a place, but keeps the town', async () => {
    const note =
      'resp: tol psv wean, abg ok. NEEDS CENTRAL ACCESS. Central line dc’d and tip sent for cx. ' +
      'placed on passy muir valve. Her daughter lives in Central, South Carolina.';
    expect(await blockedTexts(note)).toEqual(['Central']);
  });
});

describe('hospital names made of institution words', () => {
  it('keeps "of" and the state in a university name, and finds a hospital named by its suffix words after a preposition', async () => {
    const note =
      'resp: tol psv wean, abg ok. CAME FROM UNIVERSITY OF WA MEDICAL CENTER. FIRST SEEN AT U OF WA MED CENTER. ' +
      'BROUGHT TO MEMORIAL HOSPITAL, THEN TO KENDALL REGIONAL. she teaches at the University of Chicago.';
    expect(await blockedTexts(note)).toEqual([
      'UNIVERSITY OF WA MEDICAL CENTER',
      'U OF WA MED CENTER',
      'MEMORIAL HOSPITAL',
      'KENDALL REGIONAL',
      'University of Chicago',
    ]);
  });

  it('leaves generic hospitals and schools of a subject alone', async () => {
    const note =
      'she went to the general hospital and then to the medical center. he is in the college of nursing. ' +
      'we use regional anesthesia. u of course know that.';
    expect(await blockedTexts(note)).toEqual([]);
  });
});

describe('where a patient says they are, and named areas and shores', () => {
  const vitals =
    'Resp: Tol PSV wean, ABG ok, sx thick tan. GI: Abd soft, +BS. Heme: Hct stable, lytes repleted. ';

  it('finds the place in orientation phrases and in "in X area"', async () => {
    const note = `${vitals}Knows she is in Woodlawn. Now staying at a shelter in Rosedale area.`;
    expect(await blockedTexts(note)).toEqual(['Woodlawn', 'Rosedale']);
  });

  it('leaves distress, pain, body areas and wound care alone', async () => {
    const note =
      `${vitals}Aware she is in NAD. Knows he is in Pain. Pain in Groin area. Duoderm to Coccyx area. ` +
      'Excoriation in peri area.';
    expect(await blockedTexts(note)).toEqual([]);
  });
});

describe('facilities, regions and employers in clinical notes', () => {
  const vitals =
    'Resp: Tol PSV wean, ABG ok, sx thick tan. GI: Abd soft, +BS. Heme: Hct stable, lytes repleted. ';

  it('finds a ward by its floor after "or", with a room number before it, and run together with its floor', async () => {
    const note =
      `${vitals}Will transfer to Brackenholt 2 or Brackenholt 3. BRACKENHOLT3 aware. Code called To brackenholt 6 At 0455. ` +
      'pt transferred to 209 brackenholt. \n';
    expect(await blockedTexts(note)).toEqual([
      'Brackenholt',
      'Brackenholt',
      'BRACKENHOLT3',
      'brackenholt',
      'brackenholt',
    ]);
  });

  it('finds a hospital\'s acronym before its department or staff, and after "by" or "leave"', async () => {
    const note = `${vitals}brought in by ems-> SH EW today. SEEN BY JHMC NURSE. SHE WANTS TO LEAVE SH. SH lawyers involved.`;
    expect(await blockedTexts(note)).toEqual(['SH', 'JHMC', 'SH', 'SH']);
  });

  it('finds named regions, a university by its state, and a town after a hospital', async () => {
    const note =
      `${vitals}SON DROVE IN FROM THE EASTERN SHORE. went by U Oregon protocol. ` +
      'Says she is in Mercy Medical Center in Woodlawn.';
    expect(await blockedTexts(note)).toEqual([
      'EASTERN SHORE',
      'U Oregon',
      'Mercy Medical Center',
      'Woodlawn',
    ]);
  });

  it('finds a care home named for someone, a town with its town word, DC, and a local employer, not a national company', async () => {
    const note =
      `${vitals}CAME IN FROM THE HALLORAN HOUSE. EMS found him down in Ellicott Heights. Her brother lives in DC now. ` +
      'WIFE CFO OF IBM. worried about her company Brightline today.';
    expect(await blockedTexts(note)).toEqual(['HALLORAN HOUSE', 'Ellicott Heights', 'DC', 'Brightline']);
  });
});

describe('a place measured from another', () => {
  it('finds the town in "just short of X" and "north of X", but not "short of breath"', async () => {
    const text =
      "Client: I'm from Tillamook, just short of Astoria. We go camping an hour north of Redmond. " +
      'I get short of breath on the stairs.';
    expect(await blockedTexts(text)).toEqual(['Tillamook', 'Astoria', 'Redmond']);
  });
});

describe('town and institution names made of names that are words', () => {
  it('finds a month or modal that names a school or workplace, a Mount/Fort town at a sentence start, and capitalized words where someone lives', async () => {
    const text =
      'Client: Yeah. He got kicked out of May Elementary School this year. I work at May Memorial Hospital now. ' +
      "It's not a problem. Mount Pleasant was just too expensive for us. My dad is out in Broad Ripple now.";
    expect(await blockedTexts(text)).toEqual([
      'May Elementary School',
      'May Memorial Hospital',
      'Mount Pleasant',
      'Broad Ripple',
    ]);
    expect(
      await blockedTexts(
        `${talk}client: he got kicked out of may elementary school. mount pleasant was too expensive.`,
      ),
    ).toEqual(['may elementary school', 'mount pleasant']);
  });

  it('leaves "a senior in high school", "you may school him" and a hospital floor alone', async () => {
    expect(
      await blockedTexts(`${talk}client: i'm a senior in high school. you may school him on it.`),
    ).toEqual([]);
    const note =
      'Resp: Tol PSV wean, ABG ok, sx thick tan. GI: Abd soft, +BS. Up to the Medical Floor once a bed opens.';
    expect(await blockedTexts(note)).toEqual([]);
  });
});

describe('a facility named in parentheses and a campus', () => {
  const vitals =
    'Resp: Tol PSV wean, ABG ok, sx thick tan. GI: Abd soft, +BS. Heme: Hct stable, lytes repleted. ';

  it('finds the place in "rehab(St Luke Memorial)" and "North Campus", not "(PRN)" or "(d/c)"', async () => {
    const note = `${vitals}Plan d/c to rehab(St Luke Memorial) friday. Radiation sim on North Campus. Home (PRN) meds.`;
    expect(await blockedTexts(note)).toEqual(['St Luke Memorial', 'North Campus']);
  });
});

describe('lower-cased towns and streets of everyday words, and states that are also towns or cities', () => {
  it('finds "palm desert was…", "over on county line road", "nevada, mo" and "new york", and allows "nevada" alone', async () => {
    const text =
      `${talk}client: my mom still lives over on county line road. palm desert was just too expensive for us. ` +
      'we were living in nevada, mo at the time. we drove up to new york. my cousin moved to nevada. oh, ok, me too.';
    expect(await blocked(text)).toEqual([
      'LOCATION:county line road',
      'LOCATION:palm desert',
      'LOCATION:nevada',
      'LOCATION:new york',
    ]);
  });

  it('finds spoken streets of institution words and "way" where someone lives on it', async () => {
    const text = `${talk}client: my mom still lives over on center road. my dad still lives over on reed way. that is the way. we went on our way.`;
    expect(await blockedTexts(text)).toEqual(['center road', 'reed way']);
  });

  it('leaves "the long story was" and "high school was" alone', async () => {
    expect(await blockedTexts(`${talk}client: the long story was sad. high school was hard.`)).toEqual([]);
  });
});

describe('ordinal streets and towns that open a sentence', () => {
  it('finds "First Street", "over on first street", "Cathedral City was…" and "Grapevine was…", not "Reading was…" or "Foley was…" in a note', async () => {
    expect(
      await blockedTexts(
        'Client: My mom still lives over on First Street. Cathedral City was too expensive. Grapevine was worse. Reading was hard.',
      ),
    ).toEqual(['First Street', 'Cathedral City', 'Grapevine']);
    expect(await blockedTexts(`${talk}client: my mom still lives over on first street.`)).toEqual([
      'first street',
    ]);
    const note =
      'Resp: Tol PSV wean, ABG ok, sx thick tan. GI: Abd soft, +BS. Heme: Hct stable.\nFoley was flushed.';
    expect(await blockedTexts(note)).toEqual([]);
  });

  it('reads a place placed within a larger one ("in rural X", "from northern X") as the place', async () => {
    expect(await blocked('We moved to rural Kessington last year.')).toEqual(['LOCATION:Kessington']);
    // A state alone is allowed, and so reported, not blocked as a person named Montana.
    expect(await blocked('We live in rural Montana, how far is the nearest dialysis center?')).toEqual([]);
  });

  it('reads a country by its initials after "the" as the country, as it reads "Canada"', async () => {
    expect(await blocked('We are moving back to the UK next year.')).toEqual(['LOCATION:UK']);
    expect(await blocked('gas prices in the US are insane')).toEqual(['LOCATION:US']);
    expect(await blocked('The U.S. economy is strange.')).toEqual(['LOCATION:U.S']);
    // "us" is us; a line in capitals chose none of its capitals.
    expect(await blocked('They told us about it.\nLET US KNOW ABOUT THE US OPEN')).toEqual([]);
  });

  it('reads a big city by its initials or its nickname where a place is said to be', async () => {
    const text =
      'touched down in LA an hour ago\nSF rent went up again\nwe left ATL in the spring\n' +
      'a long weekend in Vegas\nback to philly for the holidays\nnothing like the Big Easy in the fall';
    expect(await blocked(text)).toEqual([
      'LOCATION:LA',
      'LOCATION:SF',
      'LOCATION:ATL',
      'LOCATION:Vegas',
      'LOCATION:philly',
      'LOCATION:Big Easy',
    ]);
    // "LA" is the city there, not the state the postal tables share its letters with.
    expect((await blocked('moving to LA')).length).toBe(1);
    // Lower case, a note's left atrium, a discharge, and everyday words that make a nickname elsewhere.
    const clean =
      'la la la, what a song\nEcho showed thrombus in LA, DC home tomorrow\n' +
      'She baked a big apple pie for the windy city fair.';
    expect(await blocked(clean)).toEqual([]);
  });

  it('finds a city everyone knows after an article, in lower case too, and leaves a place-named rule alone', async () => {
    expect(await blockedTexts('this detroit winter is brutal and the chicago rent is worse')).toEqual([
      'detroit',
      'chicago',
    ]);
    expect(await blocked('We applied the Ottawa ankle rules.')).toEqual([]);
  });

  it('finds a town before "resident", "native" or "area" though an article stands before it', async () => {
    const text =
      'Client: I am officially a Tempe resident. She is a Boise native. We are moving to the Tulsa area.';
    expect(await blockedTexts(text)).toEqual(['Tempe', 'Boise', 'Tulsa']);
  });
});

describe('eateries by their owner, and landmarks opening a sentence', () => {
  it("finds a local eatery named for its owner and a landmark word's name at a sentence start", async () => {
    expect(await blockedTexts("Meet me at Lupita's Cantina at six.")).toEqual(["Lupita's Cantina"]);
    expect(await blockedTexts("The line at Vinnie's Deli was out the door.")).toEqual(["Vinnie's Deli"]);
    expect(await blockedTexts("Fisherman's Wharf is a tourist trap and I love it.")).toEqual([
      "Fisherman's Wharf",
    ]);
    // A chain's name is no local place.
    expect(await blockedTexts("We ordered Domino's Pizza again.")).toEqual([]);
  });
});

describe('a venue in a city the lists know', () => {
  it('finds one word after "at", or a name after "the" or "outside", that stands in a known city', async () => {
    expect(await blockedTexts('finally got a table at Sorrel in Charleston for our anniversary')).toEqual([
      'Sorrel',
      'Charleston',
    ]);
    expect(await blockedTexts('The Boardwalk in San Antonio is so pretty at night.')).toEqual([
      'Boardwalk',
      'San Antonio',
    ]);
    expect(await blockedTexts('Protest outside City Hall in Portland got heated.')).toEqual([
      'City Hall',
      'Portland',
    ]);
  });

  it('leaves a team, a pronoun and a given name in a city as they were', async () => {
    expect(await blockedTexts('The Patriots in Boston are done.')).toEqual(['Boston']);
    expect(await blockedTexts("I'm in Miami at the conference.")).toEqual(['Miami']);
    expect(await blockedTexts('We had lunch with Jake in Boston.')).toEqual(['Jake', 'Boston']);
  });
});

describe('places named by a saint, a denomination or a district', () => {
  it('reads "St." and the word after it as the name of the institution', async () => {
    expect(await blockedTexts('Client: Her last month was at St. Cloud Hospital.')).toEqual([
      'St. Cloud Hospital',
    ]);
    expect(await blockedTexts('Client: My niece goes to St. Rose Academy now.')).toEqual([
      'St. Rose Academy',
    ]);
  });

  it('reads an ordinal or a name before a denomination as one church, but not a kind of church', async () => {
    expect(await blockedTexts('Client: I got my chip at the First Presbyterian meeting.')).toEqual([
      'First Presbyterian',
    ]);
    expect(await blockedTexts('Client: The Grace Lutheran youth group meets Wednesdays.')).toEqual([
      'Grace Lutheran',
    ]);
    expect(
      await blockedTexts('Client: He is United Methodist now, and she was raised Free Methodist.'),
    ).toEqual([]);
  });

  it('reads a capitalized district, cemetery or promenade as a place, not the aortic arch', async () => {
    expect(await blockedTexts('Client: He had a party over in the Lantern District last week.')).toEqual([
      'Lantern District',
    ]);
    expect(await blockedTexts('Client: Her ashes are at Brookhaven Cemetery.')).toEqual([
      'Brookhaven Cemetery',
    ]);
    expect(await blockedTexts('Aortic Arch: normal caliber. Dry needle therapy helped.')).toEqual([]);
  });

  it('reads an everyday word in capitals as said louder, not as where someone goes', async () => {
    expect(await blockedTexts("Client: Everyone was yelling. I couldn't just go to SLEEP.")).toEqual([]);
  });
});

describe('a care home by its name, states said together, and a sport a town shares its name with', () => {
  it('reads words capitalized before "nursing home" or "assisted living" as the home', async () => {
    expect(
      await blocked('An 80-year-old resident of the Sunrise Manor nursing home develops a fever.'),
    ).toEqual(['LOCATION:Sunrise Manor']);
    expect(
      await blocked('Grandma hates the Pleasant View nursing home. She wanted assisted living.'),
    ).toEqual(['LOCATION:Pleasant View']);
  });

  it('leaves the Carolinas and the Dakotas and a lower-cased sport alone', async () => {
    expect(await blocked('We planned a trip to the Carolinas, then drove through the Dakotas.')).toEqual([]);
    expect(await blocked('Her spleen is enlarged. When can she go back to lacrosse?')).toEqual([]);
    expect(await blocked('They moved to Rugby last year.')).toEqual(['LOCATION:Rugby']);
  });

  it('reads no pronoun answering "where" as a place', async () => {
    expect(await blocked("Therapist: Where are you landing?\nPartner 1: We're, um. We're pausing.")).toEqual(
      [],
    );
  });

  it('reads "Dr." before a capitalized name as the title in a text that drops capitals elsewhere', async () => {
    expect(
      await blocked('is 3 zyrtec a day too much? my allergist Dr. Feldstein said i can take 4 for hives.'),
    ).toEqual(['PERSON:Feldstein']);
  });
});

describe("a chain's store, once the text says where it stands", () => {
  it('names the store with its street or town', async () => {
    // (Nights at a workplace name it with its branch's street, as a job "at" it does.)
    expect(await blocked('He stocks shelves nights at the Kroger on Larkspur now.')).toEqual([
      'LOCATION:Kroger on Larkspur',
    ]);
    expect(await blocked('He stocks shelves at the Kroger on Larkspur now.')).toEqual([
      'LOCATION:Kroger',
      'LOCATION:Larkspur',
    ]);
    expect(await blocked('ran into my ex at the Publix in Winter Haven again')).toEqual([
      'LOCATION:Publix',
      'LOCATION:Winter Haven',
    ]);
    expect(await blocked('SOMEONE HIT MY CAR IN THE Target PARKING LOT ON Harmon Blvd')).toContain(
      'LOCATION:Target',
    );
  });

  it('finds the street after a chain in lower-cased speech, its apostrophe dropped or not', async () => {
    expect(
      await blocked(`${talk}client: we always stopped at the braums on larkin after practice\n`),
    ).toEqual(['LOCATION:braums', 'LOCATION:larkin']);
    expect(await blocked(`${talk}client: i cried in the lot of the wendy's on keswick that night\n`)).toEqual(
      ["LOCATION:wendy's", 'LOCATION:keswick'],
    );
  });

  it('reads a town said before a chain as where its store stands', async () => {
    expect(await blocked('I ran into her at the Sunnyvale costco on Saturday.')).toEqual([
      'LOCATION:Sunnyvale',
    ]);
    expect(await blocked(`${talk}client: we met up at that fresno walmart by the freeway\n`)).toEqual([
      'LOCATION:fresno',
    ]);
    // A state before a chain is the chain's own name, or says nothing smaller.
    expect(await blocked('We had dinner at the Texas Roadhouse after the game.')).toEqual([]);
  });

  it('leaves a chain alone where nothing says which store, or a state or a country follows', async () => {
    expect(await blocked('I shop at Kroger on Sundays.')).toEqual([]);
    expect(await blocked('We went to Target in Texas last year.')).toEqual([]);
    expect(await blocked('We live off Highway 12 near the river.')).toEqual(['LOCATION:Highway 12']);
  });
});

describe('hospitals after a ward, and neighbourhoods opening a sentence', () => {
  it('reads the hospital after a ward or its staff, in lower-cased speech by the names hospitals go by', async () => {
    expect(await blocked(`${talk}client: they rushed her to the er at providence that night\n`)).toEqual([
      'LOCATION:providence',
    ]);
    expect(await blocked(`${talk}client: the nurses at night were kind though\n`)).toEqual([]);
    expect(await blocked('The doctors at first thought it was the flu.')).toEqual([]);
  });

  it('reads a neighbourhood named for its heights or hills at the start of a post', async () => {
    expect(await blocked('Jackson Heights block party this weekend, who is going')).toEqual([
      'LOCATION:Jackson Heights',
    ]);
  });
});

describe('a chain said short, and the hospital after a clinician', () => {
  it('reads a chain without the kind of store its full name ends in', async () => {
    expect(await blocked('the CVS in Tullahoma keeps saying my refill is on backorder')).toEqual([
      'LOCATION:CVS',
      'LOCATION:Tullahoma',
    ]);
  });

  it("reads the hospital after a clinician's 'at', by a name hospitals go by", async () => {
    expect(await blocked('The neurologist at Presbyterian said his stroke scale was 11.')).toEqual([
      'LOCATION:Presbyterian',
    ]);
  });
});

describe('states listed one after another', () => {
  it('reads each as a state, not a town of the next', async () => {
    expect(
      await blocked('After he retired we drove all over: Vermont, Oregon, Montana, and Alaska once.'),
    ).toEqual([]);
    expect(await blocked('She lives in Bangor, Maine now.')).toEqual(['LOCATION:Bangor']);
  });

  it('reads a youth detention word as no place', async () => {
    expect(
      await blocked(`${talk}dad: his cousin went to juvie at sixteen and never really came back from it\n`),
    ).toEqual([]);
  });
});

describe("kinds of places: a faith's church, a school level, a court, an app", () => {
  it('reads a church by its faith alone, "junior high" and a kind of court as no particular place', async () => {
    expect(await blockedTexts('the widows group meets at the presbyterian church on thursdays')).toEqual([]);
    expect(await blockedTexts('Client: I go to one at the Baptist church near work.')).toEqual([]);
    expect(await blockedTexts('back in junior high nobody talked to me')).toEqual([]);
    expect(await blockedTexts('Drug Court wants proof of the sessions.')).toEqual([]);
    expect(await blocked('We joined Trinity Lutheran Church last spring.')).toEqual([
      'LOCATION:Trinity Lutheran Church',
    ]);
  });

  it('reads an app after "on" as no street', async () => {
    expect(await blockedTexts('somebody filmed it and now its on tiktok')).toEqual([]);
    expect(await blockedTexts('my aunts on westbrook now')).toEqual(['westbrook']);
  });
});

describe('kinds of school and of worship', () => {
  it('reads "med school", "art schools" and the Mass as no particular place', async () => {
    expect(await blockedTexts('my cousin is in med school and my sister wants art schools')).toEqual([]);
    expect(await blockedTexts('I go to the Mass in Spanish on Sundays.')).toEqual([]);
  });
});

describe('places said where no rule had looked', () => {
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
});

describe('wars by their names', () => {
  it('reads a war named by its place as no place and no one', async () => {
    expect(
      await blocked('My uncle was a Gulf War medic, and my grandpa never talked about the Korean War.'),
    ).toEqual([]);
    expect(await blockedTexts('He served in the Gulf War and then moved to Fort Dunmore.')).toEqual([
      'Fort Dunmore',
    ]);
  });
});

describe('a hospital called "County General" wherever the sentence starts', () => {
  it('finds it, not an assembly by that name', async () => {
    expect(
      await blockedTexts('Client: Nights again. County General, sixth floor, the cardiac unit.'),
    ).toEqual(['County General']);
    expect(await blocked('The County General Assembly votes on the levy next month.')).not.toContain(
      'LOCATION:County General',
    );
  });
});

describe("a shop or a congregation whose name opens a sentence, and a shop by its owner's name", () => {
  it('finds them where the writer capitalized what they are', async () => {
    expect(await blockedTexts('Client: Bluebird Bakery is where my aunt works the early shift.')).toEqual([
      'Bluebird Bakery',
    ]);
    expect(
      await blockedTexts('Client: They meet in a rented hall now. Harvest Tabernacle. Same people.'),
    ).toEqual(['Harvest Tabernacle']);
    expect(await blockedTexts("Client: After school we walked to Schneider's with my cousin.")).toEqual([
      'Schneider',
    ]);
    expect(await blockedTexts("Client: She brought bagels from Kaufman's on the way.")).toEqual(['Kaufman']);
  });

  it('leaves a word said of church, and a disease one suffers from, alone', async () => {
    for (const text of [
      'Client: Honestly Church is the hardest part of the week now.',
      "Client: My father is suffering from Parkinson's.",
      "Client: He got worse from Parkinson's this year.",
    ])
      expect(await blocked(text)).toEqual([]);
  });
});

describe('places by what stands beside them', () => {
  it('allows a state described, not named smaller', async () => {
    expect(await blockedTexts("we're in rural montana and the nearest er is an hour away")).toEqual([]);
    expect(await blockedTexts('They retired to upstate New York last spring.')).toEqual([]);
  });

  it("finds a town by its highway exit, and a business by its owner's name set off by its kind", async () => {
    expect(await blockedTexts('I had to pull over at the Myersville exit.')).toEqual(['Myersville']);
    expect(await blockedTexts("The little marker came from Boyer's, the funeral home.")).toEqual(['Boyer']);
    expect(await blockedTexts("He was diagnosed with Parkinson's, the disease my dad had.")).toEqual([]);
  });

  it('leaves the weekday after a place out of its name', async () => {
    expect(
      await blockedTexts('My daughter let me take the kids to Bushnell Park Saturday. First time alone.'),
    ).toEqual(['Bushnell Park']);
  });
});

describe('places that modify what they name', () => {
  it("finds a town before a family's house", async () => {
    expect(await blockedTexts("The Metairie house, the car note, her sister's loan.")).toEqual(['Metairie']);
    expect(await blockedTexts('We moved to McAllen last year.')).toEqual(['McAllen']);
  });
});

describe('states after towns and schools after students', () => {
  it('allows the state a great city shares its name with after a town and a comma, not in a list of towns', async () => {
    expect(await blockedTexts('A 68-year-old welder from Ellensburg, Washington, reports dyspnea.')).toEqual([
      'Ellensburg',
    ]);
    expect(await blockedTexts('We drove through Yakima, New York, and Boston that summer.')).toEqual([
      'Yakima',
      'New York',
      'Boston',
    ]);
  });

  it('finds the school a student attends', async () => {
    expect(await blockedTexts('A 19-year-old sophomore at Purdue presents with fever.')).toEqual(['Purdue']);
  });
});

describe("a children's hospital by its whole name, and where the speaker is by its initials", () => {
  it('reads "Children\'s Hospital" and the state it serves as the hospital', async () => {
    expect(await blockedTexts("Should we go to the ER at Children's Hospital Montana tonight?")).toEqual([
      "Children's Hospital Montana",
    ]);
  });

  it('reads initials after "here at" as the institution, not a program by its letters', async () => {
    expect(await blockedTexts('Client: Here at UW I feel like nobody sees me.')).toEqual(['UW']);
    expect(await blockedTexts('Client: Here at IOP we do three groups a day.')).toEqual([]);
  });
});

describe('a hospital opening a line, a parish in raw speech', () => {
  it("reads an everyday word before a naming word and an institution word as the hospital, at a line's start too", async () => {
    expect(await blockedTexts('Safety contacts: Grace Medical Center ED and the crisis line.')).toEqual([
      'Grace Medical Center',
    ]);
    expect(await blockedTexts('Emergency Medical Services arrived in four minutes.')).toEqual([]);
  });

  it('reads a dedication after "holy" where one goes as the parish in speech without capitals', async () => {
    expect(await blockedTexts('and then the tuesday one in the basement at holy rosary')).toEqual([
      'holy rosary',
    ]);
    expect(await blockedTexts('i went to the holy family picnic with my kids')).toEqual([]);
  });
});

describe("a place in the mind one owns, an observance's name", () => {
  it('reads "my Safe Place" as an exercise, and a street on its own as the street', async () => {
    expect(await blockedTexts('Therapist: Then go to your Safe Place, the porch with the rain.')).toEqual([]);
    expect(await blockedTexts('He moved to Juniper Place last spring.')).toEqual(['Juniper Place']);
  });
});

describe('what "the" capitalizes that is no venue, a class, a language said in it', () => {
  it('reads a step of a model and a word before what it describes as no venue, and a bar by its name as one', async () => {
    expect(await blockedTexts('Facilitator: You caught it early. You stopped it at the Thought.')).toEqual(
      [],
    );
    expect(await blockedTexts('Dad: We let you go to the Homecoming dance, didn’t we?')).toEqual([]);
    expect(await blockedTexts('Client: We met at the Lantern after work.')).toEqual(['Lantern']);
  });

  it('reads a class by its subject, and a language named in its own tongue, as no one', async () => {
    expect(await blockedTexts('Mom: Mornings are fine. He threw his pencil case in Art.')).toEqual([]);
    expect(await blockedTexts('Patient 2: When is Art Therapy today?')).toEqual([]);
    expect(await blockedTexts('Grandma: Español, por favor. My English is for the bank.')).toEqual([]);
    expect(await blockedTexts('I went to dinner with Art and his wife.')).toEqual(['Art']);
  });

  it('reads a place or a point in the mind, said bare, as an exercise', async () => {
    expect(await blockedTexts('Trainee: I did Calm Place with her. She picked the lake.')).toEqual([]);
    expect(await blockedTexts('Member 2, try rewriting the Stuck Point as a balanced statement.')).toEqual(
      [],
    );
    expect(await blockedTexts('They live on Pleasant Place now.')).toEqual(['Pleasant Place']);
  });
});

describe('where one studied, drinks and runs', () => {
  it('reads a name the medical list holds after "at" in a note as where one was, not an eponym', async () => {
    expect(
      await blockedTexts(
        'Assessment: anxiety and depressive symptoms after leaving a graduate program at Tufts. CBT with exposure hierarchy; PHQ-9 14, GAD-7 12.',
      ),
    ).toEqual(['Tufts']);
  });

  it('reads a capitalized possessive no name list holds after "at" as the place, and a relative\'s as theirs', async () => {
    expect(await blockedTexts("We get beers at Crabby's every couple of weeks.")).toEqual(["Crabby's"]);
    expect(await blockedTexts("We stayed at Grandma's all weekend.")).toEqual([]);
  });

  it('reads a capitalized path one walks or runs along as the place', async () => {
    expect(await blockedTexts('We went walking on the Riverwalk after lunch.')).toEqual(['Riverwalk']);
    expect(await blockedTexts('I was running late on the Monday shift.')).toEqual([]);
  });
});

describe('a part of town by its word, a chain employing, a bar in a town', () => {
  it('reads capitalized words before "subdivision" or "neighborhood" as the part of town, unless they say who lives there', async () => {
    expect(await blockedTexts("We're in the Brookhaven subdivision, by the pool.")).toEqual(['Brookhaven']);
    expect(await blockedTexts('They moved to the Oak Hill neighborhood last spring.')).toEqual(['Oak Hill']);
    expect(await blockedTexts('It was the Korean neighborhood back then.')).toEqual([]);
  });

  it('reads a chain after a job title as no place, and a named employer as one', async () => {
    expect(await blockedTexts('The pharmacist at Kroger said to call right away.')).toEqual([]);
    expect(await blockedTexts('He is a nurse at Kessler Memorial.')).toEqual(['Kessler Memorial']);
  });

  it('reads a town after a bar or a plant "in" it as the town', async () => {
    expect(await blockedTexts(`${talk}client: he said he had a shift at the bar in canton`)).toEqual([
      'canton',
    ]);
  });
});

describe('a shop on a street, a ward by its floor', () => {
  it('reads capitalized words owned or several before "on" and a street as the place there', async () => {
    expect(await blockedTexts("shoutout Nonna's Italian Ice on Sheridan Rd for staying open")).toEqual([
      "Nonna's Italian Ice",
      'Sheridan Rd',
    ]);
    expect(await blockedTexts('Parking on Main St is a nightmare.')).toEqual(['Main St']);
  });
});

describe('states and regions of states, a shrine, a chain said apart', () => {
  it('reads a state with a given name in it as the state, and a region of several states as allowed', async () => {
    expect(
      await blockedTexts(`${talk}client: we could drive down to the coast, like south carolina.`),
    ).toEqual([]);
    expect(await blockedTexts('Lyme disease is endemic in New England and the Upper Midwest.')).toEqual([]);
    expect(await blockedTexts('We moved from the Midwest to the West Coast last year.')).toEqual([]);
    expect(await blockedTexts('She lives in Midwest City now.')).toEqual(['Midwest City']);
  });

  it('reads Mary by the place she appeared as no one, and a chain written apart as the chain', async () => {
    expect(await blockedTexts(`${talk}client: she prays to la virgen de guadalupe every night.`)).toEqual([]);
    expect(await blockedTexts(`${talk}client: she has a job at chick fil a this summer.`)).toEqual([]);
  });
});

describe('places by a town word or an eatery word, and surnames after a title', () => {
  it('finds two capitalized words ending in a town word after a preposition, whatever the first', async () => {
    expect(await blockedTexts('drove home over Turnip Hill in the fog again')).toEqual(['Turnip Hill']);
    expect(await blockedTexts('you could hear the stadium from Dutch Town last night lol')).toEqual([
      'Dutch Town',
    ]);
  });

  it('finds an eatery named after its word, and not a night of a dish', async () => {
    expect(await blocked('We had dinner at Taqueria Tlaquepaque on Friday.')).toEqual([
      'LOCATION:Taqueria Tlaquepaque',
    ]);
    expect(await blockedTexts('We had Pizza Night at home on Friday.')).toEqual([]);
  });

  it('reads a place word after a title as a surname, and a weekday after a name as when', async () => {
    expect(await blocked('TEEN: You would tell Mrs. Park everything!')).toEqual(['PERSON:Park']);
    expect(await blockedTexts('He drove up from Charlotte Tuesday for the meeting.')).toEqual(['Charlotte']);
  });
});

describe("a well-known city's words opening a post, and a title found again", () => {
  it('finds a well-known city of everyday words capitalized at the start of a post written in lower case', async () => {
    const text =
      'Grand Rapids friends!! my band is playing next friday, doors at 8, come scream with us\n\n' +
      'huge thanks to Tommy Reyes for lending us his van after ours died. rip the green machine';
    expect(await blockedTexts(text)).toEqual(['Grand Rapids', 'Tommy Reyes']);
  });

  it('finds a teacher again by name, never her title alone', async () => {
    const text =
      'Big shoutout to Mrs. Joy Alvarado for 30 years of teaching 2nd grade!! She taught me to read.\n\n' +
      "Can't believe Joy is actually retiring. we love you Mrs. D ❤️";
    expect(await blockedTexts(text)).toEqual(['Joy Alvarado', 'Joy', 'Mrs. D']);
  });
});
