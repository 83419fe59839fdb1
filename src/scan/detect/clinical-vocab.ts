import type { Detection } from '../findings.ts';
import {
  businessWords,
  denominations,
  determiners,
  familyEvents,
  finiteVerbTags,
  homeNouns,
  institutionSuffixes,
  landmarkWords,
  mentalHealthTerms,
  placePrepositions,
  possessives,
  relations,
  streetSuffixes,
  therapyAuthorsByName,
  therapyEponyms,
  titles,
  townWords,
} from '../lexicon/cues.ts';
import { rankCrowd } from '../lexicon/load.ts';
import { medicineLikelihood } from '../lexicon/word-shape.ts';
import { Case, isWord, type Token } from '../text/tokens.ts';
import { type Doc, lineBeforeAsks, perDocument, speakerLabel } from './doc.ts';
import { facilityReason, wardHospitalReason } from './facility-slots.ts';
import { commonGivenName, namePrior } from './name-shape.ts';
import { knownPlaces } from './place-or-name.ts';
import {
  childrensHospitalReason,
  cityInitialsReason,
  largerPlaceAfter,
  placeContextReason,
  stateCodeAt,
  studentsSchoolReason,
} from './places.ts';
import { householdReason } from './surname-cues.ts';

/**
 * Nouns that an eponym names: "Crohn's disease", "Babinski sign", "Glasgow Coma Scale", "Whipple
 * procedure". A name right before one of them (within a few words) is the eponym, not a person.
 */
const clinicalHeads = new Set(
  `disease diseases syndrome syndromes sign signs score scores scale scales test tests testing
  maneuver manoeuvre reflex reflexes palsy lymphoma lymphomas encephalopathy criteria classification
  procedure procedures catheter catheters valve tube tubes position point protein phenomenon triad
  ulcer ulcers fracture disorder inventory questionnaire index method technique operation anemia
  anaemia tumor tumour sarcoma cyst cysts rod rods node nodes nodule nodules law effect curve esophagus
  dystrophy ataxia chorea aneurysm hernia block stain nerve neuralgia neuroma duct gland canal
  ligament space triangle leukemia bias bodies cells wave waves granuloma thyroiditis anomaly
  malformation cirrhosis arteritis
  vasculitis myopathy neuropathy shunt incision splint stockings mask class grade stage staging rule
  rules formula equation approach contracture deformity murmur phenomenon lesions
  lesion spots dementia fever virus infection ratio angina sclerosis flare flares flareup relapse
  definition screening screener screen angle depth pattern physiology drain paralysis pupil harness
  brace pulse type level sequence bleed subset subsets traction thickness
  examination cycle cycles reaction exercise exercises surgery surgeries diet tendon pentad tetrad chart
  charts teeth shelf body category categories ink agar model models workshop workshops protocol
  protocols worksheet worksheets checklist framework theory lens hierarchy battery modification form
  forms intervention interventions assessment assessments arthritis colitis carditis hepatitis nephritis
  dermatitis meningitis encephalitis neuritis tendinitis tendonitis bursitis myositis pancreatitis uveitis
  variant variants serology serologies titer titers`.split(/\s+/),
);

/**
 * What a procedure's or a disease's name ends in: "Nissen fundoplication", "Hashimoto thyroiditis",
 * "Whipple pancreaticoduodenectomy" — a head noun by its ending, for the medical list's words.
 */
const clinicalEnding =
  /(?:ectomy|otomy|ostomy|plasty|pexy|scopy|graphy|plication|itis|oma|osis|pathy|algia|emia|trophy|plegia)$/;
const clinicalHead = (doc: Doc, t: Token) =>
  clinicalHeads.has(t.key) ||
  clinicalHeads.has(t.key.replace(/s$/, '')) ||
  // "Inventory-II", "Scale-3": an instrument's edition.
  clinicalHeads.has(t.key.replace(/-(?:i{1,3}|iv|v|\d)$/, '')) ||
  (t.key.length >= 7 && clinicalEnding.test(t.key) && doc.lex.medical(t.key) && !doc.isOrdinaryWord(t.key)) ||
  // ("Lyme neuroborreliosis": a long word of medicine's endings, whatever list missed it.)
  (t.key.length >= 11 && clinicalEnding.test(t.key) && !doc.isOrdinaryWord(t.key) && !doc.listedName(t.key));

/** Words in a medication slot: "taking X", "has anyone tried X", "brand X", "switched me from X to Y", "X 20 mg daily". */
const drugBefore = new Set(
  'taking take takes took started starting start prescribed prescribe stopped stop stopping hold held continue continued restarted increased decreased tapered titrated weaned dose doses refill refilled cover covers covered tried try trying brand generic'.split(
    ' ',
  ),
);
/**
 * What stands before a medicine's or an illness's name in talk about it: "side effects from the X",
 * "allergic to X", "tested positive for X", "diagnosed with X".
 */
const drugBeforePhrase =
  /(?:(?:tested|tests|test|came back|comes back) (?:positive|negative) for|diagnosed with|infected with|sick with|exposed to|(?:vaccinated|immunized) against|(?:vaccine|shot|booster)s? (?:for|against)|symptoms of|recover(?:ed|ing)? from|complications? (?:of|from)|side[ -]effects? (?:from|of|with|on)|(?:while|been|am|['’]m|\bim|still|currently|stay|stayed|staying|get|got|came|coming|patient|pt|(?:feel|feels|feeling|felt) [a-z]+) (?:on|off(?: of)?)|allergic to|allergy to|(?:taken|mixed|combined) (?:together )?with|safe to (?:take|mix|combine|use) (?:(?!\b(?:my|his|her|their|our|your|the kids?)\b)[a-z' -]){1,24} with|prescriber about|prescription for|(?:do|try|take|use) besides|(?:prior |pre-?)?auth(?:orization)? (?:for|on)|coverage (?:for|of)|refills? (?:of|on|for)|dose of|generic (?:of|for|version of)|mechanism of action (?:of|for)|(?:contra)?indications? (?:of|for)|half[ -]life of|black box warning (?:on|for)|how (?:effective|addictive) (?:is|are)|(?:put|puts|putting|start|started|starting|keep|kept|keeps|want|wants|wanted|switch|switched|try|tried|has|have|had|having) (?:me|him|her|them|us|you) on|(?:plan|insurance|insurer|medicaid|medicare) (?:denied|approved|covers|covered|won't cover|doesn't cover|will not cover|does not cover)|(?:gave|give|gives|giving) (?:me|him|her|them|us)(?: some)?|(?:drink|drinking|eat|eating) [a-z]+ (?:on|while on)|(?:days|weeks|months|years) (?:of|on))[ \t]+(?:the |my |your |his |her |their )?$/i;
/** How often a dose is taken, said after its amount without a unit: "X 2.5 twice a day", "X 5 daily". */
const doseTimes = String.raw`daily|bid|tid|qid|qd|qhs|prn|nightly|twice|once a|every (?:morning|night|day|\d+ hours)|at (?:night|bedtime)|a day|per day`;
const dose = String.raw`\d+(?:\.\d+)?(?:\s?(?:mg|mcg|g|ml|units?|iu)\b|\s+(?:${doseTimes})\b)`;
/** A dose right after the word: "X 20 mg", "X 5 daily". */
const doseAfter = new RegExp(`^[\\s,]*${dose}`, 'i');
const drugAfter = new RegExp(
  `^[\\s,]*(?:${dose}|daily|bid|tid|qid|prn|nightly|twice|every (?:morning|night|day)|at (?:night|bedtime)|made me|makes me|side effects|(?:week|wk|month|day) \\d{1,2}\\b|(?:(?:loading|starting|maintenance|first|second|next|missed) )?dose|dosage|refill|prescription|tablets?|pills?|injections?|shots?|patch)`,
  'i',
);

/** What is done to a medicine, not to a person. */
const doneToMedicine =
  /^[ \t]+(?:be[ \t]+)?(?:dispensed|prescribed|dosed|titrated|tapered|compounded|refrigerated|crushed|split|monitored with|covered by|approved for|stocked|substituted)\b/i;

/**
 * What a medicine does to the body, said right after it: "X is making me dizzy", "X gave me a rash",
 * "X has me so nauseous". People make someone angry or sad, not drowsy or short of breath.
 */
const sideEffectAfter =
  /^[ \t]+(?:is|was|has been|keeps|kept|has|had|['’]s)?[ \t]*(?:making|made|makes|giving|gave|gives|got|gets|leaving|left|had|has)[ \t]+me[ \t]+(?:(?:so|really|very|super|kind of|kinda|a little|a bit|all)[ \t]+)?(?:dizzy|nauseous|nauseated|drowsy|groggy|sleepy|itchy|shaky|jittery|constipated|bloated|light-?headed|short of breath|a rash|hives|heartburn|dry mouth|diarrh(?:o)?ea|gain weight|pee|throw up|vomit)\b/i;

/** What is said to have happened to a medicine after its name: "X was stopped", "X got approved". */
const changedAfter =
  /^[ \t]+(?:was|were|got|has been|had been) (?:stopped|discontinued|started|increased|decreased|doubled|lowered|added|prescribed|approved|denied)\b/i;
/** Before a medicine one asks about or adds: "ask my doctor about X", "added X". */
const askedOrAdded =
  /\b(?:ask(?:ed|ing)?(?: (?:my|the|her|his|our) (?:doctor|dr|pcp|np|pa|endo|cardiologist|psychiatrist|provider))? about|add(?:ed|ing|s)?)[ \t]+$/i;

/** Cues (see person-context.ts and clinician-slots.ts) that say "a person" whatever the word is. */
export const strongCue =
  /\b(?:title|relation|credential|name intro|name given|vocative|repeated address|speaker label|repeated speaker|age given|initial and surname|after an initial|named earlier|sign-off|mourned|social-media handle|the one who|surname of a family|a name there is)\b/;

/** Listed only as a medical term: in the medical list and in no name or place list worth the name. */
export function medicalOnly(doc: Doc, key: string): boolean {
  // Letters and everyday words ("r", "trace", "address") are in the list too; they stay words.
  if (key.length < 3 || !doc.lex.medical(key) || doc.lex.place(key) !== undefined) return false;
  if (doc.isOrdinaryWord(key)) return false;
  // A word a name list holds stays a name here ("Anni", "Moretti"); eponyms that are surnames
  // ("Parkinson's disease") are known by the noun after them instead.
  return !doc.listedName(key);
}

function speciesAfterGenus(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const genus = doc.prev(i);
  return (
    genus !== undefined &&
    /^[a-z]$/i.test(genus.text) &&
    /^\.?[ \t]$/.test(t.gapBefore) &&
    genus.line === t.line &&
    t.case === Case.Lower &&
    /^[a-z]{4,}$/.test(t.key) &&
    doc.lex.medical(t.key) &&
    // ("j. smith": a surname after an initial, whatever eponym the list also holds.)
    doc.lex.surnameRank(t.key) === undefined &&
    (doc.lex.firstNameRank(t.key) ?? rankCrowd) >= rankCrowd
  );
}

/**
 * A medicine everyday speech also says ("aspirin", "insulin", "caffeine"): in the medical list, an
 * ordinary word but a rare one, and no name or place — "rest", "water" and "pain" are too common to
 * say medicine beside them.
 */
function everydayMedicine(doc: Doc, key: string): boolean {
  return (
    key.length >= 4 &&
    doc.lex.medical(key) &&
    doc.isOrdinaryWord(key) &&
    doc.lex.wordCount(key) < 500 &&
    doc.lex.place(key) === undefined &&
    !doc.listedName(key) &&
    // "therapist", "pharmacist": who gives the medicine is someone beside whom a name stands.
    !doc.lex.tags(key).includes('Actor') &&
    !/(?:ist|or|er|ian)$/.test(key)
  );
}

/** What one does with an instrument: "I did the Columbia", "we gave her the Conners". */
const administered = new Set(
  'did do does done gave give given ran run administered repeated completed scored redid'.split(' '),
);
/** Whose or which instrument: "the Hamilton", "her Columbia", "the doctor's Hamilton". */
const ownedOrNamed = new Set('the a an his her their my your our'.split(' '));
/**
 * What an instrument's result says after its name, past a when ("at intake", "last session", "on
 * Friday"): a score ("was a 23"), a sign ("negative"), a finding ("showed ideation", "came back").
 */
const scoreAfter =
  /^[ \t]+(?:(?:at|on|from|in|last|this|at the)[ \t]+[a-z]+[ \t]+)?(?:(?:was|is|were|came back)[ \t]+(?:an?[ \t]+)?\d+(?:\.\d+)?(?![\w-])|(?:was[ \t]+)?(?:negative|positive|elevated|normal|valid|invalid)\b(?![ \t]+(?:for|about|that|with))|showed\b|came back\b|scores?\b|results?\b|responses\b|items\b|subscale)/i;

/** "Columbia negative", and with its verb, "columbia was negative" (not "positive about it"). */
const signAfter = /^[ \t]+(?:negative|positive)\b(?![ \t]+(?:for|about|that|with))/i;
const resultSaid =
  /^[ \t]+(?:(?:was|is|came back)[ \t]+)?(?:negative|positive)\b(?![ \t]+(?:for|about|that|with))/i;

/**
 * "the referring doctor's Hamilton at intake was a 23", "Columbia negative", "I did the Columbia",
 * "the Wechsler showed …": an instrument named for its author or its university, known by its
 * result or by being given — named after "the", an owner or a verb of giving it, or right before
 * "negative"/"positive". A person "was a 23" only as an age ("a 23-year-old"), which is excluded.
 */
function scoredInstrument(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens[first]!;
  const before = doc.prev(first);
  const after = doc.text.slice(doc.tokens[last]!.end, doc.tokens[last]!.end + 48);
  // (In speech without capitals, "columbia negative" is as good.)
  if (!doc.capitalized(t) && t.case !== Case.Upper && doc.caseInformative(t)) return false;
  // "columbia was negative": a result said with its verb, of what no common given name calls.
  const signed = (
    (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) > 1500 ? resultSaid : signAfter
  ).test(after);
  const named =
    before !== undefined &&
    before.line === t.line &&
    (ownedOrNamed.has(before.key) || before.possessive) &&
    !t.possessive;
  if (named && administered.has(doc.prev(first, 2)?.key ?? '') && /^[ \t]*[.,;]/.test(after)) return true;
  return signed || (named && scoreAfter.test(after));
}

/** "a positive Lachman", "negative Homans": a sign or a test by its finding. */
function signedEponym(doc: Doc, first: number): boolean {
  const before = doc.prev(first);
  return (
    before !== undefined &&
    doc.adjacent(before, doc.tokens[first]) &&
    /^(?:positive|negative|equivocal|bilateral)$/.test(before.key) &&
    doc.capitalized(doc.tokens[first]!)
  );
}

/**
 * "the Satir model … Satir talked about stances", "a Lille score … what Lille value": a capitalized
 * word the text names a method, a scale or a disease by, with a head noun after it, is that eponym
 * wherever else it stands alone with nothing said of a person — one sense per text. Returns which
 * of `kept` fall. A common given name keeps its own sense ("the Grace scale" leaves "Grace said").
 */
export function eponymAgain(
  doc: Doc,
  kept: readonly Detection[],
  clinical: readonly Detection[],
): Detection[] {
  const single = (d: Detection) => {
    const [first, last] = doc.touched(d.start, d.end);
    return first === last && isWord(doc.tokens[first]!) && doc.capitalized(doc.tokens[first]!) ? first : -1;
  };
  // Where each eponym stands: a guess at the same place another rule vetoed is that rule's business.
  const eponyms = new Map<string, Set<number>>();
  const eponymAt = (i: number) => {
    const key = doc.tokens[i]?.key ?? '';
    // Only where a head noun says so ("the Kessler model"): other vetoes weigh one place's words.
    // ("Brené Brown would say … don't start with Brené": an author the whole name made one.)
    if (
      i >= 0 &&
      ((headFollows(doc, i) && !commonGivenName(doc, key) && !doc.isOrdinaryWord(key)) ||
        authorsWholeName(doc, i))
    )
      eponyms.set(key, (eponyms.get(key) ?? new Set<number>()).add(i));
  };
  for (const d of clinical) eponymAt(single(d));
  // "NICHQ Vanderbilt Assessment Scales … Vanderbilt (Parent): 8 items": an instrument's full title,
  // which no rule took for anyone, makes its eponym that instrument when it is said alone after.
  // (A heading's capitals count here: an instrument's title is title-cased wherever it stands.)
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    const next = doc.next(i);
    if (
      t.case === Case.Capitalized &&
      next?.case === Case.Capitalized &&
      !titles.has(doc.prev(i)?.key ?? '') &&
      headFollows(doc, i)
    )
      eponymAt(i);
  }
  if (eponyms.size === 0) return [];
  // "Harold Wells, 64 … Wells score 4.5": after a given name found as someone, the word is his surname.
  const afterGivenName = (i: number) => {
    const before = doc.tokens[i - 1];
    return (
      before !== undefined &&
      doc.adjacent(before, doc.tokens[i]!) &&
      doc.capitalized(before) &&
      kept.some((g) => g.label === 'PERSON' && g.start <= before.start && before.end <= g.end)
    );
  };
  return kept.filter((d) => {
    if (
      (d.label !== 'PERSON' && d.label !== 'LOCATION') ||
      d.detector === 'roster' ||
      d.detector === 'pattern'
    )
      return false;
    const i = single(d);
    const at = eponyms.get(doc.tokens[i]?.key ?? '');
    return i >= 0 && at !== undefined && !at.has(i) && !strongCue.test(d.reason) && !afterGivenName(i);
  });
}

/**
 * A clinical veto with its head noun after it ("Graves disease", "the Wells score"): the word there is
 * the condition or the score, even in a text that names someone by it elsewhere.
 */
export function headedMention(doc: Doc, d: Detection): boolean {
  const [first, last] = doc.touched(d.start, d.end);
  return first === last && headFollows(doc, last);
}

/** Initials in capitals the medical list holds: "COPD", "AMA", "HO". */
function medicalInitials(doc: Doc, t: Token): boolean {
  return t.case === Case.Upper && t.text.length >= 2 && doc.lex.medical(t.key);
}

const verbTags = new Set(['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle']);

/** Hedges speech puts anywhere, set off by a comma: "Lyme like, disease". */
export const hedges = new Set(['like', 'um', 'uh', 'honestly', 'yeah', 'so', 'actually', 'basically']);

/**
 * How many words after token `i` a clinical head noun stands, past the other words of the term (0:
 * none within four). "Beck Depression Inventory", "Framingham risk score", "Mallampati class": words
 * of the term, not a verb ("SMITH ORDERED EPI …") or grammar. `titled`: every word up to the head is
 * capitalized, as in an instrument's title, where a capitalized "Rating" is no verb.
 */
function headDistance(doc: Doc, i: number, titled = false): number {
  const named = doc.tokens[i]!;
  // "the Patrick (FABER) test": the name in brackets is the test's too.
  const bracketed = /\($/.test(named.gapBefore) && /^\)/.test(doc.tokens[i + 1]?.gapBefore ?? '');
  for (let k = 1, prev = named, hedged = false, bracket = bracketed; k <= 4; k++) {
    const next = doc.tokens[i + k];
    const gap: RegExp = hedged ? /^,[ \t]{1,2}$/ : bracket ? /^\)[ \t]$/ : /^[ \t'’-]{1,2}$/;
    bracket = false;
    if (!next || next.line !== prev.line) return 0;
    const after = doc.tokens[i + k + 1];
    const capitalizedAfter = after !== undefined && after.line === next.line && doc.capitalized(after);
    if (!gap.test(next.gapBefore)) {
      // "the Patrick (FABER) test", "the Galeazzi (Allis) sign": another name for it in brackets;
      // "Huntington's, Wilson's, Sydenham's chorea": eponyms listed before the one head.
      bracket =
        /^[ \t]\($/.test(next.gapBefore) && doc.capitalized(next) && /^\)/.test(after?.gapBefore ?? '');
      const listed =
        /^,[ \t]$/.test(next.gapBefore) && prev.possessive && next.possessive && doc.capitalized(next);
      // "the Clark & Salkovskis model", "the Dunford, Rowe & Salter protocol": its authors, joined.
      const authors =
        doc.capitalized(next) &&
        (/^[ \t]?&[ \t]?$/.test(next.gapBefore) ||
          (/^,[ \t]$/.test(next.gapBefore) &&
            after !== undefined &&
            after.line === next.line &&
            doc.capitalized(after) &&
            (/^[ \t]?&[ \t]?$/.test(after.gapBefore) || /^,[ \t]$/.test(after.gapBefore))));
      if (titled || !doc.capitalized(named) || !(bracket || listed || authors)) return 0;
      prev = next;
      continue;
    }
    // "the Barlow and Ortolani maneuvers", "a Smith or Barton fracture": eponyms joined before it.
    if (!titled && (next.key === 'and' || next.key === 'or') && doc.capitalized(named) && capitalizedAfter) {
      prev = next;
      continue;
    }
    // "Huntington's like, disease": a spoken hedge set off by a comma stands inside the term.
    hedged = hedges.has(next.key) && doc.tokens[i + k + 1]?.gapBefore.startsWith(',') === true;
    if (hedged) {
      prev = next;
      continue;
    }
    // (On a line in Title Case, as a list of measures is written, each word's capital is the line's.)
    if (titled && !doc.capitalized(next) && !(doc.onCapitalsLine(next) && next.case === Case.Capitalized))
      return 0;
    // ("Hollister Auto Body", "Tanner Body Shop": a garage's trade, not a Lewy body.)
    if (clinicalHead(doc, next))
      return (prev.key === 'auto' && next.key === 'body') || (next.key === 'body' && after?.key === 'shop')
        ? 0
        : k;
    if (doc.isGrammatical(next.key)) return 0;
    // "the Apley scratch test", "Yergason stretch sign": a verb's bare form right before the head is
    // the kind of test; "SMITH ORDERED EPI" is no term.
    const tags = doc.lex.tags(next.key);
    // ("Aaliyah meets criteria", "Jon fails the test": a verb said of someone, not a test's kind.)
    const kindOfTest =
      !tags.includes('PastTense') &&
      !tags.includes('Gerund') &&
      !tags.includes('PresentTense') &&
      clinicalHeads.has(doc.tokens[i + k + 1]?.key ?? '');
    if (!titled && !kindOfTest && tags.some((tag) => verbTags.has(tag))) return 0;
    prev = next;
  }
  return 0;
}

/** A clinical head noun within three words after token `i`, past other eponym or name words. */
const headFollows = (doc: Doc, i: number) => headDistance(doc, i) > 0;

/**
 * "Wiltshire Anxiety Inventory", "Hollins Fatigue Severity Scale": capitalized words after token `i`
 * that end in a clinical head noun, at least one before it — an instrument's title, so the name before
 * it is its eponym, whatever list holds that name.
 */
const titledInstrumentAfter = (doc: Doc, i: number) => headDistance(doc, i, true) >= 2;

/** Clinical head nouns that are verbs too: "did Mark test positive", "have Jenna sign here". */
const verbHeads = new Set(
  'sign signs score scores test tests testing position fracture stain stage block mask class grade rule rules flare flares point space effect spots cycle type level bleed'.split(
    ' ',
  ),
);
/** What stands before a condition's name: "in Graves disease", "the Centor criteria", "of Bell palsy". */
const beforeCondition = new Set(
  'the a an of in with for positive negative these those which what'.split(' '),
);

/**
 * "Graves disease", "Bell palsy", "the Centor criteria", "Rocky Mountain spotted fever": capitalized
 * words right before a clinical head noun name the condition, whatever lists hold them. A head that
 * is also a verb, or a given name ("Maria fever broke", a possessive lost in transcription), needs
 * an article or preposition before it, which a person's name does not take.
 */
function namesCondition(doc: Doc, words: Token[], first: number, last: number): boolean {
  if (words.length > 3 || !words.every((w) => w.case === Case.Capitalized && !w.possessive)) return false;
  // "per the U Vermont scale": a state names an institution's protocol, never a disease.
  if (words.some((w) => doc.lex.isUsState(w.key))) return false;
  const distance = headDistance(doc, last);
  if (distance === 0 || headTakesObject(doc, last + distance)) return false;
  // "Patrick (FABER) test is negative": another name for it in brackets makes the head its noun.
  const alias = doc.tokens[last + 1]!;
  if (distance === 2 && /^[ \t]\($/.test(alias.gapBefore) && /^\)/.test(doc.tokens[last + 2]!.gapBefore))
    return true;
  // A given name the medical list holds as an eponym ("What is Bell palsy?") is the condition, unless
  // the head is something a person has ("Maria fever broke").
  const key = words[0]!.key;
  const givenName =
    words.length === 1 &&
    distance === 1 &&
    (doc.lex.firstNameRank(key) ?? Number.POSITIVE_INFINITY) <= 1500 &&
    (!doc.lex.medical(key) || somethingOneHas.has(doc.tokens[last + 1]!.key));
  return (!givenName && !verbHeadAfter(doc, last + distance)) || headIsNoun(doc, first, last);
}

/** Clinical heads that also follow a person whose possessive speech dropped: "Maria fever broke". */
const somethingOneHas = new Set(
  'fever virus infection flare flares flareup relapse cyst cysts ulcer ulcers lesion lesions spots murmur teeth'.split(
    ' ',
  ),
);

/** How a species name in Latin ends: "aureus", "coli", "pyogenes", "auris", "lamblia", "pneumoniae". */
const latinEnding = /(?:us|um|is|ae|i|a|es|ans|ens)$/;

/**
 * "Candida auris", "Staphylococcus aureus": a capitalized word before a species name in lower case
 * (a medical term in a Latin ending that is no English word, no word compromise knows, and no name)
 * is the genus. A medicine after someone's name ("gave Kaylee motrin") is no species.
 */
function genusBeforeSpecies(doc: Doc, i: number): boolean {
  const next = doc.next(i);
  if (!next || !doc.adjacent(doc.tokens[i], next) || next.case !== Case.Lower) return false;
  if (!doc.capitalized(doc.tokens[i]!) || !doc.lex.medical(next.key) || doc.isOrdinaryWord(next.key))
    return false;
  if (next.key.length < 4 || !latinEnding.test(next.key) || doc.lex.tags(next.key).length > 0) return false;
  return !doc.listedName(next.key);
}

/** Parts of the body, and of its workings, named "of" someone: "Loop of Henle", "Circle of Willis". */
const namedParts = new Set(
  `loop loops islet islets circle tetralogy pentalogy bundle organ sphincter ampulla pouch crypt crypts
  foramen plexus column columns cell cells tubercle bursa membrane fibers fibres canal ligament
  node nodes space triangle duct gland glands triad tetrad pentad`.split(/\s+/),
);

/**
 * "the Loop of Henle", "tetralogy of Fallot": a name after "of" after a part it names — capitalized,
 * or in lower case where the medical list holds the name as its eponym ("the circle of Willis").
 */
function partNamedFor(doc: Doc, first: number): boolean {
  const of = doc.prev(first);
  const part = doc.prev(first, 2);
  if (of?.key !== 'of' || !part || part.line !== doc.tokens[first]!.line) return false;
  return namedParts.has(part.key) && (doc.capitalized(part) || doc.lex.medical(doc.tokens[first]!.key));
}

/**
 * "a nurse in Tahlequah screens a 58-year-old": a head that is also a verb, before an article or a
 * possessive, is the verb of a sentence whose subject is the word before it.
 */
function headTakesObject(doc: Doc, h: number): boolean {
  const head = doc.tokens[h];
  const next = doc.next(h);
  return (
    head !== undefined &&
    next !== undefined &&
    next.line === head.line &&
    /^[ \t]+$/.test(next.gapBefore) &&
    (verbHeadAfter(doc, h) || (/[^s]s$/.test(head.key) && doc.lex.tags(head.key).includes('PresentTense'))) &&
    (determiners.has(next.key) ||
      possessives.has(next.key) ||
      // "… in Tahlequah screens Della Sixkiller": or a person by name.
      (doc.capitalized(next) && !next.sentenceStart && doc.givenName(next.key)))
  );
}

/** The head noun at token `h` is also a verb: "test", "signs", "points". */
function verbHeadAfter(doc: Doc, h: number): boolean {
  const head = doc.tokens[h]!;
  return verbHeads.has(head.key) || verbHeads.has(head.key.replace(/s$/, ''));
}

/** Words before someone that make a bare verb after them: "did Mark test", "have Jenna sign", "to". */
const bareVerbBefore = new Set(
  'did do does will would can could should must may might let lets make makes made have has had help helps watch watched saw see hear heard to'.split(
    ' ',
  ),
);

/**
 * The clinical head after the words `first`..`last` is the noun, not a verb said of someone: an
 * article or preposition before them ("the Allen test", "in Graves disease"), or the head in its bare
 * form with nothing before the words that would make it a verb, after a name the medical list holds
 * ("Allen test before a radial line:", "Is Homan sign still taught?"; but "did Mark test positive",
 * "have Jenna sign here").
 */
function headIsNoun(doc: Doc, first: number, last: number): boolean {
  if (articleBefore(doc, first)) return true;
  // Only a name the medical list holds, or holds in the possessive ("Homans"), or a rare surname no
  // one is given first: "Hollywood sign" is a landmark.
  const key = doc.tokens[last]!.key;
  if (!doc.lex.medical(key) && !doc.lex.medical(`${key}s`) && !rareSurnameOnly(doc, doc.tokens[last]!))
    return false;
  if (headDistance(doc, last) !== 1) return false;
  const head = doc.tokens[last + 1]!;
  const before = doc.prev(first);
  // "Why are Chance fractures …", "Do Kerley lines …": after a verb of its own the "-s" head is no verb.
  if (
    /[^s]s$/.test(head.key) &&
    verbHeadAfter(doc, last + 1) &&
    before?.line === head.line &&
    ownVerbBefore.has(before.key)
  )
    return true;
  if (!verbHeads.has(head.key) || head.case === Case.Upper) return false;
  if (before && before.line === head.line && bareVerbBefore.has(before.key)) return false;
  // Speech drops the "-s" ("when Mark sign in", "she test positive"): what a verb takes after it.
  const after = doc.next(last + 1);
  return !after || after.line !== head.line || !verbObjectAfter.has(after.key);
}

/**
 * A capitalized surname too rare for anyone to be called by it alone, that no one is given first and
 * that is no place or everyday word: before a clinical head it is the eponym ("How is Naegele rule
 * used", "Berkson bias"), as a medical list's name would be.
 */
function rareSurnameOnly(doc: Doc, t: Token): boolean {
  return (
    doc.capitalized(t) &&
    (doc.lex.surnameRank(t.key) ?? 0) > rareSurname &&
    doc.lex.firstNameRank(t.key) === undefined &&
    !doc.lex.babyName(t.key) &&
    doc.lex.place(t.key) === undefined &&
    !doc.isOrdinaryWord(t.key)
  );
}

/** Verbs that need no second one after their subject: "are Chance fractures", "do Kerley lines". */
const ownVerbBefore = new Set('are were do did have had'.split(' '));

/** What follows a clinical head used as a verb: "sign in", "test positive", "score a goal", "block him". */
const verbObjectAfter = new Set(
  'in up out off on over the a an his her my their our its it them him me us you this that these those here there positive negative for well high low again back'.split(
    ' ',
  ),
);

/**
 * An article or preposition before token `first` on its line, perhaps past adjectives in lower case:
 * "a high Gleason score", "the modified Rankin scale".
 */
function articleBefore(doc: Doc, first: number): boolean {
  // "(D) Hawthorne effect": an answer's letter stands where its article would.
  const opening = doc.tokens[first]!.start;
  if (/(?:^|[\s(])[A-Ea-e]\)[ \t]*$/.test(doc.text.slice(Math.max(0, opening - 6), opening))) return true;
  for (let n = 1; n <= 3; n++) {
    const before = doc.prev(first, n);
    if (!before || before.line !== doc.tokens[first]!.line) return false;
    if (beforeCondition.has(before.key)) return true;
    // "a Smith or Barton fracture": the first of the joined eponyms has it.
    const joined = doc.prev(first, n + 1);
    if (n === 1 && (before.key === 'and' || before.key === 'or') && joined && doc.capitalized(joined))
      return articleBefore(doc, first - 2);
    if (doc.capitalized(before) || !doc.lex.tags(before.key).includes('Adjective')) return false;
  }
  return false;
}

/** The word after token `i` is a listed eponym with its clinical head noun after it. */
function eponymNext(doc: Doc, i: number): boolean {
  const next = doc.next(i);
  if (!next || !doc.lex.medical(next.key)) return false;
  return headFollows(doc, doc.tokens.indexOf(next, i));
}

/**
 * Where a given name cannot stand: after "side effects from", "allergic to" or "safe to take", before
 * a dose, stopped before a health word, or next to other medicine ("X with Ventolin").
 */
function onlyMedicineSlot(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const before = textBefore(doc, t);
  if (drugBeforePhrase.test(before) || /\bsafe to (?:take|give|use)[ \t]+$/i.test(before)) return true;
  if (doseAfter.test(doc.text.slice(t.end, t.end + 16))) return true;
  // "Will stopping Allegra cause withdrawal?": what is stopped, before a health word.
  if (
    /\b(?:stopping|quitting|coming off|tapering off|weaning off)[ \t]+$/i.test(before) &&
    healthWordAfter(doc, i)
  )
    return true;
  // "switched me from pregabalin to Allegra": the list's name, where only medicine stands.
  if (fromMedicineTo(doc, i)) return true;
  return medicineBeside(doc, i);
}

/** "from ondansetron to X": token `i` follows "to", after a medicine the list holds after "from". */
function fromMedicineTo(doc: Doc, i: number): boolean {
  const p2 = doc.prev(i, 2);
  return (
    doc.prev(i)?.key === 'to' &&
    p2 !== undefined &&
    medicalOnly(doc, p2.key) &&
    doc.prev(i, 3)?.key === 'from'
  );
}

/**
 * The characters before a token (40: room for the phrases that name what follows), as said without
 * its disfluencies: "side effects from the the X", "switched me from, you know, X" — speech repeats a
 * word or sets off a hedge with commas inside the phrase.
 */
function textBefore(doc: Doc, t: Token, chars = 40): string {
  return withoutDisfluency(doc.text.slice(Math.max(0, t.start - chars - 24), t.start)).slice(-chars);
}

function withoutDisfluency(said: string): string {
  return (
    said
      .replace(/,?[ \t]+(?:you know|i mean|um|uh|like|yeah|so|kind of|sort of),(?=[ \t])/gi, '')
      // "side effects from like the X": a bare hedge before an article.
      .replace(/[ \t]+(?:um|uh|like)(?=[ \t]+(?:the|a|an|my|your|his|her|their)\b)/gi, '')
      .replace(/\b([a-z]+)(?:[ \t]+\1\b)+/gi, '$1')
  );
}

/** "Xanax and Klonopin", "Allegra with Ventolin", "Allegra, Zyrtec": next to another medicine. */
function medicineBeside(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const p1 = doc.prev(i);
  const other = (k: number) => {
    const o = doc.tokens[k];
    return o !== undefined && o.line === t.line && (medicalOnly(doc, o.key) || everydayMedicine(doc, o.key));
  };
  // ("Greenbrier Elementary, Troy, NY": a town with its state, in an address's list.)
  if (doc.lex.place(t.key) !== undefined && stateCodeAt(doc, i + 1)) return false;
  // In a list by commas, a word in capitals beside it may be a credential ("Filemonsen DDS, Yuito").
  const listedBeside = (k: number, gap: string | undefined) =>
    gap !== undefined && /^,[ \t]+$/.test(gap) && doc.tokens[k]?.case !== Case.Upper && other(k);
  if (listedBeside(i - 1, t.gapBefore) || listedBeside(i + 1, doc.tokens[i + 1]?.gapBefore)) return true;
  // ("chem with Hubbard": whom a class or a visit is with, by one of the commonest surnames.)
  const commonSurname =
    doc.capitalized(t) &&
    t.case === Case.Capitalized &&
    (doc.lex.surnameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1000;
  if (p1?.key === 'and' || p1?.key === 'or' || (p1?.key === 'with' && !commonSurname)) return other(i - 2);
  if (!/^(?:and|or|with)$/.test(doc.next(i)?.key ?? '')) return false;
  // "Wegovy and the new drug Rezdiffra": listed with a medicine named by its kind.
  return other(i + 2) || medicineKindNext.test(doc.text.slice(doc.next(i)!.end, doc.next(i)!.end + 40));
}

/** After "and" or "or": another medicine by its kind and its capitalized name ("the new drug Rezdiffra"). */
const medicineKindNext =
  /^[ \t]+(?:the |a )?(?:new(?:er)? |other )?(?:drug|medication|medicine|pill|shot|injection|inhaler)(?: called| named)?[ \t]+\p{Lu}/u;

/**
 * "the shingles vaccine X", "a new drug called X", "the blood thinner X": a brand after the kind of
 * medicine it is. Only for words no name list holds: "the pill Allegra took" is someone.
 */
const medicineKindBefore =
  /\b(?:vaccine|drug|medication|medicine|pill|inhaler|injection|injectable|antibiotic|antidepressant|antipsychotic|antihistamine|stimulant|steroid|statin|supplement|blood thinner|biologic|painkiller)s?(?: called| named)?[ \t]+$/i;

/** "birth control pills like X", "biosimilars such as X": a medicine given as an example of its kind. */
const exampleOfKind =
  /\b(?:pills?|medications?|medicines?|meds|drugs?|vaccines?|inhalers?|supplements?|vitamins?|biosimilars?|generics?|antibiotics?|antidepressants?|antihistamines?|stimulants?|steroids?|statins?|biologics?|creams?|ointments?|drops|sprays?|gummies|shots?|injections?|injectables?|infusions?|patch(?:es)?|blood thinners?|painkillers?|brands?)(?: \w+)?,? (?:like|such as|including)[ \t]+$/i;

/** "switched me from X to", "switching from X- X to": what one was switched to after "from". */
const switchedFrom =
  /\bswitch(?:ed|ing)?(?: (?:me|him|her|them|us))? from [\p{L}'-]+(?:-? [\p{L}'-]+)? to[ \t]+$/iu;

/** Between "from" and "to" before token `i`: no name and no title ("from Dr. Kessler to X" is care by people). */
function switchedFromMedicine(doc: Doc, i: number): boolean {
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    const w = doc.tokens[k]!;
    if (w.key === 'from') return true;
    if (hedges.has(w.key)) continue;
    if (doc.listedName(w.key) || titles.has(w.key)) return false;
  }
  return false;
}

/**
 * Token `i`, a word no list holds, is medicine by where it stands or, in a document about medicine,
 * by a spelling that looks like medicine's: evidence sure enough to vouch for the words listed beside
 * it (see medicine-company.ts). A question's health talk alone is not: "Should I text Daviontae or
 * Jazlynne?" after a word about medicine is no list of brands.
 */
export function medicineWhereItStands(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  return drugSlot(doc, i) || (medicineLikelihood(t.text) >= 0.5 && clinicalDocument(doc));
}

/** "taking Jardiance", "Ozempic 1 mg", "switched from Farxiga to …": a medicine by where it stands. */
function drugSlot(doc: Doc, i: number, depth = 0): boolean {
  const t = doc.tokens[i]!;
  // "Dontrell's pills": what belongs to someone names its owner.
  if (t.possessive) return false;
  const p1 = doc.prev(i);
  const p2 = doc.prev(i, 2);
  if (p1 && drugBefore.has(p1.key)) return true;
  // "should get Shingrix.", "I got Abrysvo during pregnancy": what one gets, said with health talk
  // near, is a shot or a prescription; someone got is got somewhere or something ("got Jaxon a bike").
  if (
    p1 &&
    /^(?:get|got|getting|gets|receive|received)$/.test(p1.key) &&
    /^(?:[ \t]*[.?!,;]|[ \t]+(?:during|after|before|while|yet|again|last|this)\b|[ \t]*$)/i.test(
      doc.text.slice(t.end, t.end + 12),
    ) &&
    healthTalkNear(doc, i, i)
  )
    return true;
  // "colitis on Opdivo", "spotting on Nexplanon": a health matter had on something is had on medicine;
  // a ward has its number after it ("asystolic on Hawthorne 6").
  if (
    p1?.key === 'on' &&
    p2 &&
    p2.line === t.line &&
    healthWord(doc, p2, 6000) &&
    // ("the Polish Village Cafe on Yemans": a word capitalized inside a sentence ends a name.)
    !(doc.capitalized(p2) && !p2.sentenceStart) &&
    !/^[ \t]+\d+\b(?![ \t]*(?:mg|mcg|g|ml|units?|iu)\b)/i.test(doc.text.slice(t.end, t.end + 16))
  )
    return true;
  const before = textBefore(doc, t);
  if (drugBeforePhrase.test(before) || medicineKindBefore.test(before) || exampleOfKind.test(before))
    return true;
  // "I'm on Caplyta and X now", "taking Zoloft or X": the second of two in the same slot, where the
  // first is no one a name list holds ("taking Jenna and X to the park" is two people).
  if (p1 && p2 && /^(?:and|or)$/.test(p1.key) && p2.line === t.line && !doc.listedName(p2.key)) {
    const before = doc.prev(i, 3);
    if ((before && drugBefore.has(before.key)) || drugBeforePhrase.test(textBefore(doc, p2))) return true;
    // ("switch to Wixela Inhub or X": the first a brand of two words.)
    if (depth < 3 && doc.capitalized(p2) && doc.capitalized(t) && drugSlot(doc, i - 2, depth + 1))
      return true;
  }
  // "Wixela Inhub", "Breo Ellipta": the second word of a brand whose first stands where medicine does.
  // (Three steps back at most: a long run of capitalized words is no brand, and costs no more to read.)
  if (
    depth < 3 &&
    p1 &&
    doc.adjacent(p1, t) &&
    doc.capitalized(p1) &&
    doc.capitalized(t) &&
    !doc.listedName(p1.key) &&
    !doc.isOrdinaryWord(p1.key) &&
    drugSlot(doc, i - 1, depth + 1)
  )
    return true;
  // "ask about X instead", "and added X": what one asks about or has added, where the sentence
  // speaks of health.
  if (askedOrAdded.test(textBefore(doc, t)) && healthWordInSentence(doc, i)) return true;
  // ("switched him to X": whoever was switched.)
  // ("bumped me from X", "weaned him to X": a dose changed; "drove me from X", "took me to X" are trips.)
  const switched = (w: Token | undefined) => w !== undefined && /^switch(?:ed|ing|es)?$/.test(w.key);
  const changed = (w: Token | undefined) => w !== undefined && medicineChanges.test(w.key);
  if (
    p1 &&
    p2 &&
    (p1.key === 'from' || p1.key === 'to') &&
    (switched(p2) || (/^(?:me|him|her|them|us|you)$/.test(p2.key) && changed(doc.prev(i, 3))))
  )
    return true;
  // "switched me from ondansetron to X", "since switching from Entresto to X": from one medicine to the next.
  if (fromMedicineTo(doc, i)) return true;
  if (switchedFrom.test(textBefore(doc, t, 80)) && switchedFromMedicine(doc, i)) return true;
  if (drugAfter.test(doc.text.slice(t.end, t.end + 24))) return true;
  // "Jardiance was stopped because of yeast infections": what was stopped or started, where the
  // sentence speaks of health ("Kessington was stopped by a cop" is someone).
  if (changedAfter.test(doc.text.slice(t.end, t.end + 32)) && healthWordInSentence(doc, i)) return true;
  if (sideEffectAfter.test(doc.text.slice(t.end, t.end + 56))) return true;
  // "Is X monitored with echocardiograms", "can X be dispensed": what is done to a medicine, asked
  // of a word no name list holds.
  if (
    !doc.listedName(t.key) &&
    p1 !== undefined &&
    questionOpeners.has(p1.key) &&
    doneToMedicine.test(doc.text.slice(t.end, t.end + 24))
  )
    return true;
  // "takes 6 Aleve a day": so many of it a day is a dose.
  if (
    p1 &&
    /^\d{1,2}$/.test(p1.text) &&
    /^[ \t]+(?:a|per|every|each) (?:day|night|morning|week)\b/i.test(doc.text.slice(t.end, t.end + 16))
  )
    return true;
  // "Does turmeric interact with X?": what interacts, next to health talk, is medicine (people
  // interact with people, where nothing about health is said).
  if (/\binteract(?:s|ing)? with[ \t]+$/i.test(textBefore(doc, t)) && healthWordInSentence(doc, i))
    return true;
  if (comparedPair(doc, i) || alternativeToCare(doc, t) || carried(doc, i)) return true;
  if (unlistedCompared(doc, i) || productAnaphor(doc, i)) return true;
  return medicineBeside(doc, i);
}

/**
 * "Is the Pfizer booster different from the X one?": "the X one" stands for a product noun the
 * sentence said before, under another brand.
 */
function productAnaphor(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const one = doc.next(i);
  if (!one || !/^ones?$/.test(one.key) || !doc.adjacent(t, one) || !articleBefore(doc, i)) return false;
  for (let k = i - 2; k >= Math.max(doc.sentenceFirst(i), i - 14); k--)
    if (productNouns.has(doc.tokens[k]!.key)) return true;
  return false;
}

/** "I keep X in my bag", "carries X in her purse": what someone keeps on them, in case. */
function carried(doc: Doc, i: number): boolean {
  // "I keep X- X in my bag": the thing said twice is one thing, kept once.
  const said = doc.tokens[i]!;
  const repeats = (a?: Token, b?: Token) => a?.key === b?.key && /^-?[ \t]$/.test(b?.gapBefore ?? '');
  const first = repeats(doc.prev(i), said) ? i - 1 : i;
  const t = repeats(said, doc.next(i)) ? doc.next(i)! : said;
  // "I keep so, X in my bag": a hedge may stand before the thing too.
  const hedged = hedges.has(doc.prev(first)?.key ?? '') ? 1 : 0;
  if (!/^(?:keep|keeps|kept|carry|carries|carried|pack|packed)$/.test(doc.prev(first, 1 + hedged)?.key ?? ''))
    return false;
  // "I keep X like, in my bag": a hedge may stand between the thing and where it is kept.
  // "I keep X in- in my bag": a stutter on "in" too.
  const rest = withoutDisfluency(doc.text.slice(t.end, t.end + 64))
    .replace(/^,?[ \t]+(?:like|um|uh|just|always|honestly|actually),?(?=[ \t])/i, '')
    .replace(/^([ \t]+in)-[ \t]+in\b/i, '$1');
  return /^[ \t]+in (?:my|your|his|her|their|the) (?:bag|purse|pocket|backpack|wallet|car|glovebox|kit|cabinet|drawer|fridge|desk)\b/i.test(
    rest,
  );
}

const weighed = /\b(?:difference|choose|choosing|deciding|decide) between[ \t]+$/i;
/** A medicine the medical list names and talk rarely says: "Ativan", not "with" or "dose". */
const namedMedicine = (doc: Doc, t: Token) => healthWord(doc, t, 50);
const comparedWith =
  /\b(?:compared? (?:with|to)|(?:better|worse|safer|stronger|weaker|cheaper|easier|gentler|milder) than|more [a-z]+ than)[ \t]+$/i;
/** A capitalized word no name list holds whose spelling looks like medicine's ("Nurtec"). */
const spelledLikeMedicine = (doc: Doc, t: Token) =>
  doc.capitalized(t) &&
  !doc.listedName(t.key) &&
  !doc.isOrdinaryWord(t.key) &&
  medicineLikelihood(t.text) >= 0.3;

/**
 * "Rybelsus vs Ozempic, is the pill as good as the shot?": two words no name list holds set against
 * each other, in a sentence about medicine (a product noun or a health word in it). People are set
 * against each other too ("Ali vs Frazier"), so a listed name on either side keeps them people.
 */
function setAgainst(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (namePrior(doc, t.key) > 0) return false;
  // "Orilissa or Myfembree?": a choice asked between two such words is a choice of treatment where
  // the question is nothing but the choice, or names a health matter talk seldom names ("Should I
  // text Jazlynne or Kessington?" asks about people; the medical list holds "text" too).
  const asked =
    doc.inQuestion(i) &&
    (doc.sentenceLast(i) - doc.sentenceFirst(i) <= 2 || healthWordInSentence(doc, i, 50));
  const against = (k: number) => {
    const w = doc.tokens[k];
    return (
      w !== undefined && w.line === t.line && (/^(?:vs|versus)$/.test(w.key) || (asked && w.key === 'or'))
    );
  };
  // "Arexvy vs X vs mResvia": either side may be the other.
  for (const o of [against(i + 1) ? i + 2 : -1, against(i - 1) ? i - 2 : -1]) {
    const other = doc.tokens[o];
    if (!other || other.line !== t.line || !doc.capitalized(other) || namePrior(doc, other.key) > 0) continue;
    if (healthTalkNear(doc, Math.min(i, o), Math.max(i, o))) return true;
  }
  return false;
}

/**
 * "Norco vs Percocet", "Is Norco or Percocet stronger?": a town no one knows by name, set against a
 * word only the medical list holds, is that kind of thing too (a known city stays one: "Boston vs
 * Lyme").
 */
function againstMedicine(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const kind = doc.lex.place(t.key);
  if (kind !== 'us-place' || namePrior(doc, t.key) > 0 || !doc.capitalized(t)) return false;
  const choice = (w: Token | undefined) =>
    w !== undefined &&
    w.line === t.line &&
    (/^(?:vs|versus)$/.test(w.key) || (w.key === 'or' && doc.inQuestion(i)));
  return (
    (choice(doc.next(i)) && medicalOnly(doc, doc.next(i, 2)?.key ?? '')) ||
    (choice(doc.prev(i)) && medicalOnly(doc, doc.prev(i, 2)?.key ?? ''))
  );
}

/**
 * "Löfgren vs seronegative RA", "CIDP vs Guillain-Barré": a surname weighed against a term only
 * medicine uses, in a differential, is a syndrome's eponym. A given name keeps its person ("Maya vs
 * the flu" is no differential), and so does a cue such as a title.
 */
function differentialEponym(doc: Doc, d: Detection, i: number): boolean {
  const t = doc.tokens[i]!;
  if (d.label !== 'PERSON' || strongCue.test(d.reason) || !doc.capitalized(t) || doc.givenName(t.key))
    return false;
  const versus = (w: Token | undefined) =>
    w !== undefined && w.line === t.line && /^(?:vs|versus)$/.test(w.key);
  const medicine = (w: Token | undefined) => w !== undefined && w.line === t.line && medicalOnly(doc, w.key);
  return (
    (versus(doc.next(i)) && (medicine(doc.next(i, 2)) || medicine(doc.next(i, 3)))) ||
    (versus(doc.prev(i)) && (medicine(doc.prev(i, 2)) || medicine(doc.prev(i, 3))))
  );
}

/**
 * "Coxsackie A16", "the Denver II": a name before a serotype's code (in a sentence about health) or,
 * for a place, an edition's numeral names the virus or the instrument. A roman numeral after a person
 * is a regnal number ("Henry IV"); "B4" in a post is "before".
 */
function virusOrEdition(doc: Doc, d: Detection, i: number): boolean {
  const end = doc.tokens[i]!.end;
  const code = /^[ \t]+(?:([A-Z]\d{1,2})|II|III|IV)\b(?![-/]\d)/.exec(doc.text.slice(end, end + 8));
  if (!code) return false;
  return code[1] ? healthWordInSentence(doc, i, 6000) : d.label === 'LOCATION';
}

/** What a disease is asked to do, in words the lexicon tags as nouns: "Does Crohn's flare …". */
const diseaseVerbs = new Set('cause flare spread affect progress worsen return run lead'.split(' '));

/** What opens a question about something: "Can X …", "Does X …". */
const askingVerbs = new Set('can could does do did will would should might may'.split(' '));

/**
 * "Does Restasis work better than X?", "Does X work faster than Ubrelvy?": two words no list knows,
 * set against each other in a question, one of them spelled like medicine — things compared. Rare
 * given names are compared too ("Does Daelyn work harder than Zyaire?"), but neither looks like a drug.
 */
function unlistedCompared(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!unlistedWord(doc, t) || !doc.inQuestion(i)) return false;
  const than = (k: number) => doc.tokens[k]?.key === 'than' && doc.tokens[k]!.line === t.line;
  const pair = (other: Token) => Math.max(medicineLikelihood(t.text), medicineLikelihood(other.text)) >= 0.5;
  if (than(i - 1)) {
    for (let k = i - 3; k >= Math.max(doc.sentenceFirst(i), i - 7); k--)
      if (unlistedWord(doc, doc.tokens[k]!)) return pair(doc.tokens[k]!);
    return false;
  }
  for (let k = i + 2; k <= i + 5; k++) {
    if (!than(k)) continue;
    const other = doc.tokens[k + 1];
    return other !== undefined && other.line === t.line && unlistedWord(doc, other) && pair(other);
  }
  return false;
}

/** A capitalized word no name, place or everyday-word list holds: a brand's or a rare name's. */
export const unlistedWord = (doc: Doc, t: Token) =>
  doc.capitalized(t) &&
  !doc.listedName(t.key) &&
  doc.lex.place(t.key) === undefined &&
  !doc.isOrdinaryWord(t.key);

/** A health word elsewhere in token `i`'s sentence, rarer in talk than `commonerThan`. */
function healthWordInSentence(doc: Doc, i: number, commonerThan = 1000): boolean {
  for (let k = doc.sentenceFirst(i); k <= doc.sentenceLast(i); k++)
    if (k !== i && healthWord(doc, doc.tokens[k]!, commonerThan)) return true;
  return false;
}

/**
 * "the difference between X and Y", "choosing between X or Y": two things weighed, either word.
 * "How does <medicine> compare with X", "How does X compare with <medicine>": what a medicine is
 * compared with (a person may be compared with anyone, so only with a medicine named beside it).
 */
function comparedPair(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const before = textBefore(doc, t);
  if (weighed.test(before)) return true;
  if (setAgainst(doc, i)) return true;
  // "Is Nurtec better than X for migraines": a medicine named before, listed or spelled like one.
  if (comparedWith.test(before)) {
    for (let k = i - 1; k >= Math.max(0, i - 8) && doc.tokens[k]!.line === t.line; k--) {
      const w = doc.tokens[k]!;
      if (namedMedicine(doc, w) || (spelledLikeMedicine(doc, w) && healthTalkNear(doc, k, i))) return true;
    }
    // "Is Mounjaro stronger than X?": what a question already takes for medicine is compared with medicine.
    const other = doc.tokens[i - 3];
    if (
      other &&
      /^(?:[ \t]+[a-z]+){2}[ \t]+$/i.test(doc.text.slice(other.end, t.start)) &&
      unlistedWord(doc, other) &&
      healthQuestion(doc, i - 3, i - 3)
    )
      return true;
    // "Does Weight Watchers work better than X for prediabetes?": compared for a health matter.
    if (/^[ \t]+for\b/i.test(doc.text.slice(t.end, t.end + 5)) && healthWordInSentence(doc, i)) return true;
  }
  // "How does X compare with atorvastatin": the other way round.
  if (/^compared?$/.test(doc.next(i)?.key ?? '') && /^(?:with|to)$/.test(doc.next(i, 2)?.key ?? '')) {
    const article = /^(?:the|a)$/.test(doc.next(i, 3)?.key ?? '') ? 1 : 0;
    const other = doc.next(i, 3 + article);
    if (other?.line === t.line && namedMedicine(doc, other)) return true;
  }
  const p1 = doc.prev(i);
  const other = doc.prev(i, 2);
  if (!other || (p1?.key !== 'and' && p1?.key !== 'or') || other.line !== t.line) return false;
  return doc.capitalized(other) && weighed.test(textBefore(doc, other));
}

/** "X instead of a colonoscopy": put in the place of care the medical list names. */
function alternativeToCare(doc: Doc, t: Token): boolean {
  const m = /^[ \t]+instead of (?:an? |the |my |your )?([a-z-]+)/i.exec(doc.text.slice(t.end, t.end + 48));
  return m !== null && m[1]!.length > 3 && doc.lex.medical(m[1]!.toLowerCase());
}

/** Nouns a medicine or health product names before it: "the Shingrix vaccine", "a Cologuard test". */
const productNouns = new Set(
  `vaccine vaccines booster boosters shot shots jab test tests kit kits sensor sensors monitor pump pen
  pens inhaler inhalers injection injections infusion infusions pill pills tablet tablets capsule capsules
  patch patches cream gel spray drops gummies supplement supplements dose doses diet program programme
  app workout workouts treatment treatments protocol prescription prescriptions generic shoes brace
  glasses lenses mattress pillow lotion shampoo wipes toothpaste mouthwash strips salt salts ring tracker
  sock socks series trainer device devices machine machines questionnaire questionnaires screener
  oil oils vitamin vitamins tea coffee soda cereal yogurt
  class classes lessons shortage shortages supply recall coupon copay`.split(/\s+/),
);

/** What is poured or served to someone as readily as sold under a brand: "I made Kessler coffee". */
const servings = new Set('tea coffee soda cereal yogurt'.split(' '));

/** Products sold under an institution's name: "the Mayo Clinic diet". */
const soldNouns = new Set(
  'diet app vaccine booster pill pills tablets shoes mattress pillow lotion shampoo salt salts oil vitamins supplements gummies'.split(
    ' ',
  ),
);

/**
 * What is said only of medicine: "Can X cause …", "Does X interact with …", "Can X be crushed",
 * "how long does X stay in your system", "X side effects", "is X safe to take".
 */
const medicinePredicate =
  /^[ \t]+(?:causes?\b(?![ \t]+(?:i|i'm|im|we|you|he|she|they|there|theres|there's)\b)|treats?\b|cures?\b|interacts?\b|be (?:crushed|split|chewed|cut in half)\b|stays? in (?:your|my|the|his|her) (?:system|body|blood)\b|side[ -]effects?\b|(?:(?:is|are) )?covered (?:by|under)\b|safe (?:for|during|while|in pregnancy|to (?:take|use|give|mix|combine|drink|stop))\b|addictive\b|withdrawals?\b|dosage\b|dosing\b)/i;

/** "the X is making me …", "the X made me …": an effect on someone. */
const effectOnSomeone =
  /^[ \t]+(?:(?:is|was|has been) (?:making|giving|helping)|(?:makes|made|gives|gave|helps|helped)) (?:me|you|him|her|them|us)\b/i;

/**
 * "Is X good for balance", "X better for diabetics", "Is X good exercise for …": a verdict on
 * something's use for health.
 */
const healthVerdict =
  /^[ \t]+(?:(?:or|and) [\p{L}\d-]+ )?(?:good|better|best|bad|worse|helpful|effective|okay|ok|safe|harmful|dangerous|(?:too )?(?:intense|strenuous|risky))(?: (?:exercise|treatment|therapy|option|choice|medicine|medication|idea))? (?:for|with|during|when|if|after|before)\b/iu;

/** Past this census rank a surname ("Weight", "Pain") is too rare to make an everyday health word a name. */
const rareSurname = 10000;

/**
 * A word no name list holds (a rare surname aside), rarer in talk than `commonerThan`: the medical
 * list holds staples like "card" and "system" too, so its words count only under a bound.
 */
const rareUnnamedWord = (doc: Doc, t: Token, commonerThan: number) =>
  isWord(t) &&
  t.key.length > 3 &&
  doc.commonness(t.key) < commonerThan &&
  doc.lex.firstNameRank(t.key) === undefined &&
  (doc.lex.surnameRank(t.key) ?? Number.POSITIVE_INFINITY) > rareSurname;

/**
 * A health matter: such a word the medical list holds, in the singular too ("hallucinations"), that
 * is no verb ("linked") and no trait said of a person ("impulsive").
 */
const healthWord = (doc: Doc, t: Token, commonerThan = 1000) =>
  rareUnnamedWord(doc, t, commonerThan) &&
  (doc.lex.medical(t.key) || (/[^su]s$/.test(t.key) && doc.lex.medical(t.key.slice(0, -1)))) &&
  !/(?:ive|ous|ful|less|ish)$/.test(t.key) &&
  !doc.lex.tags(t.key).some((tag) => verbTags.has(tag) || tag === 'Adjective');

/**
 * "X for my heart failure", "X for treatment-resistant depression", "X or Y for RSV": "for" right
 * after token `i` (or after the other of two), then a health word within four words of the same
 * sentence.
 */
function forHealthMatter(doc: Doc, i: number): boolean {
  // "Brimora or Pelmavo for RSV": the first of two offered for it.
  const or = doc.next(i);
  const other = doc.next(i, 2);
  if ((or?.key === 'or' || or?.key === 'and') && other && doc.capitalized(other) && doc.adjacent(or, other))
    i += 2;
  const t = doc.tokens[i]!;
  const f = doc.next(i);
  if (f?.key !== 'for' || !doc.adjacent(t, f)) return false;
  const end = Math.min(i + 5, doc.sentenceLast(i));
  for (let k = i + 2; k <= end; k++) {
    const w = doc.tokens[k]!;
    if (
      healthWord(doc, w, 6000) ||
      (w.case === Case.Upper && doc.caseInformative(w) && doc.lex.medical(w.key)) ||
      // "Skyrizi for Crohn's, how long …": an eponym's possessive that owns nothing is the disease.
      (w.possessive &&
        doc.lex.medical(w.key) &&
        (k === end || /^[ \t]*[,.;:?!]/.test(doc.tokens[k + 1]?.gapBefore ?? '')))
    )
      return true;
  }
  return false;
}

/** A health word within eight words after token `i` on its line. */
function healthWordAfter(doc: Doc, i: number): boolean {
  const line = doc.tokens[i]!.line;
  for (let k = i + 1; k <= i + 8 && k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (t.line !== line) return false;
    // After a verdict on health ("safe with …") a commoner health word still says health ("birth control").
    if (healthWord(doc, t, 6000)) return true;
  }
  return false;
}

/**
 * A word standing where medicine and health products stand: by the noun after it ("the Shingrix
 * vaccine"), by what is said of it ("Can X cause …") or by a verdict on its use for health ("Is X
 * good for balance"). Never a possessive ("Jaxon's pills") and never a common first name.
 */
function productSlot(doc: Doc, words: Token[], last: number, nounOnly = false): boolean {
  // The rest of a capitalized phrase belongs to it: "Tai" of "Tai Chi", "FreeStyle" of "FreeStyle Libre".
  while (words.length < 3 && doc.tokens[last + 1] && doc.capitalized(doc.tokens[last + 1]!)) {
    if (!doc.adjacent(doc.tokens[last], doc.tokens[last + 1])) break;
    words = [...words, doc.tokens[++last]!];
  }
  const t = doc.tokens[last]!;
  // A common given name is someone's, unless it opens a longer name ("the Cleveland Clinic diet").
  const givenName = (w: Token) => (doc.lex.firstNameRank(w.key) ?? Number.POSITIVE_INFINITY) <= 1000;
  if (t.possessive || (words.length === 1 ? givenName(t) : words.every(givenName))) return false;
  // "Kirkland fish oil", "a Dexcom glucose sensor": a noun may stand before the product noun.
  let next = doc.next(last);
  const nouns = nounOnly ? soldNouns : productNouns;
  const second = doc.next(last, 2);
  if (
    next &&
    second &&
    !nouns.has(next.key) &&
    nouns.has(second.key) &&
    doc.adjacent(next, second) &&
    next.case === Case.Lower &&
    doc.isOrdinaryWord(next.key) &&
    !doc.isGrammatical(next.key) &&
    !doc.lex.tags(next.key).some((tag) => verbTags.has(tag))
  )
    next = second;
  if (next && next.line === t.line && /^[ \t]$/.test(next.gapBefore) && nouns.has(next.key)) {
    // "Did Priya test positive": before a noun that is also a verb, a listed name needs an article
    // ("the Cologuard test") to be the product.
    const first = last - words.length + 1;
    const listed = words.some((w) => namePrior(doc, w.key) > 0);
    // "I made Kessler coffee": a drink is made or bought for someone; "Is Lipton tea …" asks of a brand.
    const servedTo =
      servings.has(next.key) &&
      !/^(?:is|are|was|does|do|can|with|of|about|any|some)$/.test(doc.prev(first)?.key ?? '');
    return !(
      listed &&
      (verbHeadAfter(doc, doc.tokens.indexOf(next, last)) || servedTo) &&
      !articleBefore(doc, first)
    );
  }
  // A town may be "good for asthma" too: a place goes only by a thing sold after it ("the Mayo Clinic
  // diet"), not by what institutions run ("U Oregon protocol").
  if (nounOnly) return false;
  const after = doc.text.slice(t.end, t.end + 40);
  // "I think the Vraylar is making me tired": what "the" thing does to someone.
  if (doc.prev(last - words.length + 1)?.key === 'the' && effectOnSomeone.test(after)) return true;
  return medicinePredicate.test(after) || (healthVerdict.test(after) && healthWordAfter(doc, last + 1));
}

/**
 * Whether a PERSON or LOCATION guess is really medicine: a drug or brand name, an eponymous
 * disease, sign or score, or a clinical acronym. A title before it ("Dr. Parkinson") keeps it a name.
 */
/** Verbs of going somewhere, before "to". */
const goneTo =
  /^(?:go|goes|going|went|gone|drove|drive|driving|walked|walk|walking|ran|headed|heading|came|come|coming|stopped|stop|swung|took|take|taking)$/;
/** Verbs of getting something, before what it is and "from". */
const gotFrom = /^(?:got|get|gets|getting|brought|brings|bring|bought|buy|buys|picked|ordered|order)$/;

export function clinicalMention(doc: Doc, d: Detection): boolean {
  if ((d.label !== 'PERSON' && d.label !== 'LOCATION') || d.detector === 'roster' || d.detector === 'pattern')
    return false;
  // ("at Children's": the hospital, though the medical list holds the word.)
  // ("a grad student at isu": the initials, though the medical list holds them.)
  if (d.reason === childrensHospitalReason || d.reason === studentsSchoolReason) return false;
  const [first, last] = doc.touched(d.start, d.end);
  const words = doc.tokens.slice(first, last + 1).filter(isWord);
  if (words.length === 0) return false;
  if (spelledAsMedicine(doc, d, words, first, last)) return true;
  // "I'd lean Kohutian", "a Rogerian stance": a school named for its founder is no one.
  if (words.length === 1 && !strongCue.test(d.reason) && schoolOfThought(words[0]!.key)) return true;
  // "Medicaid", "Medicare": a public plan is no one's name, whoever "this is".
  if (d.label === 'PERSON' && words.length === 1 && /^(?:medicaid|medicare)$/.test(words[0]!.key))
    return true;
  // "psychiatric service dog (ADA)": capitals alone in brackets, where the text writes in both cases,
  // are initials.
  if (
    d.label === 'PERSON' &&
    words.length === 1 &&
    words[0]!.case === Case.Upper &&
    words[0]!.text.length >= 3 &&
    doc.caseInformative(words[0]!) &&
    /\($/.test(words[0]!.gapBefore) &&
    doc.text[words[0]!.end] === ')'
  )
    return true;
  // "Alpha-1 antitrypsin", "CA-125": a word with a number joined is a marker or a factor, no one's name;
  // "INRs", "A1Cs": initials in the plural are results.
  if (
    d.label === 'PERSON' &&
    words.length === 1 &&
    (/^\p{L}+-\d+\p{L}?$/u.test(words[0]!.text) ||
      (/^[A-Z][A-Z\d]{1,4}s$/.test(words[0]!.text) && doc.lex.medical(words[0]!.key.slice(0, -1))))
  )
    return true;
  if (!strongCue.test(d.reason) && scoredInstrument(doc, first, last)) return true;
  if (!strongCue.test(d.reason) && (signedEponym(doc, first) || bareGrade(doc, d, first, last))) return true;
  if (words.length === 1 && (againstMedicine(doc, first) || differentialEponym(doc, d, first))) return true;
  if (words.length === 1 && therapyEponym(doc, d, first)) return true;
  if (words.length === 1 && d.label === 'PERSON' && !strongCue.test(d.reason) && surnameOfTheory(doc, first))
    return true;
  if (!strongCue.test(d.reason) && authorByName(doc, first, last)) return true;
  if (!strongCue.test(d.reason) && (cited(doc, first, last) || creditedInBrackets(doc, first, last)))
    return true;
  // "switched me to brand name Tyvandra", "the generic name is …": a product's name is said.
  if (
    doc.prev(first)?.key === 'name' &&
    /^(?:brand|generic|trade|drug|product)$/.test(doc.prev(first, 2)?.key ?? '') &&
    doc.adjacent(doc.prev(first), doc.tokens[first])
  )
    return true;
  if (words.length === 1 && !strongCue.test(d.reason) && formulationAfter(doc, last)) return true;
  if (d.label === 'PERSON' && !strongCue.test(d.reason) && brandAfterGeneric(doc, d, first, last))
    return true;
  // "Worksheet", "Inventory" alone: a clinical head noun names no one, whatever the lists miss.
  // ("brunch w/ Rod": not a head that is a given name too.)
  if (
    words.every((w) => clinicalHead(doc, w) && doc.lex.firstNameRank(w.key) === undefined) &&
    !strongCue.test(d.reason)
  )
    return true;
  if (words.length === 1 && !strongCue.test(d.reason) && virusOrEdition(doc, d, first)) return true;
  // "ABVD for hodgkins", "dx of crohns": an eponym's possessive, its apostrophe dropped, is the
  // illness where one is treated for it, has it or is told of it.
  if (words.length === 1 && !strongCue.test(d.reason) && apostropheLostEponym(doc, first)) return true;
  // "chronic lyme", "untreated Lyme": how long or how far an illness has gone, before the medical
  // list's word, says the illness.
  if (
    words.length === 1 &&
    !words[0]!.possessive &&
    !strongCue.test(d.reason) &&
    doc.lex.medical(words[0]!.key) &&
    !commonGivenName(doc, words[0]!.key) &&
    /^(?:chronic|acute|untreated|latent|active|post-treatment|suspected|confirmed)$/.test(
      doc.prev(first)?.key ?? '',
    ) &&
    doc.adjacent(doc.prev(first), words[0])
  )
    return true;
  // "Fatty liver.", "Polycystic kidney": what stands right before an organ (no one's: not possessive)
  // says what is wrong with it.
  if (
    words.length === 1 &&
    !words[0]!.possessive &&
    !strongCue.test(d.reason) &&
    !commonGivenName(doc, words[0]!.key) &&
    organNext(doc, last)
  )
    return true;
  // "E. coli", "h pylori", "c. diff": a species after its genus's letter, written in lower case.
  if (words.length === 1 && speciesAfterGenus(doc, first)) return true;
  // "St. John's wort": the herb, though a town and a saint are named in it.
  // ("st johns wort": the apostrophe typed away.)
  const owner = (t: Token | undefined) => t !== undefined && (t.possessive || /s$/.test(t.key));
  if (doc.next(last)?.key === 'wort' && owner(doc.tokens[last])) return true;
  if (words.length === 1 && words[0]!.key === 'wort' && owner(doc.prev(first))) return true;
  // "Started Lamictal", "Glasgow Coma Scale": joined to a neighbour that is medicine, or a head noun.
  if (d.reason === 'next to a name')
    return (
      words.some((w) => clinicalHeads.has(w.key)) ||
      (words.every((w) => doc.lex.medical(w.key)) && headFollows(doc, last)) ||
      // "Does Horner syndrome": a question's first word, next to an eponym before its head noun.
      eponymNext(doc, last) ||
      [doc.prev(first), doc.next(last)].some((n) => n !== undefined && medicalOnly(doc, n.key)) ||
      // "Start Allegra 0.5 mg QHS": joined to what a dose follows.
      (doc.next(last) !== undefined &&
        doseAfter.test(doc.text.slice(doc.next(last)!.end, doc.next(last)!.end + 16))) ||
      productSlot(doc, words, last, d.label === 'LOCATION')
    );
  // "Beck Depression Inventory", "Glasgow Coma Scale" read whole as a person: a name ends in no
  // clinical head noun.
  if (
    d.label === 'PERSON' &&
    words.length >= 2 &&
    clinicalHeads.has(words[words.length - 1]!.key) &&
    !strongCue.test(d.reason)
  )
    return true;
  // "works for Crohn disease": a guess that swallowed a condition's head noun, written in lower case
  // after the capitalized name, is the condition (a head that is also a verb, "point", may be a place's).
  const tail = words[words.length - 1]!;
  if (
    words.length >= 2 &&
    doc.plainLower(tail) &&
    clinicalHeads.has(tail.key) &&
    !verbHeadAfter(doc, last) &&
    words.slice(0, -1).every((w) => w.case === Case.Capitalized) &&
    !strongCue.test(d.reason)
  )
    return true;
  // "diagnosed with Barrett's": what one is diagnosed with is a condition, whoever shares its name.
  const lastWord = doc.tokens[last]!;
  if (
    words.length === 1 &&
    lastWord.possessive &&
    doc.lex.medical(lastWord.key) &&
    !strongCue.test(d.reason) &&
    doc.prev(first)?.key === 'with' &&
    /^(?:diagnosed|dx|dxd|dx'd)$/.test(doc.prev(first, 2)?.key ?? '')
  )
    return true;
  // "Parkinson's," "Hashimoto's." standing alone: the disease, when the list holds the name (not a
  // city everyone knows: "Boston's North End", nor a place one is at).
  const worldPlace = /^(?:city|country)$/.test(doc.lex.place(lastWord.key) ?? '');
  // "grab wings at Duffy's": where one is, a possessive is a bar's or a home's.
  // "went to Schmidt's with her", "pastries from Kaufman's": where one goes, what one gets from.
  const p1 = doc.prev(first)?.key ?? '';
  const p2 = doc.prev(first, 2)?.key ?? '';
  // (Owning nothing after it: "to Parkinson's support group" is the disease's.)
  const ownsNothing =
    !doc.next(last) ||
    doc.next(last)!.line !== lastWord.line ||
    /[.,;:?!)]/.test(doc.next(last)!.gapBefore) ||
    doc.isGrammatical(doc.next(last)!.key);
  const whereOneIs =
    /^(?:at|near|behind|outside)$/.test(p1) ||
    (ownsNothing &&
      ((p1 === 'to' && goneTo.test(p2)) ||
        (p1 === 'from' &&
          (gotFrom.test(p2) ||
            // ("got pastries from", not "got worse from")
            (gotFrom.test(doc.prev(first, 3)?.key ?? '') &&
              !doc.lex.tags(p2).some((tag) => /Adjective|Comparative|Adverb/.test(tag)))))));
  if (
    words.length === 1 &&
    lastWord.possessive &&
    doc.lex.medical(lastWord.key) &&
    // ("Ms. Brandt's fourth period": a title's surname owns what follows.)
    !strongCue.test(d.reason) &&
    !worldPlace &&
    !whereOneIs &&
    !placeSaidAfter(doc, last) &&
    // A given name the census knows ("Wilson's") stays a person; one only crowd lists hold may be
    // the eponym ("Raynaud's").
    (doc.lex.firstNameRank(lastWord.key) ?? rankCrowd) >= rankCrowd &&
    (!doc.next(last) ||
      doc.next(last)!.line !== lastWord.line ||
      /[.,;:?!)]/.test(doc.next(last)!.gapBefore) ||
      doc.isGrammatical(doc.next(last)!.key) ||
      // "someone with Hashimoto's get their TSH checked": had by someone, before a verb, it owns nothing.
      (/^(?:with|has|have|had)$/.test(doc.prev(first)?.key ?? '') &&
        doc.lex.tags(doc.next(last)!.key).some((tag) => tag === 'Infinitive' || tag === 'PresentTense')) ||
      // "Huntington's runs in my family": heredity is a disease's.
      (/^runs?$/.test(doc.next(last)!.key) &&
        doc.next(last, 2)?.key === 'in' &&
        /^(?:my|our|the|his|her|their)$/.test(doc.next(last, 3)?.key ?? '') &&
        /^famil(?:y|ies)$/.test(doc.next(last, 4)?.key ?? '')) ||
      // "Is Hashimoto's hereditary": what is said of a disease, not a possession ("Laron's been
      // staying" is a person: 's there is "has").
      doc.lex.tags(doc.next(last)!.key).includes('Adjective') ||
      // "Can Raynaud's be a sign of lupus?", "Does Crohn's cause …": asked of the disease; a person's
      // possessive names a thing before the verb ("Can Jake's mom …").
      (askingVerbs.has(doc.prev(first)?.key ?? '') &&
        (doc.lex.tags(doc.next(last)!.key).includes('Infinitive') ||
          diseaseVerbs.has(doc.next(last)!.key))) ||
      // "Is Raynaud's something I should see a rheumatologist for": asked what it is.
      (/^(?:is|was)$/.test(doc.prev(first)?.key ?? '') &&
        /^(?:something|anything)$/.test(doc.next(last)!.key)) ||
      // "Raynaud's flared up in the cold again", "Hashimoto's confirmed, TSH 9": in a short text about
      // health, the eponym owns nothing of a family's (no relative, home or gathering after it).
      (healthSignals(doc) >= 2 &&
        healthMatterNamed(doc) &&
        !relations.has(doc.next(last)!.key) &&
        !homeNouns.has(doc.next(last)!.key) &&
        !familyEvents.has(doc.next(last)!.key)) ||
      // "Parkinson's hallucinations", "Crohn's flare": the disease's, where what follows is a health matter.
      (doc.plainLower(doc.next(last)!) &&
        healthWord(doc, doc.next(last)!) &&
        doc.lex.place(lastWord.key) === undefined &&
        // A title, not a speaker's label ("Counselor: Wernicke's encephalopathy").
        !(titles.has(doc.prev(first)?.key ?? '') && /^[ \t.]+$/.test(doc.tokens[first]!.gapBefore))) ||
      // "approved for my Crohn's finally", "my Crohn's flared", "the Crohn's flared": one's own (or
      // the) eponym is the disease, before a word saying how or what it did.
      ((possessives.has(doc.prev(first)?.key ?? '') || doc.prev(first)?.key === 'the') &&
        (doc.lex.tags(doc.next(last)!.key).includes('Adverb') ||
          /ly$/.test(doc.next(last)!.key) ||
          /^(?:flared?|flares|flaring|acting|came|is|was|has|got|gets|getting|keeps|progresses|progressed|progressing|worsens|worsened|advances|advanced|spreads|spread)$/.test(
            doc.next(last)!.key,
          ))))
  )
    return true;
  if (
    words.length === 1 &&
    lastWord.possessive &&
    !strongCue.test(d.reason) &&
    !whereOneIs &&
    headedEponyms(doc).has(lastWord.key)
  )
    return true;
  // "diagnostic criteria (Rotterdam)", "positive thumb (Steinberg) sign": a name in parentheses
  // beside a head noun is the eponym it is called by.
  if (
    words.length === 1 &&
    !strongCue.test(d.reason) &&
    /\([ \t]*$/.test(doc.tokens[first]!.gapBefore) &&
    /^[ \t]*\)/.test(doc.next(last)?.gapBefore ?? doc.text.slice(lastWord.end)) &&
    [doc.prev(first), doc.next(last)].some(
      (n) => n !== undefined && n.line === lastWord.line && clinicalHead(doc, n),
    )
  )
    return true;
  if (d.label === 'PERSON' && namesakeOfEponym(doc, first, last)) return true;
  // "dad's parkinson's has progressed", "her alzheimer's": an eponym's possessive after whose it is
  // is the disease the medical list holds it for.
  const whose = doc.prev(first);
  if (
    words.length === 1 &&
    lastWord.possessive &&
    !strongCue.test(d.reason) &&
    doc.lex.medical(lastWord.key) &&
    whose !== undefined &&
    doc.adjacent(whose, lastWord) &&
    (whose.possessive || possessives.has(whose.key)) &&
    !relations.has(lastWord.key)
  )
    return true;
  // "rotational maneuvers (Rubin, Woods corkscrew)", "meningeal signs (Kernig, Brudzinski)": names
  // listed in brackets right after a head noun are the eponyms it comes in.
  if (!strongCue.test(d.reason) && eponymsListedAfterHead(doc, first)) return true;
  // "the Wechsler came back average", "after the Heimlich, she coughed": after "the", a name the
  // medical list holds, ending its phrase, is the test or manoeuvre called after someone; no one is
  // "the" Wechsler ("the Wilson house" is theirs, "the Bakers" a family).
  const after = doc.next(last);
  if (
    d.label === 'PERSON' &&
    words.length === 1 &&
    !lastWord.possessive &&
    // "The Fields across the street": a family in the plural.
    !/s$/.test(lastWord.key) &&
    !strongCue.test(d.reason) &&
    doc.prev(first)?.key === 'the' &&
    doc.adjacent(doc.prev(first), lastWord) &&
    doc.lex.medical(lastWord.key) &&
    (doc.lex.firstNameRank(lastWord.key) ?? rankCrowd) >= rankCrowd &&
    (!after ||
      after.line !== lastWord.line ||
      /[.,;:?!)]/.test(after.gapBefore) ||
      doc.lex.tags(after.key).some((tag) => finiteVerbTags.has(tag) || tag === 'Preposition'))
  )
    return true;
  // What the text says of a person outweighs a word list: "my kid Agi", "Dr. Ruuska", "Jake's checkup";
  // a hospital's or university's initials after "at"/"from" ("the ER at SMC") are a place though
  // the medical list holds the letters as an abbreviation; "the Masons", "the Hugheses" are a
  // household though the list holds the plural, or the plural of a plural looks like no word at all
  // beside medicine.
  if (
    strongCue.test(d.reason) ||
    d.reason === facilityReason ||
    d.reason === wardHospitalReason ||
    d.reason === householdReason ||
    // "#atx": the initials were read as a city only where nothing about medicine stands near.
    d.reason === cityInitialsReason
  )
    return false;
  const before = doc.prev(first);
  // ("his sister's Zoloft": a title owns nothing; the word after it is hers.)
  // ("Dr: Lamictal is weight neutral": a speaker's label is no title.)
  if (
    before &&
    titles.has(before.key) &&
    !before.possessive &&
    before.line === words[0]!.line &&
    !words[0]!.gapBefore.includes(':')
  )
    return false;
  // "Honeymoon in Santorini": where the sentence says nothing of medicine, a word only the medical
  // list holds (an anatomist's eponym) is the place a preposition of place puts it.
  // "a village near Cusco, Peru": nor is an eponym in the country or state after its comma.
  const placedAwayFromMedicine =
    (d.reason === placeContextReason &&
      words.length === 1 &&
      doc.jargon < 0.04 &&
      doc.capitalized(words[0]!) &&
      !healthWordInSentence(doc, first)) ||
    (d.label === 'LOCATION' && words.length === 1 && largerPlaceAfter(doc, first)) ||
    // "second shift at Methodist": the list holds a faith's name for its hospitals; where a place was
    // seen, it is that hospital or church.
    (d.label === 'LOCATION' && words.length === 1 && denominations.has(words[0]!.key));
  if (!placedAwayFromMedicine && words.every((w) => medicalOnly(doc, w.key))) return true;
  // "Babinski sign", "Bell's palsy", "Glasgow Coma Scale"; not "Sacred Heart vital signs" (everyday
  // words) nor "U Vermont scale" (an institution's protocol).
  // Before a head that is also a verb, a word that may be someone's name needs an article to be the
  // eponym: "Did Marcus test positive" (an eponym and a town too, but a common given name), "as
  // Corbin Wells points out" (a town and a name, not medicine) are people.
  const key = words[0]!.key;
  const givenName =
    (doc.lex.firstNameRank(key) ?? Number.POSITIVE_INFINITY) <= 1500 ||
    (!doc.lex.medical(key) && namePrior(doc, key) > 0);
  // "the Salem sump tube" in a note, "the Edinburgh scale"; but "london tube strike" in a post is the
  // city's underground: a city everyone knows, before a head a city has too, is the city.
  const placeKind = doc.lex.place(key);
  const cityHead =
    placeKind !== undefined &&
    knownPlaces.has(placeKind) &&
    !clinicalDocument(doc) &&
    cityThings.has((doc.tokens[last + headDistance(doc, last)]?.key ?? '').replace(/s$/, ''));
  // "Zoe's ear infection", "Maria's fever": what a person has, owned by a given name, is hers.
  const headKey = doc.tokens[last + headDistance(doc, last)]?.key ?? '';
  const hersToHave = givenName && words[0]!.possessive && somethingOneHas.has(headKey);
  const eponymous =
    words.length === 1 &&
    !hersToHave &&
    (doc.lex.medical(key) || (placeKind !== undefined && !cityHead) || rareSurnameOnly(doc, words[0]!)) &&
    (!doc.isOrdinaryWord(key) || words[0]!.possessive) &&
    headFollows(doc, last) &&
    !headTakesObject(doc, last + headDistance(doc, last)) &&
    (!givenName || !verbHeadAfter(doc, last + headDistance(doc, last)) || headIsNoun(doc, first, last));
  if (eponymous || (words.length === 1 && titledInstrumentAfter(doc, last))) return true;
  if (words.length === 1 && methodByItsAuthor(doc, first)) return true;
  if (words.length === 1 && (gradedEponym(doc, last) || resultOfTest(doc, words[0]!))) return true;
  // "Hodgkin vs non-Hodgkin lymphoma": the word the text also negates as a kind is that kind.
  if (words.length === 1 && negatedKinds(doc).has(words[0]!.key)) return true;
  if (words.length === 1 && (bracketedName(doc, first) || typedPossessiveEponym(doc, first))) return true;
  // "on Abilify Maintena": a word no list knows, capitalized right after a medicine's name, is more of it.
  if (
    words.length === 1 &&
    doc.unknownWord(words[0]!.key) &&
    doc.capitalized(words[0]!) &&
    before !== undefined &&
    doc.adjacent(before, words[0]) &&
    doc.capitalized(before) &&
    medicalOnly(doc, before.key)
  )
    return true;
  if (words.length === 1 && testsDone(doc).has(words[0]!.key)) return true;
  if (eponymsOfHeadBefore(doc, first, last)) return true;
  // "BI-RADS 4A", "CURB-65 score 3": a code in capitals before its grade.
  if (
    words.length === 1 &&
    words[0]!.case === Case.Upper &&
    words[0]!.text.includes('-') &&
    /^[ \t]+\d+[a-c]?\b/i.test(doc.text.slice(words[0]!.end, words[0]!.end + 8))
  )
    return true;
  // "Strict Keto for 3 months", "better than Atkins for NAFLD": a diet, where nothing says a person.
  if (words.length === 1 && diets.has(words[0]!.key) && !d.reason.includes(' + ')) return true;
  if (namesCondition(doc, words, first, last)) return true;
  if (words.length === 1 && (genusBeforeSpecies(doc, last) || partNamedFor(doc, first))) return true;
  // The name detector joins what the sentence says of a person to the word's reason with " + ".
  const personCue = d.reason.includes(' + ') || d.reason.startsWith('context: ');
  if (d.label === 'PERSON' && words.length === 1 && !personCue && eponymAmidMedicine(doc, first)) return true;
  // The learned scorer has weighed the spelling already (it adds no word spelled much like medicine).
  if (
    d.label === 'PERSON' &&
    d.detector !== 'learned' &&
    unlistedMedicine(doc, words, first, last, personCue, / \+ subject of a verb$/.test(d.reason))
  )
    return true;
  if (words.length <= 3 && productSlot(doc, words, last, d.label === 'LOCATION')) return true;
  if (d.label === 'PERSON' && !personCue && !strongCue.test(d.reason) && productByItsModel(doc, first, last))
    return true;
  if (!strongCue.test(d.reason) && insurerSlot(doc, words, first, last)) return true;
  if (words.length === 1) {
    const w = words[0]!;
    const listed = doc.listedName(w.key) || doc.lex.place(w.key) !== undefined;
    // (A faith's name is no drug, whatever list holds it for its hospitals: "at Methodist, nights".)
    if (!listed && !denominations.has(w.key) && drugSlot(doc, first)) return true;
    // "safe to take Allegra with Ventolin": a name the medical list holds too, where only medicine stands.
    if (listed && doc.lex.medical(w.key) && !w.possessive && onlyMedicineSlot(doc, first)) return true;
    if (d.label === 'PERSON' && acronym(doc, w, first, personCue || strongCue.test(d.reason))) return true;
    if (!strongCue.test(d.reason) && !w.possessive && saidToBeMedicine(doc, first)) return true;
  }
  return false;
}

/** Words that end the name of a place or a firm rather than a product's model. */
const placeOrFirmWord = (key: string) =>
  institutionSuffixes.has(key) ||
  streetSuffixes.has(key) ||
  landmarkWords.has(key) ||
  businessWords.has(key) ||
  townWords.has(key) ||
  /^(?:general|squares?|technologies|orchestra|group|partners|associates|company|services|solutions|systems)$/.test(
    key,
  );

/**
 * "Jabra Enhance", "Owlet Dream", "Medigap Plan": in a question about health, a capitalized word
 * that is no common given name, then an everyday word no common surname is, capitalized as its
 * second word, names a product and its model; a person's second name is a surname.
 */
function productByItsModel(doc: Doc, first: number, last: number): boolean {
  if (last - first > 1 || !askedOf(doc, first) || !healthMatterNamed(doc)) return false;
  const pairedAt = (k: number) => {
    const [a, b] = [doc.tokens[k], doc.tokens[k + 1]];
    return (
      a !== undefined && b !== undefined && doc.adjacent(a, b) && doc.capitalized(a) && doc.capitalized(b)
    );
  };
  // A single word is the maker before its model, or (an everyday word) the model after its maker.
  const model = doc.isOrdinaryWord(doc.tokens[first]!.key);
  const start =
    last > first
      ? first
      : model && pairedAt(first - 1)
        ? first - 1
        : pairedAt(first)
          ? first
          : pairedAt(first - 1)
            ? first - 1
            : undefined;
  if (start === undefined || (last > first && !pairedAt(first))) return false;
  const [maker, named] = [doc.tokens[start]!, doc.tokens[start + 1]!];
  return (
    isWord(maker) &&
    !doc.isGrammatical(maker.key) &&
    !titles.has(doc.prev(start)?.key ?? '') &&
    !commonGivenName(doc, maker.key) &&
    doc.capitalized(named) &&
    !named.possessive &&
    named.text.length >= 3 &&
    doc.isOrdinaryWord(named.key) &&
    // "Kishiev Squares", "La Homa General", "Loveland Technologies": what a place or a firm is called.
    !placeOrFirmWord(named.key) &&
    doc.lex.place(named.key) === undefined &&
    (doc.lex.surnameRank(named.key) ?? Number.POSITIVE_INFINITY) > 5000 &&
    doc.lex.firstNameRank(named.key) === undefined
  );
}

/** Kinds of medicine by what they are or how they are given: "a stimulant", "(the mini pill)". */
const medicineKinds =
  'injection|pill|shot|tablet|capsule|patch|cream|generic|vaccine|steroid|antibiotic|stimulant|opioid|biologic|inhaler|supplement|drug|medication|medicine|chemo|chemotherapy|immunotherapy|statin|diuretic|antidepressant|antihistamine|antipsychotic|anticoagulant|blood thinner|beta blocker|painkiller|narcotic|benzo|benzodiazepine|ssri|snri|nsaid|controlled substance|hormone|vitamin|probiotic|laxative|sedative|sleep aid|muscle relaxant';

/** What a medicine is, said in parentheses after it: "Camila (the mini pill)", "X (a GLP-1 shot)". */
const kindInParens = new RegExp(
  String.raw`^[ \t]*\((?:the |a |an |my |her |his |generic |brand )?(?:[\w-]+ ){0,2}(?:${medicineKinds}|injectable|formula|implant|iud|contraceptive|birth control|insulin|eye ?drop|nasal spray)(?:e?s)?\b`,
  'i',
);
/** What is said only of medicine, whoever might share its name: "Is Ella available over the counter?" */
const onlyOfMedicine =
  /^[ \t]+(?:(?:is|are)[ \t]+)?(?:still )?(?:(?:available|sold|bought) (?:over the counter|otc|without (?:a )?prescription|as (?:a )?generic)|requires? (?:a )?prescription|(?:needs?|has|have) to be (?:refrigerated|injected|taken with food)|show(?:s)? up on (?:a|an|my|the) (?:drug|urine) (?:test|screen))\b/i;

/**
 * A drug's generic name in lower case: a word spelled like medicine (`likeness` at least, by the
 * spelling model) or with a drug class's ending, that no everyday list holds, and no practitioner
 * ("neurologist", "pediatrician" are spelled like medicine too).
 */
function genericName(doc: Doc, w: Token | undefined, likeness = 0.5): boolean {
  return (
    w !== undefined &&
    isWord(w) &&
    w.case === Case.Lower &&
    w.key.length >= 6 &&
    !doc.isOrdinaryWord(w.key) &&
    !relations.has(w.key) &&
    !/(?:ist|ian|or|er)s?$/.test(w.key) &&
    // "a layover in atlanta": a city everyone knows is no generic, however its spelling reads.
    !knownPlaces.has(doc.lex.place(w.key) ?? 'us-place') &&
    (medicalOnly(doc, w.key) || innStem.test(w.key) || medicineLikelihood(w.text) >= likeness)
  );
}

/** Endings the international nonproprietary names give a class of drugs ("-mab", "-gliflozin", "-xaban"). */
const innStem =
  /(?:mab|tinib|ciclib|parib|previr|asvir|buvir|pril|sartan|olol|statin|gliflozin|gliptin|glutide|zepam|azolam|floxacin|cillin|cycline|mycin|conazole|dronate|parin|xaban|gatran|prazole|tidine|setron|triptan|lukast|sonide|methasone|olone|profen|coxib|dipine|lutamide|relin|cept)$/;

/** "lecanemab (Leqembi)", "Leqembi (lecanemab)": a word beside a generic name in parentheses. */
function besideGeneric(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const prev = doc.prev(i);
  const next = doc.next(i);
  const closes = (w: Token) => /^[ \t]*\)/.test(doc.text.slice(w.end, w.end + 3));
  return (
    (prev?.line === t.line && /\([ \t]*$/.test(t.gapBefore) && closes(t) && genericName(doc, prev)) ||
    (next?.line === t.line &&
      /^[ \t]*\([ \t]*$/.test(next.gapBefore) &&
      closes(next) &&
      genericName(doc, next))
  );
}

function saidToBeMedicine(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const after = doc.text.slice(t.end, t.end + 60);
  if (kindInParens.test(after) || onlyOfMedicine.test(after) || kindSetOff.test(after)) return true;
  // "on birth control (Yaz)", "a statin (Crestor)": the kind named first, the brand in parentheses.
  return /^[ \t]*\)/.test(after) && kindBeforeParens.test(doc.text.slice(Math.max(0, t.start - 40), t.start));
}

/** "Leqembi, the IV infusion": set off after it, the kind of medicine it is. */
const kindSetOff =
  /^,[ \t]+(?:the|a|an)[ \t]+(?:new(?:er)?[ \t]+)?(?:iv[ \t]+|oral[ \t]+|monthly[ \t]+|weekly[ \t]+)?(?:infusion|injection|shot|pill|drug|medication|medicine|inhaler|patch|cream|biologic|antibiotic)s?\b/i;

/** A kind of medicine right before an opening parenthesis: "birth control (", "a GLP-1 shot (". */
const kindBeforeParens = new RegExp(
  String.raw`\b(?:${medicineKinds}|birth control|contraceptive|insulin|eye ?drops?|nasal spray)(?:e?s)?[ \t]*\([ \t]*$`,
  'i',
);

/**
 * "Boyer's, the funeral home", "Haley's, that bar on Fifth": what kind of place it is, set off after
 * a possessive — a business by its owner's name, not a disease.
 */
function placeSaidAfter(doc: Doc, i: number): boolean {
  const aside = /^,[ \t]+(?:the|a|an|that|this)[ \t]+([a-z' -]{1,40})/.exec(
    doc.text.slice(doc.tokens[i]!.end, doc.tokens[i]!.end + 48),
  );
  const words = (aside?.[1] ?? '')
    .trim()
    .split(/[ \t]+/)
    .slice(0, 3);
  return words.some(
    (w, k) =>
      institutionSuffixes.has(w) ||
      businessWords.has(w) ||
      w === 'parlor' ||
      (w === 'home' && words[k - 1] === 'funeral'),
  );
}

function apostropheLostEponym(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (t.case !== Case.Lower || t.possessive || !/[^s]s$/.test(t.key)) return false;
  const stem = t.key.slice(0, -1);
  return (
    doc.lex.medical(stem) &&
    !doc.isOrdinaryWord(stem) &&
    !commonGivenName(doc, stem) &&
    /^(?:for|with|of|from|has|had|have|his|her|my|their|about)$/.test(doc.prev(i)?.key ?? '')
  );
}

/** Inner organs, which a condition stands before and no one's name does. */
const organs = new Set(
  'liver kidney kidneys lung lungs pancreas thyroid bladder colon prostate spleen gallbladder uterus ovary ovaries cervix esophagus bowel bowels'.split(
    ' ',
  ),
);

function organNext(doc: Doc, i: number): boolean {
  const next = doc.next(i);
  return (
    next !== undefined && organs.has(next.key) && doc.plainLower(next) && doc.adjacent(doc.tokens[i], next)
  );
}

/** What a method of therapy hands out or has one do: "the Linehan diary card", "the Gottman checklist". */
const methodTools = new Set(
  `handout handouts worksheet worksheets checklist checklists workbook workbooks card cards protocol
  protocols skills module modules exercise exercises method model approach technique framework log
  thing stuff hierarchy theory questioning phases stages tasks`.split(/\s+/),
);

/**
 * What an author's theory is made of: "Shapiro's eight phases", "Worden's tasks", "Exner's system",
 * "Siegel's concept".
 */
const authorsWork = new Set(
  'phases stages tasks model method theory approach framework technique protocol hierarchy concept concepts system version format'.split(
    ' ',
  ),
);

/**
 * "the Linehan diary card", "the Gottman repair checklist", "the Ellis thing", "the Maslow's
 * hierarchy worksheet": after "the", a surname before a worksheet, a handout, a method or "thing"
 * (within three words) names the method by its author. A person takes no article ("the Smiths" are a
 * household, and plural); "the Okafor one" may be their flat. So is an author's own ("Shapiro's
 * eight phases", "Worden's tasks"; not "Dr. Shapiro's protocol", a person's), and "in Gottman
 * terms" is the method's language.
 */
function methodByItsAuthor(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const the = doc.prev(i);
  // ("heimberg's model" in speech without capitals.)
  if ((!doc.capitalized(t) && doc.caseInformative(t)) || (the && !doc.adjacent(the, t))) return false;
  const after = doc.next(i);
  const inTerms = the?.key === 'in' && after?.key === 'terms' && doc.adjacent(t, after);
  const authors = t.possessive && /['’]s?$/.test(t.text) && !(the && titles.has(the.key));
  if (the?.key !== 'the' && !inTerms && !authors) return false;
  if (inTerms) return (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) > 1500;
  // ("Okafor's stuff", "Okafor's test" are hers: owned, only a theory's parts say an author.)
  const owned = the?.key !== 'the';
  // "the Smiths thing" is a household's; "the Ellis thing" is no plural of a listed surname.
  const household = /[^s]s$/.test(t.key) && doc.lex.surnameRank(t.key.slice(0, -1)) !== undefined;
  if ((doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1500 || household) return false;
  for (let k = 1, prev = t; k <= 3; k++) {
    const next = doc.next(i, k);
    if (!next || !doc.adjacent(prev, next)) return false;
    if (owned ? authorsWork.has(next.key) : methodTools.has(next.key) || clinicalHead(doc, next)) return true;
    // "the Gottman four horsemen exercise": a number may stand in the method's name.
    if (doc.isGrammatical(next.key) && !doc.lex.tags(next.key).includes('Cardinal')) return false;
    prev = next;
  }
  return false;
}

/** Diets by name, which name lists hold as names ("Keto", "Atkins"). */
const diets = new Set(
  'keto ketogenic atkins paleo whole30 optavia nutrisystem noom dukan pritikin ornish'.split(' '),
);

/** Clinical heads that a city has too: "the London tube", "a Chicago block", "the fresno heat wave". */
const cityThings = new Set(
  'tube block point space triangle canal curve position law rules rule effect approach method cycle operation exercise diet wave'.split(
    ' ',
  ),
);

/** Heads a grade or stage follows: "Tanner stage 2", "Child-Pugh class C", "Gleason score 7". */
const gradedHeads = new Set('stage class grade type score level category'.split(' '));

/**
 * "Tanner stage 2", "Child-Pugh class C", "Fitzpatrick type IV": a name before a grading head and
 * its grade (a number, a letter, a Roman numeral) is the grading's eponym, common given name or
 * not — no one is followed by "stage 2".
 */
function gradedEponym(doc: Doc, last: number): boolean {
  const head = doc.next(last);
  const grade = doc.next(last, 2);
  // "Gleason 3+4": a score's parts added, after a word that is no common given name.
  if (
    (doc.lex.firstNameRank(doc.tokens[last]!.key) ?? Number.POSITIVE_INFINITY) > 1500 &&
    /^[ \t]+\d{1,2} ?\+ ?\d{1,2}\b/.test(doc.text.slice(doc.tokens[last]!.end, doc.tokens[last]!.end + 10))
  )
    return true;
  if (!head || !gradedHeads.has(head.key) || !doc.adjacent(doc.tokens[last], head)) return false;
  // "Why is Tanner stage relevant": a stage or a score is an eponym's without its grade too.
  if (/^(?:stage|score|scale)$/.test(head.key) && !doc.tokens[last]!.possessive) return true;
  return (
    grade !== undefined && doc.adjacent(head, grade) && /^(?:\d+[a-c]?|[A-D]|[IVX]{1,4})$/.test(grade.text)
  );
}

/**
 * A grade, a stage or a class after a name: "3", "3b", "IIA", "IV" — not "I", the speaker; one digit
 * only, since two are as often a house's number after its street ("Hauptstraße 12"); letters only
 * after stages I to IV ("VA" is initials).
 */
const gradeToken = /^(?:\d[a-c]?|(?:II|III|IV)[A-C]?|I[A-C]|VI{0,3}|IX|XI{0,2})$/;
/** What follows a number that counts something, not a grade: "Tanner 4 years old", "Ms. Lee 2 kids". */
const countedAfter = /^(?:years?|yrs?|yo|months?|weeks?|days?|hours?|times|kids|children|of|and|or|to|-|\/)$/;

/**
 * "Tanner 3", "Marsh 3b", "Ann Arbor IIA", "Salter-Harris II": a grade,
 * a stage or a score right after the name it is named for, no head between (see `gradedEponym`) — a
 * person is not followed by a bare grade.
 */
function bareGrade(doc: Doc, d: Detection, first: number, last: number): boolean {
  const t = doc.tokens[first]!;
  // The guess may hold the first word of two ("Ann" of "Ann Arbor IIA").
  const second = doc.next(last);
  if (
    second &&
    doc.adjacent(doc.tokens[last], second) &&
    doc.capitalized(second) &&
    !gradeToken.test(second.text)
  )
    last++;
  const grade = doc.next(last);
  if (!grade || !doc.adjacent(doc.tokens[last], grade) || !gradeToken.test(grade.text)) return false;
  // A place takes a number after it as a floor, a ward or a house ("Hauptstraße 12"): only a
  // Roman numeral or a lettered grade says staging there ("Ann Arbor IIA").
  if (d.label === 'LOCATION' && /^\d+$/.test(grade.text)) return false;
  // (Notes in capitals write a ward's or a unit's number after its name.)
  if (t.case !== Case.Capitalized || !doc.caseInformative(t)) return false;
  const after = doc.next(last, 2);
  // ("Jake 3+4 is 7": sums are the existing `gradedEponym`'s, for names no common given name.)
  if (after && after.line === grade.line && /^[ \t]*[-/:+]/.test(after.gapBefore)) return false;
  if (after && after.line === grade.line && /^[ \t]+$/.test(after.gapBefore) && countedAfter.test(after.key))
    return false;
  // Where one goes a name and a number are a street and its house ("lives at Hauptstraße 12").
  const before = doc.prev(first);
  return !(
    before &&
    (titles.has(before.key) || streetSuffixes.has(before.key) || placePrepositions.has(before.key))
  );
}

/** Medical words beside an eponym that make its sentence one about medicine, not about people. */
const medicineAround = 2;

/**
 * "positive Lachman, negative McMurray", "Snellen at school screening was 20/40": a word the medical
 * list holds that is no census given name nor a common surname, in a sentence that names other
 * medicine and says nothing of a person (titles, relations and verbs of people are cues that already
 * made it someone's).
 */
function eponymAmidMedicine(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!doc.lex.medical(t.key) || t.case === Case.Lower || doc.isOrdinaryWord(t.key)) return false;
  if ((doc.lex.firstNameRank(t.key) ?? rankCrowd) < rankCrowd) return false;
  if ((doc.lex.surnameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 1000) return false;
  let around = 0;
  for (let k = doc.sentenceFirst(i); k <= doc.sentenceLast(i) && around < medicineAround; k++) {
    const w = doc.tokens[k]!;
    if (k === i || !isWord(w) || pairedWith(doc, i, k)) continue;
    // ("a bag of ice and a salad": food the medical list holds is no medicine around a name.)
    if (
      medicalOnly(doc, w.key) ||
      healthWord(doc, w, 500) ||
      (doc.caseInformative(w) && medicalInitials(doc, w))
    )
      around++;
  }
  return around >= medicineAround;
}

/** Words of therapy's methods that say a sentence speaks of one: "the stages", "his model". */
const methodWords = new Set(
  'therapy therapies model models stages stage method approach protocol technique techniques theory hierarchy horsemen analysis relaxation exposure skills needs attachment framework training school triangle tasks format worksheet record treatment systems parent teacher scale scales rating form screen based'.split(
    ' ',
  ),
);
/** Nearby words of therapy's methods: the two sentences before ("The stages. — Right."), its own, the one after. */
function amidMethods(doc: Doc, i: number): boolean {
  let from = doc.sentenceFirst(i);
  for (let n = 0; n < 2 && from > 0; n++) from = doc.sentenceFirst(from - 1);
  const to = doc.sentenceLast(Math.min(doc.tokens.length - 1, doc.sentenceLast(i) + 1));
  for (let k = from; k <= to; k++) {
    const w = doc.tokens[k]!;
    if (k === i || !isWord(w)) continue;
    if (methodWords.has(w.key) || mentalHealthTerms.has(w.key) || clinicalHeads.has(w.key)) return true;
  }
  return false;
}

/**
 * "per Gottman flooding protocol", "Prochaska & DiClemente", "told her about Kübler-Ross — the
 * stages": a name therapy's methods go by, in talk of methods. A rare surname needs methods within a
 * sentence of it; a common one ("Ellis", "Rogers", "Jacobson") needs its method's word right after it
 * or another such name beside it, and no sign at all of a person ("Ellis said", "my client Ellis").
 */
function therapyEponym(doc: Doc, d: Detection, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!therapyEponyms.has(t.key) || strongCue.test(d.reason)) return false;
  // ("Dr. Abernathy at Vanderbilt": no one is "at" a scale's or a theory's author.)
  if (doc.prev(i)?.key === 'at') return false;
  const joined = [doc.prev(i), doc.prev(i, 2), doc.next(i), doc.next(i, 2)].some(
    (w) => w !== undefined && w.line === t.line && therapyEponyms.has(w.key) && w.key !== t.key,
  );
  const methodAfter = [1, 2, 3].some((n) => {
    const w = doc.next(i, n);
    return w !== undefined && w.line === t.line && (methodWords.has(w.key) || mentalHealthTerms.has(w.key));
  });
  const common =
    commonGivenName(doc, t.key) || (doc.lex.surnameRank(t.key) ?? Number.POSITIVE_INFINITY) <= 5000;
  // ("the Beck one": the author's version of a worksheet or a method just spoken of.)
  const theOne =
    !t.possessive && doc.prev(i)?.key === 'the' && /^(?:one|ones|version|way)$/.test(doc.next(i)?.key ?? '');
  // ("Have you read much Bowen?": an author is read.)
  const read = /\bread(?:ing)?(?:[ \t]+(?:much|some|any|more))?[ \t]+$/i.test(
    doc.text.slice(Math.max(0, t.start - 24), t.start),
  );
  const theorized =
    (!t.possessive && theoryVerbAfter.test(doc.text.slice(t.end, t.end + 24))) || theOne || read;
  // ("Siegel's?", "de Shazer's.": the author's version of what was just named, said alone.)
  const echoed = t.possessive && doc.sentenceLast(i) === i && doc.sentenceFirst(i) >= i - 1;
  if (common)
    return (
      (!/\+|context/.test(d.reason) && (joined || (methodAfter && !doc.isOrdinaryWord(t.key)))) ||
      ((theorized || echoed) &&
        !commonGivenName(doc, t.key) &&
        (amidMethods(doc, i) || clinicianSpeaking(doc, i)))
    );
  // (A surname only authors wear, in a clinician's turn: "Minuchin used to have families move".)
  return joined || methodAfter || theorized || echoed || amidMethods(doc, i) || clinicianSpeaking(doc, i);
}

/**
 * "Kalff talked about the child's play", "Exner's system", "the Greenberg emotion focused version",
 * "Miller and Rollnick — what's the spirit of MI?": a surname that no list gives as a first name,
 * standing alone (no given name or title beside it), where its own sentence speaks of therapy's
 * methods, a verb of theorizing follows it, or it owns a concept or a book — an author, whom
 * clinicians cite by surname (clients are called by their given names, people in notes by a title).
 */
function surnameOfTheory(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  // "Miller and Rollnick", "Stroebe & Schut": surnames listed together, one an author therapy's methods
  // go by, where theory is spoken of in or beside the sentence ("Ruiz and Beck came over" are neighbours).
  if (doc.capitalized(t) && !commonGivenName(doc, t.key)) {
    const [start, end] = authorsListed(doc, i, i);
    const listed = doc.tokens.slice(start, end + 1);
    if (end > start && listed.some((w) => therapyEponyms.has(w.key)) && theoryNear(doc, i)) return true;
  }
  if (!isWord(t) || doc.lex.firstNameRank(t.key) !== undefined || doc.lex.babyName(t.key)) return false;
  if (doc.caseInformative(t) && !doc.capitalized(t) && !t.sentenceStart) return false;
  if (t.case === Case.Upper) return false;
  const before = doc.prev(i);
  const after = doc.next(i);
  const name = (w: Token | undefined, other: Token) =>
    w !== undefined &&
    doc.adjacent(w, other) &&
    w.line === other.line &&
    doc.capitalized(w) &&
    !w.sentenceStart;
  if (before && (titles.has(before.key) || name(before, t) || placePrepositions.has(before.key)))
    return false;
  if (after && !t.possessive && name(after, t) && doc.lex.firstNameRank(after.key) !== undefined)
    return false;
  if (t.possessive && after !== undefined && doc.adjacent(t, after) && authorsWork.has(after.key))
    return true;
  // ("Woods called me": what anyone does; said of an author only amid talk of theory.)
  if (!t.possessive && theoryVerbAfter.test(doc.text.slice(t.end, t.end + 24)) && theoryNear(doc, i))
    return true;
  return theoryNear(doc, i, 0);
}

/** "Kohutian", "Rogerian", "Jungian": an adjective of a school, from an author's surname on the list. */
function schoolOfThought(key: string): boolean {
  const stem = key.match(/^(.{3,})(?:ian|ean)$/)?.[1];
  return stem !== undefined && [stem, `${stem}s`, `${stem}e`].some((k) => therapyEponyms.has(k));
}

/** A theory's word or a method's initials in token `i`'s sentence, and `around` it the sentences either side. */
function theoryNear(doc: Doc, i: number, around: 0 | 1 = 1): boolean {
  const from = around ? doc.sentenceFirst(Math.max(0, doc.sentenceFirst(i) - 1)) : doc.sentenceFirst(i);
  const to = around
    ? doc.sentenceLast(Math.min(doc.tokens.length - 1, doc.sentenceLast(i) + 1))
    : doc.sentenceLast(i);
  for (let k = from; k <= to; k++) {
    const w = doc.tokens[k]!;
    if (k !== i && (theoryWords.has(w.key) || methodInitials.has(w.key))) return true;
  }
  return false;
}

/** Therapies by their initials: the methods themselves, not the conditions ("ADHD", "OUD") they treat. */
const methodInitials = new Set(
  'cbt dbt emdr tf-cbt cpt rebt pcit erp mbct mbsr ipt ifs sfbt mbt tfp cft cbti cbt-i eft efft fbt pmr'.split(
    ' ',
  ),
);

/** Words of a theory itself, not of care in general ("therapy", "treatment", "school" name anyone's). */
const theoryWords = new Set(
  'model models method methods approach protocol technique techniques theory theories framework stages'.split(
    ' ',
  ),
);

/**
 * "The Kristin Neff one", "Sue Johnson would say": an author of therapy's books by the whole name,
 * given name and surname as the list holds them, the detection on either or both, where talk is of
 * methods, a clinician speaks, or the author's version is meant ("my neighbor Sue Johnson called the
 * police" stays someone).
 */
function authorByName(doc: Doc, first: number, last: number): boolean {
  const words = doc.tokens.slice(first, last + 1).filter(isWord);
  const from =
    words.length === 2 && authorsPair(words[0], words[1])
      ? first
      : words.length === 1 && authorsWholeName(doc, first)
        ? authorsPair(doc.prev(first), words[0])
          ? first - 1
          : first
        : -1;
  if (from < 0) return false;
  const to = from + 1;
  const theOne =
    doc.prev(from)?.key === 'the' && /^(?:one|ones|book|books|version|way)$/.test(doc.next(to)?.key ?? '');
  return theOne || amidMethods(doc, from) || clinicianSpeaking(doc, from);
}

/**
 * "Prochaska et al.", "per Eyberg (1999)", "(Cohen, Mannarino & Deblinger, 2006)": surnames cited as
 * papers are — "et al." or a year in brackets after them and the names joined with them. Not a common
 * given name: a genogram writes "Ava (2012)" for a child born that year.
 */
function cited(doc: Doc, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (commonGivenName(doc, doc.tokens[k]!.key)) return false;
  const [start, end] = authorsListed(doc, first, last);
  const [a, b] = [doc.tokens[end + 1], doc.tokens[end + 2]];
  if (!a || a.line !== doc.tokens[end]!.line) return false;
  if (a.key === 'et' && b?.key === 'al' && /^[ \t]$/.test(a.gapBefore)) return true;
  if (!/^(?:19|20)\d\d[a-z]?$/.test(a.key) || doc.text[a.end] !== ')') return false;
  // "(Linehan, 2015)": the brackets hold the names and the year. "Eyberg (1999)": only the year, after
  // names no list of given names holds ("Liam (2015)" is a child born that year).
  if (/^,[ \t]$/.test(a.gapBefore)) return /\($/.test(doc.tokens[start]!.gapBefore);
  if (!/^[ \t]\($/.test(a.gapBefore)) return false;
  for (let k = start; k <= end; k++)
    if (doc.lex.firstNameRank(doc.tokens[k]!.key) !== undefined) return false;
  return true;
}

/** Who an eponym was named for, said before the name: "named for Sir …", "the English physician …". */
const namesakeBefore =
  /\b(?:named[ \t]+(?:for|after)|described[ \t]+by)[ \t]+(?:the[ \t]+)?(?:(?:sir|dr\.?|professor|[\w-]*century|english|scottish|irish|french|german|austrian|italian|dutch|swiss|american|canadian|british|polish|russian|swedish|danish|japanese|physician|surgeon|pathologist|neurologist|psychiatrist|anatomist|pediatrician|obstetrician|scientist|chemist)[ \t,]+)+$/i;

/**
 * "Osler nodes (named for Sir William Osler)", "named for the 19th-century English physician Henry
 * Bence Jones": a whole name after what says whom an eponym honours, whose surname the text also
 * says before a clinical head, is that physician's (a relative one is named after is no physician).
 */
function namesakeOfEponym(doc: Doc, first: number, last: number): boolean {
  if (
    !namesakeBefore.test(doc.text.slice(Math.max(0, doc.tokens[first]!.start - 90), doc.tokens[first]!.start))
  )
    return false;
  const end = capitalizedRunEnd(doc, last, 3);
  const surname = doc.tokens[end]!.key;
  return doc.tokens.some((t, k) => (k < first || k > end) && t.key === surname && headFollows(doc, k));
}

/** The last of at most `most` capitalized words running on, adjacent, after token `last`. */
function capitalizedRunEnd(doc: Doc, last: number, most: number): number {
  let end = last;
  while (
    end - last < most &&
    doc.tokens[end + 1]?.case === Case.Capitalized &&
    doc.adjacent(doc.tokens[end], doc.tokens[end + 1])
  )
    end++;
  return end;
}

/** A common given name that is a given name before it is a surname ("Jasmine", "Dana"; not "Johnson"). */
function givenNameFirst(doc: Doc, key: string): boolean {
  const rank = (n: number | undefined) => n ?? Number.POSITIVE_INFINITY;
  return commonGivenName(doc, key) && rank(doc.lex.firstNameRank(key)) <= rank(doc.lex.surnameRank(key));
}

/** Heads medicine names after people, which a bracket lists the kinds of ("signs (Kernig, …)"). */
const eponymHeads = new Set(
  `maneuver maneuvers manoeuvres sign signs test tests reflex reflexes criteria classification
  classifications score scores scale scales syndrome syndromes disease diseases fracture fractures
  procedure procedures operation operations nodes nodules lesions triad murmurs staging`.split(/\s+/),
);

/**
 * Token `first` opens an item of a list in brackets right after a clinical head ("maneuvers (Rubin,
 * Woods corkscrew)"): the brackets open at it or a comma sets it off, they open within eight words on
 * its line, and the word before them is the head.
 */
function eponymsListedAfterHead(doc: Doc, first: number): boolean {
  const t = doc.tokens[first]!;
  // ("tests (Dana Reyes, RN)": who ran them, by a given name.)
  if ((!doc.capitalized(t) && t.case !== Case.Capitalized) || givenNameFirst(doc, t.key)) return false;
  if (!/\([ \t]*$/.test(t.gapBefore) && !/^,[ \t]+$/.test(t.gapBefore)) return false;
  for (let k = first; k >= Math.max(1, first - 8); k--) {
    const w = doc.tokens[k]!;
    if (w.line !== t.line || /\)/.test(w.gapBefore)) return false;
    if (!/\([ \t]*$/.test(w.gapBefore)) continue;
    const head = doc.tokens[k - 1]!;
    return head.line === t.line && eponymHeads.has(head.key) && /^[ \t]+\($/.test(w.gapBefore);
  }
  return false;
}

/** Last words of a method's title: "Emotionally Focused Therapy", "the Coping Cat program". */
const methodTitleHeads = new Set(
  'therapy psychotherapy interviewing parenting model approach theory method protocol training program programme framework'.split(
    ' ',
  ),
);

/** Kinds of therapy, not one method: "Group Therapy (Jones)" may name who leads the group. */
const therapyKinds = new Set(
  'group individual family couples couple play art music occupational physical speech recreational'.split(
    ' ',
  ),
);

/** Words that join a method's capitalized title: "Supportive Parenting for Anxious Childhood Emotions". */
const titleJoiners = new Set(['for', 'of', 'and', 'in', 'the', 'to', 'with']);

/**
 * "Imago Relationship Therapy (Hendrix & Hunt)", "Motivational Interviewing exercises (Miller &
 * Rollnick)", "(e.g., Coping Cat program, Kendall)": surnames alone in the brackets after a method's
 * capitalized title, or after the title inside them, credit its authors, as a reference does. Not a
 * common given name, and not after a kind of therapy, which names no author.
 */
function creditedInBrackets(doc: Doc, first: number, last: number): boolean {
  const [start, end] = authorsListed(doc, first, last);
  // ("Prolonged Exposure Therapy (Jasmine)": a caseload's client; "(Johnson)" is a surname first.)
  for (let k = start; k <= end; k++) if (givenNameFirst(doc, doc.tokens[k]!.key)) return false;
  const line = doc.tokens[first]!.line;
  const after = doc.tokens[end + 1];
  // "(Cohen, Mannarino and Deblinger model)": the names own the method inside the brackets.
  const owned =
    after !== undefined &&
    after.line === line &&
    methodTitleHeads.has(after.key) &&
    doc.text[after.end] === ')' &&
    /\($/.test(doc.tokens[start]!.gapBefore);
  if (owned) return true;
  if (doc.text[doc.tokens[end]!.end] !== ')') return false;
  const listed = doc.tokens.slice(start, end + 1);
  const authorOnList = listed.some((w) => therapyEponyms.has(w.key));
  // A method's head with its title's word before it, written in capitals (or any case beside an
  // author therapy goes by: "a motivational interviewing approach (Miller & Rollnick)").
  const titled = (from: number, to: number) => {
    for (let k = to; k >= from; k--) {
      const head = doc.tokens[k]!;
      const before = doc.tokens[k - 1];
      if (
        methodTitleHeads.has(head.key) &&
        before !== undefined &&
        before.line === line &&
        (before.case === Case.Capitalized || before.case === Case.Upper || authorOnList) &&
        !therapyKinds.has(before.key)
      )
        return true;
    }
    return false;
  };
  for (let opener = start; opener <= first; opener++) {
    const gap = doc.tokens[opener]!.gapBefore;
    // The brackets open on the names: the title ends just before them, or a word or two after it.
    if (/\($/.test(gap)) {
      let k = opener - 1;
      for (let n = 0; n < 2 && k >= 0 && doc.tokens[k]!.case === Case.Lower; n++) {
        if (methodTitleHeads.has(doc.tokens[k]!.key)) break;
        k--;
      }
      return k >= 1 && doc.tokens[k]!.line === line && titled(k, k);
    }
    // The title opens the brackets and a comma sets the names after it.
    if (!/^,[ \t]$/.test(gap)) continue;
    for (let k = opener - 1; k >= Math.max(0, opener - 10) && doc.tokens[k]!.line === line; k--) {
      if (!/\($/.test(doc.tokens[k]!.gapBefore)) continue;
      const inside = doc.tokens.slice(k, opener);
      const capitalTitle = inside.every(
        (w) => w.case === Case.Capitalized || w.case === Case.Upper || titleJoiners.has(w.key),
      );
      if ((capitalTitle || methodTitleHeads.has(doc.tokens[opener - 1]!.key)) && titled(k, opener - 1))
        return true;
      break;
    }
  }
  return false;
}

/**
 * Tokens `first`..`last` with the surnames listed beside them as authors are ("Cohen, Mannarino &
 * Deblinger", "Miller and Rollnick"): capitalized words that are no common given name, joined by
 * commas, "&" or "and", four at most each side.
 */
function authorsListed(doc: Doc, first: number, last: number): [number, number] {
  const author = (t: Token | undefined) =>
    t !== undefined && doc.capitalized(t) && !commonGivenName(doc, t.key);
  const joins = (a: Token, b: Token | undefined) =>
    b !== undefined &&
    b.line === a.line &&
    (/^(?:,[ \t]|[ \t]?&[ \t]?)$/.test(b.gapBefore) || (b.key === 'and' && /^[ \t]$/.test(b.gapBefore)));
  let [start, end] = [first, last];
  for (let n = 0; n < 4; n++) {
    const join = doc.tokens[end + 1];
    if (!joins(doc.tokens[end]!, join)) break;
    const step = join!.key === 'and' ? 2 : 1;
    if (!author(doc.tokens[end + step])) break;
    end += step;
  }
  for (let n = 0; n < 4 && start > 0; n++) {
    const step = doc.tokens[start - 1]!.key === 'and' ? 2 : 1;
    const before = doc.tokens[start - step];
    if (!author(before) || !joins(before!, doc.tokens[start - step + 1])) break;
    start -= step;
  }
  return [start, end];
}

/** Given name and surname of an author on the list, on one line. */
function authorsPair(a: Token | undefined, b: Token | undefined): boolean {
  return (
    a !== undefined && b !== undefined && a.line === b.line && therapyAuthorsByName.has(`${a.key} ${b.key}`)
  );
}

/** Token `i` is one half of an author's whole name ("Brené" of "Brené Brown"). */
function authorsWholeName(doc: Doc, i: number): boolean {
  return authorsPair(doc.prev(i), doc.tokens[i]) || authorsPair(doc.tokens[i], doc.next(i));
}

/** Labels of whoever treats or supervises: "Therapist:", "Supervisor:", "T:". */
const clinicianLabels = new Set(
  'therapist counselor counsellor supervisor trainee intern clinician facilitator co-facilitator leader co-leader provider t s th'.split(
    ' ',
  ),
);

/** The line token `i` stands on opens with a clinician's speaker label ("Therapist: … Hayes would say"). */
function clinicianSpeaking(doc: Doc, i: number): boolean {
  let k = i;
  while (k > 0 && doc.tokens[k - 1]!.line === doc.tokens[i]!.line) k--;
  return k < i && clinicianLabels.has(doc.tokens[k]!.key) && speakerLabel(doc.tokens, k);
}

/**
 * What is said of a theory's author: "Gottman calls it", "Minuchin would talk about joining",
 * "Bowen wrote about triangles", "Linehan built …".
 */
const theoryVerbAfter =
  /^[ \t]+(?:(?:would|might|will|would've|would have)[ \t]+(?:say|call|called|talk about|describe|argue)|says|calls|called|talks about|talked about|(?:was|is)[ \t]+talking about|wrote|writes|describes|described|coined|built|developed|argues|argued|taught)\b/i;

/** Verbs that change a medicine or its dose: "switched me to", "bumped him from", "weaned her to" ("moved" is also a move). */
const medicineChanges =
  /^(?:switch(?:ed|ing|es)?|chang(?:e|ed|es|ing)|bump(?:ed|s)?|up(?:ped|s)?|dropp?(?:ed|s)?|lower(?:ed|s)?|rais(?:e|ed|es)|wean(?:ed|s)?|taper(?:ed|s)?|titrat(?:e|ed|es)|transition(?:ed|s)?|convert(?:ed|s)?)$/;

/** "Tay and Dre", "Babinski or Hoffmann": two words joined as one kind vouch for no kind. */
function pairedWith(doc: Doc, i: number, k: number): boolean {
  if (Math.abs(i - k) !== 2) return false;
  const between = doc.tokens[Math.min(i, k) + 1]!;
  return /^(?:and|or|n)$/.test(between.key) && doc.capitalized(doc.tokens[k]!);
}

/** What a test's result is said to be: "came back positive", "is elevated". */
const resultAfter =
  /^[ \t]+(?:(?:came|comes|come) back (?:positive|negative|normal|abnormal|clear|inconclusive|elevated|high|low)|(?:is|was|were) (?:positive|negative|elevated|undetectable|detectable|borderline|abnormal))\b(?![ \t]+(?:for|about|that|with))/i;

/**
 * "Cologuard came back positive", "AMA is positive": a test by its result. A word no name list
 * holds, or initials the medical list holds (people "test positive for" something, and are
 * "positive about" it).
 */
function resultOfTest(doc: Doc, t: Token): boolean {
  if (t.possessive || !resultAfter.test(doc.text.slice(t.end, t.end + 40))) return false;
  if (medicalInitials(doc, t)) return true;
  return !doc.listedName(t.key) && !doc.isOrdinaryWord(t.key) && doc.lex.place(t.key) === undefined;
}

/**
 * Medicine going by its spelling ("Paxlovid", "Trulicity", "NSTEMI", "MoCA") next to other medicine:
 * a word no name list holds whose letters look at all like a medical term's (the learned
 * word-shape model), with a medical word or abbreviation within ten words or a dose after it. Alone,
 * spelling decides only in a document about medicine, and then at a stronger likeness: company
 names and foreign places look like Latin too.
 */
function unlistedMedicine(
  doc: Doc,
  words: Token[],
  first: number,
  last: number,
  personCue: boolean,
  // The only cue is that the word is a sentence's subject: "Otezla gave me diarrhea" is one too.
  subjectCueOnly: boolean,
): boolean {
  // "Evans-Bonilla": a double-barrelled name is listed by its parts.
  const listed = (w: Token) =>
    doc.listedName(w.key) ||
    w.key.split('-').some((part) => doc.listedName(part)) ||
    doc.isOrdinaryWord(w.key);
  if (words.some(listed)) return false;
  // "X diarrhea is brutal", "X nausea": a rare medical noun right after it is what the product does.
  const effect = doc.next(last);
  if (
    !personCue &&
    effect !== undefined &&
    doc.adjacent(doc.tokens[last]!, effect) &&
    doc.plainLower(effect) &&
    (medicalOnly(doc, effect.key) || rareMedicalWord(doc, effect)) &&
    doc.lex.tags(effect.key).every((tag) => !verbTags.has(tag) && tag !== 'Adjective')
  )
    return true;
  if (!personCue && words.length === 1 && standsAlone(doc, first, last) && askedOf(doc, last)) {
    const health = healthSignals(doc);
    if (health >= 1 && objectOfCare(doc, first)) return true;
    if (health >= 1 && subjectAsked(doc, first) && !saidOfAPerson(doc, last)) return true;
    // Anywhere else in a question about health, unless what follows is said of a person, the name
    // carries a prefix only surnames take ("O'Brannagh"), or it is joined to another capitalized
    // word — then its company decides (`medicineByCompany`, `choiceOfUnlisted`): "text Jazlynne or
    // Kessington" joins people.
    if (
      healthMatterNamed(doc) &&
      !saidOfAPerson(doc, last) &&
      !prefixedName(doc.tokens[first]!) &&
      !joinedToCapitalized(doc, first, last)
    )
      return true;
    // "Is Vuity or Qlosi good for reading?": one of two such words offered as the choice asked about.
    if (choiceOfUnlisted(doc, first, last) && !saidOfAPerson(doc, last)) return true;
  }
  // "GERD and IBS, on Travexia now after two PPIs failed. anyone else?": a short post about health that asks
  // something anywhere asks about what it names in its other sentences too, where two health
  // signals or more say what it is about.
  if (
    !personCue &&
    words.length === 1 &&
    standsAlone(doc, first, last) &&
    asksSomewhere(doc) &&
    healthSignals(doc) >= 2 &&
    // ("My neurologist (Kamryn Oduya)": a surname after its given name; "sent home from UHNHMC":
    // a hospital's initials where one goes or comes from.)
    !(
      doc.prev(first) &&
      doc.adjacent(doc.prev(first), doc.tokens[first]) &&
      doc.capitalized(doc.prev(first)!)
    ) &&
    doc.tokens[first]!.case !== Case.Upper &&
    !/^(?:from|at|in|to|into|near)$/.test(doc.prev(first)?.key ?? '') &&
    // Its own sentence names medicine or a condition ("I blocked Kavon on Discord." does not).
    healthInSentence(doc, first) &&
    healthMatterNamed(doc) &&
    !saidOfAPerson(doc, last) &&
    !prefixedName(doc.tokens[first]!) &&
    !joinedToCapitalized(doc, first, last)
  )
    return true;
  if ((!personCue || subjectCueOnly) && words.length === 1 && usedAsMedicine(doc, first, last, personCue))
    return true;
  if (!personCue && words.length === 1 && amongTreatments(doc, first)) return true;
  // The model knows English medical spelling only: other scripts and accented names are not its call.
  if (!words.every((w) => doc.caseInformative(w) && /^[A-Za-z'’-]+$/.test(w.text))) return false;
  let likeness = 1;
  for (const w of words) likeness = Math.min(likeness, medicineLikelihood(w.text.replace(/['’]s?$/, '')));
  // "I met Dameon at the foundation gala": where the sentence already says a person (met, called,
  // a relation), a name that only faintly looks like medicine stays one; the list holds everyday
  // words ("foundation", "association") that stand near people too.
  if (likeness >= (personCue ? 0.5 : 0.15) && clinicalNeighbourhood(doc, first, last)) return true;
  // Looser company, surer spelling: recent given names no list holds ("Zyaire", "Emersyn") look
  // like medicine at 0.2–0.3.
  if (likeness >= 0.3 && askedAboutHealth(doc, first, last)) return true;
  // Brands named to sound like names ("Jardiance", "Wegovy") fail the spelling test; what they are
  // given for does not — unless someone is thanked for their help ("Thanks Jaylani for helping with
  // my asthma").
  const thanked = ['thanks', 'thank', 'thx', 'ty', 'you'].includes(doc.prev(first)?.key ?? '');
  if (!personCue && !thanked && forHealthMatter(doc, last)) return true;
  // "the X is causing yeast infections", "the X gave me a rash": a thing that does harm to health.
  if (
    !personCue &&
    doc.prev(first)?.key === 'the' &&
    /^[ \t]+(?:(?:is|was|has been|keeps) )?(?:causing|caused|giving me|gave me|making me|made me)\b/i.test(
      doc.text.slice(doc.tokens[last]!.end, doc.tokens[last]!.end + 30),
    ) &&
    healthWordAfter(doc, last + 1)
  )
    return true;
  if (healthQuestion(doc, first, last)) return true;
  return likeness >= 0.5 && clinicalDocument(doc);
}

/** What is tried for an illness, listed beside products: "steroid cream", "bleach baths", "ice packs". */
const treatmentNouns = new Set(
  'cream creams ointment ointments pill pills shot shots injection injections spray sprays drops patch patches inhaler inhalers steroid steroids antibiotic antibiotics biosimilar biosimilars gel gels lotion lotions tablets capsules supplement supplements vitamins meds medication medications baths wraps therapy therapies'.split(
    ' ',
  ),
);

/**
 * "every steroid cream, Eucrisa, Opzelura, bleach baths": a word no list holds, an item of a list
 * (commas on both sides, or a comma and "and"/"or") whose next or previous item is a treatment or
 * a word only the medical list holds — a product tried among them.
 */
function amongTreatments(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const n1 = doc.tokens[i + 1];
  const sameLine = (w: Token | undefined) => w !== undefined && w.line === t.line;
  const commaBefore = /^,[ \t]/.test(t.gapBefore) || /^(?:and|or)$/.test(doc.tokens[i - 1]?.key ?? '');
  const commaAfter = sameLine(n1) && (/^,[ \t]/.test(n1!.gapBefore) || /^(?:and|or)$/.test(n1!.key));
  if (!(commaBefore && commaAfter) || !(/,/.test(t.gapBefore) || /^,/.test(n1!.gapBefore))) return false;
  const treatment = (w: Token | undefined) =>
    w !== undefined && (treatmentNouns.has(w.key) || medicalOnly(doc, w.key));
  // The item before: back to its own comma, three words at most.
  for (let k = i - 1, n = 0; k >= 0 && n < 3 && sameLine(doc.tokens[k]); k--, n++) {
    if (treatment(doc.tokens[k])) return true;
    if (/,/.test(doc.tokens[k]!.gapBefore) || doc.tokens[k]!.sentenceStart) break;
  }
  // The item after: from the next comma, three words at most.
  let k = i + 1;
  while (k < doc.tokens.length && sameLine(doc.tokens[k]) && !/^,/.test(doc.tokens[k]!.gapBefore)) k++;
  for (let n = 0; n < 3 && sameLine(doc.tokens[k]); k++, n++) {
    if (treatment(doc.tokens[k])) return true;
    if (n > 0 && /,/.test(doc.tokens[k]!.gapBefore)) break;
  }
  return false;
}

const suggesting = new Set('mentioned suggested recommended prescribed proposed'.split(' '));
const clinicians = new Set(
  'doctor doc dr gp pcp neurologist cardiologist oncologist psychiatrist pediatrician dermatologist endocrinologist rheumatologist gastroenterologist obgyn gyno pharmacist np pa nurse specialist surgeon provider'.split(
    ' ',
  ),
);

/** A clinician, right before a verb of suggesting, right before token `first`. */
function suggestedByClinician(doc: Doc, first: number): boolean {
  const verb = doc.prev(first);
  const who = doc.prev(first, 2);
  return (
    verb !== undefined &&
    who !== undefined &&
    suggesting.has(verb.key) &&
    verb.line === doc.tokens[first]!.line &&
    clinicians.has(who.key)
  );
}

/** Being on a medicine: "I'm on", "she's been on", "lost 30 lbs on", "started him on", "anyone on". */
const onTreatment =
  /(?:\b(?:am|is|are|was|were|been|being|stay(?:ed|ing)?|start(?:ed|ing)?|put (?:me|him|her|them)|lbs|pounds|weight|anyone|everyone|someone|people|patients|folks|others)|['’](?:s|m|re))[ \t]+on[ \t]+$/i;

/** What a medicine does to whoever writes: "gave me", "has me running", "stopped working". */
const effectOnWriter =
  /^[ \t]+(?:(?:is|was|has been|keeps) )?(?:causing|caused|causes|giving me|gave me|gives me|making me|made me|makes me|has me|had me|left me|stopped working|isn't working|is not working|doesn't work|didn't work|did nothing|does nothing)\b/i;
/** Pronouns a text uses for a person it named. */
const thirdPersons = new Set(['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself']);

/**
 * What the words themselves say is medicine, whatever cue stood before them: a brand beside its
 * generic name, a generic name in lower case, the medical list's compound written apart, an
 * eponym's possessive typed without its apostrophe.
 */
function spelledAsMedicine(doc: Doc, d: Detection, words: Token[], first: number, last: number): boolean {
  const strong = strongCue.test(d.reason);
  if (words.length === 1 && !strong && !words[0]!.possessive && besideGeneric(doc, first)) return true;
  // "the oral agent zuranolone": a generic name in lower case among capitals is the drug, whatever
  // cue ("agent") stood before it.
  if (words.length === 1 && doc.plainLower(words[0]!) && genericName(doc, words[0]!, 0.9)) return true;
  // "guillain barre", "Charcot Marie Tooth": the medical list's compound, written apart.
  if (!strong && compoundEponym(doc, first, last)) return true;
  // "28M with Crohns", "diagnosed with Gehrigs": an eponym's possessive typed without its apostrophe,
  // a word no list holds but the eponym, had by someone; "the Barretts next door" is a household.
  const bare = words[0]!;
  if (
    words.length === 1 &&
    !strong &&
    d.reason !== householdReason &&
    doc.prev(first)?.key !== 'the' &&
    /^[a-z]+[^s]s$/.test(bare.key) &&
    !bare.possessive &&
    doc.lex.wordCount(bare.key) === 0 &&
    !doc.listedName(bare.key) &&
    doc.lex.medical(bare.key.slice(0, -1)) &&
    doc.listedName(bare.key.slice(0, -1)) &&
    // "with Lou Gehrigs": a given name may stand between.
    (/^(?:with|has|have|had)$/.test(doc.prev(first)?.key ?? '') ||
      (doc.prev(first, 2)?.key === 'with' && doc.capitalized(doc.prev(first)!))) &&
    !doc.isOrdinaryWord(bare.key.slice(0, -1))
  )
    return true;
  // "Apgars were 7 and 9", "two Dopplers": the plural of a word only the medical list holds.
  if (
    words.length === 1 &&
    !strong &&
    !bare.possessive &&
    /^[a-z]{4,}s$/.test(bare.key) &&
    !doc.listedName(bare.key) &&
    doc.lex.wordCount(bare.key) === 0 &&
    // (A rare surname's plural after "the" is a household: "the Apgars next door".)
    doc.prev(first)?.key !== 'the' &&
    doc.lex.medical(bare.key.slice(0, -1)) &&
    doc.lex.firstNameRank(bare.key.slice(0, -1)) === undefined &&
    (doc.lex.surnameRank(bare.key.slice(0, -1)) ?? Number.POSITIVE_INFINITY) > 5000
  )
    return true;
  return false;
}

/**
 * Tokens `first`..`last`, with up to three neighbours on the line, spell one of the medical list's
 * hyphenated compounds ("guillain-barre", "charcot-marie-tooth", "zollinger-ellison") however they
 * are written: apart, in any case, with or without the possessive.
 */
function compoundEponym(doc: Doc, first: number, last: number): boolean {
  const line = doc.tokens[first]!.line;
  // Every part of a compound is a word of the list itself; most guesses have a part that is not.
  const partKey = (w: Token) => {
    const key = w.key.replace(/['’]s$/, '');
    return /^[a-z-]*$/.test(key) ? key : key.normalize('NFD').replace(/\p{M}/gu, '');
  };
  const part = (k: number) => {
    const w = doc.tokens[k];
    return w !== undefined && w.line === line && isWord(w) && !w.contraction && doc.lex.medical(partKey(w));
  };
  for (let k = first; k <= last; k++) if (!part(k)) return false;
  for (let a = first; a >= Math.max(0, first - 3) && part(a); a--) {
    if (a < first && !/^[ \t]?$/.test(doc.tokens[a + 1]!.gapBefore)) break;
    for (let b = last; b <= last + 3 && part(b); b++) {
      if (b > last && !/^[ \t]?$/.test(doc.tokens[b]!.gapBefore)) break;
      if (b - a < 1 && !doc.tokens[a]!.key.includes('-')) continue;
      const key = doc.tokens
        .slice(a, b + 1)
        .map(partKey)
        .join('-');
      if (doc.lex.medicalCompound(key)) return true;
    }
  }
  return false;
}

/**
 * What a sentence does with a word no list holds says it is medicine, whatever its spelling: what
 * one is on, what a clinician suggested, what may cause a health matter, what opening a health post
 * does to the writer's body. `subjectCue`: the name detector's only cue was the word's being a
 * sentence's subject, which only the last of these allows.
 */
function usedAsMedicine(doc: Doc, first: number, last: number, subjectCue: boolean): boolean {
  // "Lost 30 lbs on Mounjaro", "She's been on Xelvia since May": what someone is on, in a short text
  // about health, is treatment; no one is "on" a person.
  const before = doc.text.slice(Math.max(0, doc.tokens[first]!.start - 24), doc.tokens[first]!.start);
  if (
    !subjectCue &&
    onTreatment.test(before) &&
    // Weight lost on something says a diet or a drug by itself, and so does asking for others on it.
    (healthSignals(doc) >= 1 ||
      /\b(?:lbs|pounds|weight|anyone|everyone|someone|people|patients|folks|others) on[ \t]+$/i.test(before))
  )
    return true;
  // "the neurologist mentioned Firdapse", "my doctor recommended Zelvora": what a clinician suggests.
  if (!subjectCue && suggestedByClinician(doc, first)) return true;
  // "Is Nexplanon causing my spotting?": asked whether it causes a health matter.
  if (
    !subjectCue &&
    /^(?:is|could|can|would|might)$/.test(doc.prev(first)?.key ?? '') &&
    /^[ \t]+(?:be )?caus(?:e|ing)\b/i.test(
      doc.text.slice(doc.tokens[last]!.end, doc.tokens[last]!.end + 12),
    ) &&
    healthWordAfter(doc, last + 1)
  )
    return true;
  // "Otezla gave me diarrhea", "Keytruda caused my thyroid to stop working": opening a sentence of a
  // short text about health, what does harm or good to the writer's body is taken; posts refer to a
  // person they name again as "he" or "she", to medicine as "it".
  if (
    doc.tokens[first]!.sentenceStart &&
    healthMatterNamed(doc) &&
    effectOnWriter.test(doc.text.slice(doc.tokens[last]!.end, doc.tokens[last]!.end + 32)) &&
    !doc.tokens.some((w) => thirdPersons.has(w.key))
  )
    return true;
  return false;
}

/** Tokens `first`..`last` joined by "and"/"or"/"&" to a capitalized word inside the sentence. */
function joinedToCapitalized(doc: Doc, first: number, last: number): boolean {
  const joined = (joiner: Token | undefined, other: Token | undefined) =>
    joiner !== undefined &&
    other !== undefined &&
    /^(?:and|or|&)$/.test(joiner.key) &&
    joiner.line === doc.tokens[first]!.line &&
    other.line === joiner.line &&
    doc.capitalized(other) &&
    !other.sentenceStart;
  return joined(doc.next(last), doc.next(last, 2)) || joined(doc.prev(first), doc.prev(first, 2));
}

/** Words that offer a choice between two things: "X or Y", "X vs Y". */
const choiceWords = new Set(['or', 'vs', 'versus']);

/**
 * The word at `first`..`last` and a capitalized word no list holds are offered as alternatives:
 * "Vuity or Qlosi", "Sotyktu or Skyrizi". Two people are more often joined by "and".
 */
function choiceOfUnlisted(doc: Doc, first: number, last: number): boolean {
  const unlistedAt = (k: number) => {
    const w = doc.tokens[k];
    return (
      w !== undefined &&
      isWord(w) &&
      !w.possessive &&
      doc.capitalized(w) &&
      !w.sentenceStart &&
      !doc.listedName(w.key) &&
      !doc.isOrdinaryWord(w.key) &&
      doc.lex.place(w.key) === undefined
    );
  };
  const after = doc.next(last);
  const before = doc.prev(first);
  const offeredAfter =
    after !== undefined &&
    choiceWords.has(after.key) &&
    doc.adjacent(doc.tokens[last], after) &&
    unlistedAt(last + 2);
  const offeredBefore =
    before !== undefined &&
    choiceWords.has(before.key) &&
    doc.adjacent(before, doc.tokens[first]) &&
    unlistedAt(first - 2);
  if (!offeredAfter && !offeredBefore) return false;
  // The pair is what the question asks about ("Is X or Y …", "would X or Y be …") or what is used
  // ("add X or Y"); "Should I text Jazlynne or Kessington" asks whom.
  const pairStart = offeredAfter ? first : first - 2;
  return questionOpeners.has(doc.prev(pairStart)?.key ?? '') || objectOfCare(doc, pairStart);
}

/** Longest text (in tokens) read as one question or post rather than a conversation or a note. */
const shortText = 150;

/**
 * How much a short text talks about health (0 for a long one): its medical words, counting only those
 * rarer than everyday talk ("shingles", "bruised", "liver"; not "list", "normal" or "test", which
 * the medical list holds too). In a question or post about health a capitalized word no list holds, which
 * nothing in its sentence makes someone (no relation, title, greeting, verb only a person takes), is
 * a brand far more often than a person: people asking name their kin by relation ("my son Jaxon"),
 * and the census lists hold most names.
 */
function healthSignals(doc: Doc): number {
  return healthTalk(doc).signals;
}

/**
 * One pass over a short text (nothing for a long one): how many health signals it has, and whether
 * one of them names the health matter itself — a noun, a medication word or the medical list's
 * initials, not only a rare verb or adjective the medical list holds too ("linked", "apt"). The
 * wider question rule needs the matter itself.
 */
const healthTalk = perDocument((doc: Doc): { signals: number; matterNamed: boolean } => {
  const talk = { signals: 0, matterNamed: false };
  if (doc.tokens.length <= shortText)
    for (const t of doc.tokens) {
      const strong = medicalOnly(doc, t.key) || clinicalInitials(doc, t) || medicationWords.has(t.key);
      if (strong || rareMedicalWord(doc, t)) talk.signals++;
      if (
        strong ||
        (healthWord(doc, t, rareInTalk) && (doc.lex.place(t.key) === undefined || doc.plainLower(t)))
      )
        talk.matterNamed = true;
    }
  talk.matterNamed &&= talk.signals > 0;
  return talk;
});

/**
 * "his FEV1", "an MRI", "my PSA": the medical list's initials, in capitals that mean it — three or
 * more characters, and no place's or state's code ("PA", "ON", "LONDON" in an address).
 */
const clinicalInitials = (doc: Doc, t: Token) =>
  t.case === Case.Upper &&
  t.text.length >= 3 &&
  doc.caseInformative(t) &&
  doc.lex.medical(t.key) &&
  doc.lex.place(t.key) === undefined &&
  !doc.lex.isUsState(t.key) &&
  !doc.isOrdinaryWord(t.key);

/** A short text names a health matter itself (`healthTalk`). */
const healthMatterNamed = (doc: Doc) => healthTalk(doc).matterNamed;

/** Spoken count under which a word of the medical list is a health word in any text. */
const rareInTalk = 1000;

/** "conceive", "bruised", "liver": a medical word talk uses seldom, whatever its part of speech. */
const rareMedicalWord = (doc: Doc, t: Token) =>
  rareUnnamedWord(doc, t, rareInTalk) &&
  doc.lex.medical(t.key) &&
  // "sweat chloride": a town's name written in lower case among capitals that mean something is the word.
  (doc.lex.place(t.key) === undefined || doc.plainLower(t));

/**
 * Where a question puts what is used or taken rather than whom it asks about: "treated with X",
 * "after X", "the X", "use X", "something like X". The subject asked about is read apart
 * (`subjectAsked`), since people are asked about as often as brands are.
 */
const careObjectBefore = new Set(
  'with after since from on off the a an use using used like than vs versus about add try tried start started switch'.split(
    ' ',
  ),
);
/** "O'Hare", "D'Amico": a name's prefix and apostrophe, which no brand is written with. */
const prefixedName = (t: Token) => /^\p{L}['’]\p{Lu}/u.test(t.text);

function objectOfCare(doc: Doc, first: number): boolean {
  const t = doc.tokens[first]!;
  if (prefixedName(t)) return false;
  const before = doc.prev(first)?.key ?? '';
  if (careObjectBefore.has(before)) return true;
  // "Is Zepbound the weekly one or is that X?": the other of two things asked about.
  if (before === 'that' && doc.prev(first, 2)?.key === 'is' && doc.prev(first, 3)?.key === 'or') return true;
  // "the same class as X"; "is it normal for X to make me dizzy": what a medicine is or does.
  if (before === 'as') return kindsOfMedicine.has(doc.prev(first, 2)?.key ?? '');
  return before === 'for' && medicineDoes.test(doc.text.slice(t.end, t.end + 24));
}

const kindsOfMedicine = new Set('class kind type drug medication medicine brand generic'.split(' '));
const medicineDoes =
  /^[ \t]+to (?:make|cause|work|kick in|wear off|start working|stop working|raise|lower|affect|show up)\b/i;

/**
 * What follows a word when the sentence asks about a person, not a product: "Does X have diabetes?",
 * "Why is X so impulsive?", "Can X take Tylenol?", "Is X required to come?", "X feels dizzy".
 */
const personPredicate =
  /^[ \t]+(?:(?:so|too)\b|(?:required|allowed|supposed|able|expected|going) to (?!be\b)|(?:take|eat|drink|use|go|get|do|start|stop|see|come|need|sleep|play|fly|travel|swim|breastfeed|nurse|return|attend|visit|stay|wear|try|switch|keep|walk|drive|work out|exercise)\b|be (?!taken|used|injected|stored|refrigerated|crushed|split|mixed|combined|prescribed|given|cut|covered)\w|(?:has|have|had)(?! been)\b|(?:is|was|has been|seems?|seemed|gets?|got|acts?|acting) (?:so|too|always|being|really|very|more|less)\b|(?:feels?|felt|seems?|seemed|keeps|kept|wants?|wanted|thinks?|thought|says?|said|cries|cried|hates?|loves?|likes?|knows?|sleeps?|refuses?|refused|acts?|acted|behaves?|lives?|lived)\b)/i;

/** Verbs that open a yes-no question before its subject: "Is X …", "Does X …", "Can X …". */
const questionOpeners = new Set('is are was does do did can could will would should has'.split(' '));
/** Words that open a question asking what, how or why. */
const whWords = new Set('how why what which when where whats'.split(' '));
/** Words a question opens with, which forum questions keep when they drop the question mark. */
const questionWords = new Set([...questionOpeners, ...whWords]);

/**
 * How a drug's release is written after its brand, in capitals: "Adderall XR", "Wellbutrin XL",
 * "Torvane PM". (Not "ER", a hospital's emergency room, nor "LA" or "DR".)
 */
const formulations = new Set(['XR', 'XL', 'SR', 'CR', 'ODT', 'HCT', 'PM']);

/** "Torvane PM for my 9yo": a brand before how it is released; "PM" only after a word no name list holds. */
function formulationAfter(doc: Doc, last: number): boolean {
  const t = doc.tokens[last]!;
  const after = doc.next(last);
  if (!after || !doc.adjacent(t, after) || !formulations.has(after.text) || t.possessive) return false;
  // "at 5 PM", "Dana PM": a time after its number, or a named person's note.
  return after.text !== 'PM' || (!doc.listedName(t.key) && !/^\d/.test(t.text));
}

/**
 * "divalproex DR (Depakote)", "sertraline (Zoloft)": a word no name list holds, alone in parentheses
 * after medicine or its release, is the medicine's brand; so is a person the tagger found that is
 * medicine and no listed name.
 */
function brandAfterGeneric(doc: Doc, d: Detection, first: number, last: number): boolean {
  const word = doc.tokens[first]!;
  if (d.detector === 'ner') {
    const words = doc.tokens.slice(first, last + 1).filter(isWord);
    if (words.every((w) => doc.lex.medical(w.key) && !doc.listedName(w.key))) return true;
  }
  if (first !== last || doc.listedName(word.key)) return false;
  const before = doc.prev(first);
  return (
    /\($/.test(word.gapBefore) &&
    /^\)/.test(doc.next(first)?.gapBefore ?? ')') &&
    before !== undefined &&
    before.line === word.line &&
    (doc.lex.medical(before.key) ||
      formulations.has(before.text) ||
      before.text === 'DR' ||
      before.text === 'ER')
  );
}

/** The sentence holding token `i` names a condition, a medication word or the medical list's initials. */
function healthInSentence(doc: Doc, i: number): boolean {
  for (let k = doc.sentenceFirst(i); k <= doc.sentenceLast(i); k++) {
    const t = doc.tokens[k]!;
    if (k !== i && (medicalOnly(doc, t.key) || clinicalInitials(doc, t) || medicationWords.has(t.key)))
      return true;
  }
  return false;
}

/** A short text with a question in it, marked or opened by a question word, and no speakers' turns. */
const asksSomewhere = perDocument(
  (doc: Doc): boolean =>
    doc.tokens.length <= shortText &&
    doc.tokens.some((t, i) => (t.sentenceStart && questionWords.has(t.key)) || doc.inQuestion(i)) &&
    !doc.tokens.some((_, i) => speakerLabel(doc.tokens, i)),
);

/** A question, marked or not: "is X like Wellbutrin or totally different". */
function askedOf(doc: Doc, i: number): boolean {
  return doc.inQuestion(i) || questionWords.has(doc.tokens[doc.sentenceFirst(i)]!.key);
}

/** The subject a question asks about: opening it, or after its verb ("Is X the one …", "How soon does X …"). */
function subjectAsked(doc: Doc, first: number): boolean {
  const t = doc.tokens[first]!;
  if (prefixedName(t)) return false;
  if (t.sentenceStart) return true;
  const verb = doc.prev(first);
  return (
    verb !== undefined &&
    doc.adjacent(verb, t) &&
    questionOpeners.has(verb.key) &&
    (verb.sentenceStart ||
      whWords.has(doc.prev(first, 2)?.key ?? '') ||
      /^(?:soon|fast|long|quickly|often|much|well)$/.test(doc.prev(first, 2)?.key ?? ''))
  );
}

const saidOfAPerson = (doc: Doc, last: number) =>
  personPredicate.test(doc.text.slice(doc.tokens[last]!.end, doc.tokens[last]!.end + 24));

/**
 * "Mrs. Osterhage?", "Lena K. Dubrovsky's": a title, an initial or a given name before the word, or
 * its possessive, makes it someone's name.
 */
function markedAsSomeones(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens[first]!;
  const before = doc.prev(first);
  return (
    doc.tokens[last]!.possessive ||
    (before !== undefined &&
      before.line === t.line &&
      (titles.has(before.key) || (doc.capitalized(before) && !before.sentenceStart)))
  );
}

/** Not marked as someone's, and no capitalized word after it ("Ysolde Marchetti"). */
function standsAlone(doc: Doc, first: number, last: number): boolean {
  const after = doc.next(last);
  return (
    !markedAsSomeones(doc, first, last) &&
    !(after && doc.adjacent(doc.tokens[last]!, after) && doc.capitalized(after) && !after.sentenceStart)
  );
}

/** What only a medicine is asked: how it is taken, kept, covered or compared with other forms. */
const medicineOnlyAsked = new RegExp(
  String.raw`^(?:interacts?|given (?:iv|intravenously|orally|by injection|as (?:an? )?(?:shot|infusion|injection|pill))|be done at home|be (?:taken|injected|refrigerated|crushed|split|prescribed|combined|mixed)|(?:need|needs|have|has) to be (?:taken|refrigerated|injected|stored)|(?:still )?(?:available|approved|covered)|an? (?:${medicineKinds})|show up on (?:a|an|my|the) (?:drug|urine|blood|hair) (?:test|screen)|(?:easier|safer|stronger|weaker|milder|gentler|harsher|cheaper) than|be used (?:if|when|while|during|for|with|by|in)|take (?:long )?to (?:work|kick in)|make (?:me|you|him|her|them|us) (?:gain|lose|sleepy|drowsy|tired|dizzy|nauseous|jittery)|(?:increase|raise|lower) (?:the|my|your|his|her|their) risk|(?:required|recommended) (?:for|before|during|after|at)|(?:(?:and|or) [a-z'-]+ )?the same (?:(?:type|kind|class|sort) of )?(?:drug|medication|medicine|pill|vaccine|shot|injection|inhaler|supplement)s?)\b`,
  'i',
);
/** What is asked of a medicine and, with a health word after it, only of a medicine. */
const medicineAsked =
  /^(?:helps?|works?|causes?|treats?|protects?|lower|raise|increase|decrease|reduce|prevent|affect|weaken|suppress|damage|(?:didn't|doesn't|did not|does not|barely|never|won't) (?:touch|touches|help|helps|work|works)|(?:isn't|is not|wasn't|was not|stopped) working|(?:a )?(?:good|better|best|safe|safer)(?: (?:option|choice))?|worse|used|legit)\b/i;

/**
 * "Does Velmora need to be refrigerated?", "Does Quintrex help with neuropathy?": a question about
 * a capitalized word no name list holds (the lists hold the census's and the SSA's names), asking
 * what is asked only of a medicine, or what a medicine does for a health matter named after it.
 * Brands are coined to sound like names, so their spelling says little; the question says more.
 * Not "Why is X so impulsive?" or "Does X have diabetes?": those ask about a person.
 */
function healthQuestion(doc: Doc, first: number, last: number): boolean {
  if (markedAsSomeones(doc, first, last) || !doc.inQuestion(last)) return false;
  const end = doc.sentenceLast(last);
  const after = doc.text
    .slice(doc.tokens[last]!.end, doc.tokens[end]!.end)
    .replace(/^[ \t]+(?:actually|still|really|also|ever|usually)\b/i, '')
    .trimStart();
  if (medicineOnlyAsked.test(after)) return true;
  // "Is X an anticonvulsant?": asked to be of a kind only the medical list names.
  const kind = /^an? ([a-z-]+)[ \t]*\?/i.exec(after)?.[1]?.toLowerCase();
  if (kind && medicalOnly(doc, kind) && !doc.isOrdinaryWord(kind)) return true;
  if (!medicineAsked.test(after)) return false;
  // "Can X raise blood pressure?": as after a verdict on health, commoner health words count.
  for (let j = last + 2; j <= end; j++) {
    const w = doc.tokens[j]!;
    // "… isn't working after 4 months, should I increase the dose?": talk of dosing says medicine too.
    if (healthWord(doc, w, 6000) || medicationWords.has(w.key)) return true;
  }
  return false;
}

/** The words a text writes with "non-" before them ("non-Hodgkin"), read once per document. */
const negatedKinds = perDocument((doc: Doc): Set<string> => {
  const kinds = new Set<string>();
  for (const t of doc.tokens) if (t.key.startsWith('non-')) kinds.add(t.key.slice(4));
  return kinds;
});

/** A common given name the medical list does not hold as an eponym ("Maria", "Darryl"; not "Hunter"). */
const givenNameOnly = (doc: Doc, key: string) => commonGivenName(doc, key) && !doc.lex.medical(key);

/**
 * "memantine (Namenda)", "Aricept (donepezil)": a medicine's other name in brackets beside it —
 * the word in brackets after a medical word, or the word before brackets holding one.
 */
function bracketedName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  // "Lives with stepdad (Darryl)": a common given name no medical list holds is someone's.
  if (givenNameOnly(doc, t.key)) return false;
  const next = doc.tokens[i + 1];
  const medicine = (w: Token | undefined) =>
    w !== undefined &&
    w.line === t.line &&
    /^\p{L}+$/u.test(w.text) &&
    !relations.has(w.key) &&
    // A generic's name, in lower case where case tells, that no list holds ("memantine (Namenda)").
    (medicalOnly(doc, w.key) ||
      (doc.unknownWord(w.key) &&
        (medicineLikelihood(w.text) >= 0.5 || (doc.caseInformative(w) && w.case === Case.Lower))));
  if (/\($/.test(t.gapBefore) && /^\)/.test(next?.gapBefore ?? ')')) return medicine(doc.tokens[i - 1]);
  return (
    next !== undefined &&
    /^[ \t]\($/.test(next.gapBefore) &&
    /^\)/.test(doc.tokens[i + 2]?.gapBefore ?? '') &&
    medicine(next)
  );
}

/** "ludwigs angina", "bells palsy": an eponym's possessive typed without its apostrophe, before its head. */
function typedPossessiveEponym(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  return (
    !t.possessive &&
    /[^s']s$/.test(t.key) &&
    doc.lex.medical(t.key.slice(0, -1)) &&
    !doc.lex.medical(t.key) &&
    headDistance(doc, i) === 1
  );
}

/** What is done to a patient, after "a": "did a Barnes", "order a Holter", "got a Lachman". */
const doneVerbs = new Set(
  'do did does done doing get got order ordered run ran check checked perform performed complete completed repeat repeated'.split(
    ' ',
  ),
);
/**
 * Capitalized words a text has done as a test ("Did you do a Barnes?"), read once per document:
 * the same word alone elsewhere ("Barnes was 1, minimal akathisia") is the test's result, not a person.
 */
const testsDone = perDocument((doc: Doc): Set<string> => {
  const keys = new Set<string>();
  for (let k = 2; k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    const article = doc.tokens[k - 1]!;
    if (
      doc.capitalized(t) &&
      !t.possessive &&
      (article.key === 'a' || article.key === 'an') &&
      doc.adjacent(article, t) &&
      doneVerbs.has(doc.tokens[k - 2]!.key) &&
      doc.adjacent(doc.tokens[k - 2], article)
    )
      keys.add(t.key);
  }
  return keys;
});

/**
 * "Which test is positive, McMurray or the Apley grind?", "Which signs are these, Cullen and Grey
 * Turner?", "What criteria diagnose it, Hunter or Sternbach?": capitalized words offered as the
 * choices of a clinical head asked about earlier in the question are its eponyms.
 */
function eponymsOfHeadBefore(doc: Doc, first: number, last: number): boolean {
  if (!doc.inQuestion(first)) return false;
  // "Which test did you order, Maria or Jose?": a common given name no medical list holds is asked.
  for (let k = first; k <= last; k++) if (givenNameOnly(doc, doc.tokens[k]!.key)) return false;
  const start = doc.sentenceFirst(first);
  // The choices: joined by "or"/"and" to another capitalized word ("McMurray or the Apley grind").
  const joinedTo = (k: number, step: number) => {
    const join = doc.tokens[k + step];
    let other = doc.tokens[k + 2 * step];
    if (step > 0 && other?.key === 'the') other = doc.tokens[k + 3 * step];
    return (
      join !== undefined &&
      (join.key === 'or' || join.key === 'and') &&
      other !== undefined &&
      other.line === join.line &&
      doc.capitalized(other)
    );
  };
  const before = doc.tokens[first - 1];
  const paired =
    joinedTo(last, 1) || joinedTo(first, -1) || (before?.key === 'the' && joinedTo(first - 1, -1));
  if (!paired) return false;
  // Set off after the head: "…, McMurray or …", "— Rubin, Woods screw, or …".
  let k = first;
  while (k > start && !/[,—–:-]/.test(doc.tokens[k]!.gapBefore)) k--;
  if (k === start) return false;
  for (let h = start; h < k; h++) if (clinicalHead(doc, doc.tokens[h]!)) return true;
  return false;
}

/**
 * Possessives the text writes before a clinical head noun ("Wernicke's encephalopathy",
 * "Huntington's, Wilson's, Sydenham's chorea"), read once per document: the same possessive alone
 * elsewhere ("Wilson's at his age is a stretch") is that condition again.
 */
const headedEponyms = perDocument((doc: Doc): Set<string> => {
  const keys = new Set<string>();
  for (let k = 0; k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (t.possessive && !doc.plainLower(t) && doc.lex.medical(t.key) && headFollows(doc, k)) keys.add(t.key);
  }
  return keys;
});

/** A document about medicine: three or more words only the medical list holds, or its abbreviations. */
const clinicalDocument = perDocument((doc: Doc): boolean => {
  let n = 0;
  for (const t of doc.tokens) {
    if (!isWord(t)) continue;
    if (medicalOnly(doc, t.key) || medicalInitials(doc, t)) n++;
    if (n >= 3) return true;
  }
  return false;
});

/** Words only medication talk uses: "prescribed", "refill", "dose", "side effects". */
const medicationWords = new Set(
  'prescribed prescribe prescription refill refilled dose doses dosage tapered titrated weaned medication medications meds pharmacist pharmacy effects interact interaction'.split(
    ' ',
  ),
);

/** What paying for a medicine is talked about with (taking it: `medicationWords`). */
const coverageWords = new Set('insurance insurer copay coupon generic afford cost costs'.split(' '));

/**
 * "Does Kaiser cover IVF?", "Will Cigna cover Cologuard?", "Kaiser requires a referral for PT": what
 * covers a test, a medicine or care, or asks for a referral, is an insurer. A common given name stays
 * someone ("Does Jenna cover therapy for you?"), and so does what covers a shift or a bill.
 */
function insurerSlot(doc: Doc, words: Token[], first: number, last: number): boolean {
  if (words.some((w) => (doc.lex.firstNameRank(w.key) ?? Number.POSITIVE_INFINITY) <= 1000 || w.possessive))
    return false;
  // "Is Ozempic covered for weight loss by Blue Cross?": what care is covered by.
  const opening = doc.tokens[first]!;
  if (
    /\b(?:covered|reimbursed)(?:[ \t]+(?:for|under)[ \t]+[^.?!,;]{1,30}?)?[ \t]+by[ \t]+$/i.test(
      doc.text.slice(Math.max(0, opening.start - 64), opening.start),
    )
  ) {
    for (let k = first - 1; k >= doc.sentenceFirst(first); k--)
      if (coveredCare(doc, doc.tokens[k]!)) return true;
  }
  if (
    careThrough(doc, words, first, last) ||
    insuredWith(doc, first, last) ||
    insurerAnswered(doc, first, last)
  )
    return true;
  // "Does Molina Medicaid cover …": the plan's kind may stand between the insurer and the verb.
  if (planKinds.has(doc.next(last)?.key ?? '') && doc.next(last)!.line === doc.tokens[last]!.line) last++;
  const verb = doc.next(last);
  if (!verb || verb.line !== doc.tokens[last]!.line || !doc.adjacent(doc.tokens[last], verb)) return false;
  const rest = doc.text.slice(verb.end, verb.end + 40);
  if (/^(?:require|requires|required|need|needs)$/.test(verb.key))
    return /^[ \t]+(?:a |an )?(?:referral|prior auth|pre-?auth|prior authorization|pre-?authorization)\b/i.test(
      rest,
    );
  // "Will Cigna cover Cologuard?", "Kaiser wouldn't approve the MRI", "Aetna denied my claim": what
  // covers, approves or denies care, past a negation; "physical therapy", "a sleep study": the thing
  // may take an article and two words.
  const negation = /n['’]?t$/.test(verb.key);
  const decides = negation ? doc.next(last, 2) : verb;
  if (!decides || !coverageVerbs.test(decides.key)) return false;
  const at = last + (negation ? 2 : 1);
  return [1, 2, 3].some((k) => {
    const w = doc.next(at, k);
    return w !== undefined && w.line === verb.line && (coveredCare(doc, w) || w.key === 'claim');
  });
}

/**
 * "Does insurance cover it? I have Kaiser.", "my insurance is Ambetter": the plan one has, closing its
 * sentence, where that or the sentence before speaks of coverage ("I have Jordan this weekend" is a
 * child one has).
 */
function insuredWith(doc: Doc, first: number, last: number): boolean {
  const opening = doc.tokens[first]!;
  const before = doc.text.slice(Math.max(0, opening.start - 40), opening.start);
  if (
    !/\b(?:(?:i|we|he|she|they) (?:have|has|had|got)|(?:my|our|his|her|their) (?:insurance|plan) is)[ \t]+$/i.test(
      before,
    )
  )
    return false;
  if (!/^[ \t]*(?:[.?!]|$)/m.test(doc.text.slice(doc.tokens[last]!.end, doc.tokens[last]!.end + 4)))
    return false;
  const opens = doc.sentenceFirst(first);
  const from = opens > 0 ? doc.sentenceFirst(opens - 1) : opens;
  for (let k = from; k <= last; k++) {
    const key = doc.tokens[k]!.key;
    if (coverageWords.has(key) || coverageVerbs.test(key) || key === 'covered') return true;
  }
  return false;
}

/**
 * "Intake: Insurance?⏎Caller: Medica.", "my insurance is through my mom's job, it's Kaiser": the plan
 * said in answer to the question of insurance, opening the next turn, or as what "it" is after the
 * sentence speaks of insurance — closing its clause there.
 */
function insurerAnswered(doc: Doc, first: number, last: number): boolean {
  const closes = /^[ \t]*(?:[.?!,;]|$|or\b|i think\b)/m.test(
    doc.text.slice(doc.tokens[last]!.end, doc.tokens[last]!.end + 12),
  );
  if (!closes) return false;
  const opening = doc.tokens[first]!;
  const before = doc.prev(first);
  // "… it's Kaiser": "it" is the insurance the sentence spoke of.
  if (before?.key === 'it') {
    for (let k = first - 2; k >= Math.max(0, first - 16) && doc.tokens[k]!.line === opening.line; k--)
      if (doc.tokens[k]!.key === 'insurance') return true;
    return false;
  }
  // Opening a turn ("Caller: Medica.") after a turn that asks about insurance.
  const turnOpens =
    before === undefined || before.line !== opening.line || speakerLabel(doc.tokens, first - 1);
  return turnOpens && lineBeforeAsks(doc, first, (key) => key === 'insurance');
}

const planKinds = new Set('medicaid medicare marketplace hmo ppo advantage'.split(' '));
/** What an insurer does to care. */
const coverageVerbs = /^(?:cover|covers|reimburse|reimburses|approve|approves|approved|deny|denies|denied)$/;

/** Care one books or is approved for: "an appointment through X", "a therapist who takes X". */
const careWords = new Set(
  `appointment appointments therapist therapists doctor doctors provider providers referral approved
  approval plan specialist dermatologist pediatrician psychiatrist counselor visit visits test`.split(/\s+/),
);

/**
 * "a dermatology appointment through Kaiser", "approved through Blue Cross", "a pulmonologist who
 * takes Fidelis": care had through an insurer, where the sentence speaks of care. Not a town one
 * drives through that everyone knows, and no given name ("a therapist through Marisol").
 */
function careThrough(doc: Doc, words: Token[], first: number, last: number): boolean {
  const opening = doc.tokens[first]!;
  const before = doc.prev(first);
  if (
    !before ||
    !doc.adjacent(before, opening) ||
    !/^(?:through|thru|takes|take|accepts|accept)$/.test(before.key)
  )
    return false;
  const kind = doc.lex.place(words.map((w) => w.key).join(' '));
  if (kind !== undefined && kind !== 'us-place' && kind !== 'county') return false;
  // "walking through Wicker Park": a named institution is a place one passes through, and so is
  // anything one walks or drives through.
  if (
    institutionSuffixes.has(words[words.length - 1]!.key) ||
    passingVerbs.test(doc.prev(first, 2)?.key ?? '')
  )
    return false;
  // ("sessions through Crescent Youth Services": an agency that gives the care, by its last word,
  // whichever of its words the detection holds; plans end on "Health" as agencies do.)
  const end = capitalizedRunEnd(doc, last, 4);
  if (/^(?:services|counseling|counselling|recovery)$/.test(doc.tokens[end]!.key)) return false;
  if (words.some((w) => (doc.lex.firstNameRank(w.key) ?? Number.POSITIVE_INFINITY) < rankCrowd)) return false;
  for (let k = doc.sentenceFirst(first); k <= doc.sentenceLast(first); k++) {
    if (k >= first && k <= last) continue;
    const w = doc.tokens[k]!;
    // A health word is what one gets through it ("my insulin through X"); after, it may be anything
    // ("traffic through Waco … eating cereal").
    if (
      careWords.has(w.key) ||
      (k < first && healthWord(doc, w)) ||
      medicationWords.has(w.key) ||
      coverageWords.has(w.key)
    )
      return true;
  }
  return false;
}

/** Ways of going through a place: "walking through", "drove thru". */
const passingVerbs =
  /^(?:walk|walked|walking|drive|drove|driving|ran|run|running|went|go|going|passed|passing|cut|biked|biking|rode|riding|hiked|hiking|wandered|wandering|strolled|strolling)$/;

/** What an insurer covers: a health word, a product or medicine word, an acronym ("IVF") or a brand no list holds. */
function coveredCare(doc: Doc, object: Token): boolean {
  return (
    healthWord(doc, object) ||
    productNouns.has(object.key) ||
    medicationWords.has(object.key) ||
    (object.case === Case.Upper && object.text.length >= 2 && doc.lex.place(object.key) === undefined) ||
    (doc.capitalized(object) && !doc.listedName(object.key) && !doc.isOrdinaryWord(object.key))
  );
}

/**
 * "Insurance denied Nurtec, what's a cheaper alternative?", "Caplyta and weight gain, anyone?": a
 * question (its line asks one) with a health word, a product noun or talk of paying for medicine
 * within a dozen words — looser than `clinicalNeighbourhood`, so it needs the question.
 */
function askedAboutHealth(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens[first]!;
  // Initials ("sent home from UHNHMC") and someone spoken to ("How did that feel, Gisselle?") are
  // not what this reads.
  if (doc.tokens.slice(first, last + 1).some((w) => w.case === Case.Upper) || /,[ \t]*$/.test(t.gapBefore))
    return false;
  // The line asks, in the word's sentence or one after it ("X gave me a rash. Is that known?").
  return /^[^\n]*\?/.test(doc.text.slice(doc.tokens[last]!.end)) && healthTalkNear(doc, first, last);
}

/**
 * Within a dozen words of tokens `first`..`last` on their line: a health word, a product noun, or
 * talk of taking or paying for medicine ("dose", "insurance", "copay").
 */
function healthTalkNear(doc: Doc, first: number, last: number): boolean {
  const line = doc.tokens[first]!.line;
  for (let k = Math.max(0, first - 12); k <= last + 12 && k < doc.tokens.length; k++) {
    if (k >= first && k <= last) continue;
    const w = doc.tokens[k]!;
    if (w.line !== line || !isWord(w)) continue;
    if (healthWord(doc, w, 6000) || productNouns.has(w.key)) return true;
    if (medicationWords.has(w.key) || coverageWords.has(w.key)) return true;
  }
  return false;
}

/** Another medical word, clinical abbreviation or medication word within ten words on the line, or a dose after the word. */
function clinicalNeighbourhood(doc: Doc, first: number, last: number): boolean {
  const line = doc.tokens[first]!.line;
  for (let k = Math.max(0, first - 10); k <= last + 10 && k < doc.tokens.length; k++) {
    if (k >= first && k <= last) continue;
    const t = doc.tokens[k]!;
    if (t.line !== line || !isWord(t)) continue;
    // Not the head nouns or everyday verbs: "point", "block", "stop", "take" are everyday words too.
    if (medicalOnly(doc, t.key) || medicationWords.has(t.key)) return true;
    if (medicalInitials(doc, t)) return true;
  }
  return drugAfter.test(doc.text.slice(doc.tokens[last]!.end, doc.tokens[last]!.end + 24));
}

/**
 * "COPD", "NSTEMI", "AA meetings": in text whose capitals mean something, a word in capitals that the
 * medical list holds, or two or three capitals before a lower-case noun, is an abbreviation.
 */
function acronym(doc: Doc, t: Token, i: number, personCue: boolean): boolean {
  if (
    t.case !== Case.Upper ||
    t.text.length < 2 ||
    !doc.caseInformative(t) ||
    doc.lex.place(t.key) !== undefined
  )
    return false;
  if (doc.lex.medical(t.key)) return true;
  const next = doc.next(i);
  // "the AUDIT-C score", "a Y-BOCS scale": capitals before a clinical head noun name an instrument.
  if (next && next.line === t.line && /^[ \t]$/.test(next.gapBefore) && clinicalHeads.has(next.key))
    return true;
  // "the difference between LADA and type 1": in a short text about health, written in properly cased
  // words, a short word in capitals is a term's initials; a name shouted in capitals has a cue.
  if (!personCue && t.text.length <= 5 && /^[A-Z0-9-]+$/.test(t.text) && healthMatterNamed(doc)) return true;
  return (
    t.text.length <= 3 &&
    next !== undefined &&
    next.line === t.line &&
    /^ $/.test(next.gapBefore) &&
    next.case === Case.Lower &&
    doc.isOrdinaryWord(next.key) &&
    !doc.isGrammatical(next.key)
  );
}
