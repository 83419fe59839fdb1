import { describe, expect, it } from 'vitest';
import { blocked, blockedTexts } from './helpers.ts';

// Enough shorthand around the names for the scanner to read the text as a clinical note.
const note =
  'NEURO: ALERT, ORIENTED X3, PERRL. CV: SR 70S, MAP 65-75. RESP: CLEAR BILAT, O2 SAT 97% 3L NC. GI: ABD SOFT, NT.\n';
const lowerNote =
  'neuro: alert, oriented x3, perrl. cv: sr 70s, map 65-75. resp: clear bilat, o2 sat 97% 3l nc. gi: abd soft, nt.\n';

describe('clinicians told something in a nursing note', () => {
  it('finds an initial and surname before AWARE or MADE AWARE in capitals', async () => {
    const text = `${note}K 3.1, REPLETED. T. BARKLEY AWARE. HR 120S, NP VOZNIAK MADE AWARE, FLUIDS HUNG.`;
    expect(await blockedTexts(text)).toEqual(['T. BARKLEY', 'VOZNIAK']);
  });

  it('finds an everyday word after Dr or NP before aware, in any case', async () => {
    const text = `${lowerNote}new rash on chest, dr brown aware. low uo, np kim aware. DR STONE AWARE.`;
    expect(await blockedTexts(text)).toEqual(['brown', 'kim', 'STONE']);
  });

  it('leaves services, groups and credentials told something alone', async () => {
    const text = `${lowerNote}keep cards and renal aware. gi notified. MDs aware of drop in hct. RESIDENTS AWARE. team aware. md aware.`;
    expect(await blocked(text)).toEqual([]);
  });
});

describe('clinicians after per, reported to, seen by', () => {
  it('finds an initialled name after the lead', async () => {
    const text = `${note}HEPARIN HELD AS PER R. TOMCZAK. Reported to L. Quon. Seen by A. Ruiz, MD today.`;
    expect(await blockedTexts(text)).toEqual(['R. TOMCZAK', 'L. Quon', 'A. Ruiz']);
  });

  it('does not read a lead before a plain word, a dose or an x-ray as a name', async () => {
    const text = `${lowerNote}per protocol. reported to team. seen by x ray tech. per q 4h checks. seen by md.`;
    expect(await blocked(text)).toEqual([]);
  });
});

describe('names signing a note or followed by a role in parentheses', () => {
  it('finds the signature, initials included, before a credential that closes the line', async () => {
    const text = `${lowerNote}resting quietly overnight, no complaints. v. dunmore rrt\n${note}RECHECK LYTES AT 0400.\nOTTO J. BRAMBLE, RRT\n`;
    expect(await blockedTexts(text)).toEqual(['v. dunmore', 'OTTO J. BRAMBLE']);
  });

  it('finds a name before (RESIDENT) or (DAUGHTER)', async () => {
    const text = `${note}PLAN: PARACENTESIS IN AM. HANK ZELLWEGAN (RESIDENT) TO CONSENT.`;
    expect(await blockedTexts(text)).toEqual(['HANK ZELLWEGAN']);
  });

  it('leaves a credential closing a sentence of clinical words alone', async () => {
    const text = `${lowerNote}will notify md\ndressing changed by iv rn\nplan discussed with covering np\n`;
    expect(await blocked(text)).toEqual([]);
  });
});

describe('relatives after kin words in note shorthand', () => {
  it('finds a common first name after son, daughter or the social heading, lower case included', async () => {
    const text = `${lowerNote}social: tom visited this eve. son jim called for update. DAUGHTER, RUTH, AT BEDSIDE.`;
    expect(await blockedTexts(text)).toEqual(['tom', 'jim', 'RUTH']);
  });

  it('leaves kin followed by ordinary words alone', async () => {
    const text = `${lowerNote}social: wife in to visit. son called for update. daughter at bedside, son will call.`;
    expect(await blocked(text)).toEqual([]);
  });
});

describe('surnames no list knows after a first name in a note', () => {
  it('joins the unknown word after a detected first name, in capitals and lower case', async () => {
    const caps = `${note}PLAN: SOCIAL WORK TO CALL MARY ELLEN DROSKOWITZ. SPOKE W/ CASEWORKER DORIS PELTONEN.`;
    expect(await blockedTexts(caps)).toEqual(['MARY ELLEN DROSKOWITZ', 'DORIS PELTONEN']);
    const lower = `${lowerNote}pt tells night nurse carol vasquith that he drinks daily.`;
    expect(await blockedTexts(lower)).toEqual(['carol vasquith']);
  });

  it('leaves a drug or measure after a word that is also a first name alone', async () => {
    const text = `${note}HOPE AMIODARONE HELPS. MAX TMAX 101. JUNE LASIX GIVEN. DAWN BRETHINE NEB.\n${lowerNote}may titrate levophed. grace period for hctz.`;
    expect(await blocked(text)).toEqual([]);
  });
});

describe('an initial with its period before a surname', () => {
  it('finds the initialled clinician whatever follows', async () => {
    const text = `${note}SMALL OOZE AT ART LINE SITE. K. JONES IN TO REDRESS IT AND P. HALVORSEN SUTURING.`;
    expect(await blockedTexts(text)).toEqual(['K. JONES', 'P. HALVORSEN']);
  });

  it('leaves organisms, rhythms and letters closing shorthand alone', async () => {
    const text =
      `${note}SPUTUM GROWING E. COLI. IN A. FIB. NO N/V. NPO AFTER MIDNOC. FOLLOW I&O. POST CXR DONE.\n` +
      'Mixed case: line tip in R. atrium. W. RESIDUALS >20CC. AMPHO B. AWAITING ID CONSULT.';
    expect(await blocked(text)).toEqual([]);
  });
});

describe("a question's choices and kin's things are no one", () => {
  it('reads the lettered choices of a question as labels, and a lone initial as one', async () => {
    const text =
      'Which finding fits adrenal insufficiency?\nA. Hypoglycemia\nB. Hyperkalemia\nC. Hyponatremia\nD. Alkalosis';
    expect(await blocked(text)).toEqual([]);
    expect(await blocked('Best next step? A. Metformin B. Insulin C. Glipizide D. Observation')).toEqual([]);
    // One letter and a surname, with no run of choices around it, is still someone.
    expect(await blockedTexts('Seen by R. QUINTERO IN TO CHECK LINES.')).toEqual(['R. QUINTERO']);
  });

  it("does not read what kin owns, or a word left in lower case, as the relative's name", async () => {
    expect(await blocked("I looked at her page. And her sister's page. At two in the morning.")).toEqual([]);
    expect(await blockedTexts('son Bill called about the bill.')).toEqual(['Bill']);
  });
});
