import type { Detection } from '../findings.ts';
import { clinicalStates, credentials, relations, titles } from '../lexicon/cues.ts';
import { Case, isWord, type Token } from '../text/tokens.ts';
import { choiceLetter, type Doc } from './doc.ts';
import { isHospitalUnit } from './facility-slots.ts';
import { drugLike } from './name-shape.ts';

const set = (words: string) => new Set(words.trim().split(/\s+/));
/** Who a case writes up by a letter: "partner A", "Parent B", "client C". */
const lettered = set(
  'partner partners parent parents client clients child children sibling spouse caregiver member participant student patient person family couple',
);

/** Words after the clinician who was told: "E. WELSH AWARE", "NP grace made aware". */
const toldWords = set('aware notified paged informed updated');
/** Titles clinical notes write before a clinician's name, credentials included ("NP Vozniak", "Drs X"). */
const clinicianTitles = set('dr drs dr. np pa rn');
/** Words before a clinician's name in a note: "per", "reported to", "seen by", "d/w", "spoke with". */
const leadWords = set('per paged notified');
const leadBefore: Record<string, Set<string>> = {
  to: set('reported report given spoke talked handed handoff sbar'),
  by: set('seen assumed evaluated examined'),
  with: set('spoke discussed talked d/w w'),
};
/** Roles in parentheses after a name: "HANK X (RESIDENT)", "DORA X (DAUGHTER)", "Jen (RN)". */
const parenRoles = set('resident attending fellow intern hcp proxy poa dtr');
/** Single letters that are no initial in a note without their period ("x ray", "q 4"). */
const notInitials = set('x q');
/** Services and groups told in notes ("ct surg aware", "MIDLEVELS AWARE"): never a person. */
const services = set(`
  surg surgery neurosurg neurosurgery ortho cards gi renal onc heme team teams mds midlevels residents
  house housestaff nsg nursing family pharmacy resp rt rrt ot sw cm staff covering
`);
/** Words after a single letter and a period that are no surname: organisms and rhythms ("E. coli", "A. fib"). */
const afterLetter = set(`
  coli aureus diff difficile fib flutter tach brady pneumoniae aeruginosa flu influenzae pylori cat
  catarrhalis fragilis epi epidermidis faecalis faecium glabrata albicans marcescens cloacae mirabilis
  maltophilia baumannii oxytoca aerogenes cepacia perfringens viridans max min sat
`);
/** Kin before a relative's first name in shorthand: "son Bill called", "dtr Rita", "HCP Janet". */
const kin = set('son daughter dtr wife husband hcp proxy brother sister mother father niece nephew');

/** "E." or, in shorthand without periods, "d": a clinician's initial. */
function initial(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!/^\p{L}$/u.test(t.text)) return false;
  const n = doc.next(i);
  if (n === undefined || n.line !== t.line) return false;
  return /^\.[ \t]{1,2}$/.test(n.gapBefore) || (/^[ \t]{1,2}$/.test(n.gapBefore) && !notInitials.has(t.key));
}

/** Could this token be part of a clinician's or relative's name in a note? */
function nameish(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!isWord(t) || t.contraction || !/^\p{L}[\p{L}'-]*$/u.test(t.text) || t.key.length < 2) return false;
  const k = t.key;
  if (doc.isGrammatical(k) || titles.has(k) || relations.has(k) || credentials.has(k) || toldWords.has(k))
    return false;
  if (isHospitalUnit(k) || clinicalStates.has(k) || drugLike.test(k) || parenRoles.has(k)) return false;
  // "MDs", "RNs", "hypertensive-team": plural credentials and hyphenated words with a service in them.
  if (services.has(k) || credentials.has(k.replace(/s$/, '')) || k.split('-').some((p) => services.has(p)))
    return false;
  if (k.includes('-') && k.split('-').some((p) => doc.isOrdinaryWord(p))) return false;
  if (doc.plainLower(t) && doc.isOrdinaryWord(k)) return false;
  return (
    !doc.isOrdinaryWord(k) ||
    (doc.lex.firstNameRank(k) ?? Number.POSITIVE_INFINITY) <= 1500 ||
    (doc.lex.surnameRank(k) ?? Number.POSITIVE_INFINITY) <= 2000
  );
}

/** A word that says "name" by itself: no everyday word, or a common first name. */
function strongName(doc: Doc, i: number): boolean {
  const k = doc.tokens[i]!.key;
  return (
    (!doc.isOrdinaryWord(k) && k.length >= 3) ||
    (doc.lex.firstNameRank(k) ?? Number.POSITIVE_INFINITY) <= 1000
  );
}

/** The run of name tokens (initials and name-ish words, same line, at most 3) ending at token `last`. */
function runEndingAt(doc: Doc, last: number): number[] {
  const run: number[] = [];
  for (let k = last; k >= 0 && run.length < 3; k--) {
    const t = doc.tokens[k]!;
    if (run.length > 0) {
      const after = doc.tokens[run[0]!]!;
      if (after.line !== t.line) break;
      const dotted = /^\.[ \t]{0,2}$/.test(after.gapBefore) && initial(doc, k);
      if (!/^[ \t]{1,2}$/.test(after.gapBefore) && !dotted) break;
    }
    if (!(initial(doc, k) || nameish(doc, k))) break;
    run.unshift(k);
  }
  // An initial closes a name on the left ("V. Finn"), never on the right.
  while (run.length > 0 && initial(doc, run[run.length - 1]!)) run.pop();
  return run;
}

/** The run of name tokens starting at token `first` (for "per E. Welsh", "seen by J. Yi"). */
function runStartingAt(doc: Doc, first: number): number[] {
  const run: number[] = [];
  for (let k = first; k < doc.tokens.length && run.length < 3; k++) {
    const t = doc.tokens[k]!;
    if (run.length > 0) {
      const before = run[run.length - 1]!;
      if (t.line !== doc.tokens[before]!.line) break;
      const dotted = /^\.[ \t]{0,2}$/.test(t.gapBefore) && initial(doc, before);
      if (!/^[ \t]{1,2}$/.test(t.gapBefore) && !dotted) break;
      // A second word joins only after an initial or as a surname ("A. Ruiz", "grace pilecki").
      if (!initial(doc, before) && !nameish(doc, k)) break;
    }
    if (!(initial(doc, k) || nameish(doc, k))) break;
    run.push(k);
    if (!initial(doc, k) && run.length >= 2) break;
  }
  while (run.length > 0 && initial(doc, run[run.length - 1]!)) run.pop();
  return run;
}

/** Is the token before the run a clinician's title ("Dr", "NP", "DRS")? */
function titled(doc: Doc, first: number): boolean {
  const p = doc.prev(first);
  const t = doc.tokens[first]!;
  return (
    p !== undefined && p.line === t.line && clinicianTitles.has(p.key) && /^\.?[ \t]{1,2}$/.test(t.gapBefore)
  );
}

/** Does a run read as a name? An initial or a title carries it; otherwise a word must be a name by itself. */
function convincing(doc: Doc, run: number[], carried: boolean): boolean {
  const words = run.filter((k) => !initial(doc, k));
  if (words.length === 0) return false;
  if (carried || run.some((k) => initial(doc, k))) return true;
  return (
    words.some((k) => strongName(doc, k)) &&
    (words.length >= 2 || !doc.isOrdinaryWord(doc.tokens[words[0]!]!.key))
  );
}

function spansOf(doc: Doc, run: number[], reason: string): Detection[] {
  return run.map((k) => {
    const t: Token = doc.tokens[k]!;
    return {
      start: t.start,
      end: t.possessive ? t.start + t.text.replace(/['’]s?$/, '').length : t.end,
      label: 'PERSON',
      detector: 'context',
      score: 0.75,
      reason,
    };
  });
}

/**
 * Clinicians and relatives in the shapes nursing notes name them: "T. BARKLEY AWARE", "NP VOZNIAK MADE
 * AWARE", "per R. Tomczak", "seen by A. Ruiz, MD", "vera collins rn" closing a note, "X (RESIDENT)".
 * Runs after scoring; the shapes hold in capitals, lower case and mixed notes alike.
 */
export function clinicianNames(doc: Doc): Detection[] {
  const out: Detection[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const p1 = doc.prev(i);
    const sameLine = p1 !== undefined && p1.line === t.line && /^[ \t]{1,2}$/.test(t.gapBefore);
    // "X aware", "X made aware", "X notified".
    if (sameLine && (toldWords.has(t.key) || (t.key === 'made' && doc.next(i)?.key === 'aware'))) {
      let run = runEndingAt(doc, i - 1);
      // "dr green aware", "DR STONE AWARE": after a title an everyday word is the surname.
      const p2 = doc.prev(i, 2);
      if (run.length === 0 && isWord(p1) && !doc.isGrammatical(p1.key) && p2 && titled(doc, i - 1))
        run = [i - 1];
      if (run.length > 0 && convincing(doc, run, titled(doc, run[0]!)))
        out.push(...spansOf(doc, run, 'clinician told'));
    }
    // "per T. Barkley", "reported to L. Quon", "seen by A. Ruiz".
    if (
      p1 &&
      p1.line === t.line &&
      /^[ \t]{1,2}$/.test(t.gapBefore) &&
      (leadWords.has(p1.key) || leadBefore[p1.key]?.has(doc.prev(i, 2)?.key ?? ''))
    ) {
      const run = runStartingAt(doc, i);
      if (run.length > 0 && run.some((k) => initial(doc, k)) && convincing(doc, run, false))
        out.push(...spansOf(doc, run, 'clinician after a clinical lead'));
    }
    // "Z. MILLER IN TO STRIP TUBES", "J SMITH ORDERED": an initial with its period and a surname.
    if (
      p1 &&
      /^\p{Lu}$/u.test(p1.text) &&
      /^\.[ \t]$/.test(t.gapBefore) &&
      // Not a letter closing "N/V.", "I&O.", "D+I." or "H.O.": the initial stands alone.
      (i === 1 || /(?:^|\n|[ \t(])$/.test(p1.gapBefore)) &&
      (doc.prev(i, 2)?.text.length ?? 2) > 1 &&
      initial(doc, i - 1) &&
      !choiceLetter(doc, i - 1) &&
      // ("partner B. Supervisee …", "Parent A. Reports …": a letter naming one of a pair, before a
      // word no list of surnames holds; "Client J. Smith" is named.)
      !(lettered.has(doc.prev(i, 2)?.key ?? '') && doc.lex.surnameRank(t.key) === undefined) &&
      !afterLetter.has(t.key) &&
      t.key.length >= 3 &&
      // "R. mainstem", "W. RESIDUALS", "B. AWATING": shorthand, plurals and misspelt verbs are no surname.
      !(doc.caseInformative(t) && t.case === Case.Lower) &&
      !doc.isOrdinaryWord(t.key.replace(/e?s$/, '')) &&
      !(/ing$/.test(t.key) && doc.lex.surnameRank(t.key) === undefined) &&
      nameish(doc, i) &&
      (!doc.isOrdinaryWord(t.key) || (doc.lex.surnameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 2000)
    )
      out.push(...spansOf(doc, [i - 1, i], 'initial and surname'));
    // "son Bill called", "son don reid", "social: bob visited": a common first name after kin or the
    // social heading; capitals cannot decide in notes, so the word must be a common first name.
    const kinLead =
      p1 &&
      p1.line === t.line &&
      ((kin.has(p1.key) && /^,?[ \t]{1,2}$/.test(t.gapBefore)) ||
        (p1.key === 'social' && /^[ \t]*[:=-]+[ \t]*$/.test(t.gapBefore)));
    const firstName = (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1000;
    if (
      kinLead &&
      firstName &&
      isWord(t) &&
      // "her sister's page": what kin owns, and a word its writer left in lower case, is no one.
      !p1.possessive &&
      !(doc.caseInformative(t) && t.case === Case.Lower) &&
      !doc.isGrammatical(t.key) &&
      !services.has(t.key) &&
      !relations.has(t.key)
    ) {
      const run = runStartingAt(doc, i);
      out.push(...spansOf(doc, run[0] === i ? run : [i], 'relative after kin'));
    }
    // "Jean Hudson, RN" or "vera collins rn" closing a line; "HANK X (RESIDENT)", "Jen (RN)".
    const cred = credentials.has(t.key) || (t.key === 'bsn' && doc.next(i)?.key === 'rn');
    const closing = cred && (!doc.next(i) || doc.next(i)!.line !== t.line || doc.next(i)?.key === 'rn');
    const paren =
      (cred || parenRoles.has(t.key) || relations.has(t.key)) &&
      /^[ \t]?\($/.test(t.gapBefore) &&
      /^\)/.test(doc.next(i)?.gapBefore ?? ')');
    if (p1 && p1.line === t.line && (paren || (closing && /^,?[ \t]{1,2}$/.test(t.gapBefore)))) {
      const run = runEndingAt(doc, i - 1);
      const start = run[0];
      const opens =
        start !== undefined &&
        (start === 0 ||
          tokens[start - 1]!.line !== tokens[start]!.line ||
          /[.:;,)(-]\s*$/.test(tokens[start]!.gapBefore));
      if (run.length > 0 && (opens || paren) && convincing(doc, run, false))
        out.push(...spansOf(doc, run, paren ? 'name before a role in parentheses' : 'name signing a note'));
    }
  }
  return out;
}

/**
 * "MARY ELLEN DROSKOWITZ", "carol vasquith", "CASEWORKER DORIS PELTONEN": in notes, where shorthand
 * hides which unknown words are names, a word no list knows right after a first name is its surname.
 */
export function surnameAfterFirstName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const left = doc.prev(i);
  if (!left || doc.lex.firstNameRank(left.key) === undefined || !/^[ \t]{1,2}$/.test(t.gapBefore))
    return false;
  if (!/^\p{L}[\p{L}'-]{2,}$/u.test(t.text) || t.possessive || !nameish(doc, i)) return false;
  // Lower case only counts where the first name is lower case too ("ann marie palusko").
  if (doc.plainLower(t) && !doc.plainLower(left)) return false;
  return !doc.isOrdinaryWord(t.key) && doc.commonness(t.key) < 30;
}
