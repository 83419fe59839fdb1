/**
 * Shape checks for the two patterns that clinical shorthand imitates most: street addresses
 * ("HR 80-108 ST" is sinus tachycardia, "#8 trach in place" a tube size) and letters-and-digits
 * codes ("PEEP10", "Q2-3HRS", "30MCGKGMIN" are settings, frequencies and doses).
 */

/** Words that never sit inside a street name: grammar, and the shorthand that precedes ST/CT/DR. */
export const notStreetWords = new Set(
  (
    'a an and or but nor of to in into on at by for from with without w wo via per than then as is are was were be been ' +
    'it its he she they we you i his her their our my this that these those not no because after before until while ' +
    'had has have did does do will would can could should may might down up over under out off back also sr st nsr hr ' +
    'bp rr afib aflutter vt svt pvc pvcs pac pacs apc apcs run runs beat beats the all every each any some ' +
    // A shift log's clock and room: "2315  Rm 2 requesting PRN".
    'rm room bed'
  ).split(' '),
);

/** What follows a count in shorthand: a dose, a duration, a size. Never the start of a street name. */
export const unitWords = new Set(
  (
    'mg mcg g gm kg ml cc l u units unit meq mmol mmhg hr hrs hour hours min mins minute minutes sec secs second ' +
    'seconds day days wk wks week weeks month months yr yrs year years time times x french fr cm mm inch inches ' +
    'liter liters litre litres lpm puff puffs tab tabs dose doses amp amps bag bags beat beats breath breaths ' +
    'degree degrees way ways pm am'
  ).split(' '),
);

/** Street types that are also shorthand or ordinary words: "ST" rhythm, "CT" chest tube, "DR" doctor. */
const ambiguousTypes = new Set(
  'st dr ct sq pl ter cir way run place close loop path row court square circle trail lane'.split(' '),
);

const caseOf = (w: string) =>
  /^\p{Lu}[\p{Lu}\d'.-]*$/u.test(w) ? 'upper' : /^\p{Ll}/u.test(w) ? 'lower' : 'title';

/**
 * A street-address match is a street only when it has a plausible house number (not part of a
 * range, decimal, fraction or "#8", not a dose like "8u") and at least one street-name word that is
 * no grammar or unit word, all on one line, with the street type written in the same case as the
 * name ("1400 anterior CT" is a chest tube, "12 Harbor Ct" and "12 HARBOR CT" are streets).
 */
export function plausibleStreet(m: RegExpExecArray, streetType: RegExp): boolean {
  const before = m.input.slice(Math.max(0, m.index - 3), m.index);
  if (/(?:[\d./#@×-]|\bx\s?|#\s)$/i.test(before)) return false;
  // "rm 103 stays close obs": a room's number, not a house's.
  if (/\b(?:rm|room|bed)\.?[ \t]*$/i.test(m.input.slice(Math.max(0, m.index - 6), m.index))) return false;
  const [number, ...tokens] = m[0].split(/\s+/);
  // "712 418 Kudu St": a building number before the house number, as some countries write it.
  const rest = /^[1-9]\d{0,4}$/.test(tokens[0] ?? '') ? tokens.slice(1) : tokens;
  if (!number || /\n/.test(m[0].replace(/\s*,?\s*(?:apt|apartment|suite|ste|unit|#)[\s\S]*$/i, '')))
    return false;
  if (!/^[1-9]\d{0,5}[a-h]?$/i.test(number)) return false;
  // The street type is the last such word before any unit: "89 Court Street" is on a street.
  const typeAt = rest.findLastIndex((w) => streetType.test(w.replace(/[.,]+$/, '')));
  if (typeAt < 0) return false;
  const type = rest[typeAt]!.replace(/[.,]+$/, '');
  const words = rest.slice(0, typeAt).filter((w) => !/^[nsew]\.?$/i.test(w));
  if (words.length === 0) return false;
  if (unitWords.has(words[0]!.toLowerCase())) return false;
  for (const w of words) {
    const key = w.toLowerCase();
    if (notStreetWords.has(key.replace(/[.,]+$/, ''))) return false;
    if (!/^(?:\p{L}[\p{L}'-]*\.?|\d+(?:st|nd|rd|th))$/iu.test(w)) return false;
    if (/\.$/.test(w) && w.length > 4) return false;
    if (/^\p{Lu}{2,}'s$/u.test(w)) return false;
  }
  if (ambiguousTypes.has(type.toLowerCase())) {
    const typeCase = caseOf(type);
    const nameCases = words.map(caseOf);
    if (typeCase === 'upper' && type.length > 1 && nameCases.every((c) => c === 'lower')) return false;
    if (typeCase === 'lower' && words.some((w, k) => nameCases[k] === 'upper' && w.length > 2)) return false;
  }
  return true;
}

/** Letter runs of ventilator settings, lab panels, drips and devices written run together with numbers. */
const settingLetters = new Set(
  (
    'ABG VBG AC PS PSV PEEP CPAP SIMV IMV PRVC FIO FI O NC LNC L LPM GTT PTT INR U D MAX MIN BS FS FSBS MM CM ' +
    'CMH CMHO H X TV VT RR HR BP MAP CVP PA PB SAT SATS SPO K NA MG CC ML IV PO Q T'
  ).split(' '),
);

/**
 * A letters-and-digits run is a code only when it is not a measurement written without spaces:
 * a label and its value or range ("PEEP10", "CREAT-56", "HR60-70", "SATS93-98"), a quantity and its
 * units however many ("30MCGKGMIN", "15CC"), a dose frequency ("Q2-3HRS", "X24HRS"), a clock range
 * ("7AM-7PM"), a product of settings ("650X10X100") or a time followed by a word ("2300-REMAINS").
 */
export function plausibleCode(code: string): boolean {
  const bare = code.replace(/-/g, '');
  if (bare.length < 6) return false;
  // "ABG-119", "PS10PEEP", "4LNCO2", "D50-GTT", "PB7200": every letter run is clinical shorthand.
  const letters = code.match(/[A-Z]+/g) ?? [];
  if (letters.every((run) => settingLetters.has(run))) return false;
  if (/^[\d-]+[A-Z]+$/.test(code)) return false; // quantity + units
  if (/^\d+(?:X\d+)+[A-Z]{0,4}$/.test(code)) return false; // 650X10X100
  if (/^(?:Q|X)\d{1,2}(?:-\d{1,2})?(?:H|HR|HRS|H?OURS|MIN|D|DAYS?)$/.test(code)) return false;
  if (/^\d{1,2}(?:A|P)M?-\d{1,2}(?:A|P)M?$/.test(code)) return false; // 7AM-7PM, 11P-7A
  // A word of four or more letters with a short number or a range after it: a label and its value.
  if (/^[A-Z]{4,}-?\d{1,4}(?:-\d{1,4})?(?:[A-Z]{1,3})?$/.test(code)) return false;
  // Two or three letters and a range: "HR60-70", "MAP-75-100".
  if (/^[A-Z]{2,3}-?\d{1,3}-\d{1,3}$/.test(code)) return false;
  // A number or range and then a word: "2300-REMAINS", "95-120-THOUGH".
  if (/^[\d-]+-[A-Z]{4,}$/.test(code)) return false;
  // A tissue type, the allele after its locus: "HLA-B27", "HLA-DR4", "HLA-DQB1".
  if (/^HLA-[A-Z]{1,3}\d{1,4}$/.test(code)) return false;
  // A fiscal or calendar year, or its quarter: "FY2025", "CY24", "Q3FY25".
  if (/^(?:Q[1-4])?(?:FY|CY)(?:\d{2}|\d{4})$/.test(code)) return false;
  return true;
}
