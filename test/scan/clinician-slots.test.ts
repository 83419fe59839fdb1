import { describe, expect, it } from 'vitest';
import { blocked, blockedTexts } from './helpers.ts';

// Enough shorthand around the names for the scanner to read the text as a clinical note.
const note =
  'NEURO: A+OX3, MAE. CV: NSR 80S, SBP 110-120. RESP: LS CLEAR, SATS 95% ON 2L NC. GI: ABD SOFT, +BS.\n';
const lowerNote =
  'neuro: a+ox3, mae. cv: nsr 80s, sbp 110-120. resp: ls clear, sats 95% on 2l nc. gi: abd soft, +bs.\n';

describe('clinicians told something in a nursing note', () => {
  it('finds an initial and surname before AWARE or MADE AWARE in capitals', async () => {
    const text = `${note}INR 6.0. E. WELSH AWARE. BP 90S, NP DJURIC MADE AWARE, BOLUSED.`;
    expect(await blockedTexts(text)).toEqual(['E. WELSH', 'DJURIC']);
  });

  it('finds an everyday word after Dr or NP before aware, in any case', async () => {
    const text = `${lowerNote}mild stridor noted, dr green aware. febrile, np jen aware. DR HOARD AWARE.`;
    expect(await blockedTexts(text)).toEqual(['green', 'jen', 'HOARD']);
  });

  it('leaves services, groups and credentials told something alone', async () => {
    const text = `${lowerNote}keep neuro and neurosurg aware. ct surg notified. MDs aware of rash. MIDLEVELS AWARE. team aware. md aware.`;
    expect(await blocked(text)).toEqual([]);
  });
});

describe('clinicians after per, reported to, seen by', () => {
  it('finds an initialled name after the lead', async () => {
    const text = `${note}MILRINONE OFF AS PER W. MAROTTA. Reported to D. Phyl. Seen by J. Yi, MD today.`;
    expect(await blockedTexts(text)).toEqual(['W. MAROTTA', 'D. Phyl', 'J. Yi']);
  });

  it('does not read a lead before a plain word, a dose or an x-ray as a name', async () => {
    const text = `${lowerNote}per protocol. reported to team. seen by x ray tech. per q 4h checks. seen by md.`;
    expect(await blocked(text)).toEqual([]);
  });
});

describe('names signing a note or followed by a role in parentheses', () => {
  it('finds the signature, initials included, before a credential that closes the line', async () => {
    const text = `${lowerNote}all is well at this time. q. lander rrt\n${note}FOLLOW COAGS.\nEARL N. RAND, RRT\n`;
    expect(await blockedTexts(text)).toEqual(['q. lander', 'EARL N. RAND']);
  });

  it('finds a name before (RESIDENT) or (DAUGHTER)', async () => {
    const text = `${note}PLAN: CT GUIDED TAP...DICK CUCCHIARA (RESIDENT) WORKING ON THIS.`;
    expect(await blockedTexts(text)).toEqual(['DICK CUCCHIARA']);
  });

  it('leaves a credential closing a sentence of clinical words alone', async () => {
    const text = `${lowerNote}will notify md\ndressing changed by iv rn\nplan discussed with covering np\n`;
    expect(await blocked(text)).toEqual([]);
  });
});

describe('relatives after kin words in note shorthand', () => {
  it('finds a common first name after son, daughter or the social heading, lower case included', async () => {
    const text = `${lowerNote}social: bob visited this eve. son bill called for update. DAUGHTER, GRACE, AT BEDSIDE.`;
    expect(await blockedTexts(text)).toEqual(['bob', 'bill', 'GRACE']);
  });

  it('leaves kin followed by ordinary words alone', async () => {
    const text = `${lowerNote}social: wife in to visit. son called for update. daughter at bedside, son will call.`;
    expect(await blocked(text)).toEqual([]);
  });
});

describe('surnames no list knows after a first name in a note', () => {
  it('joins the unknown word after a detected first name, in capitals and lower case', async () => {
    const caps = `${note}PLAN: CASE MANAGEMENT CONTACTS KAREN ANN YANULIS. MET W/ CASEWORKER LEONA LABOWICH.`;
    expect(await blockedTexts(caps)).toEqual(['KAREN ANN YANULIS', 'LEONA LABOWICH']);
    const lower = `${lowerNote}pt admits to psych nurse leslie kiezulas that she uses.`;
    expect(await blockedTexts(lower)).toEqual(['leslie kiezulas']);
  });

  it('leaves a drug or measure after a word that is also a first name alone', async () => {
    const text = `${note}HOPE AMIODARONE HELPS. MAX TMAX 101. JUNE LASIX GIVEN. DAWN BRETHINE NEB.\n${lowerNote}may titrate levophed. grace period for hctz.`;
    expect(await blocked(text)).toEqual([]);
  });
});

describe('an initial with its period before a surname', () => {
  it('finds the initialled clinician whatever follows', async () => {
    const text = `${note}BLOODY DRAINAGE AROUND CT SITE. Z. MILLER IN TO STRIP TUBES AND M. PEPPLER PLACING STITCH.`;
    expect(await blockedTexts(text)).toEqual(['Z. MILLER', 'M. PEPPLER']);
  });

  it('leaves organisms, rhythms and letters closing shorthand alone', async () => {
    const text =
      `${note}URINE GROWING E. COLI. IN A. FIB. NO N/V. NPO AFTER MIDNOC. FOLLOW I&O. POST CXR DONE.\n` +
      'Mixed case: tube close to R. mainstem. W. RESIDUALS >20CC. AMPHO B. AWATING ID CONSULT.';
    expect(await blocked(text)).toEqual([]);
  });
});
