import { describe, expect, it } from 'vitest';
import { blocked, blockedTexts, talk } from './helpers.ts';

const vitals =
  'resp: tol psv wean, abg ok, sx thick tan. gi: abd soft, +bs. heme: hct stable, lytes repleted. ';

describe('hospital acronyms after a transfer between facilities', () => {
  it('finds an unlisted acronym after transfer verbs, misspelled ones included, and its later mentions', async () => {
    const note =
      `${vitals}PT WAS TRANSFERED TO KMH FOR CATH. ON ARRIVAL AT KMH EW PT INTUBATED. ` +
      'LABS FROM KMH PENDING. PT RECENTLY ADM TO THE WBH FOR CELLULITIS.';
    expect(await blockedTexts(note)).toEqual(['KMH', 'KMH', 'KMH', 'WBH']);
  });

  it('finds a lower-cased acronym in shorthand notes after "sent to" and before a department', async () => {
    const note = `${vitals}she was sent to kmh for further eval. pt rec'd fent enroute. found down -> kmh ew today.`;
    expect(await blockedTexts(note)).toEqual(['kmh', 'kmh']);
  });

  it('finds the hospital after "sent to ED at"', async () => {
    expect(await blockedTexts(`${vitals}PT SENT TO ED AT KMH. PT SOMNOLENT.`)).toEqual(['KMH']);
  });

  it('leaves units, blood bank, specimen sites and routes after the same verbs alone', async () => {
    const note =
      `${vitals}TRANSFERRED TO MICU-A. admitted to micua. clot sent to BB. cx sent from RLE ulcer. ` +
      'lines dc’d from fem site. changed to PO. sent to CT. returned from IR. tx to tele bed in am.';
    expect(await blockedTexts(note)).toEqual([]);
  });
});

describe('hospital buildings named with a floor number', () => {
  it('finds an unlisted building before its floor number, and its other mentions in the note', async () => {
    const note =
      `${vitals}PT. INTUBATED ON HAVERLOCK 6 FOR ACUTE RESP FAILURE. PLAN: HAVERLOCK 2 WHEN BED AVAIL. ` +
      'PER RN FROM HAVERLOCK.';
    expect(await blockedTexts(note)).toEqual(['HAVERLOCK', 'HAVERLOCK', 'HAVERLOCK']);
  });

  it('finds a lower-cased building right after a transfer', async () => {
    expect(await blockedTexts(`${vitals}plan: transfer to haverlock 2 today w sitter.`)).toEqual([
      'haverlock',
    ]);
  });

  it('leaves drips and doses after "on" alone', async () => {
    const note =
      `${vitals}CI SL LOW ON DOBUTAMINE 2.5, on captopril 6.25 TID. REMAINS ON MILRINONE 0.5 MCG. ` +
      'started on nimbex 2 mg/kg. on heparin 8 units/kg.';
    expect(await blockedTexts(note)).toEqual([]);
  });
});

describe('hospital-shaped acronyms after a preposition of place', () => {
  it('finds an acronym ending in H or MC after at/in/to/from without a transfer verb', async () => {
    const note =
      `${vitals}MANAGED AS OUTPATIENT BY CHF TEAM AT WMH. knows he is in WMH. ` +
      'husband asked for a consult from the RVMC. cultures pending at kmh.';
    expect(await blockedTexts(note)).toEqual(['WMH', 'WMH', 'RVMC', 'kmh']);
  });

  it('leaves clinical acronyms of the same shape alone (bleeds, insulin, baseline health)', async () => {
    const note =
      `${vitals}HX OF BPH, IN SAH PRECAUTIONS. pt to NH when stable. covered with 10u of NPH at hs. ` +
      'back to USOH per family. ph 7.32 on abg. WAS AT OSH FOR 2 DAYS.';
    expect(await blockedTexts(note)).toEqual([]);
  });
});

describe('initials the medical list also holds, where a facility stands', () => {
  it('finds a medical center by initials after "at" though the letters are also an abbreviation', async () => {
    const text = 'Client: They kept her overnight at CMC and then she went home.';
    expect(await blockedTexts(text)).toEqual(['CMC']);
  });
});

describe('initials said in lower-cased speech', () => {
  it('finds a university or medical center by its initials after into / at / "out of", not everyday words', async () => {
    const text =
      `${talk}client: my son got into wsu and i dropped out of ucm years ago\n` +
      'client: i got into bed early and i was out of gas at the end';
    expect(await blockedTexts(text)).toEqual(['wsu', 'ucm']);
  });
});

describe('hospitals and universities by initials in lower-cased speech', () => {
  it('reads initials after "the er at" as the hospital, even letters the medical list holds, and "u of" a letter', async () => {
    const text =
      `${talk}client: they took my dad to the er at pvmc last week and later to the er at tkmhc. ` +
      'my son got into u of a for the fall. we went to the er at night once. that was a u of a lot.';
    expect(await blockedTexts(text)).toEqual(['pvmc', 'tkmhc', 'u of a']);
  });
});

describe('hospitals named as people are', () => {
  it("reads a saint's name in the possessive as the institution, not the holiday or the herb", async () => {
    const text = "He was admitted at St. Benedict's last week and later moved to Saint Ursula's.";
    expect(await blocked(text)).toEqual(["LOCATION:St. Benedict's", "LOCATION:Saint Ursula's"]);
    expect(await blocked("Last St. Patrick's Day I started St. John's wort.")).toEqual([]);
  });

  it('reads a Montessori, a preschool or a daycare by its name as the place', async () => {
    expect(await blocked('She goes to Elmside Montessori now.')).toEqual(['LOCATION:Elmside Montessori']);
    expect(await blocked(`${talk}client: she goes to elmside montessori now`)).toEqual([
      'LOCATION:elmside montessori',
    ]);
  });

  it('reads where a nurse or a teacher works, named by an everyday word in capitals, as the workplace', async () => {
    expect(await blocked("I'm a nurse at Mercy and got a needlestick.")).toEqual(['LOCATION:Mercy']);
    // An everyday word there in lower case or in the possessive is not a name.
    expect(await blocked("I'm a nurse at heart. The nurse at Grace's bedside cried.")).toEqual([
      'PERSON:Grace',
    ]);
  });
});

describe('a practice or hospital named by what it does, or where care was given', () => {
  it('finds a practice by its name before its specialty, and not a kind of care or a company', async () => {
    expect(
      await blocked(
        'He had his knee done at Brookhollow Ortho and takes oxycodone 5 mg with celecoxib for the pain.',
      ),
    ).toEqual(['LOCATION:Brookhollow Ortho']);
    expect(
      await blocked(
        'Message for the nurse line at Westmarch Family Medicine: is 20 mg of lisinopril too much?',
      ),
    ).toEqual(['LOCATION:Westmarch Family Medicine']);
    expect(await blocked('I was seen in the Fairview ER on Friday for chest pain.')).toEqual([
      'LOCATION:Fairview ER',
    ]);
    expect(
      await blocked(
        'We called Public Health about it. Apple Health says I slept 5 hours. The Behavioral Health team called.',
      ),
    ).toEqual([]);
  });

  it('finds the hospital after a treatment or triage "at", and not a company, a time or a possessive', async () => {
    expect(await blocked("They sent her to triage at Swedish and she's doing a 24 hr urine.")).toEqual([
      'LOCATION:Swedish',
    ]);
    expect(await blocked('He did his rehab at Planet Fitness. I had surgery at Christmas.')).toEqual([]);
  });
});

describe('clinics by the town or the name before them', () => {
  it("reads a town's clinic or hospital after an article as the place", async () => {
    expect(await blocked('My scan from the Okemah clinic came back clean.')).toEqual(['LOCATION:Okemah']);
  });

  it('reads a name before what a practice does and its office or clinic as the practice, in any case', async () => {
    expect(await blockedTexts('I was referred to the Ferndale urology office for it.')).toEqual([
      'Ferndale urology office',
    ]);
    expect(
      await blocked('The family medicine office called back. The mental health clinic was closed.'),
    ).toEqual([]);
  });

  it('reads a kind of site in lower case, where capitals tell, as no named site', async () => {
    expect(await blocked('I drive her to the infusion center every month and sit there.')).toEqual([]);
  });
});

describe("a program's paperwork: a town with its state in a list, police by their town, initials of a place, nicknames in a name", () => {
  it('finds them', async () => {
    expect(await blockedTexts('Collateral: teacher at Birchwood Elementary, Troy, NY')).toContain('Troy');
    expect(await blockedTexts('- Harmony Police Department, 10:12 PM; runaway report filed.')).toEqual([
      'Harmony Police',
    ]);
    expect(
      await blockedTexts('Detox at Kellerman Regional Hospital (KRH) in March, and again at KRH in June.'),
    ).toEqual(['Kellerman Regional Hospital', 'KRH', 'KRH']);
    expect(await blockedTexts('Patient: Theodore "Chip" Lindqvist     Date: 03/02/2025')).toContain('Chip');
    expect(await blockedTexts('Client Name: Okafor, Adaeze ("Grace")')).toContain('Grace');
  });

  it('leaves police of a kind, a programme by its initials and a quoted word alone', async () => {
    for (const text of [
      'State Police were called and the Transit Police came later.',
      'He attends the Intensive Outpatient Program (IOP) three days a week.',
      'He said "Great" and walked out.',
    ])
      expect(await blocked(text)).toEqual([]);
  });
});

describe('an agency named before the care it gives, and a letterhead', () => {
  it('finds a name before care words and the agency’s last word, but not kinds and public offices', async () => {
    expect(await blockedTexts('Referred to Pinecrest Behavioral Health for intake.')).toEqual([
      'Pinecrest Behavioral Health',
    ]);
    expect(await blockedTexts('Records requested from Marlowe Counseling & Recovery, attn records.')).toEqual(
      ['Marlowe Counseling & Recovery'],
    );
    for (const text of [
      'Call Adult Protective Services and Jewish Family Services today.',
      'Behavioral Health Services will follow up, and so will Family Services.',
      'Call the Office of Mental Health Services today.',
    ])
      expect(await blocked(text)).toEqual([]);
  });

  it("reads a named institution's line atop a letter as its letterhead, but not a kind or the document's title", async () => {
    expect(
      await blockedTexts(
        'HOLLOWAY CREEK RECOVERY CENTER\nResidential Discharge Summary\nAdmitted for detox.',
      ),
    ).toEqual(['HOLLOWAY CREEK RECOVERY CENTER']);
    for (const text of [
      'COMMUNITY MENTAL HEALTH CENTER\nDischarge Summary\nAdmitted for detox.',
      'BEHAVIORAL HEALTH DISPOSITION NOTE\nSeen in the ED overnight.',
      'Eating Disorders Treatment Center\nWeekly summary of meals.',
    ])
      expect(await blocked(text)).toEqual([]);
  });
});

describe('care through an agency that gives it', () => {
  it('keeps an agency by its last word where care is had through it, as no insurer', async () => {
    expect(await blockedTexts('He attends sessions through Crescent Youth Services now.')).toEqual([
      'Crescent Youth Services',
    ]);
    expect(await blockedTexts('A dermatology appointment was approved through Blue Cross.')).toEqual([]);
  });
});
