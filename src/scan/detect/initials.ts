import type { Detection } from '../findings.ts';
import type { Doc } from './doc.ts';

/**
 * Dotted capitals of two or three letters (the only runs read as initials) that abbreviate
 * something other than a person: countries and cities, times, degrees and credentials, titles of
 * office, a note's shorthand, school's subjects and tests ("P.E.", "G.E.D."), and phrases ("R.I.P.",
 * "D.I.Y.").
 */
const abbreviations = new Set(
  `US USA UK EU UN DC LA NY NYC NJ SF PM AM AD BC BA BS MA MS MD DO RN NP PA LPN JD MBA MSW MFT
  EDD DDS DVM ER IV PO OT PT AA NA DA GP TV VA OK ID FBI CIA DEA IRS DMV DOA DOB DNR
  RIP SOS DIY AKA IE EG ET AL NB PS PPS OB GYN ENT ICU VP CEO CFO GOP DUI DWI
  HR QA TBA TBD OCD CBT DBT SI HI AMA ADA CPR EMT EMS UPS ETA MIA POW GI OR RT GU
  UO HO CO CI TO PE ESL AP IEP GED SAT ACT`.split(/\s+/),
);

export const initialsReason = 'initials';

/**
 * "K.B. cancelled again", "J.L., the intake from last week": supervision and notes name a client
 * by initials, two or three capitals each closed by a period, written together. Not an
 * abbreviation ("U.S.", "P.M.", "R.N."), nor a time's half of the day after its number.
 */
export function detectInitials(doc: Doc): Detection[] {
  const { tokens, text } = doc;
  const out: Detection[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!capitalLetter(t.text)) continue;
    const before = tokens[i - 1];
    // Inside a run already read, or a run joined to what comes before ("A.B" of "2.A.B.").
    if (before && t.gapBefore === '') continue;
    if (before && t.gapBefore === '.' && before.text.length === 1) continue;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.gapBefore === '.' && capitalLetter(tokens[j + 1]!.text))
      j++;
    const letters = j - i + 1;
    const closed = text[tokens[j]!.end] === '.';
    if (letters < 2 || letters > 3 || !closed) continue;
    const run = tokens
      .slice(i, j + 1)
      .map((x) => x.text)
      .join('');
    i = j;
    if (abbreviations.has(run)) continue;
    // "at 10 A.M.", "Route 9 N.B.": a number before the run makes it a unit or a bearing.
    if (before && /^\d/.test(before.text) && /^[ \t]*$/.test(t.gapBefore)) continue;
    // Notes in shorthand ("G.U.: voiding", "H.O. aware") and in capitals abbreviate everything:
    // only talk and prose whose case means something count.
    if (!doc.caseInformative(t) || doc.jargon >= 0.04) continue;
    out.push({
      start: t.start,
      end: tokens[j]!.end + 1,
      label: 'PERSON',
      detector: 'context',
      score: 0.7,
      reason: initialsReason,
    });
  }
  return out;
}

function capitalLetter(text: string): boolean {
  return text.length === 1 && /\p{Lu}/u.test(text);
}
