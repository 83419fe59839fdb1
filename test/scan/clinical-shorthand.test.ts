import { describe, expect, it } from 'vitest';
import { blocked } from './helpers.ts';

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
