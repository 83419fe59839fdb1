import type { Detection } from '../findings.ts';
import { calendarWords, clinicalStates, objectPronouns } from '../lexicon/cues.ts';
import { Case, isWord, type Token } from '../text/tokens.ts';
import type { Doc } from './doc.ts';

const set = (words: string) => new Set(words.trim().split(/\s+/));

/**
 * Verbs that move a patient between hospitals in clinical notes, misspellings included ("transfered",
 * "tranfered", "tx", "rec'd"): the acronym after their "to"/"from"/"at" is another facility.
 */
const moveVerbs = set(`
  transfer transfers transferred transfered tranfered tranferred transfering transferring trans tx txd
  xfer xferred sent send sending brought taken flighted medflight medflighted med-flighted airlifted
  transported referred arrived presented admitted adm readmitted recieved received rec'd dc'd
  discharged returned enroute followed seen retired
`);
/** Departments that follow a hospital's acronym: "GH cath lab", "GH EW", "GH TCU". */
const facilityTrailers = set('er ew ed cath tcu');
/** People a hospital has: "SH lawyers", "JHMC nurse", "VAMC team". */
const hospitalStaff = set(
  'nurse nurses attorney attorneys team staff physician physicians doctors social security',
);

/** Units, services and places every hospital has: "sent to CT", "back to OR", "to HOME". */
const hospitalUnits = set(`
  icu ccu micu sicu nicu picu cvicu csru tsicu ticu er ed or pacu ew osh rehab cath ir ct mri us ob gyn
  ob/gyn lab labs floor home snf ltac ltach rn md np pa pt ot slp gi ep ent hd radiology angio ortho hosp
  neuro cardiac medical surgical ett cmi cmed tcu pcu ccu-a micu-a icu-a nsicu msicu cvu rcu ltc alf ecu
  vicu iv po sc im pr ng og ngt ogt ivf tf bed chair prn dnr dni cmo ns lr bb tele tlc cv cs cvp nrb
  rle lle rue lue rll lll rul lul rml fem site
`);
/** Verbs whose "from" names a specimen's or line's site, not a hospital: "cx sent from RLE". */
const siteVerbs = set("sent send sending dc'd seen taken");
/** "on 4 West", "call 5 North": a ward by its floor and wing, whatever the wing's word names elsewhere. */
export function floorWing(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const floor = doc.prev(i);
  return (
    /^(?:north|south|east|west)$/.test(t.key) &&
    floor !== undefined &&
    /^\d{1,2}$/.test(floor.text) &&
    doc.adjacent(floor, t)
  );
}

/** A unit every hospital has, also with its pod letter ("micua", "ccu-b"). */
export function isHospitalUnit(key: string): boolean {
  return hospitalUnits.has(key) || /^(?:[a-z]*icu|ccu|csru)-?[a-z]?$/.test(key);
}

export const facilityReason = 'facility acronym after a transfer';
export const wardHospitalReason = 'hospital after its ward';

/** Clinical acronyms shaped like a hospital's ("…H", "…MC"): states, bleeds and insulins, not places. */
const notHospitals = set(`
  nh ich sah sdh edh ivh iph bph lvh rvh nph usoh ph oh ch doh cah pah hh dh ah hoh soh sbh ugh
  tah bsh mch lbh ubh
`);

/** "back to USOH", "on NPH": a clinical acronym that no hospital's name can be. */
export function isClinicalAcronym(key: string): boolean {
  return notHospitals.has(key);
}

/**
 * "at SH", "in JHMC", "from VAMC": hospitals abbreviate as a letter or three before H, HC or MC,
 * which in a clinical note after a preposition of place is a facility even without a move.
 */
function hospitalShaped(doc: Doc, t: Token): boolean {
  return (
    doc.jargon >= 0.04 &&
    /^[a-z]{1,3}(?:h|hc|mc)$/.test(t.key) &&
    !notHospitals.has(t.key) &&
    acronymLike(doc, t)
  );
}

/**
 * "the ER at SMC", "got into NSU", "a student at UKA": in any text, initials shaped like a medical
 * center's (…H, …HC, …MC) or a university's (…U, U…) after a preposition of place or "out of". After "to" the
 * university's shape counts only after a move ("took him to UCSD"): "secondary to URI" is a diagnosis.
 */
function institutionInitials(t: Token, prep: string, taken: boolean): boolean {
  if (t.case !== Case.Upper || notHospitals.has(t.key) || isHospitalUnit(t.key)) return false;
  const universityShaped = /^(?:[a-z]{2,3}u|u[a-z]{2,3})$/.test(t.key);
  // "the same house off McClintock by ASU": a campus is near where someone lives too.
  if ((prep === 'by' || prep === 'near') && universityShaped) return true;
  if (!['at', 'from', 'into', 'to'].includes(prep)) return false;
  return /^[a-z]{1,3}(?:h|hc|mc)$/.test(t.key) || ((prep !== 'to' || taken) && universityShaped);
}

/** Verbs that take someone somewhere: "took him to UCSD", "transferred to OSU". */
const takingSomewhere = new Set(
  'took take taken taking rushed rush brought bring drove drive flew transferred transfer went go goes going applied apply sent'.split(
    ' ',
  ),
);

/** "took him to", "went to", "transferred to": the "to" before token `i` is a move, not "secondary to". */
function movedTo(doc: Doc, i: number): boolean {
  const p2 = doc.prev(i, 2);
  if (!p2) return false;
  if (takingSomewhere.has(p2.key)) return true;
  return objectPronouns.has(p2.key) && takingSomewhere.has(doc.prev(i, 3)?.key ?? '');
}

/**
 * "got into ksu", "dropped out of uor", "going to utep": speech-to-text writes initials in lower case.
 * Where case says nothing, a three- or four-letter word no list knows (no everyday, medical, name
 * or place word), shaped like a university's or medical center's initials, after at / from / into /
 * "out of", is the institution.
 */
function spokenInitials(doc: Doc, i: number, p1: Token | undefined): boolean {
  const t = doc.tokens[i]!;
  if (!p1 || p1.line !== t.line || doc.caseInformative(t) || t.case !== Case.Lower) return false;
  // "the er at cmc": after a hospital unit's "at", initials name the hospital even when the medical
  // list holds the same letters, and may run to five or six.
  const p2 = doc.prev(i, 2);
  const unitAt = p1.key === 'at' && p2 !== undefined && p2.line === t.line && isHospitalUnit(p2.key);
  if (!(unitAt ? /^[a-z]{3,6}$/ : /^[a-z]{3,4}$/).test(t.key) || doc.lex.wordCount(t.key) >= 5) return false;
  if (doc.lex.medical(t.key) && !unitAt) return false;
  if (doc.listedName(t.key)) return false;
  if (doc.lex.place(t.key) !== undefined || doc.isOrdinaryWord(t.key) || isHospitalUnit(t.key)) return false;
  const outOf = p1.key === 'of' && doc.prev(i, 2)?.key === 'out';
  // ("going to utep at night": after a move, "to" too.)
  const movedHere = p1.key === 'to' && movedTo(doc, i);
  if (!['at', 'from', 'into'].includes(p1.key) && !outOf && !movedHere) return false;
  if (unitAt && /^[a-z]{1,4}(?:mc|hc|h)$/.test(t.key) && !notHospitals.has(t.key)) return true;
  return /^(?:[a-z]{2,3}u|u[a-z]{2,3}|[a-z]{1,2}(?:mc|hc))$/.test(t.key) && !notHospitals.has(t.key);
}

/** Wards a hospital is named after: "the ICU at …", "the ER at …". */
const wards = set(`
  icu nicu picu micu sicu ccu cvicu er ed doctors nurses neurologist cardiologist oncologist surgeon
  surgeons psychiatrist pediatrician obgyn ob nurse doctor
  triage rehab chemo chemotherapy dialysis infusion infusions radiation surgery transplant bypass
`);

/**
 * The words hospitals across the country are most often called by, alone: "the er at mercy" is a
 * hospital though "mercy" is an everyday word.
 */
const hospitalNameWords = set(`
  mercy providence baptist methodist presbyterian memorial kaiser adventist lutheran christus
  sentara ascension advocate banner beaumont childrens samaritan
`);

/**
 * "in the ICU at Ochsner", "the NICU at Vanderbilt", "the doctors at Mercy", "triage at Swedish",
 * "chemo at OHSU": a capitalized word (or initials) after a ward's, its staff's or its
 * treatment's "at" is the hospital, even where the medical list holds the word
 * as an eponym. In speech without capitals, a word no everyday word, or a word hospitals are called
 * by ("the er at mercy").
 */
function wardAtNamed(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const at = doc.prev(i);
  const ward = doc.prev(i, 2);
  if (
    !at ||
    !ward ||
    at.key !== 'at' ||
    !doc.adjacent(at, t) ||
    !doc.adjacent(ward, at) ||
    !wards.has(ward.key)
  )
    return false;
  if (!isWord(t) || t.contraction || doc.isGrammatical(t.key)) return false;
  // ("rehab at Amazon", "chemo at Christmas": a company's site, a time.)
  if (doc.lex.company(t.key) || doc.lex.chain(t.key) || calendarWords.has(t.key) || t.possessive)
    return false;
  if (t.case === Case.Upper && /^\p{Lu}{2,4}$/u.test(t.text))
    return !isHospitalUnit(t.key) && !isClinicalAcronym(t.key) && !doc.lex.medical(t.key);
  if (doc.caseInformative(t)) return t.case === Case.Capitalized && doc.capitalized(t) && !t.sentenceStart;
  return (
    doc.jargon < 0.04 &&
    (hospitalNameWords.has(t.key) || (!doc.isOrdinaryWord(t.key) && !doc.lex.medical(t.key)))
  );
}

/**
 * "dropped out of U of C", "got into u of m": a university called "U of" and its state's or
 * city's initial (or name) — the way people shorten a state university.
 */
export function universityOf(doc: Doc, i: number): Detection | undefined {
  const u = doc.tokens[i]!;
  const of = doc.next(i);
  const what = doc.next(i, 2);
  if (u.text !== 'U' && u.text !== 'u') return undefined;
  if (!of || !what || of.key !== 'of' || !doc.adjacent(u, of) || !doc.adjacent(of, what)) return undefined;
  const initial = /^\p{L}$/u.test(what.text);
  const named = doc.capitalized(what) || doc.lex.place(what.key) !== undefined || doc.lex.isUsState(what.key);
  // "u of a for the fall", "U of I.": a lone letter that is also a word ("a", "i") is the initial
  // when no noun follows it.
  const after = doc.next(i, 3);
  const letterAlone =
    initial &&
    (!after ||
      !doc.adjacent(what, after) ||
      /^[.,!?;:]/.test(after.gapBefore) ||
      (doc.isGrammatical(after.key) && !doc.lex.tags(after.key).includes('Adjective')));
  if (!isWord(what) || (doc.isGrammatical(what.key) && !letterAlone) || !(initial || named)) return undefined;
  return {
    start: u.start,
    end: what.end,
    label: 'LOCATION',
    detector: 'context',
    score: 0.8,
    reason: 'university called "U of"',
  };
}

/** A short acronym that can be a hospital's: 2–5 letters, ALL-CAPS, or any case in shorthand without capitals. */
function acronymLike(doc: Doc, t: Token): boolean {
  if (!isWord(t) || t.contraction || !/^[A-Za-z]{2,5}$/.test(t.text)) return false;
  if (isHospitalUnit(t.key) || clinicalStates.has(t.key) || doc.isGrammatical(t.key)) return false;
  if (doc.isOrdinaryWord(t.key)) return false;
  if (t.case === Case.Upper) return true;
  // Lower-cased notes ("sent to gh"): only where capitals carry nothing and the text is shorthand.
  return t.case === Case.Lower && !doc.caseInformative(t) && doc.jargon >= 0.04;
}

/**
 * "transfered to GH", "med-flighted to GH", "adm from GH cath lab", "at GH EW": an acronym no list
 * knows after a move between hospitals, or before a department a hospital has, is another facility.
 */
export function facilitySlot(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  // "adm to the GH": the article is skipped.
  const k = doc.prev(i)?.key === 'the' ? 1 : 0;
  const p1 = doc.prev(i, 1 + k);
  if (spokenInitials(doc, i, p1)) return facility(t);
  if (wardAtNamed(doc, i)) return placeToken(t, wardHospitalReason);
  if (!acronymLike(doc, t)) return undefined;
  const n1 = doc.next(i);
  const trailer = n1 !== undefined && doc.adjacent(t, n1) && facilityTrailers.has(n1.key);
  // "-> SH EW today", "SH lawyers to review", "SEEN BY JHMC NURSE": a hospital's shape and its
  // department or staff after it need no preposition.
  if (
    hospitalShaped(doc, t) &&
    n1 !== undefined &&
    doc.adjacent(t, n1) &&
    (trailer || hospitalStaff.has(n1.key))
  )
    return facility(t);
  if (!p1 || p1.line !== t.line || !/^[ \t]{1,2}$/.test(t.gapBefore)) return undefined;
  // "in response to LH", "secondary to ICH": what "to" completes there is a cause, not a place.
  if (p1.key === 'to' && toAsCause.has(doc.prev(i, 2 + k)?.key ?? '')) return undefined;
  // "dropped out of MSU": "out of" is "from".
  const prep = p1.key === 'of' && doc.prev(i, 2)?.key === 'out' ? 'from' : p1.key;
  if (institutionInitials(t, prep, prep === 'to' && movedTo(doc, i))) return facility(t);
  if (hospitalShaped(doc, t) && ['by', 'leave', 'left', 'leaving', 'via'].includes(p1.key))
    return facility(t);
  if (!['to', 'from', 'at', 'in'].includes(p1.key)) return undefined;
  if (hospitalShaped(doc, t)) return facility(t);
  if (p1.key === 'in') return undefined;
  let p2 = doc.prev(i, 2 + k);
  // "sent to ED at GH": the department, then its hospital.
  if (p1.key === 'at' && p2 && hospitalUnits.has(p2.key) && doc.prev(i, 3 + k)?.key === 'to')
    p2 = doc.prev(i, 4 + k);
  const verb =
    p2 !== undefined && p2.line === t.line && (moveVerbs.has(p2.key) || p2.key.endsWith('flighted'));
  const moved = verb && !(p1.key === 'from' && siteVerbs.has(p2!.key));
  if (!moved && !trailer) return undefined;
  return facility(t);
}

/** Words whose "to" names a cause or a likeness: "response to", "secondary to", "allergic to". */
const toAsCause = set(`
  response responses secondary due exposure exposed sensitivity sensitive resistance resistant allergy
  allergic reaction reactions antibody antibodies related relative compared similar equivalent
  attributable owing prior addition binding bound conversion converted
`);

function facility(t: Token): Detection {
  return placeToken(t, facilityReason);
}

/** One word found by its context as a place (a facility, a ward, a building). */
export function placeToken(t: Token, reason: string, score = 0.6): Detection {
  return { start: t.start, end: t.end, label: 'LOCATION', detector: 'context', score, reason };
}

/** What may follow a ward's floor number: no unit of a dose or setting ("on levo 2 mcg"). */
const wardLeads = set('on to from per transfer plan');
const wardFollowers = set(
  'for when today tonight this in w with post bed step when if at on after once or and',
);
export const wardReason = 'hospital building with its floor number';

/**
 * "move to brackenholt 2", "TUBED ON BRACKENHOLT 6", "to Brackenholt 3 RN": a word no list
 * knows, with a floor number after it, after "on"/"to"/"from" in a clinical note names the building.
 */
export function wardSlot(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  const room = roomThenWard(doc, i);
  if (room) return room;
  const p1 = doc.prev(i);
  const n1 = doc.next(i);
  const n2 = doc.next(i, 2);
  if (!p1 || !n1 || p1.line !== t.line || !wardLeads.has(p1.key)) return undefined;
  if (doc.jargon < 0.04 || !/^[A-Za-z]{6,}$/.test(t.text)) return undefined;
  // Lower case where capitals count only right after a move: "move to brackenholt 2".
  const p2 = doc.prev(i, 2);
  // "code called to brackenholt 6": a code team goes to the ward too.
  const moved =
    p1.key === 'transfer' ||
    (p2 !== undefined && p2.line === t.line && (moveVerbs.has(p2.key) || p2.key === 'called'));
  if (t.case === Case.Lower && doc.caseInformative(t) && !moved) return undefined;
  // "on captopril 6.25", "on dobutamine 2.5mcg": a dose, not a floor.
  if (/^(?:[.,/]\d|\d|\s?(?:mg|mcg|cc|ml|u|units)\b)/i.test(doc.text.slice(n1.end, n1.end + 6)))
    return undefined;
  if (!doc.unknownWord(t.key) || isHospitalUnit(t.key)) return undefined;
  if (!/^\d$/.test(n1.text) || !/^ ?$/.test(n1.gapBefore)) return undefined;
  const ends = !n2 || n2.line !== n1.line || /[.,;:)(-]/.test(n2.gapBefore);
  if (!ends && !wardFollowers.has(n2!.key) && !/^(?:rn|md|np|team|cv)$/.test(n2!.key)) return undefined;
  return placeToken(t, wardReason);
}

/**
 * "pt moved to 412 brackenholt.": after a move, a room number and then a word no list knows,
 * ending the clause, is the building the room is in.
 */
function roomThenWard(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  const room = doc.prev(i);
  const to = doc.prev(i, 2);
  const verb = doc.prev(i, 3);
  if (!room || !to || !verb || doc.jargon < 0.04 || !/^[A-Za-z]{6,}$/.test(t.text)) return undefined;
  if (!/^\d{2,4}$/.test(room.text) || to.key !== 'to' || !moveVerbs.has(verb.key)) return undefined;
  if (![room, to].every((w) => w.line === t.line) || !/^ $/.test(t.gapBefore)) return undefined;
  if (!doc.unknownWord(t.key) || isHospitalUnit(t.key)) return undefined;
  const n1 = doc.next(i);
  if (n1 && n1.line === t.line && !/^[.,;]/.test(n1.gapBefore)) return undefined;
  return placeToken(t, wardReason);
}

/** Once a note names a facility by its acronym, its other mentions ("At GH", "GH cx") are that facility too. */
export function facilityMentions(doc: Doc, names: Set<string>, found: Detection[]): Detection[] {
  const taken = new Set(found.map((d) => d.start));
  const out: Detection[] = [];
  for (const t of doc.tokens) {
    // "BRACKENHOLT3": the building's name run together with its floor.
    const key = t.key.replace(/\d$/, '');
    const known = names.has(t.text) || (key.length >= 6 && names.has(key));
    if (!known || taken.has(t.start) || t.contraction) continue;
    out.push({
      start: t.start,
      end: wordEnd(t),
      label: 'LOCATION',
      detector: 'context',
      score: 0.6,
      reason: 'facility named earlier in the note',
    });
  }
  return out;
}

function wordEnd(t: Token): number {
  return t.possessive ? t.start + t.text.replace(/['’]s?$/, '').length : t.end;
}

/** What a practice or a health system is called after its name: "Northside Ortho", "UT Health". */
const careTails = set(`
  ortho orthopedics orthopaedics pediatrics cardiology oncology urology dermatology neurology radiology
  imaging health healthcare er
`);
/** Kinds of care named after the practice's name: "Eastside Family Medicine", "Westgate Urgent Care". */
const practiceKinds = set('family internal sports urgent primary express');
/** Where a practice sees people, said after what it does. */
const careVenues = set('office offices clinic practice group center');
export const careSiteReason = 'practice or health system by its name';

/**
 * "Northside Ortho", "Fairview ER", "Eastside Family Medicine", "Lakeland Urgent Care": written out
 * in capitals, a name before what a practice does is that practice. The name must be a place's, a
 * person's or a word no dictionary holds; "Mental Health", "Public Health", "Apple Health" or "CVS
 * Health" (everyday words, companies, chains) name a kind of care or a company. Token `i` is the
 * last word; an office, clinic or practice after what is done there may follow it in any case.
 */
export function careSite(doc: Doc, at: number): Detection | undefined {
  // "the Glenwood urology office": before the office, what it does may be said in lower case.
  const office = doc.tokens[at]!;
  const officeAfter =
    careVenues.has(office.key) &&
    careTails.has(doc.prev(at)?.key ?? '') &&
    doc.adjacent(doc.prev(at), office);
  const i = officeAfter ? at - 1 : at;
  const tail = doc.tokens[i]!;
  const agency = namedAgency(doc, i);
  if (agency) return agency;
  const kindOfCare =
    (tail.key === 'medicine' || tail.key === 'care') && practiceKinds.has(doc.prev(i)?.key ?? '');
  if (!careTails.has(tail.key) && !kindOfCare) return undefined;
  const written = officeAfter
    ? tail.key !== 'er'
    : tail.key === 'er'
      ? tail.text === 'ER'
      : doc.capitalized(tail);
  if (!doc.caseInformative(tail) || !written) return undefined;
  const first = kindOfCare ? i - 2 : i - 1;
  const kind = doc.tokens[i - 1]!;
  const name = doc.tokens[first];
  if (!name || !doc.adjacent(name, doc.tokens[first + 1]) || (kindOfCare && !doc.adjacent(kind, tail)))
    return undefined;
  if (!doc.capitalized(name) || name.case !== Case.Capitalized || name.possessive) return undefined;
  if (kindOfCare && !doc.capitalized(kind)) return undefined;
  if (doc.isGrammatical(name.key) || doc.lex.company(name.key) || doc.lex.chain(name.key)) return undefined;
  const place = doc.lex.place(name.key);
  const named =
    (place !== undefined && place !== 'country') ||
    doc.unknownWord(name.key) ||
    (doc.listedName(name.key) && !doc.isOrdinaryWord(name.key));
  if (!named || (doc.lex.medical(name.key) && place === undefined)) return undefined;
  return {
    start: name.start,
    end: office.end,
    label: 'LOCATION',
    detector: 'context',
    score: 0.8,
    reason: careSiteReason,
  };
}

/** What an agency's name ends on after the care it gives: "Northstar Behavioral Health", "Crescent Youth Services". */
const agencyTails = set('health healthcare services recovery wellness counseling counselling');
/** The care an agency names between its name and that end. */
const agencyCare = set(`
  behavioral behavioural mental emotional youth family families child children adolescent adolescents
  counseling counselling recovery wellness psychiatric addiction trauma community
`);
/**
 * Words that begin the names of kinds, offices and public agencies, not of one place: "Adult
 * Protective Services", "Public Mental Health", "Jewish Family Services", "County Behavioral Health".
 */
const agencyKinds = set(`
  state county city national federal public regional community department division office bureau
  agency american united world first central general north south east west northern southern eastern
  western greater metro local catholic jewish lutheran christian methodist baptist islamic adult
  child children youth family protective social human veterans veteran student employee victim
  victims legal vocational developmental disability senior elder integrated outpatient inpatient
  residential comprehensive university college school campus tribal indian military
`);

/**
 * "Northstar Behavioral Health", "Crescent Youth Services", "Firelands Counseling & Recovery": a
 * capitalized name before the care an agency gives and its last word. The care words keep "Mental
 * Health" and "Social Services" kinds; a first word that opens kinds and offices' names ("Adult
 * Protective Services", "County Behavioral Health") names no one agency.
 */
function namedAgency(doc: Doc, i: number): Detection | undefined {
  const tail = doc.tokens[i]!;
  if (!agencyTails.has(tail.key) || tail.case === Case.Lower) return undefined;
  let k = i - 1;
  let care = 0;
  while (k >= 0 && care < 3) {
    const w = doc.tokens[k]!;
    const next = doc.tokens[k + 1]!;
    const joined = doc.adjacent(w, next) || /^[ \t]&[ \t]$/.test(next.gapBefore);
    if (w.key === 'and' && doc.adjacent(w, next)) {
      k--;
      continue;
    }
    if (!joined || !agencyCare.has(w.key) || w.case === Case.Lower || w.line !== tail.line) break;
    care++;
    k--;
  }
  const name = doc.tokens[k];
  const firstCare = doc.tokens[k + 1]!;
  if (care === 0 || !name || name.line !== tail.line || name.possessive) return undefined;
  if (!doc.adjacent(name, firstCare) || (name.case !== Case.Capitalized && name.case !== Case.Upper))
    return undefined;
  if (doc.isGrammatical(name.key) || agencyKinds.has(name.key) || agencyCare.has(name.key)) return undefined;
  // ("VA Mental Health", "NAMI Family Services": initials where case tells are a body's, national.)
  if (name.case === Case.Upper && doc.caseInformative(name)) return undefined;
  // ("Catholic Charities Family Services": a plural everyday word names a kind of body.)
  if (/[^s]s$/.test(name.key) && doc.isOrdinaryWord(name.key)) return undefined;
  if (doc.lex.chain(name.key) || (doc.lex.company(name.key) && doc.lex.place(name.key) === undefined))
    return undefined;
  if (doc.lex.tags(name.key).some((tag) => tag === 'Adjective' || tag === 'Verb' || tag === 'Infinitive'))
    return undefined;
  if (doc.lex.isUsState(name.key) || doc.lex.place(name.key) === 'country') return undefined;
  // ("Calm Behavioral Health", "Hope Family Services": a word speech uses often names a virtue or a
  // mood the care offers; a place's, a rare word's or a word no list knows names the agency.)
  if (doc.lex.place(name.key) === undefined && doc.lex.wordCount(name.key) >= 100) return undefined;
  // ("Family Services", "Behavioral Health" opening a line or a sentence: a heading's kind.)
  if (name.sentenceStart && doc.isOrdinaryWord(name.key) && doc.lex.place(name.key) === undefined)
    return undefined;
  return {
    start: name.start,
    end: tail.end,
    label: 'LOCATION',
    detector: 'context',
    score: 0.8,
    reason: careSiteReason,
  };
}

/** Last words of a letterhead's name: "Serenity Ridge Recovery Center", "Northstar Behavioral Health". */
const letterheadTails = set(`
  hospital medical clinic center centre institute associates services health healthcare recovery
  counseling counselling wellness academy school college university church pharmacy hospice
`);
/** Words of a document's own title, which may stand where a letterhead would: "Discharge Summary". */
const documentWords = set(`
  note notes summary report referral discharge evaluation progress assessment plan letter form request
  consent record records authorization intake treatment disposition department unit program policy
  release information confidential re subject patient client name date
`);
const letterheadJoiners = set('of and for the at');
/** What a center or clinic does, which names a kind: "Crisis Stabilization Center", "Sleep Medicine Clinic". */
const careKindsOfCenter = set(`
  crisis stabilization care support peer skills group groups mindfulness day partial hospitalization
  urgent primary emergency medical surgical cancer heart women's womens children's pediatric medicine
  dental eye vision sleep pain detox rehabilitation rehab substance use disorders disorder eating
  treatment psychiatry psychology therapy wellness memorial general specialty research learning
  resource resources career health counseling counselling
`);
const letterheadReason = 'letterhead of a named institution';

/**
 * "SERENITY RIDGE RECOVERY CENTER", "Blue Ridge Veterans Counseling Center" on a line of its own at
 * the top of a letter or a report: the sender's letterhead. Its capitals say nothing (every word has
 * them), so the line must end on an institution's word and hold a word that is no kind of care, no
 * office and no part of a document's title — the name.
 */
export function letterhead(doc: Doc, i: number): Detection | undefined {
  const tail = doc.tokens[i]!;
  if (!letterheadTails.has(tail.key) || doc.tokens[i + 1]?.line === tail.line) return undefined;
  let k = i;
  while (k > 0 && doc.tokens[k - 1]!.line === tail.line) k--;
  const words = doc.tokens.slice(k, i + 1);
  if (words.length < 2 || words.length > 7) return undefined;
  const lines = new Set<number>();
  for (let n = 0; n < k && lines.size < 3; n++) lines.add(doc.tokens[n]!.line);
  if (lines.size > 2) return undefined;
  const capital = (w: Token) => w.case === Case.Capitalized || w.case === Case.Upper;
  if (!words.every((w) => isWord(w) && (capital(w) || letterheadJoiners.has(w.key)))) return undefined;
  if (!words.slice(1).every((w) => /^(?:[ \t]+|[ \t]*[&-][ \t]*|\.[ \t]*)$/.test(w.gapBefore)))
    return undefined;
  if (words.some((w) => documentWords.has(w.key) || doc.lex.chain(w.key))) return undefined;
  const named = words.some(
    (w) =>
      !letterheadTails.has(w.key) &&
      !agencyCare.has(w.key) &&
      !agencyKinds.has(w.key) &&
      !letterheadJoiners.has(w.key) &&
      !doc.isGrammatical(w.key) &&
      !doc.lex.isUsState(w.key) &&
      doc.lex.place(w.key) !== 'country' &&
      !careKindsOfCenter.has(w.key),
  );
  if (!named) return undefined;
  return {
    start: words[0]!.start,
    end: tail.end,
    label: 'LOCATION',
    detector: 'context',
    score: 0.85,
    reason: letterheadReason,
  };
}
