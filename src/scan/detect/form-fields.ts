import type { Detection } from '../findings.ts';
import { credentials, mentalHealthTerms, relations, titles } from '../lexicon/cues.ts';
import { Case, isWord, type Token } from '../text/tokens.ts';
import { type Doc, perDocument } from './doc.ts';
import { commonGivenName } from './name-shape.ts';

/**
 * Clinical paperwork is forms: "Client Name: …", "Spouse: …", "City: …". What stands after such a
 * label is whom or where the label says, whatever else the word means ("Spouse: Will", "City:
 * Bend", "Nickname: Bear") — words no cue in running prose would make a name of.
 */

/** The last word of a label whose value is a person: "Client Name:", "Emergency Contact:", "Referred By:". */
const personFields = new Set(
  `name names nickname nicknames aka alias client patient guardian guardians parent parents mother
  father mom dad spouse partner husband wife child children son daughter sibling siblings brother
  sister contact contacts provider therapist clinician psychiatrist physician doctor pcp counselor
  supervisor caseworker worker manager teacher by interviewer informant signature signed author
  referrer participant member veteran resident`.split(/\s+/),
);
/** The last word of a label whose value is a place: "Home Address:", "City:", "School:". */
const placeFields = new Set(
  `address city town hometown birthplace birth residence county school employer workplace hospital
  facility pharmacy church neighborhood neighbourhood street agency program clinic practice office
  organization site`.split(/\s+/),
);
/** Labels of roles a transcript gives its speakers too ("Client: Hope so."): their values count only in a form. */
const speakerRoles = new Set(
  'client patient parent mother father mom dad spouse partner husband wife son daughter brother sister therapist clinician counselor supervisor teacher doctor participant member veteran resident'.split(
    ' ',
  ),
);
/** Values that fill a field without naming anyone: "N/A", "Self", "Deceased", "Retired", "See above". */
const noValue = new Set(
  `na n a none self same unknown unk declined pending tbd yes no not applicable other deceased living
  alive unemployed retired disabled homeless student married single divorced widowed separated
  above below see`.split(/\s+/),
);

interface Field {
  /** The label's words, lower-cased. */
  label: string[];
  /** Index of the value's first token, and one past its last on the line. */
  from: number;
  to: number;
}

/** A gap wide enough to set one field apart from the next on a line: a tab, a pipe, three spaces. */
const fieldGap = /\t|\||[ ]{3}/;

/**
 * The form's fields: "Label: value", the label up to four words opening the line or set apart on it
 * ("Session: Individual    DOS: 09/19    Payer: Medicare"); the value runs to the line's end or the
 * next such gap.
 */
const formFields = perDocument((doc: Doc): Field[] => {
  const fields: Field[] = [];
  if (!doc.text.includes(':')) return fields;
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (i > 0 && tokens[i - 1]!.line === first.line && !fieldGap.test(first.gapBefore)) continue;
    // The label: words (and "/" or "'s") up to the colon.
    let k = i;
    while (k < i + 4 && tokens[k + 1]?.line === first.line && !/:/.test(tokens[k + 1]!.gapBefore)) k++;
    const value = tokens[k + 1];
    if (
      !value ||
      value.line !== first.line ||
      !/^[ \t]*\(?[a-z .]*\)?[ \t]*#?:[ \t]*["“']?$/i.test(value.gapBefore)
    )
      continue;
    if (!tokens.slice(i, k + 1).every(isWord)) continue;
    let to = k + 1;
    while (
      to < tokens.length &&
      tokens[to]!.line === first.line &&
      (to === k + 1 || !fieldGap.test(tokens[to]!.gapBefore))
    )
      to++;
    fields.push({ label: tokens.slice(i, k + 1).map((t) => t.key), from: k + 1, to });
  }
  return fields;
});

/**
 * A form, not a transcript: its labels are many and each said about once, where a transcript gives
 * the same two or three speakers turn after turn ("Client: Okay." as often as need be).
 */
function formLike(fields: readonly Field[]): boolean {
  const labels = new Set(fields.map((f) => f.label.join(' ')));
  // (A team meeting's many roles speak in sentences; a form's fields hold a few words; and a form
  // asks what forms ask — a name, a date of birth, an address — not only who speaks.)
  const short = fields.filter((f) => f.to - f.from <= 5).length;
  const asked = new Set(fields.flatMap((f) => f.label.filter((w) => askedOnForms.has(w)))).size;
  return labels.size >= 4 && labels.size >= 0.6 * fields.length && short >= 0.6 * fields.length && asked >= 2;
}

/** What forms ask, in their labels' words. */
const askedOnForms = new Set(
  `name dob date birth address city state zip phone email diagnosis diagnoses insurance payer gender
  sex age grade school employer pharmacy guardian contact referral referred medications allergies
  pcp signature mrn id number county race ethnicity language religion occupation marital status auth
  authorization`.split(/\s+/),
);

export const formFieldReason = 'value of a form field';

/** The tokens of a form's labels, where the text is a form. */
const formLabels = perDocument((doc: Doc): Set<number> => {
  const labels = new Set<number>();
  const fields = formFields(doc);
  if (!formLike(fields)) return labels;
  for (const f of fields) for (let k = f.from - f.label.length; k < f.from; k++) labels.add(k);
  return labels;
});

/** "Payer: Medicare", "Grade: 7": in a form, a field's label names what is asked, never anyone. */
export function formLabelWord(doc: Doc, i: number): boolean {
  if (formLabels(doc).has(i)) return true;
  const { fieldAt, times, onceLabels } = labelCounts(doc);
  const field = fieldAt.get(i);
  if (!field) return false;
  const label = field.label.join(' ');
  if (times.get(label) !== 1) return false;
  // "CHIEF COMPLAINT:", "Auth #:", "Payer:": a label said once, of words that forms ask, everyday
  // words or words no name list holds — few given as a first name, no title ("Dr. Okafor:" is
  // someone) — in a text of four or more such labels, or of one word that forms ask or that is an
  // everyday word. (A speaker's label comes again, turn after turn.)
  const labelWord = (w: string) =>
    (askedOnForms.has(w) || doc.isOrdinaryWord(w) || !doc.listedName(w)) &&
    !commonGivenName(doc, w) &&
    (!titles.has(w) || doc.isOrdinaryWord(w));
  if (!field.label.every(labelWord)) return false;
  if (onceLabels >= 4) return true;
  const key = doc.tokens[i]!.key;
  return label === key && (askedOnForms.has(key) || doc.isOrdinaryWord(key));
}

/** Each label token's field, how often each label is said, and how many labels are said once. */
const labelCounts = perDocument((doc: Doc) => {
  const fieldAt = new Map<number, Field>();
  const times = new Map<string, number>();
  for (const f of formFields(doc)) {
    for (let k = f.from - f.label.length; k < f.from; k++) fieldAt.set(k, f);
    const label = f.label.join(' ');
    times.set(label, (times.get(label) ?? 0) + 1);
  }
  const onceLabels = [...times.values()].filter((n) => n === 1).length;
  return { fieldAt, times, onceLabels };
});

/** Labels of a plan that pays: its value names the plan, whatever town or name it borrows. */
const payerLabels = new Set(['payer', 'payor', 'insurance', 'insurer', 'carrier']);

/** Is token `i` in the value of a payer's field ("Payer: Ambetter from Superior HealthPlan")? */
export function payerValue(doc: Doc, i: number): boolean {
  return payerTokens(doc).has(i);
}

const payerTokens = perDocument((doc: Doc): Set<number> => {
  const out = new Set<number>();
  for (const f of formFields(doc))
    if (payerLabels.has(f.label.at(-1)!)) for (let k = f.from; k < f.to; k++) out.add(k);
  return out;
});

export function detectFormFields(doc: Doc): Detection[] {
  const fields = formFields(doc);
  if (fields.length === 0) return [];
  const form = formLike(fields);
  const out: Detection[] = [];
  for (const field of fields) {
    const label = fieldKind(field.label);
    if (!label || (speakerRoles.has(field.label.at(-1)!) && !form)) continue;
    // The value: its capitalized words from the start, past a title ("Dr. Faith Okafor"), up to
    // what the form adds in parentheses or after a comma ("Grace (sister)", "Bend, OR").
    let from = field.from;
    while (from < field.to && titles.has(doc.tokens[from]!.key)) from++;
    let to = from;
    while (
      to < field.to &&
      named(doc, doc.tokens[to]!) &&
      (to === from ||
        /^[ \t]+$/.test(doc.tokens[to]!.gapBefore) ||
        // "J. Ferrante": a period only after an initial.
        (/^\.[ \t]+$/.test(doc.tokens[to]!.gapBefore) && doc.tokens[to - 1]!.text.length === 1))
    )
      to++;
    // "Whitlock, Cash D.": a surname, its comma, then the given name (and an initial) — as forms
    // list people, whatever everyday word the given name is.
    const comma = doc.tokens[to];
    if (
      label === 'PERSON' &&
      to - from === 1 &&
      comma !== undefined &&
      to < field.to &&
      /^,[ \t]+$/.test(comma.gapBefore) &&
      comma.case === Case.Capitalized &&
      !relations.has(comma.key) &&
      !credentials.has(comma.key) &&
      !noValue.has(comma.key)
    ) {
      let end = to + 1;
      while (
        end < field.to &&
        end - to < 3 &&
        named(doc, doc.tokens[end]!) &&
        (/^[ \t]+$/.test(doc.tokens[end]!.gapBefore) ||
          (/^\.[ \t]+$/.test(doc.tokens[end]!.gapBefore) && doc.tokens[end - 1]!.text.length === 1))
      )
        end++;
      to = end;
    }
    // No capitalized word, or more than a name's worth: no value to read.
    if (to === from || to - from > (label === 'PERSON' ? 4 : 6)) continue;
    const words = doc.tokens.slice(from, to);
    // "Signed: CADC": a credential alone signs for a role, not a person.
    if (words.every((w) => noValue.has(w.key) || relations.has(w.key) || credentials.has(w.key))) continue;
    // "Provider: Telehealth", "Guardian: State": an everyday word no name list holds is what fills
    // the field, not who — unless the label asks what someone is called ("Nickname: Bear").
    const calledSo = field.label.some((w) => calledLabels.has(w));
    if (
      label === 'PERSON' &&
      !calledSo &&
      words.some(
        (w) =>
          w.text.length > 1 &&
          doc.isOrdinaryWord(w.key) &&
          (doc.lex.firstNameRank(w.key) ?? Number.POSITIVE_INFINITY) > 1500 &&
          (doc.lex.surnameRank(w.key) ?? Number.POSITIVE_INFINITY) > 5000,
      )
    )
      continue;
    // "Program: Outpatient Trauma Services", "Agency: Community Mental Health": a service named by
    // what it does, in everyday words that name no town and no one, is a kind, not a place.
    if (
      label === 'LOCATION' &&
      servicesKinds.has(field.label.at(-1)!) &&
      words.every(
        (w) =>
          (doc.isOrdinaryWord(w.key) ||
            mentalHealthTerms.has(w.key) ||
            // "Program: Perinatal behavioral health": what care it gives, in medicine's words.
            (doc.lex.medical(w.key) && !doc.listedName(w.key))) &&
          doc.lex.place(w.key) === undefined &&
          !commonGivenName(doc, w.key),
      )
    )
      continue;
    // The whole value or nothing: "Employer: Riverside Feed and Supply" is one place.
    const last = label === 'LOCATION' ? lastOfValue(doc, field, from, to) : to - 1;
    // The value ends the line or gives way to what the form adds ("Joy (sister)", "Bend, OR"); words
    // running on make it a sentence ("Right. So, quick update", "Went to college for a year").
    const next = doc.tokens[last + 1];
    if (last + 1 < field.to && !/^[ \t]*[(,;/–-]/.test(next!.gapBefore)) continue;
    out.push({
      start: words[0]!.start,
      end: doc.tokens[last]!.end,
      label,
      detector: 'context',
      score: 0.9,
      reason: formFieldReason,
    });
  }
  return out;
}

/** Labels of a place's service, which is named by what it does as often as by where it is. */
const servicesKinds = new Set(['program', 'agency', 'organization', 'practice', 'office', 'site']);

/** Labels asking what someone is called, whatever the word: "Nickname:", "AKA:", "Preferred name:". */
const calledLabels = new Set(['nickname', 'nicknames', 'aka', 'alias', 'preferred', 'used']);

/** Things a form names by "… Name:" that are no one: "Medication Name:", "Insurance Name:". */
const thingsNamed = new Set(
  'medication medicine drug insurance program group plan product test company agency carrier device file user account diagnosis brand'.split(
    ' ',
  ),
);
/** Words of a label asking for a name. */
const nameLabels = new Set(['name', 'names', 'nickname', 'aka']);
/** Labels that say when, not who or where: "Date of Birth:", "DOB:". */
const dateLabels = new Set(['date', 'dob', 'time', 'year', 'age']);

/** Whom or where a field's label says its value is. */
function fieldKind(label: readonly string[]): 'PERSON' | 'LOCATION' | undefined {
  const last = label.at(-1)!;
  if (label.some((w) => dateLabels.has(w))) return undefined;
  // A label asking for names, whatever ends it ("Other names used:", "Names of children:"), and
  // whose name the word before says ("School Name:" a place's, "Medication Name:" no one's) — but
  // "Name of school:" asks for the school.
  const nameAt = label.findIndex((w) => nameLabels.has(w));
  if (nameAt >= 0 && (nameAt === label.length - 1 || !placeFields.has(last))) {
    const before = label[nameAt - 1];
    if (before !== undefined && placeFields.has(before)) return 'LOCATION';
    return before !== undefined && thingsNamed.has(before) ? undefined : 'PERSON';
  }
  // "Place of Birth:"; "Date of Birth:" is a date's.
  if (last === 'birth') return label.includes('place') ? 'LOCATION' : undefined;
  if (personFields.has(last)) return 'PERSON';
  return placeFields.has(last) ? 'LOCATION' : undefined;
}

/**
 * A value's word as a form writes a name: capitalized or in capitals, or an initial — a grammar word
 * only where a name list holds it ("Spouse: Will").
 */
function named(doc: Doc, t: Token): boolean {
  if (!isWord(t) || (doc.isGrammatical(t.key) && doc.lex.firstNameRank(t.key) === undefined)) return false;
  return t.case === Case.Capitalized || t.case === Case.Upper || /^\p{Lu}$/u.test(t.text);
}

/**
 * A place's value runs on through "and" and "of" to its last capitalized word ("Tillman Feed and
 * Supply") — and, after a name that is no everyday word, through what kind of place it is, to the
 * end of its clause ("Stemilt orchards" before ", Wenatchee", "Kyle IHS pharmacy").
 */
function lastOfValue(doc: Doc, field: Field, from: number, to: number): number {
  let last = to - 1;
  const kindAfter = !doc.isOrdinaryWord(doc.tokens[from]!.key);
  for (let k = to; k < field.to; k++) {
    const t = doc.tokens[k]!;
    if (/[,;(]/.test(t.gapBefore) || !isWord(t)) break;
    if (named(doc, t)) last = k;
    else if (kindAfter && !doc.isGrammatical(t.key)) last = k;
    else if (t.key !== 'and' && t.key !== 'of') break;
  }
  return last;
}
