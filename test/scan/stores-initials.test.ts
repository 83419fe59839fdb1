import { describe, expect, it } from 'vitest';
import { blocked, talk } from './helpers.ts';

describe("a chain's store, once the text says where it stands", () => {
  it('names the store with its street or town', async () => {
    expect(await blocked('He stocks shelves nights at the Kroger on Larkspur now.')).toEqual([
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

  it('leaves a chain alone where nothing says which store, or a state or a country follows', async () => {
    expect(await blocked('I shop at Kroger on Sundays.')).toEqual([]);
    expect(await blocked('We went to Target in Texas last year.')).toEqual([]);
    expect(await blocked('We live off Highway 12 near the river.')).toEqual(['LOCATION:Highway 12']);
  });
});

describe('clients by their initials', () => {
  it('reads dotted capitals as someone in supervision talk', async () => {
    expect(await blocked('Supervisor: Next, K.B. — how did the family session go?')).toEqual(['PERSON:K.B.']);
    expect(await blocked('Therapist: J.L. cancelled again, third time this month.')).toEqual(['PERSON:J.L.']);
  });

  it('leaves abbreviations and times alone', async () => {
    expect(await blocked('We moved to the U.S. in 2019; she is an R.N. with an M.A.')).toEqual([
      'LOCATION:U.S',
    ]);
    expect(await blocked('Group starts at 10 A.M. sharp, R.S.V.P. by Friday.')).toEqual([]);
    // A note's shorthand abbreviates everything.
    expect(
      await blocked('Pt lethargic, H.O. aware. G.U.: foley draining, U.O. 30cc/hr. Abd soft, BS+.'),
    ).toEqual([]);
  });
});

describe('a possessive whose apostrophe speech-to-text dropped', () => {
  it("reads a given name's possessive before a gathering or after where one was", async () => {
    expect(
      await blocked(`${talk}client: we were all at kaylees graduation and my dad didnt even come\n`),
    ).toEqual(['PERSON:kaylee']);
    expect(await blocked(`${talk}client: i was at chloes in fernley the whole night i swear\n`)).toEqual([
      'PERSON:chloe',
      'LOCATION:fernley',
    ]);
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

describe('holidays and departments that look like names', () => {
  it("reads a holiday's name whole, and a title-cased department as no one", async () => {
    expect(
      await blocked('Observe a holiday not listed (Eid al-Fitr, Yom Kippur, Diwali)? Tell your lead.'),
    ).toEqual([]);
    expect(await blocked('Program Manager\nBehavioral Health and Workforce Development\n')).toEqual([]);
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
