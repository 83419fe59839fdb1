import type { Detection, FindingLabel } from '../findings.ts';
import { plausibleCode, plausibleStreet } from './pattern-shapes.ts';

interface Pattern {
  label: FindingLabel;
  reason: string;
  score: number;
  regex: RegExp;
  /** Capture group holding the identifier when the match includes a keyword ("MRN: 12345"). */
  group?: number;
  accept?: (match: RegExpExecArray) => boolean;
}

const month =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const day = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
const streetType =
  '(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|way|place|pl|terrace|ter|parkway|pkwy|highway|hwy|circle|cir|trail|trl|square|sq|pike|route|rte|alley|loop|row|run|path|crescent|close)';
const streetTypeWord = new RegExp(`^${streetType}$`, 'i');
const usState =
  '(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]|PR|GU|VI)';

/**
 * HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)) other than names: each a precompiled regex.
 * Order matters: earlier patterns claim their text, later ones skip what overlaps it.
 */
const patterns: Pattern[] = [
  {
    label: 'EMAIL',
    reason: 'e-mail address',
    score: 0.99,
    regex: /\b[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi,
  },
  {
    label: 'URL',
    reason: 'web address',
    score: 0.95,
    regex:
      /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]]+[^\s<>"'()[\].,;:!?]|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|io|us|info|biz|me|co)\b(?:\/[^\s<>"']*)?/gi,
  },
  {
    label: 'IP',
    reason: 'IP address',
    score: 0.95,
    regex:
      /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b|\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:?){0,6}[0-9a-f]{1,4}\b/gi,
  },
  {
    label: 'SSN',
    reason: 'social security number',
    score: 0.98,
    regex: /\b(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}\b/g,
  },
  {
    label: 'PHONE',
    reason: 'telephone or fax number',
    score: 0.95,
    regex:
      /(?<![\w-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?\b/gi,
  },
  { label: 'ID', reason: 'card or account number', score: 0.9, regex: /\b\d(?:[ -]?\d){12,18}\b/g },
  {
    label: 'PHONE',
    reason: 'telephone or fax number (international or 7-digit)',
    score: 0.85,
    regex:
      /(?<![\w./-])(?:\+\d{1,3}[\s.-]?)?(?:\d{2,4}[\s.-]){2,4}\d{2,4}(?![\w/-])|(?<![\w.-])\d{3}-\d{4}(?![\w-])/g,
    accept: (m) =>
      m[0].replace(/\D/g, '').length >= 7 &&
      // ("1500-2330\n1500 REPORT": a shift and the next line's clock; no number breaks across lines.)
      !m[0].includes('\n') &&
      !/^\d{4}-\d{2}-\d{2}$/.test(m[0]) &&
      !numberRun(m) &&
      !numericRange(m),
  },
  {
    label: 'LOCATION',
    reason: 'street address',
    score: 0.95,
    regex: new RegExp(
      `\\b\\d{1,6}[a-z]?\\s+(?:[nsew]\\.?\\s+)?(?:[\\p{L}\\d'.-]+\\s+){0,3}${streetType}\\b\\.?(?:,?\\s*(?:apt|apartment|suite|ste|unit|#)\\.?\\s*[\\w-]+)?`,
      'giu',
    ),
    accept: (m) => plausibleStreet(m, streetTypeWord),
  },
  {
    // Roads named by a number: "on 6th Street", "fifth ave", "Highway 1", "off route 9", "I-95",
    // "off of old 31" (the road a newer one replaced).
    label: 'LOCATION',
    reason: 'numbered road',
    score: 0.85,
    regex:
      /\b(?:\d{1,3}(?:st|nd|rd|th)\s+(?:street|st|avenue|ave|road|rd|boulevard|blvd|parkway|pkwy)\b\.?|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:street|avenue|ave)\b|(?:highway|hwy|route|rte|interstate|state\s+route|county\s+road)\s?\d{1,4}[a-z]?\b|(?:I|US)-\d{1,3}\b|(?<=\b(?:off|of|on|onto|take|took|down|up|along|via|past)\s)old\s+(?:us\s+)?\d{1,3}\b(?!\s*(?:years?|yrs?|yo|y\/o|months?|days?|weeks?|%|percent|lbs?|pounds?|mg)\b))/gi,
    accept: (m) =>
      !numberedRoadLookalike(m[0]) &&
      // "sitting on the highway 40 min": the number counts what comes after it.
      !/^\s+(?:min|mins|minutes?|hrs?|hours?|secs?|seconds?|miles?|mi|mph|km)\b/i.test(
        m.input.slice(m.index + m[0].length, m.index + m[0].length + 12),
      ),
  },
  {
    // "at St. Luke's", "from Saint Jude's": a saint's name in the possessive names the hospital,
    // church or school called after them; not the holiday, the herb or an eve.
    label: 'LOCATION',
    reason: 'institution named for a saint',
    // Above a listed given name's guess (0.86), so the saint's name is read as the place.
    score: 0.9,
    regex:
      /\b(?:St\.?|Saint)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?['’]s\b(?![ \t]+(?:Day|Eve|day|eve|[Ww]ort)\b)/gu,
  },
  {
    label: 'LOCATION',
    reason: 'post-office box',
    score: 0.95,
    regex:
      /\b(?:p\.?\s?o\.?\s*box|post\s+office\s+box|(?:psc|cmr|unit)\s+\d+,?\s+box)\s*#?\s*\d+(?:\s*\n?\s*(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5})?/gi,
  },
  {
    label: 'LOCATION',
    reason: 'ZIP code after a state',
    score: 0.9,
    regex: new RegExp(`\\b${usState},?\\s+(\\d{5}(?:-\\d{4})?)\\b`, 'g'),
    group: 1,
  },
  {
    label: 'LOCATION',
    reason: 'ZIP code',
    score: 0.9,
    regex: /\bzip(?:\s*code)?\s*[:#]?\s*(\d{5}(?:-\d{4})?)\b/gi,
    group: 1,
  },
  {
    label: 'DATE',
    reason: 'date more specific than a year',
    score: 0.9,
    regex: new RegExp(
      [
        '\\b(?:19|20)\\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\\d|3[01])\\b',
        // One separator throughout: "7.31/31" and "4/1.42" are blood gases and cardiac outputs.
        '(?<!\\d[/.-])\\b(?:0?[1-9]|1[0-2])(?<sep>[/.-])(?:0?[1-9]|[12]\\d|3[01])\\k<sep>(?:(?:19|20)\\d{2}|\\d{2})\\b(?![%.]?\\d|%)',
        // "5-6/3-4", "5.6/2.62": ranges and decimals are measurements.
        // "11/2HR" is one and a half hours; "7/9th" would still be a date.
        '(?<![\\d/.]|\\d-)(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])(?![\\d/%^]|-\\d|\\.\\d|(?!st|nd|rd|th)[a-z])',
        `\\b${month}\\.?\\s+${day}(?:,?\\s+\\d{4})?\\b`,
        `\\b${day}\\s+(?:of\\s+)?${month}\\b\\.?(?:,?\\s+\\d{4})?`,
        `\\b${month}\\.?,?\\s+(?:of\\s+)?(?:19|20)\\d{2}\\b`,
      ].join('|'),
      'gi',
    ),
    // "5/5" strength and "1/2", "3/4" fractions are not dates, nor are ventilator settings
    // ("PSV 10/5") or pain scores ("c/o 3/10 back pain").
    accept: (m) => !/^(\d+)\/\1$|^(?:1\/[234]|3\/4)$/.test(m[0]) && !measurement(m),
  },
  {
    label: 'AGE',
    reason: 'age over 89',
    score: 0.9,
    regex:
      /\b(?:(?:9\d|1[0-4]\d)\s*(?:-\s*)?(?:years?|yrs?|y\.?\s?o\b\.?|yo\b)(?:[\s-]*old)?|(?:aged?|age of)\s+(?:9\d|1[0-4]\d))\b/gi,
  },
  {
    label: 'ID',
    reason: 'record, account, licence, plate or device number',
    score: 0.9,
    regex:
      /\b(?:mrn|medical record|record|chart|acct|account|license|licence|lic|dl|plate|tag|serial|device|member|policy|claim|case|patient|ssn|social security|vin|id|no|number)\s*(?:no\.?|number|num|#)?\s*[:#]?\s*([A-Z0-9]*\d[A-Z0-9-]{3,})/gi,
    group: 1,
    // "Member: 78-year-old widowed male", "Case: 30-day review": a number joined to words written
    // in lower case is what follows it, no identifier ("123-ABC" on a plate stays one).
    accept: (m) => !/^\d+(?:-[a-z]{2,})+$/.test(m[1]!),
  },
  {
    label: 'ID',
    reason: 'long number (account, card or record)',
    score: 0.85,
    regex: /\b\d(?:[ -]?\d){7,}\b/g,
    // "1900-0700" is a shift, two clock times.
    accept: (m) => !/^(?:[01]\d|2[0-4])[0-5]\d-(?:[01]\d|2[0-4])[0-5]\d$/.test(m[0]) && !numberRun(m),
  },
  {
    label: 'ID',
    reason: 'letters-and-digits code (plate, licence, device)',
    score: 0.75,
    regex: /\b(?=[A-Z0-9-]*\d[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,}(?:-[A-Z0-9]+)*\b/g,
    accept: (m) => plausibleCode(m[0]) && !/^(?:\/\d|%|\.\d)/.test(after(m, 2)) && !instrumentName(m),
  },
];

/**
 * A code that names a clinical instrument: part of a longer hyphenated name in mixed case, or before
 * the word for what it measures ("the CHADS2 score", "a PHQ9 questionnaire"). Plates and licences
 * stand alone.
 */
function instrumentName(m: RegExpExecArray): boolean {
  if (/^-\p{L}/u.test(after(m, 2))) return true;
  return /^[\s-]*(?:scores?|scales?|criteria|index|class|grade|stage|questionnaire|inventory|screen(?:er|ing)?)\b/i.test(
    after(m, 24),
  );
}

const settingBefore =
  /(?:\d%[\s,&]*|\b(?:psv?|cpap|bi-?pap|flowby|fio2|imv|simv|peep|ac|prvc|vent|ventilation|settings?|mode|co|ci|svr|co\/ci|cp|pain|c\/o)\b)(?:[\s:=@,]+(?:increased|decreased|incr|decr|inc|dec|weaned|wean|changed|back|down|up|at|to|of|on|is|was|now|overnight|overnite|settings?))*[\s:=@,]*$/i;
/** "ON 10/5 BIPAP", "10/5 PEEP", "10/5 40%": a pressure pair written before its mode or its FiO2. */
const settingAfter = /^\s*(?:bi-?pap|cpap|peep|psv?|fio2|vent\b|\(?\d{2,3}\s?%)/i;
/** "wean down to 10/5", "decreased to 8/5": weaning walks a pressure pair down. */
const weaningBefore = /\b(?:wean(?:ed|ing)?|decreased|increased)\s+(?:down\s+|back\s+)?to\s*$/i;
/**
 * "1/5 liters", "+3/6 SEM", "a 3/6 crescendo-decrescendo systolic murmur": a quantity with its unit,
 * a murmur's grade (past up to three words saying which murmur).
 */
const unitAfter = /^\s*(?:liters?|l\b|cc|ml|mg|units?|(?:[a-z-]+\s+){0,3}(?:sem\b|murmur|hsm\b|sm\b))/i;
/** What a note rates out of ten: pain, and the feelings, urges and readiness therapy scores. */
const ratedNear =
  /\b(?:pain|cp|ha|headache|discomfort|ache|pain scale|pressure|rat(?:ed|es|ing|ings)|scored?|scores|cravings?|urges?|anxiety|anger|mood|distress|suds|intensity|severity|stress|depression|energy|motivation|confidence|readiness|importance|likelihood|sleep quality)\b/i;
/** "8/9 inattentive items", "5/8 criteria met", "(baseline 7/9)": a count of a scale's items, not a day. */
const itemsAfter = /^\s*(?:[a-z/-]+\s+){0,2}(?:items?|criteria|symptoms?|questions?|points?|domains?)\b/i;
const itemsBefore = /\b(?:baseline|previously|prior|endorsed|items?|criteria)\s*[:=]?\s*$/i;

/** Up to n characters either side of a match. */
function after(m: RegExpExecArray, n: number): string {
  return m.input.slice(m.index + m[0].length, m.index + m[0].length + n);
}
function before(m: RegExpExecArray, n: number): string {
  return m.input.slice(Math.max(0, m.index - n), m.index);
}

/** A month/day without a year that is a setting or a score in clinical shorthand. */
function measurement(m: RegExpExecArray): boolean {
  if (!/^\d{1,2}\/\d{1,2}$/.test(m[0])) return false;
  const head = before(m, 24);
  if (settingBefore.test(head) || weaningBefore.test(head) || /\+$/.test(head)) return true;
  const tail = after(m, 24);
  if (settingAfter.test(tail) || unitAfter.test(after(m, 48))) return true;
  if (itemsAfter.test(after(m, 40)) || itemsBefore.test(head)) return true;
  if (!m[0].endsWith('/10') && !m[0].endsWith('/5')) return false;
  // ("rated likelihood of using the plan as 8/10", "cravings for cocaine 2/10 and alcohol 3/10")
  const lead = before(m, 48);
  return ratedNear.test(lead) || ratedNear.test(tail) || /\d\/10\b/.test(lead);
}

/**
 * Digits that continue a decimal or end in a percentage: a blood gas "7.44-52-69-36", vital signs
 * "60 77 28 99%", ventilator settings "12 700 50%". A phone or account number does neither.
 */
function numberRun(m: RegExpExecArray): boolean {
  return /\d\.$/.test(before(m, 2)) || /^(?:\s?%|\.\d)/.test(after(m, 2));
}

/** Clinical shorthand that puts a range where a local number could stand: "SVR 900-1500", "TV 930-1000". */
const rangeLabels =
  /\b(?:svr|pvr|tv|vt|stv|vte|vti|is|hr|bp|map|co|ci|uo|u\/o|voiding|volumes?)\s*[:=]?\s*$/i;

/**
 * "NNN-NNNN" without an area code is a 7-digit phone number or a range of two measurements:
 * after a measurement's label, or rising to a round number ("800-1000"), it is the range.
 */
function numericRange(m: RegExpExecArray): boolean {
  const range = /^(\d{3})-(\d{4})$/.exec(m[0]);
  if (!range) return false;
  const low = Number(range[1]);
  const high = Number(range[2]);
  if (high <= low) return false;
  return high % 100 === 0 || rangeLabels.test(before(m, 12));
}

/**
 * What a numbered-road match can also be: "ST" in capitals is the heart's ST segment ("2nd ST
 * elevation"), iodine's medical isotopes are written like an interstate ("I-131 therapy"), and a
 * US highway is written in capitals ("us-40" is a pronoun and a number).
 */
function numberedRoadLookalike(match: string): boolean {
  if (/\sST\b/.test(match)) return true;
  if (/^us-/i.test(match) && !match.startsWith('US-')) return true;
  return /^i-(?:123|124|125|131)$/i.test(match);
}

/** Runs every Safe Harbor pattern over the text; later patterns skip text an earlier one claimed. */
export function detectPatterns(text: string): Detection[] {
  const out: Detection[] = [];
  // One byte per character: overlap checks cost the match's length, not the number of matches.
  const claimed = new Uint8Array(text.length);
  const overlaps = (s: number, e: number) => {
    for (let k = s; k < e; k++) if (claimed[k]) return true;
    return false;
  };
  for (const p of patterns) {
    p.regex.lastIndex = 0;
    for (let m = p.regex.exec(text); m !== null; m = p.regex.exec(text)) {
      if (m[0].length === 0) {
        p.regex.lastIndex++;
        continue;
      }
      if (p.accept && !p.accept(m)) continue;
      const value = p.group ? m[p.group] : m[0];
      if (!value) continue;
      const start = p.group ? m.index + m[0].lastIndexOf(value) : m.index;
      const end = start + value.replace(/\s+$/, '').length;
      if (overlaps(start, end)) continue;
      claimed.fill(1, start, end);
      out.push({ start, end, label: p.label, detector: 'pattern', score: p.score, reason: p.reason });
    }
  }
  return out;
}
