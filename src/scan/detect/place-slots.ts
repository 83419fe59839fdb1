import type { Detection } from '../findings.ts';
import {
  businessWords,
  calendarWords,
  careKinds,
  denominations,
  eateryWords,
  goingVerbs,
  institutionSuffixes,
  languages,
  mentalHealthTerms,
  nameWords,
  placeNounsCalled,
  placePrefixes,
  possessives,
  relations,
  residenceVerbs,
  spelledOrdinal,
  streetSuffixes,
  titles,
  townWords,
} from '../lexicon/cues.ts';
import { chainKey } from '../lexicon/load.ts';
import { Case, isWord, sentenceEnd, type Token } from '../text/tokens.ts';
import { calledSoAfter, type Doc } from './doc.ts';
import { isClinicalAcronym, isHospitalUnit, placeToken } from './facility-slots.ts';
import { commonGivenName, namePrior, unknownWord } from './name-shape.ts';
import { nameWordOfInstitution, placeContext, stateCodeAt } from './places.ts';

const set = (words: string) => new Set(words.trim().split(/\s+/));

const beForms = set("is are was were am be been i'm we're they're you're");

/** The reason an employer's name after "work at" carries (everyday-things.ts tells chains from it). */
export const workplaceReason = 'workplace after "work at"';
/** Where someone lives: no chain or company is lived in ("we live in Northgate"). */
export const residenceReason = 'place where someone lives';

/** "he's from …", "she is from …", "originally from …", "came from …". */
const beforeFrom = set("originally came comes come family i'm we're they're you're is are was were am");
/** "I work at …", "she got a job at …", "I've been at … for a while" (and a job's "at": `jobRoles`). */
const workWords = set(`
  work works worked working job jobs shift shifts employed hired interning internship volunteer
  nights overnights hours doubles
  volunteers volunteering volunteered been started
`);
const workFor = set('work works worked working volunteer volunteering volunteered');
/** Care had somewhere, named after its "at" as a job's place is: "a second opinion at Atrium". */
const careAt = set(
  'appointment appointments opinion detox rehab residency surgery treatment inpatient outpatient program programs fellowship',
);
/** Words that end a place's name in speech: "… for a while now", "… originally", "… two years ago". */
const stops = set(`
  now originally about for to since ago when while until after before because so but or then there here over
  too though anymore again right just already still lately recently yesterday today tonight last this
  that every all with at in on by where which who whole full part
`);

/** How strongly the words before token i say "a place": 2 = where someone lives or is from. */
function slotStrength(doc: Doc, i: number): number {
  const t = doc.tokens[i]!;
  const p1 = doc.prev(i);
  const p2 = doc.prev(i, 2);
  const p3 = doc.prev(i, 3);
  // "the cedar rapids I grew up in", "the town we moved from": the place comes before its verb
  // (and may open the post).
  if (p1?.key === 'the' && p1.line === t.line && /^[ \t]$/.test(t.gapBefore) && residenceClauseAfter(doc, i))
    return 2;
  if (!p1 || !p2 || p1.line !== t.line || p2.line !== t.line || !/^[ \t]$/.test(t.gapBefore)) return 0;
  if (!/^[ \t]$/.test(p1.gapBefore)) return p1.key === 'near' ? 2 : 0;
  const be = (k: Token) => beForms.has(k.key) || (k.possessive && /^(?:he|she|it|that)$/.test(k.key));
  if (p1.key === 'near') return 2;
  if (p1.key === 'from' && (beforeFrom.has(p2.key) || be(p2))) return 2;
  if (['in', 'to', 'from', 'outside', 'around'].includes(p1.key)) {
    // "coming home to X", "back home in X": home is where someone lives.
    if (residenceVerbs.has(p2.key) || (p2.key === 'home' && p1.key !== 'from')) return 2;
    // "is out in", "lives out in", "grew up in", "moved back to", "is over in".
    if (
      ['up', 'out', 'down', 'over', 'back'].includes(p2.key) &&
      p3 &&
      (residenceVerbs.has(p3.key) || be(p3) || livesAlone(doc, i - 3))
    )
      return 2;
    // "his dad's place in kettering", "a trailer in golden": a home is where someone lives.
    if (p1.key === 'in' && homesIn.has(p2.key)) return 2;
  }
  return placeContext(doc, i) >= 0.45 ? 1 : 0;
}

/** Homes "in" a town: "his dad's place in kettering", "a trailer in golden". */
const homesIn = set('place house apartment trailer condo townhouse duplex farm ranch cabin');

/** "lives by herself out in …", "lives alone out in …": who one lives with, between verb and town. */
function livesAlone(doc: Doc, k: number): boolean {
  const w = doc.tokens[k];
  if (w === undefined) return false;
  const verb = (n: number) => residenceVerbs.has(doc.tokens[n]?.key ?? '');
  if (w.key === 'alone') return verb(k - 1);
  return (
    /^(?:herself|himself|themselves|myself)$/.test(w.key) && doc.tokens[k - 1]?.key === 'by' && verb(k - 2)
  );
}

const clausePronouns = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'my']);

/** Within four words after token i: "(that|where) <pronoun> <residence verb> [up|out|back] in|from". */
function residenceClauseAfter(doc: Doc, i: number): boolean {
  const line = doc.tokens[i]!.line;
  for (let k = i + 1; k <= i + 4; k++) {
    const at = (n: number) => (doc.tokens[n]?.line === line ? doc.tokens[n]!.key : '');
    // "We watched the Super Bowl all weekend. I grew up in …": the next sentence's clause is its own.
    if (doc.tokens[k] && sentenceEnd.test(doc.tokens[k]!.gapBefore)) return false;
    if (!clausePronouns.has(at(k))) continue;
    let v = k + 1;
    if (at(v) === 'family' || at(v) === 'parents') v++;
    if (!residenceVerbs.has(at(v))) return false;
    let prep = v + 1;
    if (['up', 'out', 'back', 'down'].includes(at(prep))) prep++;
    return ['in', 'from', 'to', 'near'].includes(at(prep));
  }
  return false;
}

/** Number words, which open a place's name ("Two Rivers") and count what is had ("three a day"). */
export const numberWords = set(
  'one two three four five six seven eight nine ten eleven twelve forty hundred thousand',
);

/**
 * "moved to Five Corners", "near Two Rivers": a number word capitalized mid-sentence, before another
 * capitalized word, opens a name though it is a grammar word elsewhere.
 */
export function numberOpensName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const next = doc.tokens[i + 1];
  return (
    numberWords.has(t.key) &&
    doc.capitalized(t) &&
    !t.sentenceStart &&
    next !== undefined &&
    doc.adjacent(t, next) &&
    doc.capitalized(next)
  );
}

/** Adjacent words from token i that can make up a name, up to `max`; "and" only inside a business name. */
function nameRun(doc: Doc, i: number, max: number, business: boolean): number {
  let end = i;
  while (end < doc.tokens.length && end - i < max) {
    const t = doc.tokens[end]!;
    if (end > i && !doc.adjacent(doc.tokens[end - 1], t)) break;
    if (!isWord(t) || t.contraction || stops.has(t.key)) break;
    // "at may memorial hospital": a month or modal that is a first name can open a business's name.
    const opensName = end === i && business && nameWordOfInstitution(doc, t, end + 1);
    if (calendarWords.has(t.key) && !opensName) break;
    // "the doctor at shands changed my medicine": a verb in the past or present ends the name.
    if (
      end > i &&
      doc.isOrdinaryWord(t.key) &&
      !businessWords.has(t.key) &&
      !institutionSuffixes.has(t.key) &&
      doc.lex.tags(t.key).some((tag) => tag === 'PastTense' || tag === 'PresentTense')
    )
      break;
    // "a job at hideaway bakery doing the early bake": what one does there follows the name.
    if (end > i && doc.isOrdinaryWord(t.key) && doc.lex.tags(t.key).includes('Gerund')) break;
    if (doc.isGrammatical(t.key) && !opensName && !numberOpensName(doc, end)) {
      const n = doc.tokens[end + 1];
      const joins =
        business &&
        end > i &&
        (t.key === 'and' || t.key === 'n') &&
        n !== undefined &&
        doc.adjacent(t, n) &&
        (businessWords.has(n.key) || institutionSuffixes.has(n.key));
      if (!joins) break;
    }
    end++;
    if (t.possessive) {
      // "king's auto body", "hartley's hardware": the owner's name, then what the business is.
      if (business) {
        for (let k = end, prev = t; k < Math.min(doc.tokens.length, end + 4); k++) {
          const w = doc.tokens[k]!;
          const joins = w.key === 'and' || w.key === 'n';
          if (
            !doc.adjacent(prev, w) ||
            !isWord(w) ||
            (doc.isGrammatical(w.key) && !joins) ||
            stops.has(w.key)
          )
            break;
          if (businessWords.has(w.key) || institutionSuffixes.has(w.key)) end = k + 1;
          prev = w;
        }
      }
      break;
    }
  }
  return end;
}

/**
 * A word that can only be a name here: no everyday word, and in clinical shorthand ("afib", "osh",
 * "ccu") a listed name or place, since there unknown words are abbreviations.
 */
const nameWord = (doc: Doc, t: Token) =>
  t.key.length >= 2 &&
  !doc.isOrdinaryWord(t.key) &&
  !doc.isGrammatical(t.key) &&
  (doc.jargon < 0.04 || doc.lex.place(t.key) !== undefined || doc.listedName(t.key));

function detection(first: Token, last: Token, score: number, reason: string): Detection {
  const end = last.possessive ? last.start + last.text.replace(/['’]s?$/, '').length : last.end;
  return { start: first.start, end, label: 'LOCATION', detector: 'context', score, reason };
}

/**
 * "she lives in harbour heights now", "we moved to tea", "he's from tigard originally": in a slot
 * that says where someone lives, a town name of everyday words (ending in a word like Heights or
 * Manor, or starting with North or Mount), a listed town that is also a word, or a word no list
 * knows. Matters most without capitals, where nothing else marks the name.
 */
export function residencePlace(doc: Doc, i: number): Detection | undefined {
  const strength = slotStrength(doc, i);
  if (strength === 0) return undefined;
  const end = nameRun(doc, i, 4, false);
  if (end === i) return undefined;
  const run = doc.tokens.slice(i, end);
  if (run.some((t) => doc.plainLower(t))) return undefined;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  // "we were living in short pump, va": a state's code after the words makes them a town.
  if (stateCodeAt(doc, end) && run.every((t) => !doc.isGrammatical(t.key)))
    return detection(first, last, 0.85, 'town with its state after where someone lives');
  if (run.length >= 2) {
    // "out in Broad Ripple": words capitalized mid-sentence where someone lives are a name however everyday.
    const named =
      townWords.has(last.key) ||
      placePrefixes.has(first.key) ||
      // Without telling capitals, an everyday word in the run ("go to aa meetings", "back to normal
      // symbicort made") says the words are talk, not a town's name.
      (run.some((t) => nameWord(doc, t)) &&
        (doc.caseInformative(first) || run.every((t) => !doc.isOrdinaryWord(t.key)))) ||
      (doc.jargon < 0.04 &&
        run.every(
          (t, k) =>
            doc.capitalized(t) &&
            !t.sentenceStart &&
            // "moved to Five Corners", but "went to Six Flags" is an outing, not where someone lives.
            (!doc.isGrammatical(t.key) || (strength >= 2 && numberOpensName(doc, i + k))) &&
            !institutionSuffixes.has(t.key) &&
            !careKinds.has(t.key),
        ));
    if (named) return detection(first, last, 0.9, 'town after where someone lives');
    // "grew up in cedar rapids": a listed town of several words, in any case, where someone lives.
    if (strength < 2) return undefined;
    for (let n = Math.min(run.length, doc.lex.placeSpan(first.key)); n >= 2; n--)
      if (
        doc.lex.place(
          run
            .slice(0, n)
            .map((t) => t.key)
            .join(' '),
        ) !== undefined
      )
        return detection(first, run[n - 1]!, 0.85, 'listed town where someone lives');
    return undefined;
  }
  if (strength < 2) return undefined;
  if (nameWord(doc, first)) return detection(first, first, 0.75, residenceReason);
  // "who lives in DC": a postal code in capitals where someone lives (a state alone is allowed later).
  if (
    first.text.length === 2 &&
    first.case === Case.Upper &&
    (doc.lex.isUsState(first.key) || first.key === 'dc')
  )
    return detection(first, first, 0.75, residenceReason);
  // A listed town that is also a word ("tea", "green", "sandy"), but not the commonest words.
  const listed = doc.lex.place(first.key);
  if (listed === 'us-place' || listed === 'us-city' || listed === 'county' || listed === 'city') {
    if (doc.commonness(first.key) < 5000)
      return detection(first, first, 0.6, 'listed town where someone lives');
  }
  return undefined;
}

/**
 * "I work at ortega auto body", "she got a job at gray feed and supply", "I've been at the walmart on
 * fifth": the business named after a work verb's "at", whole.
 */
export function workplace(doc: Doc, i: number): Detection | undefined {
  const p1 = doc.prev(i);
  const p2 = doc.prev(i, 2);
  const t = doc.tokens[i]!;
  const employer = employerAfterRole(doc, i);
  if (employer) return employer;
  if (!p1 || !p2 || p1.line !== t.line || !/^[ \t]$/.test(t.gapBefore) || !/^[ \t]$/.test(p1.gapBefore))
    return undefined;
  // "laid off at the decatur plant", "from the ayden mill": a name no dictionary holds before a
  // business or institution word, after "at/from/to the", is the site whatever the verb.
  // ("drive her to the infusion center": where capitals tell, a lower-case word is no one's name.)
  const siteName = (nameWord(doc, t) && !doc.plainLower(t)) || (doc.capitalized(t) && !t.sentenceStart);
  if (p1.key === 'the' && ['at', 'from', 'to'].includes(p2.key) && siteName) {
    const end = nameRun(doc, i, 4, true);
    const last = doc.tokens[end - 1]!;
    // ("at the methodist church": a faith's church, which one unsaid.)
    const faithsKind = end - i === 2 && denominations.has(t.key) && last.case === Case.Lower;
    if (end - i >= 2 && !faithsKind && (businessWords.has(last.key) || institutionSuffixes.has(last.key)))
      return detection(t, last, 0.8, 'named site after "at the"');
  }
  // "the doctor at brackenridge", "a cashier at kroger": a job's "at" names the workplace as "work at"
  // does; so does care's ("a second opinion at Atrium", "detox at seton").
  // "doctor patel over at kettering": a clinician's "over at" as well; "affiliated with Maimonides".
  const affiliated = p1.key === 'with' && p2.key === 'affiliated';
  const overAt =
    /^(?:over|out|down|up)$/.test(p2.key) &&
    [3, 4, 5].some((k) => {
      const w = doc.prev(i, k);
      return w !== undefined && w.line === t.line && (jobRoles.has(w.key) || w.key === 'dr');
    });
  if (
    !(p1.key === 'at' && (workWords.has(p2.key) || jobRoles.has(p2.key) || careAt.has(p2.key) || overAt)) &&
    !(p1.key === 'for' && workFor.has(p2.key)) &&
    !affiliated
  )
    return undefined;
  let start = i;
  // "the walmart": an article before a name no dictionary knows.
  if (t.key === 'the' && doc.tokens[i + 1] && nameWord(doc, doc.tokens[i + 1]!)) start = i + 1;
  let end = nameRun(doc, start, 5, true);
  if (end === start) return undefined;
  const run = doc.tokens.slice(start, end);
  if (run.every((w) => doc.plainLower(w))) return undefined;
  // ("works for the university", "at the hospital": the kind of workplace alone names none.)
  if (run.length === 1 && institutionSuffixes.has(run[0]!.key) && !doc.capitalized(run[0]!)) return undefined;
  // "Does the diet work for PCOS?": what a treatment works for is an illness, not an employer.
  if (p1.key === 'for' && run.every((w) => doc.lex.medical(w.key) && !doc.listedName(w.key)))
    return undefined;
  const last = run[run.length - 1]!;
  // ("a job at bob evans": a chain's name; where it stands is another rule's.)
  if (run.length >= 2 && doc.lex.chain(chainKey(run))) return undefined;
  const named =
    (run.length >= 2 && (businessWords.has(last.key) || institutionSuffixes.has(last.key))) ||
    // "I work at Miller's now": an owner's surname alone names the shop.
    (run.length === 1 &&
      last.possessive &&
      !relations.has(last.key) &&
      (doc.lex.surnameRank(last.key) ?? Number.POSITIVE_INFINITY) <= 30000 &&
      namePrior(doc, last.key) > 0) ||
    run.some((w) => nameWord(doc, w) && !doc.plainLower(w)) ||
    // "a second opinion at Atrium": where care is had, a capital names the place, everyday word or not.
    // ("an appointment at Noon" is when: a word speech says often is no place's name).
    ((careAt.has(p2.key) || affiliated) &&
      run.every(
        (w) =>
          doc.capitalized(w) && doc.caseInformative(w) && !w.sentenceStart && doc.lex.wordCount(w.key) < 500,
      ));
  // "the nurse at Grace's bedside": what follows a possessive is the person's, not a shop.
  if (!named || (last.possessive && ownedAfter(doc, end))) return undefined;
  // "… on fifth", "… on elm street": the branch's street.
  const on = doc.tokens[end];
  const street = doc.tokens[end + 1];
  if (on?.key === 'on' && street && doc.adjacent(last, on) && doc.adjacent(on, street)) {
    if (spelledOrdinal(street.key) || nameWord(doc, street)) end += 2;
    if (
      doc.tokens[end] &&
      streetSuffixes.has(doc.tokens[end]!.key) &&
      doc.adjacent(doc.tokens[end - 1], doc.tokens[end])
    )
      end++;
  }
  return detection(doc.tokens[start]!, doc.tokens[end - 1]!, 0.95, workplaceReason);
}

/**
 * A lower-case word right after a possessive name, owned by it: "Grace's bedside", "Miller's truck";
 * not what the shop is ("Harmon's deli", "kroger's bakery") nor a word ending the phrase ("now").
 */
function ownedAfter(doc: Doc, k: number): boolean {
  const w = doc.tokens[k];
  return (
    w !== undefined &&
    doc.adjacent(doc.tokens[k - 1], w) &&
    isWord(w) &&
    w.case === Case.Lower &&
    !doc.isGrammatical(w.key) &&
    !stops.has(w.key) &&
    !businessWords.has(w.key) &&
    !institutionSuffixes.has(w.key) &&
    !eateryWords.has(w.key)
  );
}

/** Jobs that name their employer after "of" or "at": "CEO of IBM", "manager at Reyes Auto". */
const jobRoles = set(`
  ceo cfo coo cto president vp founder cofounder co-founder owner chairman director manager supervisor
  employee partner principal nurse nurses physician resident intern technician tech pharmacist cashier
  teacher aide receptionist janitor volunteer bartender doctor doctors dentist surgeon pediatrician
  psychiatrist therapist counselor specialist midwife student students freshman sophomore undergrad professor
`);
/** Job titles that head a part of an organization as often as the whole: "Director of Nursing". */
const departmentHeads = set('director manager supervisor vp president');

/** Everyday or medicine's words from token `i`, capitalized as a title is, and no name or town. */
function departmentNamed(doc: Doc, i: number): boolean {
  const end = nameRun(doc, i, 4, true);
  return doc.tokens
    .slice(i, Math.max(end, i + 1))
    .every(
      (w) =>
        (doc.isOrdinaryWord(w.key) || (doc.lex.medical(w.key) && !doc.listedName(w.key))) &&
        !doc.lex.chain(w.key) &&
        doc.lex.place(w.key) === undefined &&
        !commonGivenName(doc, w.key),
    );
}

/** "her company Brightline", "her company, Brightline": the firm someone owns or runs. */
const firmWords = set('business company firm practice shop store');
const ownerWords = set('his her their my our your own');

/**
 * "WIFE CFO OF IBM", "she is the owner of Gray Feed", "worried about her company Brightline":
 * the employer named after a job title or someone's firm, when it reads as a name (an acronym no
 * dictionary knows, or a capitalized word that is no everyday word).
 */
function employerAfterRole(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  const p1 = doc.prev(i);
  const p2 = doc.prev(i, 2);
  if (!p1 || !p2 || p1.line !== t.line || p2.line !== t.line || !/^,?[ \t]$/.test(t.gapBefore))
    return undefined;
  const role = (p1.key === 'of' || p1.key === 'at') && jobRoles.has(p2.key) && /^[ \t]$/.test(p1.gapBefore);
  const firm = firmWords.has(p1.key) && ownerWords.has(p2.key);
  if (!role && !firm) return undefined;
  if (!isWord(t) || t.contraction || doc.isGrammatical(t.key)) return undefined;
  // "a nurse at Mercy": an everyday word is the employer's name only where capitals chose it.
  if (doc.isOrdinaryWord(t.key) && (t.sentenceStart || t.possessive || !doc.capitalized(t))) return undefined;
  // "Director of Nursing", "VP of Sales": who leads a department, named by its everyday word.
  if (role && p1.key === 'of' && departmentHeads.has(p2.key) && departmentNamed(doc, i)) return undefined;
  const acronym =
    t.case === Case.Upper && t.text.length >= 2 && t.text.length <= 5 && !doc.lex.isUsState(t.key);
  const named = t.case === Case.Capitalized && (doc.capitalized(t) || !doc.caseInformative(t));
  if (!acronym && !named) return undefined;
  const end = nameRun(doc, i, 4, true);
  const last = doc.tokens[Math.max(i, end - 1)]!;
  // "the pharmacist at Kroger", "a cashier at Home Depot": a chain employs thousands, in every town.
  if (doc.lex.chain(chainKey(doc.tokens.slice(i, Math.max(i + 1, end))))) return undefined;
  return detection(
    t,
    doc.tokens.slice(i, end).every((w) => doc.capitalized(w) || w === t) ? last : t,
    0.8,
    'employer after a job title',
  );
}

const articles = new Set(['the', 'a', 'an']);

/** No dictionary word, name or place list holds it (a rare spoken spelling such as "rangiora" may be counted). */
const unlisted = (doc: Doc, key: string) =>
  !doc.isOrdinaryWord(key) && doc.lex.place(key) === undefined && !doc.listedName(key);

/**
 * "I was raised in rangiora … that rangiora way of life": a town no list knows, once a residence slot
 * has named it, is the same town wherever else the transcript says it. Only words no dictionary,
 * name or place list holds follow, so a slip of the slot ("moved to transfuse") cannot spread.
 */
export function placeMentions(doc: Doc, found: Detection[]): Detection[] {
  const names = new Set<string>();
  // "the hollow, that's what they call the bottom part of town … still here in the hollow": a place
  // said to be called so, or said to be a venue, is that place again after "the" as it was named.
  const namedSo = new Set<string>();
  for (const d of found)
    if (d.reason === calledPlaceReason || d.reason === venueSaidReason) {
      const run = doc.tokensIn(d.start, d.end);
      if (run.length >= 1 && run.length <= 2) namedSo.add(run.map((t) => t.key).join(' '));
    }
  for (const d of found) {
    if (d.reason !== residenceReason) continue;
    const run = doc.tokensIn(d.start, d.end);
    const t = run[0];
    if (run.length !== 1 || !t || t.key.length < 4 || t.contraction || !unlisted(doc, t.key)) continue;
    names.add(t.key);
  }
  const taken = new Set(found.map((d) => d.start));
  const out: Detection[] = [];
  if (namedSo.size > 0)
    doc.tokens.forEach((t, i) => {
      if (taken.has(t.start) || doc.prev(i)?.key !== 'the') return;
      for (const key of namedSo) {
        const words = key.split(' ');
        const run = doc.tokens.slice(i, i + words.length);
        if (run.length !== words.length || run.some((w, k) => w.key !== words[k])) continue;
        out.push(detection(run[0]!, run.at(-1)!, 0.7, 'place named earlier in the text'));
        taken.add(t.start);
      }
    });
  if (names.size === 0 || doc.jargon >= 0.04) return out;
  doc.tokens.forEach((t, i) => {
    if (!names.has(t.key) || taken.has(t.start) || t.contraction || doc.plainLower(t)) return;
    // "the polytech": a word with an article is a kind of place, not the town.
    if (articles.has(doc.prev(i)?.key ?? '')) return;
    out.push(detection(t, t, 0.7, 'place named earlier in the text'));
  });
  return out;
}

/** Verbs and states that take a person after "at": "mad at Jake", "yelled at Dana", "look at Mia". */
const atPerson = set(`
  mad angry upset pissed annoyed furious frustrated yelled yelling yell yells screamed screaming
  shouted shouting laughed laughing laugh smiled smiling stared staring glared glaring look looked
  looking looks waved waving winked pointed pointing snapped snapping swung threw throwing lashed
  jealous aimed directed mean nice good
`);

/** What one is "at" that happens rather than stands: "at the Super Bowl", "at Refuge Recovery". */
const events = set(`
  bowl game games party concert show festival fest meeting meetings recovery series cup open classic
  championship championships marathon parade wedding reunion conference summit tournament awards tour
  gala ball prom
`);

/** Where one is, studies or was treated: "classes at ccbc", "grew up in fairhill", "a week at seton". */
const whereOneIs = set('at in near outside');
/** Going somewhere named after "to": "committed to spelman", "transferred to augsburg". */
const goneToVerbs = new Set([...goingVerbs, ...'committed transferred applied admitted moved'.split(' ')]);

/**
 * "doing classes at ccbc", "we grew up in fairhill", "she was at seton for a week": in speech written
 * without capitals, a word no list knows where someone is or goes is the place's name — the way
 * speech-to-text writes the names of schools, hospitals and neighbourhoods no gazetteer holds.
 * Unknown words are names here, not slang: the word lists hold the talk, the apps and the chains.
 */
export function unknownWhereOneIs(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  if (doc.caseInformative(t) || t.case !== Case.Lower || t.possessive || t.key.length < 4) return undefined;
  // "stuck in we're", "at you'll": a contraction, however its apostrophe was typed, is grammar.
  if (t.contraction || !/^\p{L}+(?:-\p{L}+)*$/u.test(t.text) || doc.isGrammatical(t.key)) return undefined;
  const lead = doc.prev(i);
  if (!lead || !doc.adjacent(lead, t)) return undefined;
  // "deal blackjack at the peppermill in reno": with its article, where the town it stands in follows.
  const town = doc.next(i, 2);
  const articled =
    lead.key === 'the' &&
    doc.prev(i, 2)?.key === 'at' &&
    doc.next(i)?.key === 'in' &&
    town !== undefined &&
    town.line === t.line &&
    ['us-place', 'us-city', 'city'].includes(doc.lex.place(town.key) ?? '');
  const placed =
    articled || whereOneIs.has(lead.key) || (lead.key === 'to' && goneToVerbs.has(doc.prev(i, 2)?.key ?? ''));
  if (!placed || !doc.unknownWord(t.key) || !unknownWord(doc, i)) return undefined;
  // "at chloes in fernley": a name's possessive, its apostrophe lost, is the name's rule.
  if (t.key.endsWith('s') && doc.listedName(t.key.slice(0, -1))) return undefined;
  if (doc.lex.company(t.key) || doc.lex.chain(t.key) || doc.lex.medical(t.key) || languages.has(t.key))
    return undefined;
  // "in kdrama mode": a word qualifying the noun after it is a kind.
  const next = doc.next(i);
  if (next && doc.adjacent(t, next) && doc.isOrdinaryWord(next.key) && !doc.isGrammatical(next.key))
    return undefined;
  return placeToken(t, 'unknown word where someone is', 0.7);
}

/**
 * "shorty was having a thing at the spot. that's what we called his garage", "we grew up in the
 * hollow, that's what they call the bottom part of town": a word said, then said to be what all call
 * a place, is that place's name, whatever everyday word it is.
 */
export function calledPlace(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  if (!isWord(t) || t.contraction || doc.isGrammatical(t.key)) return undefined;
  const called = calledSoAfter(doc, t);
  if (called !== undefined && placeNounsCalled.has(called)) return placeToken(t, calledPlaceReason, 0.8);
  return venueSaidSo(doc, i);
}

const calledPlaceReason = 'place said to be what all call it';
const venueSaidReason = 'place said to be a venue';

/** Venues a place is said to be: "the rooster, which is this bar", "her church, living waters,". */
const venueNouns = set(`
  bar pub tavern club church chapel gym diner restaurant cafe store shop school motel hotel park
  apartments complex plant warehouse daycare shelter clinic lounge saloon
`);

/**
 * "the rooster which is this bar", "the anchor, it's a bar": one or two words after "the", then said
 * to be a venue; "her church, living waters, and …": a venue of someone's, then its name between
 * commas. Token `i` is the name's first word.
 */
function venueSaidSo(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  const before = doc.prev(i);
  // (Not a chain's name, "her store, target,", nor how it is said, "my gym, honestly,".)
  const isName = (w: Token | undefined) =>
    w !== undefined &&
    isWord(w) &&
    !w.contraction &&
    !doc.isGrammatical(w.key) &&
    !venueNouns.has(w.key) &&
    !doc.lex.chain(w.key) &&
    !/ly$/.test(w.key) &&
    !doc.lex.tags(w.key).some((tag) => tag === 'Adverb' || tag === 'Expression' || tag === 'Date') &&
    !calendarWords.has(w.key);
  // ("our church, retired last spring": a verb opens no name.)
  const nameOpener = (w: Token | undefined) =>
    isName(w) &&
    !doc.lex
      .tags(w!.key)
      .some((tag) => ['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund'].includes(tag));
  // ("the thing, it's a store": a word said every day names what it is, not which.)
  const named = (from: number, to: number) =>
    doc.tokens.slice(from, to + 1).some((w) => doc.commonness(w.key) < 3000);
  if (!nameOpener(t)) return undefined;
  // After "the": the name, then what it is.
  if (before?.key === 'the' && doc.adjacent(before, t)) {
    for (const end of [i, i + 1]) {
      const last = doc.tokens[end];
      if (!isName(last) || (end > i && !doc.adjacent(t, last))) continue;
      const said =
        /^,?[ \t]+(?:which[ \t]+is|which['’]?s|that['’]?s|it['’]?s|it[ \t]+is)[ \t]+(?:this|a|the|like[ \t]+a|our|my)[ \t]+(?:\p{L}+[ \t]+)??(\p{L}+)/iu.exec(
          doc.text.slice(last!.end, last!.end + 48),
        );
      if (said && venueNouns.has(said[1]!.toLowerCase()) && named(i, end))
        return { ...placeToken(t, venueSaidReason, 0.75), end: last!.end };
    }
    return undefined;
  }
  // Between commas after someone's venue, or one pointed at: "her church, living waters, and",
  // "this little boxing place now, knockout kings, on fifth".
  const now = doc.prev(i)?.key === 'now' || doc.prev(i)?.key === 'here' ? 1 : 0;
  const noun = doc.prev(i, 1 + now);
  if (!noun || !(venueNouns.has(noun.key) || noun.key === 'place') || !/^,[ \t]+$/.test(t.gapBefore))
    return undefined;
  let owner: Token | undefined;
  for (let n = 2 + now; n <= 4 + now && !owner; n++) {
    const w = doc.prev(i, n);
    if (!w || w.line !== t.line) break;
    if (possessives.has(w.key) || w.key === 'this') owner = w;
    else if (doc.isGrammatical(w.key)) break;
  }
  if (!owner || (noun.key === 'place' && owner.key !== 'this')) return undefined;
  for (let end = i; end < i + 3; end++) {
    const last = doc.tokens[end];
    const next = doc.tokens[end + 1];
    if (!isName(last) || (end > i && !doc.adjacent(doc.tokens[end - 1], last))) return undefined;
    if ((next === undefined || /^,/.test(next.gapBefore)) && named(i, end))
      return { ...placeToken(t, venueSaidReason, 0.75), end: last!.end };
  }
  return undefined;
}

/** Where one goes or meets: "at", "hit", "to" someone's. */
const ownersPlaceLeads = set('at hit to from outside near behind');
/** What may follow "at Murphy's" when nothing is owned: when, and the clause going on. */
const afterOwnersPlace = set(
  'after tonight tomorrow later again last this next before on in for and or but with',
);

/**
 * "the line at Pat's was around the block", "wanna hit murphy's after work", "we ended up at jake's":
 * a name's possessive with nothing owned after it, where one goes, is the place — a bar, a shop,
 * someone's home — named by who has it (a relation's home, "nana's", says nothing; a chain's name is
 * the chains' rule).
 */
export function ownersPlace(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  const lead = doc.prev(i);
  if (!t.possessive || !/['’]s$/i.test(t.text) || !lead || !doc.adjacent(lead, t) || doc.jargon >= 0.04)
    return undefined;
  if (!ownersPlaceLeads.has(lead.key) || relations.has(t.key) || titles.has(t.key)) return undefined;
  // ("home from Lucky's": an everyday word capitalized inside a sentence is the owner's name.)
  const capitalizedHere = doc.caseInformative(t) && doc.capitalized(t) && !t.sentenceStart;
  if (!doc.listedName(t.key) || (doc.isOrdinaryWord(t.key) && !nameWords.has(t.key) && !capitalizedHere))
    return undefined;
  if (doc.lex.chain(t.key) || doc.lex.company(t.key) || doc.lex.place(t.key) === 'country') return undefined;
  const next = doc.next(i);
  const closes =
    next === undefined ||
    next.line !== t.line ||
    !/^[ \t]+$/.test(next.gapBefore) ||
    afterOwnersPlace.has(next.key) ||
    (doc.isGrammatical(next.key) && !determinersOrOwners.has(next.key));
  if (!closes) return undefined;
  return {
    start: t.start,
    end: t.start + t.text.replace(/['’]s$/i, '').length,
    label: 'LOCATION',
    detector: 'context',
    score: 0.75,
    reason: 'a place by whose it is',
  };
}

/** Grammar words that begin what is owned ("at Pat's own house", "at Dana's new place"). */
const determinersOrOwners = set('own new old other big little');

/** Connecting words inside a venue's name: "Cafe du Monde", "Bar de la Plaza", "House of Blues". */
const nameLinks = set('du de la del des of the y');

const venueReason = 'venue after "at"';

/** Going somewhere: "going to the …", "headed to the …", "drove to the …". */
const goingTo = new Set([
  ...goingVerbs,
  ...'gone comes head heads headed drive drove walk walked get got'.split(' '),
]);

/** What "the" capitalizes that stands nowhere in particular: faith, government, the world at large. */
const notVenues = set(`
  lord god bible word gospel spirit almighty creator devil church board state court council senate house
  congress army navy guard marines department office bureau agency government feds internet web news
  world universe earth moon sun man program programme center foundation mass service liturgy
`);

/**
 * The end of the capitalized run from token `i` when "in" and a city or town the lists know follow
 * it ("Husk in Charleston", "City Hall in Portland"), else undefined.
 */
function cityAfter(doc: Doc, i: number): number | undefined {
  let end = i;
  while (
    end < i + 3 &&
    doc.tokens[end + 1] &&
    doc.capitalized(doc.tokens[end + 1]!) &&
    doc.adjacent(doc.tokens[end], doc.tokens[end + 1])
  )
    end++;
  const inWord = doc.next(end);
  const city = doc.next(end, 2);
  if (inWord?.key !== 'in' || !city || city.line !== doc.tokens[i]!.line || !doc.capitalized(city))
    return undefined;
  const kind = doc.lex.place(city.key);
  const two = doc.next(end, 3);
  const kindOfTwo = two && doc.adjacent(city, two) ? doc.lex.place(`${city.key} ${two.key}`) : undefined;
  return [kind, kindOfTwo].some((k) => k === 'city' || k === 'us-city' || k === 'us-place') ? end : undefined;
}

/**
 * "the Homecoming dance", "the Holiday party": a capitalized word before the lower-case word it
 * describes — not a venue's kind ("the Anchor bar") nor when or where ("the Spur tonight").
 */
function modifiesNoun(doc: Doc, i: number): boolean {
  const n = doc.next(i);
  return (
    n !== undefined &&
    doc.adjacent(doc.tokens[i], n) &&
    doc.plainLower(n) &&
    isWord(n) &&
    !doc.isGrammatical(n.key) &&
    !doc.lex.tags(n.key).some((tag) => tag === 'Adverb' || tag === 'Date' || tag === 'Preposition') &&
    !eateryWords.has(n.key) &&
    !businessWords.has(n.key) &&
    !institutionSuffixes.has(n.key) &&
    !/^(?:bar|pub|grill|cafe|café|diner|club|lounge|restaurant|inn|hotel|motel|shop|store|tonight|today|yesterday|tomorrow)$/.test(
      n.key,
    )
  );
}

/** Ways of moving along a path, said within a few words before "on the …". */
const movingWords = new Set(
  'run runs running ran walk walks walking walked jog jogs jogging bike bikes biking biked hike hikes hiking skate skating stroll strolling'.split(
    ' ',
  ),
);
function movingBefore(doc: Doc, on: number): boolean {
  const line = doc.tokens[on]?.line;
  for (let k = on - 1; k >= Math.max(0, on - 8); k--) {
    const w = doc.tokens[k]!;
    if (w.line !== line) return false;
    if (movingWords.has(w.key)) return true;
  }
  return false;
}

/** Parts of a place one stands at: "the top of the …", "the steps of the …". */
const placeParts = new Set(['top', 'foot', 'base', 'steps', 'entrance']);

/**
 * "Lorde at Red Rocks", "Harry Styles at MSG", "brunch at the Grey Dog": where something happens, in
 * prose whose capitals mean something, is a named place — several capitalized words (across "du",
 * "of" …), or three or four capitals. Not someone "at" whom something is done ("mad at Jake Torres"),
 * a single name (unless a known city follows: "at Husk in Charleston"), a programme ("at AA"), an
 * event ("the Super Bowl"), a day, or a hospital's own unit. "The Riverwalk in San Antonio": after
 * "the" or "outside", or opening a sentence, what stands in a known city is a place there too.
 */
export function venueAfterAt(doc: Doc, i: number): Detection | undefined {
  const t = doc.tokens[i]!;
  let at = doc.prev(i);
  const article = at?.key === 'the';
  if (article) at = doc.prev(i, 2);
  // A lower-cased post's capitals are chosen ("just saw her at MSG"), so they tell as much.
  const chosen =
    doc.caseInformative(t) || (doc.chosenCapitals && !doc.onCapitalsLine(t) && t.case !== Case.Lower);
  // A name in the plural before the city is a team's ("the Patriots in Boston").
  const leads = article || t.sentenceStart || /^(?:outside|near|inside|behind|by)$/.test(at?.key ?? '');
  const inCity =
    leads && at?.key !== 'at' && doc.capitalized(t) && !doc.isGrammatical(t.key) && !t.contraction
      ? cityAfter(doc, i)
      : undefined;
  const placedInCity =
    inCity !== undefined && !/['’]/.test(t.text) && !/[^s']s$/.test(doc.tokens[inCity]!.text);
  // "at the top of the Gateway Arch", "on the steps of the Old Courthouse": a part of it is where
  // one stands, as "at" says.
  const partOfPlace = article && at?.key === 'of' && placeParts.has(doc.prev(i, 3)?.key ?? '');
  // "going to the Anchor after work": where one goes, as where one is at.
  const goneTo = article && at?.key === 'to' && goingTo.has(doc.prev(i, 3)?.key ?? '');
  // "running with a friend on the Esplanade", "biking on the Greenway": a path one moves along.
  const movedAlong = article && at?.key === 'on' && movingBefore(doc, i - 2);
  if (
    (at?.key !== 'at' && !partOfPlace && !placedInCity && !goneTo && !movedAlong) ||
    (at && at.line !== t.line) ||
    // "I didn't get shot at. But I lost…": "at" closed its sentence.
    (at?.key === 'at' && !doc.adjacent(at, doc.tokens[article ? i - 1 : i])) ||
    doc.jargon >= 0.04 ||
    !chosen
  )
    return undefined;
  const before = doc.prev(i, article ? 3 : 2);
  if (before && before.line === t.line && atPerson.has(before.key)) return undefined;
  // ("beers at Gritty's": a possessive no name list holds, capitalized after "at", is the place
  // called so; "at Jake's" is Jake's.)
  if (
    t.possessive &&
    at?.key === 'at' &&
    !article &&
    doc.capitalized(t) &&
    !t.sentenceStart &&
    !doc.listedName(t.key) &&
    !relations.has(t.key) &&
    !doc.lex.chain(chainKey([t])) &&
    !doc.lex.company(t.key)
  )
    return placeToken(t, venueReason);
  if (calendarWords.has(t.key) || titles.has(t.key) || relations.has(t.key) || t.possessive) return undefined;
  // Two letters are as often a programme ("at AA", "at NA") as a place; a letter and digits are a
  // level, a vertebra's or a floor's ("at T10", "at L4").
  const initials = t.case === Case.Upper && /^\p{Lu}{3,4}$/u.test(t.text);
  if (initials)
    // ("remains at PHP level of care", "stepped down to IOP": a level of care is no place.)
    return article || isHospitalUnit(t.key) || isClinicalAcronym(t.key) || mentalHealthTerms.has(t.key)
      ? undefined
      : placeToken(t, venueReason);
  if (!doc.capitalized(t) || t.case !== Case.Capitalized) return undefined;
  // The capitalized words run on, across a linking word between two of them.
  let end = i;
  for (let k = i + 1; k < doc.tokens.length && k <= i + 4; k++) {
    const w = doc.tokens[k]!;
    if (!doc.adjacent(doc.tokens[k - 1], w)) break;
    if (doc.capitalized(w) && !w.sentenceStart) end = k;
    else if (nameLinks.has(w.key) && doc.tokens[k + 1] && doc.capitalized(doc.tokens[k + 1]!)) continue;
    else break;
  }
  // "at the Anchor", "to the Spur": after "the", one everyday word capitalized inside a sentence is
  // a venue's name — not a team's, a company's, a faith's or a government's ("the Lord", "the Board"),
  // nor a letter ("at the Y").
  const namedVenue =
    article &&
    end === i &&
    !t.sentenceStart &&
    t.text.length >= 3 &&
    doc.isOrdinaryWord(t.key) &&
    !/[^s]s$/.test(t.key) &&
    !notVenues.has(t.key) &&
    !denominations.has(t.key) &&
    !doc.lex.team(t.key) &&
    !doc.lex.company(t.key) &&
    !doc.lex.chain(t.key) &&
    !['us-state', 'country', 'region'].includes(doc.lex.place(t.key) ?? '') &&
    // ("cut it at the Thought": a verb's past names a step of a model, not a bar.)
    !doc.lex.tags(t.key).some((tag) => tag === 'PastTense' || tag === 'Gerund') &&
    !modifiesNoun(doc, i);
  if (namedVenue) return placeToken(t, venueReason);
  // ("walking on the Esplanade": a path one moves along, by its one capitalized word.)
  if (
    movedAlong &&
    end === i &&
    !t.sentenceStart &&
    !doc.listedName(t.key) &&
    !doc.lex.company(t.key) &&
    !doc.lex.chain(t.key) &&
    !calendarWords.has(t.key)
  )
    return placeToken(t, venueReason);
  // One word is a venue only in a known city, and no common given name ("at Husk in Charleston";
  // not "with Jake in Boston").
  if (
    end === i &&
    (cityAfter(doc, i) === undefined ||
      (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1500 ||
      (doc.isOrdinaryWord(t.key) && t.sentenceStart) ||
      doc.lex.place(t.key) !== undefined)
  )
    return undefined;
  const words = doc.tokens.slice(i, end + 1).filter((w) => !nameLinks.has(w.key));
  // "at Jake Torres's" is theirs; a given name and a surname alone are someone ("mad at Jake Torres").
  const fullName =
    words.length === 2 &&
    doc.lex.firstNameRank(words[0]!.key) !== undefined &&
    doc.lex.surnameRank(words[1]!.key) !== undefined &&
    !words.every((w) => doc.isOrdinaryWord(w.key));
  if (fullName || calendarWords.has(doc.tokens[end]!.key) || events.has(doc.tokens[end]!.key))
    return undefined;
  return { ...placeToken(t, venueReason), end: doc.tokens[end]!.end };
}
