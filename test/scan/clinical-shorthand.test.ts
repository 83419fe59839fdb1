import { describe, expect, it } from 'vitest';
import { blocked, blockedTexts } from './helpers.ts';

// Nursing-note shorthand: enough abbreviations that the scanner reads the note as clinical.
const note = (body: string) =>
  `CCU NPN 7P-7A\nNEURO: A+OX3, MAE, PERRLA. CV: SR 80S, NO ECTOPY, SBP 110S, CVP 8-10.\n` +
  `RESP: LS CLEAR, SATS 97% ON 2L NC. GI: ABD SOFT, +BS, TOL PO. GU: FOLEY DRAINING CLEAR YELLOW URINE.\n${body}\n` +
  `A/P: CONT TO MONITOR HEMODYNAMICS, LYTES, F/U LABS.`;

describe('clinical shorthand that imitates names and institutions', () => {
  it('reads levels, mental status, "left" and typing slips as no name or place', async () => {
    const body =
      'BP HIGH 20S, RR HIGH 30S. PT WITH LOW EF STATE. MS CONT TO IMPROVE. LT PLEURAL TUBE TO SXN. ' +
      'GIVEN MOM X1. SOCIAL: HUSBAND VISISTED, SON PRESNT TILL 2100. CCO PA CATH TO BE REMOVED. OSTOMY RN IN.';
    expect((await blocked(note(body))).filter((f) => /^(?:PERSON|LOCATION)/.test(f))).toEqual([]);
  });

  it('still finds clinicians by their credential, relatives by their role and titled names', async () => {
    const body =
      'SOCIAL: SON JIM VISITED. TED WALLACE RN AWARE. SEEN BY DR. OSTROWSKI. MS HALVORSEN CALLED. ' +
      "Social: Brenden O'malley MD spoke with daughter.";
    expect((await blocked(note(body))).filter((f) => f.startsWith('PERSON'))).toEqual([
      'PERSON:JIM',
      'PERSON:TED WALLACE',
      'PERSON:OSTROWSKI',
      'PERSON:HALVORSEN',
      "PERSON:Brenden O'malley",
    ]);
  });
});

describe("a program's notes: levels of care, lists of tests, storage, informants and a ward's clock", () => {
  it('reads them as no one and nowhere', async () => {
    const notes = [
      'Plan: Remains at PHP level of care; step down to IOP when criteria are met.\nSCREENING\n' +
        '- Stroop: interference within normal limits\n- Trails: average',
      'Consent on file; audio stored on encrypted drive and deleted after supervision.',
      'Collateral: caseworker, foster mother (by phone). Informants: mother and father, Somali-speaking; ' +
        'interpreter by phone.',
      'NURSING NOTE - ADOLESCENT UNIT 1500-2330\n1500 REPORT RECEIVED. 1720 RETURNED TO UNIT 0840 PER ECT NOTE.',
    ];
    for (const text of notes) expect(await blocked(text)).toEqual([]);
    // An apartment's unit is still where someone lives.
    expect(await blocked('Client moved into Unit 1502 at the new building last spring.')).toEqual([
      'LOCATION:Unit 1502',
    ]);
  });
});

describe('forms that head a report by kind of kin, and degrees after a role', () => {
  it('reads them as no one', async () => {
    expect(await blocked('Setting: play therapy room\n\nFoster parent report: sleep has improved.')).toEqual(
      [],
    );
    expect(await blocked('Supervisee: the intern, MA, LPC-Associate\nSupervisor: the director, PhD')).toEqual(
      [],
    );
  });
});

describe("a program's audits and notes: fields scored in figures, roles, departments", () => {
  it('reads them as no one and nowhere', async () => {
    const notes = [
      'CHART AUDIT\n1. Consent signed at intake\n   Compliant: 18/20 (90%)\n2. Plan reviewed every 90 days\n' +
        '   Compliant: 15/20 (75%)\n3. Discharge summary within 14 days\n   Compliant: 9/12 (75%)',
      'Crisis line summary: Caller said she had not slept in two days. Caller agreed to a safety plan.',
      "History: Member's husband passed last winter. Member lives alone and still drives.",
      "Plan: bridge script until the intake. PCP's nurse to call with results.",
      'Phone coverage Mon-Fri 9 to 5; groups Tue-Thu evenings.',
      'Member: 81-year-old retired welder referred by primary care.',
      'Signed: Director of Nursing\nCc: VP of Operations',
      'DEMOGRAPHICS\nProgram: Perinatal behavioral health\nPayer: Medicaid\nDOB: on file\nSchool: n/a',
    ];
    for (const text of notes) expect(await blocked(text)).toEqual([]);
  });

  it('still finds who answers to their name, an employer by its name and a plate', async () => {
    expect(await blocked('Caller: Reuben Feld\nCounselor: Did you take anything tonight?')).toContain(
      'PERSON:Reuben Feld',
    );
    expect(await blocked('She is the owner of Larkspur Feed and runs it with her son.')).toEqual([
      'LOCATION:Larkspur Feed',
    ]);
    expect(await blocked('Vehicle plate: 482-KTV, parked behind the clinic.')).toEqual(['ID:482-KTV']);
  });
});

describe("a program's reports: methods by their authors, credentials, kinds of clinics, years and initials", () => {
  it('reads them as no one and nowhere', async () => {
    const notes = [
      "Sessions 4-10: CBT for panic (Barlow's Panic Control Treatment, adapted). Attacks fell by half.",
      '2. Introduced the thought record (Beck 5-column format). Client completed one in session.',
      'Modality: Child-Centered Play Therapy (Axline / Landreth model)',
      'Clinician: LPC, RPT\nConsultant: LCSW, CCTP',
      'Program: Trauma Recovery Outpatient Clinic\nPayer: Medicaid',
      'Quarter: Q3 FY2026    Reviewer credential: LMHC',
      'To the Honorable Court:\nThis letter summarizes treatment participation.',
      'Office-Based Opioid Treatment (OBOT)\nPlan: confirm the OBOT intake next week.',
      'Pt reports 21 days abstinence from ETOH. Progress on ETOH goals noted.',
      "Stepfather told IP to clean his room; we reframed IP's anger as loyalty to his father.",
      'Examiner: Clinical Neuropsychologist, PhD; testing by the psychometrist.',
    ];
    for (const text of notes) expect(await blocked(text)).toEqual([]);
    expect(await blocked('Completed by: RN, with verification by PharmD 08/02/2024 09:10')).toEqual([
      'DATE:08/02/2024',
    ]);
  });

  it('still finds a practice named for a town or a person, beside the care it gives', async () => {
    expect(await blocked('Referred by: Dr. Sato\nLindgren Psychiatry Associates\nSuite 4')).toContain(
      'LOCATION:Lindgren Psychiatry Associates',
    );
    expect(await blocked('She was treated at Mercy Clinic last year.')).toEqual(['LOCATION:Mercy Clinic']);
  });
});

describe("a unit's logs and a program's reviews: rooms, labs, role titles, grades, dimensions, its initials", () => {
  it('reads them as no one and nowhere', async () => {
    const notes = [
      '0130  Rm 4 requesting PRN for sleep. Trazodone 50 mg given per order.\n0200  Rm 9 asleep, resp even. rm 103 stays close obs tonight.',
      'Labs: Li 0.8 mEq/L | Cr 1.0. Li level therapeutic; repeat Li level in 4 weeks.',
      'From: Primary Care Office — Nurse Care Manager\nCc: Behavioral Health Care Coordinator',
      "Father states he went from B's to failing in one semester.",
      'RATIONALE: Severity in Dimension 5 (rating 3); failure at a lower level twice.',
      'Discharge type: ☐ Completed  ☒ AMA  ☐ Transfer\nPlan: ROIs for school and PCP signed.',
      'Targets: 1. Life-threatening behavior 2. Therapist TIB 3. Quality of life',
      'Rating scales: Bowen family systems genogram reviewed; Vanderbilt parent form returned.',
      'Recommendations: structured literacy (Orton-Gillingham based) four times a week.',
    ];
    for (const text of notes) expect(await blocked(text)).toEqual([]);
  });

  it('still finds a road by its number and someone of that surname', async () => {
    expect(await blockedTexts('We met off Highway 26 near the gas station.')).toEqual(['Highway 26']);
    expect(await blockedTexts('My friend Li said she would drive me.')).toEqual(['Li']);
  });
});
