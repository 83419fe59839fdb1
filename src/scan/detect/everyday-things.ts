import type { Detection } from '../findings.ts';
import {
  alongStreet,
  armedServices,
  calendarWords,
  credentials,
  denominations,
  departments,
  determiners,
  endearments,
  familyEvents,
  holidays,
  homeNouns,
  institutionSuffixes,
  landmarkWords,
  languages,
  multiStateRegions,
  placePrepositions,
  placeTalk,
  possessives,
  relations,
  roleLabels,
  spanishBeforeNoun,
  stateInstitutions,
  streetSuffixes,
  titles,
  townWords,
  untaggedPeoples,
  weekday,
} from '../lexicon/cues.ts';
import { chainKey, rankCrowd } from '../lexicon/load.ts';
import { Case, isWord, type Token } from '../text/tokens.ts';
import { definedAcronym } from './acronyms.ts';
import { hedges, strongCue } from './clinical-vocab.ts';
import { type Doc, perDocument, speakerLabel } from './doc.ts';
import { floorWing } from './facility-slots.ts';
import { formLabelWord, payerValue } from './form-fields.ts';
import { everydayHashtag, redditPrefixed, tagWords } from './hashtags.ts';
import { initialsReason } from './initials.ts';
import { commonGivenName } from './name-shape.ts';
import { unknownOpeningReason } from './names.ts';
import { saidInAnotherTongue } from './other-tongues.ts';
import { kinInThisText, labelsARole, signOffs } from './person-context.ts';
import { knownPlaces } from './place-or-name.ts';
import { numberOpensName, numberWords, residenceReason, workplaceReason } from './place-slots.ts';
import {
  childrensHospitalReason,
  congregationReason,
  schoolKinds,
  schoolLevels,
  stateCodeAt,
  streetNameReason,
} from './places.ts';
import { bareStreetReason } from './said-streets.ts';
import { householdReason } from './surname-cues.ts';

/** Names of God and of the divine, and scripture: "pray to God", "thank the Lord", "Bible study". */
const deities = new Set([
  // Blessings said in Arabic in American speech: "Inshallah it gets better", "Wallahi I did not".
  'inshallah',
  'inshaallah',
  'mashallah',
  'mashaallah',
  'wallahi',
  'alhamdulillah',
  'subhanallah',
  'bismillah',
  'hamdulillah',
  'astaghfirullah',
  'bondye',
  'god',
  'lord',
  'allah',
  'dios',
  'deus',
  'egziabher',
  'ilaahay',
  'rabb',
  'bhagwan',
  'waheguru',
  'christ',
  'yahweh',
  'jehovah',
  'buddha',
  'krishna',
  'bible',
  'scripture',
  'quran',
  'koran',
  'torah',
  // Books of the Bible that are no one's name: "reading Romans at me", "the Gospels", "Psalms".
  'gospel',
  'gospels',
  'psalm',
  'psalms',
  'proverbs',
  'romans',
  'corinthians',
  'galatians',
  'ephesians',
  'philippians',
  'colossians',
  'thessalonians',
  'hebrews',
  'leviticus',
  'deuteronomy',
  // Prayers said by name: "say Kaddish", "pray the Rosary", "a novena".
  'kaddish',
  'rosary',
  'novena',
  'namaz',
  'salah',
  'dua',
]);
/** When Mass is said: "the evening Mass", "midnight Mass". */
const massTimes = /^(?:evening|morning|midnight|vigil|daily|weekday|noon)$/;
/** "Mother Mary", "the Virgin Mary", "Hail Mary": the mother of Jesus. */
const marian = new Set(['mother', 'virgin', 'blessed', 'hail', 'holy']);
const faithWords = new Set(
  'pray prayed praying prayer prayers praise faith believe church thank thanks trust bible god lord christ worship'.split(
    ' ',
  ),
);
/** Verbs whose object is an activity: "doing Pilates", "practicing Tai Chi". */
const activityVerbs = new Set(['doing', 'practice', 'practicing', 'practise', 'practising']);

/** What a show, a film or a game has after its title: "Ted Lasso season 3", "the Frasier reboot". */
const afterTitle = new Set(
  'season seasons episode episodes finale reboot trailer sequel prequel remake remaster spinoff soundtrack franchise premiere game games tournament dlc expansion'.split(
    ' ',
  ),
);
/** Channels and services a title is on: "Forrest Gump on TNT". */
const channels = new Set('tnt hbo hulu netflix peacock abc nbc cbs fx bravo disney max amc'.split(' '));

/**
 * Exercise and mind-body practices a clinician recommends by name, whose words name lists hold as
 * given names or surnames ("Tai", "Chi", "Reiki"): the practice, never someone.
 */
const practices = new Set(
  'tai chi|qigong|qi gong|reiki|pilates|zumba|jazzercise|tae bo|taekwondo|tae kwon do|jiu jitsu|krav maga|capoeira|feldenkrais|ayurveda|kundalini|hatha|vinyasa|bikram'.split(
    '|',
  ),
);
/** Crisis lines a safety plan lists by name, whose words name lists hold ("Trevor", "Text Line"). */
const crisisLines = new Set(
  'crisis text line|trevor project|trevor lifeline|trans lifeline|teen line|veterans crisis line|disaster distress helpline'.split(
    '|',
  ),
);

/**
 * Token `i` is a word of a practice's name ("chi" of "tai chi"), in any case: "my therapist
 * recommended Tai Chi", "I love Pilates" name the practice, never someone.
 */
export function practiceWord(doc: Doc, i: number): boolean {
  return inPhrase(doc, i, practices);
}

/** The words each phrase list is made of, so most tokens are turned away at once. */
const phraseWords = new WeakMap<ReadonlySet<string>, Set<string>>();

/** Token `i` is a word of one of `phrases` (up to three words) written around it. */
function inPhrase(doc: Doc, i: number, phrases: ReadonlySet<string>): boolean {
  let words = phraseWords.get(phrases);
  if (!words) {
    words = new Set([...phrases].flatMap((p) => p.split(' ')));
    phraseWords.set(phrases, words);
  }
  if (!words.has(doc.tokens[i]?.key ?? '')) return false;
  for (let k = Math.max(0, i - 2); k <= i; k++)
    for (let n = 3; n >= i - k + 1; n--) {
      const phrase = doc.tokens.slice(k, k + n);
      if (phrase.length < n || phrase.some((w, j) => j > 0 && !doc.adjacent(phrase[j - 1], w))) continue;
      if (phrases.has(phrase.map((w) => w.key).join(' '))) return true;
    }
  return false;
}

/**
 * The services and the ranks whose words name lists hold ("Navy", "Marine", "Petty"): "a Marine
 * Corps veteran", "his father was in the Navy", "a Chief Petty Officer".
 */
const militaryPhrases = new Set(
  'navy|marines|marine|marine corps|air force|coast guard|national guard|space force|petty officer|chief petty officer|master chief|first class|army reserve|navy seal|navy seals'.split(
    '|',
  ),
);

/** Words of the services' names that are one only after an article: "the Navy", "a Marine". */
const serviceAlone = new Set(['navy', 'marines', 'marine']);
/** Who a service word may describe after it: "a Marine veteran", "the Navy recruiter". */
const serviceDescribes = new Set(
  'veteran vet veterans recruit recruiter reservist wife husband mom dad family'.split(' '),
);

/**
 * "a Marine Corps veteran", "in the Navy", "a Chief Petty Officer": a service or a rank by its
 * words, a title before it notwithstanding ("Chief"); a service's one word alone only after an
 * article or before whom it describes ("I met Marine Le Pen", "talked to Navy" are people).
 */
function militaryService(doc: Doc, d: Detection, first: number, last: number): boolean {
  const words = doc.tokens.slice(first, last + 1);
  if (!words.every((_, k) => inPhrase(doc, first + k, militaryPhrases))) return false;
  const alone = words.length === 1 && serviceAlone.has(words[0]!.key);
  const next = doc.next(last);
  const phrase =
    next !== undefined && doc.adjacent(doc.tokens[last], next) && inPhrase(doc, last + 1, militaryPhrases);
  if (!alone || phrase || (doc.prev(first) !== undefined && inPhrase(doc, first - 1, militaryPhrases)))
    return true;
  if (strongCue.test(d.reason)) return false;
  const before = doc.prev(first)?.key ?? '';
  return /^(?:the|a|an|former|ex)$/.test(before) || serviceDescribes.has(next?.key ?? '');
}

/** Token `i`, in capitals, between "text" and "to" a short number: the keyword a text line answers. */
function textedKeyword(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const [before, to, number] = [doc.prev(i), doc.next(i), doc.next(i, 2)];
  return (
    t.case === Case.Upper &&
    before?.key === 'text' &&
    to?.key === 'to' &&
    number !== undefined &&
    /^\d{3,6}$/.test(number.text) &&
    number.line === t.line
  );
}

/** How one holds a faith, said before it: "raised Baptist", "lapsed Catholic". */
const faithHeld = new Set(
  'raised born devout practicing practising lapsed former lifelong nonpracticing cradle'.split(' '),
);

/**
 * Ordinary words that number a stage or a part of something: "Phase 4", "Module 3", "Step 2",
 * "toward Goal 1" in a treatment plan (not a room or a unit).
 */
const numberedStages = new Set(
  'phase module step stage level part chapter session week tier grade cycle round goal objective section page item question lesson domain'.split(
    ' ',
  ),
);

/** What a practice is taught or done in: "Tai Chi classes", "Zumba lessons". */
const practiceAfter = new Set('class classes lessons lesson instructor studio session sessions'.split(' '));

/**
 * "Zumba lessons", "a Kumon class": the capitalized words before a class or a lesson, where no title
 * or possessive makes them someone's ("Mr. Lee's class", "Coach Reyes class" are people's).
 */
function practiceTaught(doc: Doc, first: number, last: number): boolean {
  const after = doc.next(last);
  const before = doc.prev(first);
  return (
    after !== undefined &&
    practiceAfter.has(after.key) &&
    doc.adjacent(doc.tokens[last], after) &&
    !doc.tokens[last]!.possessive &&
    !(before && (titles.has(before.key) || possessives.has(before.key)))
  );
}

/**
 * "his old Buick", "my Subaru", "her new Kia": a maker's name someone owns, an adjective at most
 * between — the car or the thing, not someone ("my Chase" could be a son: common given names stay).
 */
function ownedMake(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!(doc.lex.chain(t.key) || doc.lex.company(t.key)) || t.possessive) return false;
  if ((doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) < rankCrowd) return false;
  if (doc.lex.tags(t.key).some((tag) => tag === 'MaleName' || tag === 'FemaleName')) return false;
  let k = i - 1;
  const adjective = doc.tokens[k];
  if (adjective && !doc.capitalized(adjective) && doc.lex.tags(adjective.key).includes('Adjective')) k--;
  const owner = doc.tokens[k];
  return owner !== undefined && possessives.has(owner.key) && doc.adjacent(owner, doc.tokens[k + 1]);
}

/** Brands named as if for a titled person or a relative: the product, never someone. */
const titledBrands = new Set(
  `dr pepper|dr martens|dr scholl's|dr scholls|dr bronner's|mr clean|mr coffee|mr pibb|mrs dash|mrs butterworth's|cap'n crunch|captain crunch|captain morgan|uncle ben's|aunt jemima|little debbie|chef boyardee|betty crocker|sara lee|mrs fields|mr peanut|mr bean|agent orange`.split(
    '|',
  ),
);

/** The first words of those brands, so other guesses are turned away at once. */
const brandOpeners = new Set([...titledBrands].map((b) => b.split(' ')[0]!));

/**
 * "a gallon of Gatorade … Teen: Gatorade.": a word no name or place list holds, read as a thing
 * where something said so, is that thing where it stands alone elsewhere in the text — one sense
 * per text. Returns which of `kept` fall; a strong cue keeps a person ("my cousin Zestora").
 */
export function thingAgain(
  doc: Doc,
  kept: readonly Detection[],
  everyday: readonly Detection[],
): Detection[] {
  const single = (d: Detection) => {
    const [first, last] = doc.touched(d.start, d.end);
    return first === last ? doc.tokens[first] : undefined;
  };
  // Where each thing stands: a guess at the same place another rule kept is that rule's business.
  const things = new Map<string, Set<Token>>();
  const brands = new Set<string>();
  for (const d of everyday) {
    const t = single(d);
    // ("a Sheetz … Sheetz doesn't have them": a chain that is also a rare surname is the chain again.)
    const brandOnly = t !== undefined && doc.lex.chain(t.key) && doc.lex.firstNameRank(t.key) === undefined;
    if (t && isWord(t) && (!doc.listedName(t.key) || brandOnly) && doc.lex.place(t.key) === undefined) {
      things.set(t.key, (things.get(t.key) ?? new Set<Token>()).add(t));
      if (doc.listedName(t.key)) brands.add(t.key);
    }
  }
  if (things.size === 0) return [];
  return kept.filter((d) => {
    const t = single(d);
    const at = t && things.get(t.key);
    return (
      t !== undefined &&
      at !== undefined &&
      !at.has(t) &&
      (d.label === 'PERSON' || d.label === 'LOCATION') &&
      d.detector !== 'roster' &&
      d.detector !== 'pattern' &&
      !strongCue.test(d.reason) &&
      // ("Dana Kroger from work": the surname after a given name is hers, whatever the store is.)
      !(brands.has(t.key) && givenNameBefore(doc, doc.touched(d.start, d.end)[0]))
    );
  });
}

/** Token `i` comes right after a capitalized given name: "Dana Kroger". */
function givenNameBefore(doc: Doc, i: number): boolean {
  const before = doc.prev(i);
  return (
    before !== undefined &&
    doc.adjacent(before, doc.tokens[i]) &&
    doc.capitalized(before) &&
    (doc.lex.firstNameRank(before.key) ?? Number.POSITIVE_INFINITY) < rankCrowd
  );
}

/** Taking something in: "smoked Marlboros", "drank a Sprite", "eating vending machine Funyuns". */
const consuming = new Set(
  `drink drinks drank drinking sip sipping sipped smoke smokes smoked smoking vape vapes vaped vaping
  chew chews chewed chewing eat eats ate eating snack snacking chug chugged chugging`.split(/\s+/),
);

/** Getting something: "buy hot Zestipuffs", "grabbed a Fizzquench" (what is ordered: `consumed`). */
const buying = new Set('buy buys bought buying grab grabbed grabbing'.split(' '));

/**
 * "smoked Marlboros for years", "drank a Sprite", "bring my own Sprite", "sat with a Gatorade": what
 * is consumed, brought as one's own, or counted one with "a" is a product, however its name is
 * written — no person is drunk or smoked (what a container holds: see `everydayThing`).
 * With "a", only a word no name list holds ("a Gatorade"; "a Jordan" is read elsewhere).
 */
export function productConsumed(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens[first]!;
  if (t.possessive || doc.tokens[last]!.possessive || !doc.adjacent(doc.prev(first), t)) return false;
  const p1 = doc.prev(first);
  const p2 = doc.prev(first, 2);
  const p3 = doc.prev(first, 3);
  if (!p1) return false;
  if (p1.key === 'own' && p2 && possessives.has(p2.key)) return true;
  // "a pack of Marlboros a day", "three Monsters a day": so much of it a day is a habit's measure.
  if (
    (p1.key === 'of' || /^\d+$/.test(p1.text) || numberWords.has(p1.key)) &&
    /^[ \t]+(?:a|per|each|every)[ \t]+(?:day|night|week)\b/i.test(
      doc.text.slice(doc.tokens[last]!.end, doc.tokens[last]!.end + 16),
    ) &&
    !doc.listedName(t.key)
  )
    return true;
  // Past an article or a few describing words: "drank a Sprite", "eating vending machine Funyuns".
  // What is bought is a thing too, where no list holds the word ("buy hot Zestipuffs"; "bought
  // Kayla a bike" is someone).
  const unlisted = first === last && !doc.listedName(t.key) && doc.lex.place(t.key) === undefined;
  for (const w of [p1, p2, p3]) {
    if (!w || w.line !== t.line) break;
    if (consuming.has(w.key) || (unlisted && buying.has(w.key))) return true;
    const passable =
      determiners.has(w.key) ||
      (w.case === Case.Lower && doc.isOrdinaryWord(w.key) && !doc.isGrammatical(w.key));
    if (!passable) break;
  }
  return (
    (p1.key === 'a' || p1.key === 'an') &&
    first === last &&
    doc.capitalized(t) &&
    !doc.listedName(t.key) &&
    doc.lex.place(t.key) === undefined
  );
}

/** What a dish is made of or served as, after the word that names which: "jollof rice", "pho soup". */
const dishNouns = new Set(
  `rice soup stew curry bread noodles dumplings cake pie sauce salad tea chips beans porridge sandwich
  tacos wings fries pudding cookies waffles pancakes dip nuggets`.split(/\s+/),
);

/**
 * "Jollof rice. Mine is the best": a word no list holds, just before what a dish is, names the dish.
 * Not a listed name ("made Kayla soup" feeds someone) nor a possessive ("Nana's bread").
 */
function dishNamed(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens[last]!;
  const next = doc.next(last);
  return (
    first === last &&
    !t.possessive &&
    next !== undefined &&
    doc.adjacent(t, next) &&
    dishNouns.has(next.key) &&
    !next.possessive &&
    !doc.listedName(t.key) &&
    doc.lex.place(t.key) === undefined
  );
}

/** "a Dr Pepper", "Cap'n Crunch", "Little Debbie cakes": a brand shaped like someone's title and name. */
function titledBrand(doc: Doc, first: number, last: number): boolean {
  for (let k = Math.max(0, first - 1); k <= first; k++) {
    const [a, b] = [doc.tokens[k], doc.tokens[k + 1]];
    // ("Dr. Pepper" with its period may be the doctor.)
    if (!a || !b || !brandOpeners.has(a.key) || k + 1 < last || !/^[ \t]$/.test(b.gapBefore)) continue;
    const said = `${a.key} ${b.text.toLowerCase().replace('’', "'")}`;
    // ("two Dr Peppers": the brand counted in the plural.)
    const one = said.replace(/s$/, '');
    if (titledBrands.has(said) || titledBrands.has(`${a.key} ${b.key}`) || titledBrands.has(one)) return true;
  }
  return false;
}

/** A capitalized everyday word beside a name-list word that makes the two a thing's title. */
function thingWord(doc: Doc, w: Token): boolean {
  if (w.case !== Case.Capitalized || w.sentenceStart || w.possessive || !/^[a-z]{3,}$/.test(w.key))
    return false;
  if (!doc.isOrdinaryWord(w.key) || titles.has(w.key) || relations.has(w.key) || roleLabels.has(w.key))
    return false;
  // ("Piermark Drive", "Lake Merrow", "Kessler Court": words that make a place of a name.)
  if (
    streetSuffixes.has(w.key) ||
    institutionSuffixes.has(w.key) ||
    landmarkWords.has(w.key) ||
    townWords.has(w.key)
  )
    return false;
  if ((doc.lex.firstNameRank(w.key) ?? Number.POSITIVE_INFINITY) <= 1500) return false;
  if ((doc.lex.surnameRank(w.key) ?? Number.POSITIVE_INFINITY) <= 3000) return false;
  const tags = doc.lex.tags(w.key);
  return (
    tags.length === 0 || tags.some((tag) => /^(?:Noun|Singular|Plural|Uncountable|Infinitive)$/.test(tag))
  );
}

/**
 * "the Hallmark Channel", "the Diaper Genie", "Love Is Blind": a name-list word that no cue makes
 * someone, capitalized beside an everyday noun capitalized inside the sentence (or before a grammar
 * word capitalized in a title), is part of a thing's title. A describing word before a name is a
 * nickname ("Big Mike"), and a name beside a listed name or a title stays a person's.
 */
function titleOfAThing(doc: Doc, first: number, last: number): boolean {
  const words = doc.tokens.slice(first, last + 1);
  // ("Lou's Tap": whose the thing is names its owner, and the place.)
  if (!words.every((w) => w.case === Case.Capitalized) || words[words.length - 1]!.possessive) return false;
  const after = doc.next(last);
  const before = doc.prev(first);
  // ("Sarah River is my cousin": after a common given name a capitalized word is the surname.)
  const givenFirst =
    (doc.lex.firstNameRank(words[words.length - 1]!.key) ?? Number.POSITIVE_INFINITY) <= 1000;
  // A thing's title takes an article or an owner in lower case ("the Hallmark Channel"); an address's
  // or a company's capitalized words do not ("Rennie Union", "Alcaraz Suite 541").
  const owned = (k: number) => {
    const w = doc.prev(k);
    return w !== undefined && w.case === Case.Lower && (determiners.has(w.key) || possessives.has(w.key));
  };
  if (after && /^[ \t]$/.test(after.gapBefore)) {
    if (!givenFirst && owned(first) && thingWord(doc, after)) return true;
    // "Love Is Blind": a grammar word capitalized inside a sentence, then more of the title.
    const more = doc.next(last, 2);
    if (
      after.case === Case.Capitalized &&
      !after.sentenceStart &&
      // ("Juliusz A Kwiatkowski", "Tom I. Holzman": a capital letter alone is an initial.)
      after.text.length >= 2 &&
      doc.isGrammatical(after.key) &&
      more?.case === Case.Capitalized &&
      doc.adjacent(after, more)
    )
      return true;
  }
  return (
    before !== undefined &&
    /^[ \t]$/.test(words[0]!.gapBefore) &&
    thingWord(doc, before) &&
    owned(first - 1) &&
    !doc.lex.tags(before.key).includes('Adjective')
  );
}

/** What kind of parent, child or family a word before the relation says: "the foster mom", "a soccer dad". */
const kindsOfKin = new Set(
  'foster adoptive adopted biological bio birth host surrogate soccer hockey dance band boy girl stage'.split(
    ' ',
  ),
);

/**
 * "im his stepmom his dad works nights": a relation word without a capital is whom it names, never
 * their name; nor is the word before it that says which kind ("and foster mom is asking").
 */
export function relationSaid(doc: Doc, d: Detection): boolean {
  const [first, last] = doc.touched(d.start, d.end);
  const word = doc.tokens[first]!;
  if (first !== last) return false;
  if (relations.has(word.key) && !doc.capitalized(word)) return true;
  const next = doc.next(first);
  return (
    kindsOfKin.has(word.key) &&
    !word.possessive &&
    next !== undefined &&
    doc.adjacent(word, next) &&
    (relations.has(next.key) ||
      /^(?:parents?|family|families|home|homes|care|youth|placements?|system)$/.test(next.key))
  );
}

/** "speaks Pashto and English": a language is no one, whichever detector or scorer guessed it. */
export function languageName(doc: Doc, d: Detection): boolean {
  const [first, last] = doc.touched(d.start, d.end);
  return first === last && languages.has(doc.tokens[first]!.key);
}

/** What names a branch of a faith before it: "Southern Baptist", "Reformed Jewish", "Free Will Baptist". */
const denominationBranches = new Set(
  'southern reformed reform orthodox conservative united free will primitive missionary independent ashkenazi sephardic hasidic'.split(
    ' ',
  ),
);

/** Who an age or an article may describe: "a 42-year-old Navajo man", "an Ashkenazi couple". */
const describedPeople = new Set(
  'man men woman women boy boys girl girls male female lady gentleman infant baby child toddler teen teenager adolescent patient veteran mother father family couple student'.split(
    ' ',
  ),
);

/**
 * "a 42-year-old Navajo man", "an Ashkenazi Jewish woman", "a Hmong family": capitalized words
 * between an age or "a"/"an" and the person they describe say what people they come from — a
 * name stands alone there ("a 42-year-old Maria"; "the Garcia boy" is a family's).
 */
function describesWhoFollows(doc: Doc, first: number, last: number): boolean {
  // The guess may hold one of the words ("Ashkenazi" of "Ashkenazi Jewish").
  let [start, end] = [first, last];
  const capitalizedAt = (k: number) => doc.tokens[k] !== undefined && doc.capitalized(doc.tokens[k]!);
  while (end < last + 2 && capitalizedAt(end + 1) && doc.adjacent(doc.tokens[end], doc.tokens[end + 1]))
    end++;
  while (
    start > first - 2 &&
    capitalizedAt(start - 1) &&
    doc.adjacent(doc.tokens[start - 1], doc.tokens[start])
  )
    start--;
  const noun = doc.next(end);
  const before = doc.prev(start);
  if (!noun || !before || !describedPeople.has(noun.key) || noun.line !== before.line) return false;
  return /^(?:a|an)$/.test(before.key) || /^\d{1,3}-(?:year|month|week|day)-old$|^y\/?o$/.test(before.key);
}

/** The last word of a title a guess may hold only the start of: the capitalized words run on, up to four. */
function titleEnd(doc: Doc, first: number, last: number): number {
  let end = last;
  while (
    end < first + 3 &&
    doc.tokens[end + 1] &&
    doc.adjacent(doc.tokens[end], doc.tokens[end + 1]) &&
    doc.capitalized(doc.tokens[end + 1]!)
  )
    end++;
  return end;
}

/**
 * "Ted Lasso season 3", "the Mario Kart tournament", "Forrest Gump on TNT", "the new Zelda is …":
 * a title of a show, film or game, by what follows it or by "the new" before it with no noun after
 * (that would be the thing: "the new Marvel movie"). Someone is no season and is seldom on TNT.
 */
function titleOfWork(doc: Doc, first: number, last: number): boolean {
  const end = titleEnd(doc, first, last);
  if (doc.tokens[end]!.possessive || titles.has(doc.prev(first)?.key ?? '')) return false;
  const next = doc.next(end);
  const joined = next !== undefined && doc.adjacent(doc.tokens[end], next);
  if (joined && afterTitle.has(next.key)) return true;
  // "saw Jake on Netflix" may be someone in a show: a title of one word is no common given name.
  const oneName = end === first && commonGivenName(doc, doc.tokens[first]!.key);
  if (joined && next.key === 'on' && channels.has(doc.next(end, 2)?.key ?? '') && !oneName) return true;
  const isNew = /^(?:new|latest)$/.test(doc.prev(first)?.key ?? '') && doc.prev(first, 2)?.key === 'the';
  return isNew && (!joined || /^(?:is|was|has|had|just|came|comes|drops|dropped)$/.test(next.key));
}

/**
 * An endearment or a rank set off by commas or closing the clause: "Don't start, Marine.", "it's one
 * service, honey, and …". Not a message's signature ("Thanks in advance, Queen."), nor what a
 * relative is called ("my aunt, Honey, came").
 */
function spokenToAs(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const next = doc.next(i);
  const before = doc.prev(i)?.key ?? '';
  return (
    endearments.has(t.key) &&
    /^,[ \t]+$/.test(t.gapBefore) &&
    !signOffs.has(before) &&
    !relations.has(before) &&
    (next === undefined ||
      next.line !== t.line ||
      /^[.!?]/.test(next.gapBefore) ||
      /^,[ \t]/.test(next.gapBefore))
  );
}

/**
 * The run of title-cased words around tokens first..last — capitalized words, and grammar words in
 * lower case between them ("Search for Meaning") — up to five either side, as [start, end].
 */
function titleCaseRun(doc: Doc, first: number, last: number): [number, number] {
  const small = (t: Token) => doc.plainLower(t) && doc.isGrammatical(t.key);
  const fits = (t: Token) => doc.capitalized(t) || small(t);
  let s = first;
  while (
    s > first - 5 &&
    doc.tokens[s - 1] &&
    doc.adjacent(doc.tokens[s - 1], doc.tokens[s]) &&
    fits(doc.tokens[s - 1]!) &&
    !doc.tokens[s]!.sentenceStart
  )
    s--;
  while (s < first && small(doc.tokens[s]!)) s++;
  let e = last;
  while (
    e < last + 5 &&
    doc.tokens[e + 1] &&
    doc.adjacent(doc.tokens[e], doc.tokens[e + 1]) &&
    fits(doc.tokens[e + 1]!) &&
    !doc.tokens[e + 1]!.sentenceStart
  )
    e++;
  while (e > last && small(doc.tokens[e]!)) e--;
  return [s, e];
}

/**
 * Every word of the run an everyday or grammar word, one of them no one's name ("Hope Rose Bell" is
 * someone's), and it opens on no title or relation.
 */
function everydayTitle(doc: Doc, run: Token[]): boolean {
  return (
    doc.capitalized(run[0]!) &&
    !titles.has(run[0]!.key) &&
    !relations.has(run[0]!.key) &&
    run.every((w) => doc.isOrdinaryWord(w.key) || doc.isGrammatical(w.key)) &&
    run.some((w) => doc.capitalized(w) && !doc.isGrammatical(w.key) && !doc.listedName(w.key))
  );
}

/**
 * They sang "Amazing Grace", "Lean on Me"; the homework from The Five Love Languages; reading Man's
 * Search for Meaning: a run of capitalized everyday words in quotes, or of three or more inside a
 * sentence, is the title of a song, a book or a show, though one of its words is a given name. A
 * quoted name that is no everyday word stays one (everyone calls him "Big Mike").
 */
function titleOfEverydayWords(doc: Doc, first: number, last: number): boolean {
  const [s, e] = titleCaseRun(doc, first, last);
  const run = doc.tokens.slice(s, e + 1);
  if (!everydayTitle(doc, run)) return false;
  const quoted =
    /["“][ \t]*$/.test(doc.tokens[s]!.gapBefore) && /^[,.!?]?["”]/.test(doc.tokens[e + 1]?.gapBefore ?? '"');
  if (quoted) return run.length >= 2;
  const capitals = run.filter((w) => doc.capitalized(w)).length;
  return capitals >= 3 && !doc.tokens[s]!.sentenceStart;
}

/**
 * Interjections, and Spanish words and kin said in American speech, that name lists hold (Spanish
 * grammar words are `spokenSpanish`, never names at all).
 */
const spokenAside = new Set(['welp', 'bueno', 'hermano', 'hermana', 'primo', 'prima', 'compa']);

/** Does a state's name, of one word or two, end right before token `i`? */
function stateBefore(doc: Doc, i: number): boolean {
  const one = doc.prev(i);
  const two = doc.prev(i, 2);
  if (one === undefined || !doc.adjacent(one, doc.tokens[i])) return false;
  return doc.lex.isUsState(one.key) || (two !== undefined && doc.lex.isUsState(`${two.key} ${one.key}`));
}

/** States that share a name, said together: "the Carolinas". */
const statePairs = new Set(['carolinas', 'dakotas', 'virginias']);
/** Sports a town shares its name with ("La Crosse", "Rugby"): the sport where capitals say nothing. */
const sportsNamedLikeTowns = new Set([
  'lacrosse',
  'rugby',
  'polo',
  'cricket',
  'bowling',
  'hockey',
  'softball',
]);
/**
 * Kin in Tagalog and Spanish that name lists hold as given names, and that are no relation word
 * everywhere as "tita" or "kuya" are: grandmother, uncle, aunt.
 */
const kinAfterMy = new Set(['lola', 'tito', 'tia']);
/** Street names of drugs (and a drink) that are also given names. */
const streetDrugs = new Set([
  'molly',
  'roxy',
  'roxie',
  'addy',
  'addie',
  'tina',
  'christina',
  'charlie',
  'henny',
  'lucy',
]);
/** Where someone is taken: "took Molly to …", "took Charlie home". */
const escorted = new Set(['to', 'home', 'out', 'with', 'for', 'back', 'over', 'along', 'in']);
/** What one does with a drug, said right before its name. */
const drugUse = new Set(
  'took take takes taking did do doing popped popping pop snorted snorting smoked smoking sold selling buy bought buying using used on'.split(
    ' ',
  ),
);

/** Surnames more common than this (census rank) make an everyday word before them a given name. */
const commonSurname = 1000;

/**
 * A word read alone as someone that is a thing or no one by what it is: a brand in the plural, a
 * drug's street name, a word said aside, kin in another language after "my", a rank.
 */
/** What a faith's word describes when it is no man's name: "Christian music", "a Christian school". */
const faithNouns = new Set(
  'music school schools household home family families church faith values radio college camp counseling counselor rock rap community friends'.split(
    ' ',
  ),
);
/** Said of someone's faith: "she's not Christian", "raised Christian", "very Christian". */
const faithBefore = new Set('not raised devout very so more less born-again practicing'.split(' '));

/** "She's not Christian", "we were raised Christian", "Christian radio": the faith, not a Christian. */
function faithSaid(doc: Doc, i: number): boolean {
  const word = doc.tokens[i]!;
  if (word.key !== 'christian' && !denominations.has(word.key)) return false;
  const before = doc.prev(i);
  const after = doc.next(i);
  return (
    (before !== undefined && doc.adjacent(before, word) && faithBefore.has(before.key)) ||
    (after !== undefined && doc.adjacent(word, after) && faithNouns.has(after.key))
  );
}

function oneWordNoOne(doc: Doc, d: Detection, i: number): boolean {
  const word = doc.tokens[i]!;
  const strong = strongCue.test(d.reason);
  // "Woo-woo is allowed", "it was so-so": a word said twice over is a word, no one's name ("Mary-Mary"
  // is a name stuttered, and one capitalized inside a sentence may be a place's: "at Chin-Chin").
  const twice = /^([a-z]+)-\1$/.exec(word.key);
  if (twice && !doc.givenName(twice[1]!) && !(doc.capitalized(word) && !word.sentenceStart)) return true;
  // "2nd Ed.", "Third Ed": an edition, after its ordinal.
  const ordinal = doc.prev(i);
  if (
    !strong &&
    word.key === 'ed' &&
    ordinal !== undefined &&
    doc.adjacent(ordinal, word) &&
    /^(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/.test(ordinal.key)
  )
    return true;
  // "F-r", "Fp-r", "T-a": a scale's short name, a letter joined to a letter or two, is no one's.
  if (!strong && /^(?:[a-z]-[a-z]{1,2}|[a-z]{2}-[a-z])$/.test(word.key)) return true;
  // "the Four Horsemen", "the Big Five", "Twelve Steps": a capitalized word after a number word
  // that is capitalized with it inside a sentence is a title's.
  // (Where one lives it opens a place's: "near Two Rivers".)
  if (!strong && i > 0 && numberOpensName(doc, i - 1)) return true;
  // "Roger that.", "copy that": a radio's yes.
  const next = doc.next(i);
  if (word.key === 'roger' && next?.key === 'that' && doc.adjacent(word, next) && !strong) return true;
  if (!strong && faithSaid(doc, i)) return true;
  // "my hands get buzzy … Buzzy.": a word no name or place list holds, that the text writes in lower
  // case inside its sentences and capitalizes only where one starts, is the writer's word.
  if (
    !strong &&
    !doc.listedName(word.key) &&
    !doc.lex.babyName(word.key) &&
    doc.lex.place(word.key) === undefined &&
    doc.writtenAsAWord(word.key)
  )
    return true;
  // "the GI Bill", "the Farm Bill": a law named by initials or a word before "Bill".
  const law = doc.prev(i);
  if (
    !strong &&
    word.key === 'bill' &&
    law !== undefined &&
    doc.adjacent(law, word) &&
    doc.prev(i, 2)?.key === 'the' &&
    (law.case === Case.Upper || (doc.isOrdinaryWord(law.key) && !doc.givenName(law.key)))
  )
    return true;
  // "There are Legos", "a bag of Oreos": a brand's name in the plural is its products.
  const singular = word.key.slice(0, -1);
  if (
    !strong &&
    /[^s]s$/.test(word.key) &&
    organization(doc, { ...word, key: singular }) &&
    !doc.givenName(singular)
  )
    return true;
  // "did molly at a party", "popping roxy", "took Molly at the festival": a drug's street name that
  // is also a given name, written in lower case among capitals or after what one does with a drug.
  if (!strong && streetDrugs.has(word.key)) {
    const before = doc.prev(i);
    const after = doc.next(i);
    // "took Molly to the vet", "did Molly call": someone taken somewhere, or asked about.
    const someone =
      (after !== undefined && after.line === word.line && escorted.has(after.key)) ||
      /^(?:did|do|does)$/.test(before?.key ?? '');
    if (doc.plainLower(word) || (before !== undefined && drugUse.has(before.key) && !someone)) return true;
  }
  // "Hermano, listen", "Welp, that happened": a word of Spanish or an interjection said to no one by name.
  if (!strong && spokenAside.has(word.key)) return true;
  // "mummy ji", "Papa-ji": the respect Hindi and Punjabi add after a relation is no name.
  const kin = doc.prev(i);
  if (
    word.key === 'ji' &&
    kin !== undefined &&
    doc.adjacent(kin, word) &&
    (relations.has(kin.key) || titles.has(kin.key))
  )
    return true;
  // "hey angel", "you're our angel": a word of endearment in lower case, with nothing around it
  // saying a person ("honey is nine", "bud's been staying"), calls no one by name.
  // ("call son don reid": before a surname, or after a relation, it is a first name.)
  const named = (w: Token | undefined, listed: boolean) =>
    w !== undefined &&
    w.line === word.line &&
    (listed ? doc.listedName(w.key) && !doc.isGrammatical(w.key) : relations.has(w.key));
  if (
    word.case === Case.Lower &&
    endearments.has(word.key) &&
    !/\+|context/.test(d.reason) &&
    !named(doc.next(i), true) &&
    !named(doc.prev(i), false)
  )
    return true;
  // "the little jordan ones", "the Nike ones": what names a kind of thing before "ones".
  const after = doc.next(i);
  if (after?.key === 'ones' && doc.adjacent(word, after)) return true;
  if (!strong && !/\+|context/.test(d.reason) && nameBeforeItsThing(doc, i)) return true;
  // "Poppyseed chicken, squash casserole": a word no list holds, opening a sentence before a noun it
  // qualifies, is a kind of that thing.
  if (d.reason === unknownOpeningReason && after && modifiesItsNoun(doc, word, after)) return true;
  // "They're Jordans.": what something is, in the plural, is a kind of thing ("they're the Jordans" are people).
  if (!strong && /[^s'’]s$/.test(word.key) && whatTheyAre(doc, i)) return true;
  // "My Lola used to make it", "my Tita called": after "my", a word for kin in another language is the
  // relation, though name lists hold it as a given name.
  if (kinAfterMy.has(word.key) && possessives.has(doc.prev(i)?.key ?? '') && doc.adjacent(doc.prev(i), word))
    return true;
  // "That Sarge said it was cleared": what people are called who are no one by name, where only the
  // longest lists of given names hold the word and nothing says someone is called so.
  return (
    d.detector !== 'context' &&
    !d.reason.includes(' + ') &&
    endearments.has(word.key) &&
    (doc.lex.firstNameRank(word.key) ?? rankCrowd) >= rankCrowd
  );
}

/**
 * "paid him on Cash App", "a Bud Light", "Candy Crush": two capitalized everyday words, the second no
 * given name and no common surname, are a product's or a title's name where nothing says a person; a
 * person's second name is a surname ("Faith Hill", "Hope Bell").
 */
function everydayPair(doc: Doc, first: number, last: number): boolean {
  const [s, e] = titleCaseRun(doc, first, last);
  if (e !== s + 1) return false;
  const [a, b] = [doc.tokens[s]!, doc.tokens[e]!];
  return (
    a.case === Case.Capitalized &&
    b.case === Case.Capitalized &&
    doc.capitalized(b) &&
    !a.possessive &&
    !titles.has(a.key) &&
    !relations.has(a.key) &&
    doc.isOrdinaryWord(a.key) &&
    !doc.isGrammatical(a.key) &&
    (doc.isOrdinaryWord(b.key) || doc.lex.wordCount(b.key) > 0) &&
    !doc.isGrammatical(b.key) &&
    doc.lex.firstNameRank(b.key) === undefined &&
    (doc.lex.surnameRank(b.key) ?? Number.POSITIVE_INFINITY) > commonSurname
  );
}

/**
 * "my foster mom", "in foster care": a word between "my", "a" or "in" and a relation says which
 * kind, not whose ("Rose mom called" is Rose's mom; "my Foster mom" would be capitalized).
 */
function kindOfRelation(doc: Doc, t: Token, i: number): boolean {
  const next = doc.next(i);
  return (
    !doc.capitalized(t) &&
    /^(?:my|your|his|her|their|our|a|an|the|in|into|of)$/.test(doc.prev(i)?.key ?? '') &&
    next !== undefined &&
    doc.adjacent(t, next) &&
    (relations.has(next.key) || next.key === 'care')
  );
}

/** "How did X go …": asked of an event or a pastime, a word no common given name. */
function askedHowItWent(doc: Doc, t: Token, i: number): boolean {
  const go = doc.next(i);
  return (
    doc.prev(i)?.key === 'did' &&
    doc.prev(i, 2)?.key === 'how' &&
    go?.key === 'go' &&
    doc.adjacent(t, go) &&
    !t.possessive &&
    !commonGivenName(doc, t.key)
  );
}

/** Verbs of taking up, using or dropping a pastime, an app or a programme ("started using Headspace"). */
const takeUpVerbs = new Set(
  'started starting tried trying joined joining quit quitting deleted deleting downloaded use uses used using installed'.split(
    ' ',
  ),
);

/** "started Zumba", "deleted Tinder": taken up or dropped, a word no given-name list ranks, a rare surname at most. */
function takenUp(doc: Doc, t: Token, i: number): boolean {
  const verb = doc.prev(i);
  return (
    verb !== undefined &&
    takeUpVerbs.has(verb.key) &&
    doc.adjacent(verb, t) &&
    !t.possessive &&
    (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) >= rankCrowd &&
    (doc.lex.surnameRank(t.key) ?? Number.POSITIVE_INFINITY) > 20000
  );
}

/**
 * "Banchan, kimchi, she made galbi", "Spreadsheets, success rates, the next protocol", "tacos,
 * Ramen, cereal.": in text that capitalizes names, one capitalized word listed among things written
 * in lower case is a thing too. Not beside what a person is ("Jake, my brother,", "Sarah, mom and
 * I"), nor before a word said to someone ("Mark, dude,", "Tyler, honestly,").
 */
function listedAmongThings(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens[first]!;
  if (first !== last || t.case !== Case.Capitalized || t.possessive) return false;
  // Compromise tags few nouns: beside a word no name list holds, an untagged word will do.
  const listed = doc.listedName(t.key);
  const thing = (k: number, inItem = false) => {
    const w = doc.tokens[k];
    if (
      !w ||
      w.line !== t.line ||
      w.case !== Case.Lower ||
      !doc.caseInformative(w) ||
      !isWord(w) ||
      w.contraction
    )
      return false;
    if (doc.isGrammatical(w.key) || relations.has(w.key) || endearments.has(w.key) || titles.has(w.key))
      return false;
    const tags = doc.lex.tags(w.key);
    if (tags.some((tag) => /^(?:Adverb|Adjective|Verb|PastTense|Infinitive|Actor|Pronoun)$/.test(tag)))
      return false;
    if (tags.some((tag) => /^(?:Noun|Singular|Plural|Uncountable)$/.test(tag))) return true;
    // "success rates": a noun's plural the lexicon calls a verb, inside an item.
    if (inItem && /s$/.test(w.key) && tags.includes('PresentTense')) return true;
    return !listed && tags.length === 0;
  };
  // The item's end after one or two words ("success rates,"): a comma or "and"/"or" going on with
  // the list, or a stop where the word is none a name list holds ("Ramen, cereal."; "Kaylee, stop.").
  const itemEnds = (k: number) => {
    for (let n = k + 1; n <= k + 2; n++) {
      const w = doc.tokens[n];
      if (!w || w.line !== t.line || /^[.;!?]/.test(w.gapBefore)) return !listed;
      if (/^,/.test(w.gapBefore) || w.key === 'and' || w.key === 'or') return true;
      if (!thing(n, true)) return false;
    }
    return false;
  };
  const n1 = doc.tokens[first + 1];
  // Mid-sentence, ", Kaylee, stop" speaks to someone: the list must have begun before the word.
  if (
    doc.opensSentence(first) &&
    n1 &&
    /^,[ \t]$/.test(n1.gapBefore) &&
    thing(first + 1) &&
    itemEnds(first + 1)
  )
    return true;
  // Inside the list, things stand on both sides ("tacos, Ramen, cereal"; not "a little bit, Daryl.").
  return (
    /^,[ \t]$/.test(t.gapBefore) &&
    thing(first - 1) &&
    n1 !== undefined &&
    /^,[ \t]$/.test(n1.gapBefore) &&
    thing(first + 1) &&
    itemEnds(first + 1)
  );
}

/**
 * "a newer one called Colvera, which I had never heard of", "What's Fortnite?": what a text says
 * "which" of, or asks "what" of, is a thing; a person is "who".
 */
function namedAsThing(doc: Doc, first: number, last: number): boolean {
  const before = doc.prev(first);
  const after = doc.next(last);
  // "in Schlagles, which later became …": a place is said "which" of too.
  const placed = before !== undefined && (placePrepositions.has(before.key) || before.key === 'on');
  if (!placed && after?.key === 'which' && /^,[ \t]+$/.test(after.gapBefore)) return true;
  const asked =
    before !== undefined &&
    ((before.key === 'what' && before.possessive) ||
      (before.key === 'is' && doc.prev(first, 2)?.key === 'what'));
  return asked && /^\?/.test(doc.text.slice(doc.tokens[last]!.end, doc.tokens[last]!.end + 1));
}

/** Verbs of playing a game: "playing Animal Crossing", "play a lot of Stardew Valley". */
const playVerbs = new Set(['play', 'plays', 'played', 'playing']);
/** What a team plays against that is a place: "played Cedar Ridge High". */
const playedSchools = new Set('high school academy elementary middle college university prep'.split(' '));

/**
 * "started Animal Crossing again", "I used to play a lot of Stardew Valley": a name of several
 * words played, or taken up again, is a game's, unless a given name opens it ("played Jordan Miles").
 */
function playedTitle(doc: Doc, first: number, last: number): boolean {
  // The guess may hold one word of the title: its capitalized words run on either side.
  const joined = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && doc.adjacent(a, b) && doc.capitalized(a) && doc.capitalized(b);
  let start = first;
  while (start > first - 3 && joined(doc.prev(start), doc.tokens[start])) start--;
  let end = last;
  while (end < last + 3 && joined(doc.tokens[end], doc.next(end))) end++;
  // "played Cedar Ridge High": a school is played against.
  if (end === start || playedSchools.has(doc.tokens[end]!.key)) return false;
  let verb = doc.prev(start);
  if (verb?.key === 'of' && doc.prev(start, 2)?.key === 'lot' && doc.prev(start, 3)?.key === 'a')
    verb = doc.prev(start, 4);
  // A job is quit or started too ("quit Guiseppe's Dental"): taken up, only a game is taken up again.
  const takenUpAgain = verb !== undefined && takeUpVerbs.has(verb.key) && doc.next(end)?.key === 'again';
  return (
    verb !== undefined &&
    verb.line === doc.tokens[start]!.line &&
    (playVerbs.has(verb.key) || takenUpAgain) &&
    (doc.lex.firstNameRank(doc.tokens[start]!.key) ?? Number.POSITIVE_INFINITY) >= rankCrowd
  );
}

/**
 * "Weight Watchers", "Boy Scouts": an everyday word before the plural of another names a group or
 * programme. A surname in the plural ("Brooks", "Waters") or a given name first keeps a person.
 */
function groupOfPeople(doc: Doc, words: Token[], firstIndex: number): boolean {
  if (words.length > 2) return false;
  // The guess may be either word alone: the other stands next to it, capitalized.
  let first = words[0]!;
  let plural = words[words.length - 1]!;
  if (words.length === 1) {
    const before = doc.prev(firstIndex);
    const after = doc.next(firstIndex);
    if (after && doc.adjacent(first, after) && doc.capitalized(after)) plural = after;
    else if (before && doc.adjacent(before, first) && doc.capitalized(before)) first = before;
    else return false;
  }
  if (!/[^s]s$/.test(plural.key) || plural.possessive) return false;
  // Rare surnames ("Watcher") are everyday words first.
  const listed = (key: string) =>
    doc.lex.firstNameRank(key) !== undefined ||
    (doc.lex.surnameRank(key) ?? Number.POSITIVE_INFINITY) <= 20000;
  const singular = plural.key.slice(0, -1);
  // "the Marshes", "the Bankses": a household by its surname.
  const household = plural.key.endsWith('es') && listed(plural.key.slice(0, -2));
  return (
    !listed(plural.key) &&
    !listed(singular) &&
    !household &&
    !doc.isGrammatical(first.key) &&
    doc.isOrdinaryWord(first.key) &&
    (doc.lex.firstNameRank(first.key) ?? Number.POSITIVE_INFINITY) > 1500
  );
}

/** "Insha'Allah", "Masha-Allah": the blessings are spelled with an apostrophe or a hyphen too. */
const divine = (key: string) => deities.has(key) || deities.has(key.replace(/['’-]/g, ''));

/** "alhamdulillah it pays the rent", "wallahi i tried": a blessing or a deity, whoever guessed it. */
export function blessingSaid(doc: Doc, d: Detection): boolean {
  const [first, last] = doc.touched(d.start, d.end);
  return first === last && divine(doc.tokens[first]!.key);
}

/**
 * A deity, or "Jesus" among words of faith (it is also a first name) — or said with nothing that
 * makes him someone the speaker knows: "Jesus has been a big part of it" is faith; "my cousin
 * Jesus", "Jesus told me", "me and Jesus" are a man.
 */
function sacred(doc: Doc, t: Token, i: number, reason: string): boolean {
  if (divine(t.key)) return true;
  // "la Virgen", "la Virgen de Guadalupe": the Virgin Mary in Spanish.
  if (t.key === 'virgen' && doc.prev(i)?.key === 'la') return true;
  // ("my mother Mary" is her mother.)
  if (t.key === 'hail' && /^marys?$/.test(doc.tokens[i + 1]?.key ?? '')) return true;
  // ("twenty Hail Marys": the prayer said over.)
  if (
    (t.key === 'mary' || t.key === 'marys') &&
    marian.has(doc.prev(i)?.key ?? '') &&
    !possessives.has(doc.prev(i, 2)?.key ?? '')
  )
    return true;
  // "went to Mass", "after Mass": the service.
  if (t.key === 'mass' && /^(?:to|at|after|before|for|from)$/.test(doc.prev(i)?.key ?? '')) return true;
  // ("the Saturday evening Mass", "midnight Mass": when it is said.)
  if (
    t.key === 'mass' &&
    (massTimes.test(doc.prev(i)?.key ?? '') || calendarWords.has(doc.prev(i)?.key ?? ''))
  )
    return true;
  if (t.key !== 'jesus') return false;
  for (let k = i - 8; k <= i + 2; k++) if (k !== i && faithWords.has(doc.tokens[k]?.key ?? '')) return true;
  return !strongCue.test(reason) && !personalCue.test(reason);
}
/** Cues of someone one knows, beside the strong ones. */
const personalCue =
  /\b(?:subject of speech|paired with a name|possessive \+ relation|me and X|object of a social verb|asked after|echoed|direct address)\b/;

/**
 * A word written as a brand: a capital inside it after a first part of four letters or more, its
 * halves not two given names ("CrossFit", not "MaryAnn"); or after a short first part, two everyday
 * words run together ("MyChart"), which a name's prefix and stem are not ("DeShawn", "McKenzie");
 * or initials with a small letter among them ("CoDA"), as no name is written but a surname
 * with its prefix in a heading.
 */
function camelBrand(doc: Doc, t: Token): boolean {
  // Not a surname's prefix before capitals ("McCOY", "DeLEON" in a heading).
  if (/^(?!Mc|Mac|De|Di|Da|Du|La|Le)\p{Lu}\p{Ll}{1,2}\p{Lu}{2,3}$/u.test(t.text)) return true;
  const given = (part: string) => doc.lex.firstNameRank(part.toLowerCase()) !== undefined;
  const m = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}+)$/u.exec(t.text);
  if (m) return !(given(m[1]!) && given(m[2]!));
  const short = /^(\p{Lu}\p{Ll}{1,2})(\p{Lu}\p{Ll}{2,})$/u.exec(t.text);
  if (!short) return false;
  const word = (part: string) => {
    const key = part.toLowerCase();
    // "My" is a given name too, but first in a word run together it is the pronoun.
    if (doc.isGrammatical(key)) return true;
    return doc.isOrdinaryWord(key) && !given(part) && doc.lex.surnameRank(key) === undefined;
  };
  return word(short[1]!) && word(short[2]!);
}

/** Surnames rarer than this are things one owns before they are people ("my Achilles"). */
const rareOwnedSurname = 5000;

/** Surnames rarer than this ("Kroger", "Aldi") on the company list are the company first. */
const rareSurname = 10000;

/**
 * A company, brand, app, chain or sports team that compromise's lexicon, the company-names list or
 * the chains' list knows ("Netflix", "Hulu", "Reddit", "Lakers", "Publix") and no first-name list has.
 */
export function organization(doc: Doc, t: Token, asPlace = false): boolean {
  // A place's name on the company list ("Vegas", a surname too) stays a place where one goes; as a
  // person or an employer it is rarer than the chain ("Kroger").
  const surnameBar = asPlace ? Number.POSITIVE_INFINITY : rareSurname;
  return (
    (doc.lex.tags(t.key).some((tag) => tag === 'Organization' || tag === 'SportsTeam') ||
      // An everyday word on the list ("State", "Target") is a word first, and a common surname
      // ("Ford") may be a person; a rare one ("Kroger") is the chain.
      ((doc.lex.company(t.key) || chainOnly(doc, t.key)) &&
        ((doc.lex.wordCount(t.key) < 200 && !doc.isOrdinaryWord(t.key)) ||
          // "went to Target": capitalized mid-sentence where one goes, the word is the chain's name.
          (asPlace && doc.capitalized(t) && !t.sentenceStart)) &&
        (doc.lex.surnameRank(t.key) === undefined ||
          // (A chain's name that is a surname rarer than the commonest 5,000 is the chain: "Dunkin".)
          doc.lex.surnameRank(t.key)! >
            (chainOnly(doc, t.key) && !doc.lex.company(t.key)
              ? Math.min(surnameBar, rareOwnedSurname)
              : surnameBar)))) &&
    // Given names only crowd-sourced lists hold ("Cigna", "Humana") are no evidence against a brand;
    // a short form the tagger knows as a man's or a woman's name is, as a person ("Walt says").
    (doc.lex.firstNameRank(t.key) ?? Number.POSITIVE_INFINITY) >= rankCrowd &&
    (asPlace || !doc.lex.tags(t.key).some((tag) => tag === 'MaleName' || tag === 'FemaleName'))
  );
}

/** Last words only an organization's name ends in: "Optum Rx", "Kaiser Permanente", "Fox News". */
const organizationSuffixes = new Set(['rx', 'permanente', 'insurance', 'mutual', 'news']);
/** What an insurer sells or runs: "Oscar Health plans", "an Ambetter Health PPO". */
const insurerThings = new Set(
  'plan plans ppo hmo epo coverage insurance formulary network member members portal'.split(' '),
);

/** Classes of a school day that are given names too. */
const schoolSubjects = new Set('art music gym band drama health chorus choir speech'.split(' '));

/**
 * "He threw a chair in Art.", "When is Art Therapy?", "failing Art": a class or a therapy by its
 * subject, not someone — where a class is had, or before what is had of it.
 */
function schoolSubject(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!schoolSubjects.has(t.key) || t.possessive) return false;
  const [p, n] = [doc.prev(i), doc.next(i)];
  const had =
    p !== undefined &&
    /^(?:in|during|to|from|after|before|skip|skipped|skipping|failing|failed|flunked|flunking)$/.test(p.key);
  const kind =
    n !== undefined &&
    doc.adjacent(t, n) &&
    /^(?:class|classes|teacher|therapy|therapist|homework|grade|period|room|project)$/.test(n.key);
  return had || kind;
}

/** "three episodes of The Pitt", "the last season of Yellowjackets": a show by what one watches of it. */
function episodesOf(doc: Doc, first: number): boolean {
  let k = first;
  if (doc.prev(k)?.key === 'the') k--;
  return (
    doc.prev(k)?.key === 'of' &&
    /^(?:episodes?|seasons?|finale|reruns?|eps?)$/.test(doc.prev(k, 2)?.key ?? '')
  );
}

/** Last words of an observance's or an event's name: "Spirit Week", "Awareness Month". */
const observanceWords = new Set(['week', 'month', 'weekend', 'festival', 'fest', 'parade']);

/**
 * Tokens `first`..`last`, with the capitalized words run on either side of them, are an observance's
 * name of everyday words ending in its word ("Teacher Appreciation Week"), no title among them.
 */
function observance(doc: Doc, first: number, last: number): boolean {
  const word = (w: Token | undefined) =>
    w !== undefined && doc.capitalized(w) && doc.isOrdinaryWord(w.key) && !titles.has(w.key);
  let [a, b] = [first, last];
  while (a > 0 && word(doc.tokens[a - 1]) && doc.adjacent(doc.tokens[a - 1], doc.tokens[a])) a--;
  while (word(doc.tokens[b + 1]) && doc.adjacent(doc.tokens[b], doc.tokens[b + 1])) b++;
  const run = doc.tokens.slice(a, b + 1);
  return run.length >= 2 && observanceWords.has(run[run.length - 1]!.key) && run.every(word);
}

/** "flew on Delta", "flying with Frontier": a company one flies with is the airline, whatever name it is. */
function airlineFlown(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const [on, flew] = [doc.prev(i), doc.prev(i, 2)];
  return (
    doc.lex.company(t.key) &&
    doc.capitalized(t) &&
    on !== undefined &&
    /^(?:on|with)$/.test(on.key) &&
    flew !== undefined &&
    /^(?:flew|fly|flies|flying|flown|flight|flights)$/.test(flew.key)
  );
}

/** The words of a group's check-in ("rose, bud, thorn": a good thing, a hope, a hard thing). */
const checkInWords = new Map([
  ['rose', 'rose'],
  ['roses', 'rose'],
  ['bud', 'bud'],
  ['buds', 'bud'],
  ['thorn', 'thorn'],
  ['thorns', 'thorn'],
]);
const checkInsSaid = perDocument((doc: Doc) => {
  const said = new Set<string>();
  for (const t of doc.tokens) {
    const word = checkInWords.get(t.key);
    if (word !== undefined) said.add(word);
  }
  return said.size;
});

/**
 * "Rose is I got my permit. Bud is my aunt said … Thorn is this group.": where a text says all three
 * of the check-in's words, each is its part of the check-in, no one (a text with a Rose and a Bud in
 * it and no thorn keeps them people).
 */
function checkInWord(doc: Doc, t: Token): boolean {
  return checkInWords.has(t.key) && checkInsSaid(doc) === 3;
}

/** What one has of an insurer, said right after its name: "my Oscar plan", "the Ambetter PPO". */
const planWords = new Set('plan plans ppo hmo epo formulary coverage'.split(' '));

/**
 * "costs $1,800 with my Oscar plan": a name between "my" (or an article) and the plan it sells is
 * the insurer, whatever given name it also is.
 */
function insurersPlan(doc: Doc, first: number, last: number): boolean {
  const words = doc.tokens.slice(first, last + 1);
  const before = doc.prev(first);
  const plan = doc.next(last);
  return (
    words.length <= 2 &&
    words.every((w) => doc.capitalized(w) && !w.possessive) &&
    before !== undefined &&
    (possessives.has(before.key) || determiners.has(before.key)) &&
    doc.adjacent(before, words[0]!) &&
    plan !== undefined &&
    planWords.has(plan.key) &&
    doc.adjacent(words[words.length - 1]!, plan)
  );
}

/** Fellowships for families and friends of those who drink, use or gamble, by their one-word names. */
const familyFellowships = new Set([
  'al-anon',
  'alanon',
  'alateen',
  'nar-anon',
  'naranon',
  'gam-anon',
  'gamanon',
]);

/**
 * "Optum Rx", "stay with Kaiser Permanente", "Oscar Health plans": a capitalized name ending in a word
 * only an organization's name ends in is the organization, whatever person its first word names —
 * and so is one ending in "Health" before what an insurer sells (a hospital named "… Health" stays
 * a place). A title before it still says person, and "at" or "for" says where someone works.
 */
function namedBySuffix(doc: Doc, first: number, last: number): boolean {
  const joined = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined &&
    b !== undefined &&
    doc.adjacent(a, b) &&
    doc.capitalized(a) &&
    doc.capitalized(b) &&
    !titles.has(a.key);
  let start = first;
  while (last - start < 3 && joined(doc.prev(start), doc.tokens[start])) start--;
  let end = last;
  while (end - start < 3 && joined(doc.tokens[end], doc.next(end))) end++;
  // "my boss at Pemberton Insurance", "works for Summit Healthcare": where someone works is a place.
  const before = doc.prev(start)?.key ?? '';
  // "went through Gamblers Anonymous", "at Overeaters Anonymous": a fellowship meets everywhere,
  // and so do the families' ("I go to Al-Anon on Saturdays").
  if (end > start && doc.tokens[end]!.key === 'anonymous') return true;
  if (first === last && familyFellowships.has(doc.tokens[first]!.key)) return true;
  // "going to na three times a week", "my aa meeting": a fellowship by its letters, said in speech.
  if (
    first === last &&
    /^(?:aa|na|oa)$/.test(doc.tokens[first]!.key) &&
    /^(?:to|at|from|in|my|an)$/.test(doc.prev(first)?.key ?? '')
  )
    return true;
  if (end === start || titles.has(before) || before === 'at' || before === 'for') return false;
  const tail = doc.tokens[end]!;
  // ("Newport News" is a city.)
  const listedPlace = () =>
    doc.lex.place(
      doc.tokens
        .slice(start, end + 1)
        .map((w) => w.key)
        .join(' '),
    ) !== undefined;
  // ("Norton Healthcare" is where one is treated; "an Anthem Healthcare plan" is the insurer.)
  if (organizationSuffixes.has(tail.key) && !listedPlace()) return true;
  return /^health(?:care)?$/.test(tail.key) && insurerThings.has(doc.next(end)?.key ?? '');
}

/**
 * A chain's name of one word that no name list holds, even without its apostrophe ("Publix",
 * "Wawa"; not "Sylvan", "O'Neill"): the chains' list is long and holds many surnames.
 */
function chainOnly(doc: Doc, key: string): boolean {
  // ("coffee from Dunkin": a chain's name that is only a rare surname is the chain.)
  // ("The Millers next door": a common surname in the plural is a household, whatever chain shares it.)
  const rareSurnameOnly = (k: string) =>
    doc.lex.firstNameRank(k) === undefined &&
    (doc.lex.surnameRank(k) ?? 0) > rareOwnedSurname &&
    !(k.endsWith('s') && doc.listedName(k.slice(0, -1)));
  const unlisted = (k: string) => !doc.listedName(k) || rareSurnameOnly(k);
  return doc.lex.chain(key) && unlisted(key) && unlisted(key.replace(/'/g, ''));
}

/**
 * What follows a chain's name said in the possessive where a given name's would be a person's own:
 * "the Wendy's drive-thru", "a Casey's pizza", "my Kohl's card" (but "Casey's house").
 */
const storeNouns = new Set(
  `parking lot lots drive-thru drive-through gift card cards app coupon coupons receipt uniform
  shift shifts manager register fries burger burgers nuggets pizza coffee frosty menu order bag
  bags aisle checkout pharmacy`.split(/\s+/),
);
/** What is said of a team: "the Eagles lost", "Falcons game", "a Lakers fan". */
const sportsWords = new Set(
  `lost lose loses losing won win wins winning beat beats game games season playoffs playoff score
  scored fan fans play played playing stadium tickets draft coach quarterback tailgate`.split(/\s+/),
);

/**
 * "The Falcons lost again", "Eagles lost, my Lexapro kicked in": a team by its nickname, capitalized.
 * A nickname that is also a common surname's plural ("the Browns", "the Cardinals") names a household
 * unless the line speaks of a game.
 */
function teamByNickname(doc: Doc, words: Token[], first: number): boolean {
  const t = words[0]!;
  // Nicknames are plurals ("FC Dallas" is a town's name first).
  if (words.length !== 1 || !/[^s]s$/.test(t.key) || !doc.lex.team(t.key) || !doc.capitalized(t))
    return false;
  if (doc.lex.place(t.key) !== undefined) return false;
  const before = doc.prev(first);
  if (before && doc.adjacent(before, t) && doc.capitalized(before) && !before.sentenceStart) return false;
  const singular = t.key.replace(/s$/, '');
  if ((doc.lex.surnameRank(singular) ?? Number.POSITIVE_INFINITY) > 1000) return true;
  for (let k = first - 8; k <= first + 8; k++) {
    const w = doc.tokens[k];
    if (w && k !== first && w.line === t.line && sportsWords.has(w.key)) return true;
  }
  return false;
}

/**
 * "Blue Cross and Aetna", "the Roman Empire", "the Red Cross": the guess and the capitalized word
 * beside it make a name the tagger knows as an organization's (or the guess holds such a name).
 */
function organizationPair(doc: Doc, first: number, last: number): boolean {
  const pair = (a: number, b: number) => {
    const x = doc.tokens[a];
    const y = doc.tokens[b];
    return (
      x !== undefined &&
      y !== undefined &&
      doc.adjacent(x, y) &&
      (doc.capitalized(x) || !doc.caseInformative(x)) &&
      (doc.capitalized(y) || !doc.caseInformative(y)) &&
      doc.lex.tags(`${x.key} ${y.key}`).includes('Organization') &&
      // ("Notre Dame" is a campus and a town too; chains have rules of their own.)
      doc.lex.place(`${x.key} ${y.key}`) === undefined &&
      !doc.lex.chain(`${x.key} ${y.key}`)
    );
  };
  if (first === last) return pair(first - 1, first) || pair(first, first + 1);
  // "Blue Cross Blue Shield": a longer name holding such a pair.
  for (let k = first; k < last; k++) if (pair(k, k + 1)) return last - first < 4;
  return false;
}

/** Ranks the titles do not hold ("captain", "sergeant" are titles, never names on their own). */
const ranks = new Set(['major', 'colonel', 'corporal', 'commander']);

/** Sports a state's university plays, said after the state's name. */
const sports = new Set(['football', 'basketball', 'baseball', 'softball', 'soccer', 'hockey', 'volleyball']);

/** "Georgia football on Saturday", "Tennessee fans", "Kentucky won": a state that names a team, not the woman. */
function stateTeam(doc: Doc, words: Token[], last: number): boolean {
  if (words.length !== 1 || !doc.lex.isUsState(words[0]!.key)) return false;
  const after = doc.next(last);
  return (
    after !== undefined &&
    doc.adjacent(words[0], after) &&
    (sports.has(after.key) || sportsWords.has(after.key))
  );
}

/** How new a thing is: said of shoes and phones, never of a family. */
const thingAges = new Set([
  'new',
  'old',
  'latest',
  'newest',
  'original',
  'fake',
  'knockoff',
  'vintage',
  'used',
]);

/** Words the text has said after "a" or "an": things it counts ("a Juul", "an Uber"). */
const thingsAfterArticle = perDocument((doc: Doc) => {
  const counted = new Set<string>();
  doc.tokens.forEach((t, i) => {
    const before = doc.prev(i);
    if (before && (before.key === 'a' || before.key === 'an') && doc.adjacent(before, t)) counted.add(t.key);
  });
  return counted;
});

/**
 * "It's not a Juul. Nobody uses Juuls anymore": the plural of what the text counted after "a" is
 * more of that thing; a family's plural ("the Smiths") takes "the" and is never counted so.
 */
function pluralOfAThing(doc: Doc, t: Token): boolean {
  if (t.possessive || !/[^s]s$/.test(t.key)) return false;
  // "the new Jordans sold out", "my old Vans": a family is never new or old ("the other Smiths" may be).
  const before = doc.prev(doc.indexAt(t.start));
  if (before && before.case === Case.Lower && thingAges.has(before.key) && doc.adjacent(before, t))
    return true;
  const counted = thingsAfterArticle(doc);
  const stem = counted.has(t.key.slice(0, -1)) || (/es$/.test(t.key) && counted.has(t.key.slice(0, -2)));
  return stem && before?.key !== 'the';
}

/** Owners and describers that stand before a thing, not before a person's name alone. */
const beforeAThing = new Set([
  ...possessives,
  'this',
  'that',
  'these',
  'those',
  'a',
  'an',
  'giant',
  'big',
  'little',
  'new',
  'old',
  'huge',
  'tiny',
  'whole',
]);
/** Nouns a family name stands before and still names the family: "the Garcia family", "my Reyes side". */
const ownedByAFamily = new Set(['family', 'families', 'household', 'clan', 'side', 'kids', 'boys', 'girls']);

/**
 * "this giant Stanley cup", "my Oura data": a capitalized word between an owner or a describer and a
 * lower-case noun names the kind of thing (a brand, a make), not someone — unless the noun is one a
 * family or a person has ("my Garcia side", "the Smith house", "my Jake problem" is rare enough).
 */
function nameBeforeItsThing(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const before = doc.prev(i);
  const noun = doc.next(i);
  if (t.sentenceStart || t.possessive || !before || !noun) return false;
  // ("Juliusz A Kwiatkowski lives": a capital "A" is an initial.)
  if (before.case !== Case.Lower) return false;
  // "my stanley cup leaked": without capitals, only after an owner.
  if (
    t.case !== Case.Capitalized &&
    !(t.case === Case.Lower && !doc.caseInformative(t) && possessives.has(before.key))
  )
    return false;
  if (!doc.adjacent(before, t) || !beforeAThing.has(before.key)) return false;
  return modifiesItsNoun(doc, t, noun);
}

const timesOfDay = new Set(
  'today tonight tomorrow yesterday morning afternoon evening night weekend week month year day'.split(' '),
);

/**
 * Is `noun`, right after `t`, a lower-case everyday noun `t` says what kind it is of ("Stanley cup",
 * "Poppyseed chicken") — not one a family or a person has ("Garcia family", "Keisha mom")?
 */
function modifiesItsNoun(doc: Doc, t: Token, noun: Token): boolean {
  if (!doc.adjacent(t, noun)) return false;
  if (noun.case !== Case.Lower || !doc.isOrdinaryWord(noun.key) || doc.listedName(noun.key)) return false;
  if (
    relations.has(noun.key) ||
    homeNouns.has(noun.key) ||
    familyEvents.has(noun.key) ||
    ownedByAFamily.has(noun.key) ||
    // ("Brexlyn tonight is the game": when, not what kind.)
    timesOfDay.has(noun.key)
  )
    return false;
  const tags = doc.lex.tags(noun.key);
  return (
    tags.some((tag) => tag === 'Noun' || tag === 'Singular' || tag === 'Plural' || tag === 'Uncountable') &&
    !tags.some((tag) => /^(?:Verb|PastTense|PresentTense|Infinitive|Gerund|Adverb|Actor|Pronoun)$/.test(tag))
  );
}

/** "They're Jordans", "these are Crocs": a plural right after what says what they are. */
function whatTheyAre(doc: Doc, i: number): boolean {
  const p1 = doc.prev(i);
  const p2 = doc.prev(i, 2);
  if (!p1 || !doc.adjacent(p1, doc.tokens[i])) return false;
  if (p1.key === "they're" || p1.key === 'theyre') return true;
  return (p1.key === 'are' || p1.key === 'were') && /^(?:they|these|those)$/.test(p2?.key ?? '');
}

/** Two consonants English words and names open with ("bl", "str" starts "st"); others spell initials. */
const openingClusters = new Set(
  'bl br ch cl cr dr dw fl fr gh gl gn gr kh kl kn kr ph pl pr ps qu rh sc sh sk sl sm sn sp st sw th tr ts tw wh wr zh'.split(
    ' ',
  ),
);

/**
 * "the ppe was", "gsa meets on thursdays", "listening to like kpop": a short lower-case word opening on
 * two consonants no English word or name opens with is initials said as a word; the learned scorer,
 * which guesses names from their neighbours, may read it as someone. Listed names stay ("nguyen").
 */
export function initialsAsAWord(doc: Doc, d: Detection): boolean {
  const words = doc.tokensIn(d.start, d.end);
  if (words.length !== 1) return false;
  const w = words[0]!;
  return (
    w.case === Case.Lower &&
    /^[bcdfghjklmnpqrstvwxz]{2}[a-z]{0,3}$/.test(w.key) &&
    !openingClusters.has(w.key.slice(0, 2)) &&
    !doc.listedName(w.key) &&
    doc.lex.place(w.key) === undefined
  );
}

/**
 * "he plays pickleball at the rec center", "we played cornhole": a word after a verb of playing
 * (no "with") is the game; the learned scorer, reading its neighbours, may take it for someone.
 */
export function gamePlayed(doc: Doc, d: Detection): boolean {
  const pair = lowerWordAfter(doc, d);
  return (
    pair !== undefined &&
    /^(?:play|plays|played|playing)$/.test(pair[0].key) &&
    // ("play bingo on wednesdays": an everyday word no common given name is the game.)
    (!doc.listedName(pair[1].key) ||
      (doc.isOrdinaryWord(pair[1].key) && !commonGivenName(doc, pair[1].key)) ||
      // ("play bingo": a word only crowd-sourced lists call a given name.)
      ((doc.lex.firstNameRank(pair[1].key) ?? rankCrowd) >= rankCrowd &&
        doc.lex.surnameRank(pair[1].key) === undefined))
  );
}

/** What a title in quotes is the title of: 'the song "Moon River"', 'that show, "Blue Bloods"'. */
const titledWorks = new Set(
  'song songs show shows movie movies film films book books album albums game games series episode poem hymn track play musical podcast'.split(
    ' ',
  ),
);

/**
 * 'Same song, "Moon River."', 'the book "Atomic Habits"': capitalized words quoted whole, a kind of
 * work named just before the quote, are its title.
 */
function quotedTitle(doc: Doc, from: number, to: number): boolean {
  // The guess may be a part of the title ("Harvest Moon"): widen it over the quoted capitals.
  let first = from;
  let last = to;
  const titled = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && doc.adjacent(a, b) && doc.capitalized(a) && doc.capitalized(b);
  while (first > 0 && first > from - 4 && titled(doc.tokens[first - 1], doc.tokens[first])) first--;
  while (last < to + 4 && titled(doc.tokens[last], doc.tokens[last + 1])) last++;
  // ('the song "Take Me Home To Portugal"': a country or a town in a title is still named there.)
  if (
    doc.tokens
      .slice(from, to + 1)
      .some((w) => /^(?:country|us-state|city|us-city)$/.test(doc.lex.place(w.key) ?? ''))
  )
    return false;
  const opening = doc.tokens[first]!;
  const closing = doc.tokens[last]!;
  if (
    !/["“]\s*$/.test(opening.gapBefore) ||
    !/^[.,!?]?["”]/.test(doc.text.slice(closing.end, closing.end + 2))
  )
    return false;
  for (let k = 1; k <= 3; k++) {
    const w = doc.prev(first, k);
    if (w === undefined || w.line !== opening.line) return false;
    if (titledWorks.has(w.key)) return true;
  }
  return false;
}

/**
 * Devices a show or a game is put on. (People are seen "on TV", "on Netflix", heard "on the phone".)
 */
const screens = new Set(
  'ipad ipads tablet tablets switch xbox playstation ps4 ps5 roku kindle dvd vhs firestick'.split(' '),
);

/**
 * "puts Bluey on the iPad", "playing mario kart on the switch": what is put on a device is a show or
 * a game, whoever shares its name.
 */
function onAScreen(doc: Doc, last: number): boolean {
  // ("mario kart on the switch": the title's next word, when no grammar word, goes with it.)
  const word = doc.next(last);
  const end =
    word !== undefined && word.key !== 'on' && isWord(word) && !doc.isGrammatical(word.key) ? last + 1 : last;
  const on = doc.next(end);
  if (
    on?.key !== 'on' ||
    !doc.adjacent(doc.tokens[end], on) ||
    !doc.adjacent(doc.tokens[last], doc.tokens[end])
  )
    return false;
  let k = end + 2;
  if (/^(?:the|my|his|her|their|our|your)$/.test(doc.tokens[k]?.key ?? '')) k++;
  const screen = doc.tokens[k];
  const after = doc.tokens[k + 1];
  // ("on the TV schedule": a screen's word before a noun is what the noun is for.)
  const closes = after === undefined || !doc.adjacent(screen, after) || doc.isGrammatical(after.key);
  return screen !== undefined && screen.line === on.line && screens.has(screen.key) && closes;
}

/** A guess that is one lower-case word, with the word right before it: [before, word]. */
function lowerWordAfter(doc: Doc, d: Detection): [Token, Token] | undefined {
  const words = doc.tokensIn(d.start, d.end);
  const w = words[0];
  if (words.length !== 1 || w?.case !== Case.Lower) return undefined;
  const before = doc.prev(doc.indexAt(w.start));
  return before !== undefined && doc.adjacent(before, w) ? [before, w] : undefined;
}

/** What says a thing is so: "it's sunny", "he was so sweet". */
const copulas = new Set(['is', 'was', 'its', 'are', 'were', 'so', 'very', 'too', 'pretty', 'real', 'be']);

/**
 * "now that it's sunny i go out": a lower-case adjective after what says a thing is so describes it;
 * the learned scorer, which guesses names from their neighbours, may read the word as someone.
 */
export function predicateAdjective(doc: Doc, d: Detection): boolean {
  const pair = lowerWordAfter(doc, d);
  if (!pair) return false;
  const [before, w] = pair;
  return (
    (copulas.has(before.key) || /^(?:it|that|he|she|they|you|we)['’](?:s|re)$/i.test(before.text)) &&
    (doc.lex.tags(w.key).includes('Adjective') ||
      // (the tagger leaves many adjectives untagged: "sunny", "chill")
      (doc.isOrdinaryWord(w.key) && doc.lex.tags(w.key).length === 0))
  );
}

/** Who has a thing of a model year ("the 2012 Chicago marathon" is an event, where it was held). */
const ownersOfAModel = new Set(['a', 'an', ...possessives]);

/** "I have a 2009 corolla", "his 2015 Silverado": after an owner and a model year stands a make or model. */
function afterModelYear(doc: Doc, first: number): boolean {
  const year = doc.prev(first);
  const owner = doc.prev(first, 2);
  return (
    year !== undefined &&
    owner !== undefined &&
    /^(?:19|20)\d\d$|^['’]\d\d$/.test(year.text) &&
    doc.adjacent(year, doc.tokens[first]) &&
    doc.adjacent(owner, year) &&
    ownersOfAModel.has(owner.key)
  );
}

const animals =
  'dog|dogs|cat|cats|puppy|kitten|pup|bird|parrot|hamster|rabbit|bunny|horse|pony|goldfish|fish|lizard|gecko|snake|turtle|tortoise|ferret|guinea pig|doodle|goldendoodle|labradoodle|husky|poodle|retriever|beagle|chihuahua|terrier|bulldog|dachshund|corgi|pitbull|mutt|tabby';
/** "my dog Buster", "our old cat Mochi": an animal named after its kind. */
const animalBefore = new RegExp(
  `\\b(?:my|our|his|her|their|your)[ \\t]+(?:[a-z'-]+[ \\t]+)?(?:${animals})[ \\t]*,?[ \\t]*$`,
  'i',
);
/**
 * "Mochi, that's the cat", "Buster — that's the dog —", "Pepper (my dog)", "walk Loki (dog)": an
 * aside saying what it is.
 */
const animalAfter = new RegExp(
  `^[ \\t]*(?:(?:,|[—–]|--?|\\()[ \\t]*(?:(?:that's|that is|he's|she's|it's|who's)[ \\t]+)?(?:the|my|our|his|her|their|your)[ \\t]+(?:[a-z'-]+[ \\t]+)?(?:${animals})\\b|\\([ \\t]*(?:${animals})[ \\t]*\\))`,
  'i',
);

/** "his name is", "named (her)", "called": where a name is given, just before it. */
const nameGivenBefore =
  /\b(?:(?:his|her|its)[ \t]+name[ \t]+(?:is|was)|(?:named|called)(?:[ \t]+(?:him|her|it))?)[ \t]*["“']?$/i;
const animalWord = new RegExp(`\\b(?:${animals})\\b`, 'gi');
/** Whom else a pronoun or a name given may be said of, in the words before. */
const personWord =
  /\b(?:man|woman|guy|lady|girl|boy|kid|baby|person|friend|son|daughter|brother|sister|mom|mother|dad|father|wife|husband|cousin|aunt|uncle|grandma|grandpa|teacher|boss|neighbou?r|boyfriend|girlfriend|partner)s?\b/gi;

/**
 * "The dog is guarding the house. His name is Noodle.", "a cat named Biscuit": a name given where
 * an animal is the last of whom the words before speak is the pet's.
 */
function petNamedSo(doc: Doc, t: Token): boolean {
  const before = doc.text.slice(Math.max(0, t.start - 160), t.start);
  const given = nameGivenBefore.exec(before);
  if (!given) return false;
  const said = before.slice(0, given.index);
  const lastAt = (re: RegExp) => Math.max(-1, ...[...said.matchAll(re)].map((m) => m.index!));
  const animal = lastAt(animalWord);
  return animal >= 0 && animal > lastAt(personWord);
}

/** A pet's name is no person's. */
function namedPet(doc: Doc, t: Token): boolean {
  return (
    animalBefore.test(doc.text.slice(Math.max(0, t.start - 40), t.start)) ||
    animalAfter.test(doc.text.slice(t.end, t.end + 40)) ||
    petNamedSo(doc, t)
  );
}

/**
 * "the Rogerian thing", "Socratic questioning", "a Freudian slip": an adjective made from a name,
 * capitalized, before the noun it describes. Names with these endings ("Sebastian", "Dominic") are
 * listed; this is for words no list holds.
 */
function adjectiveOfAName(doc: Doc, t: Token, i: number): boolean {
  if (t.possessive || !/[a-z](?:ian|ean|ic|esque)$/.test(t.key)) return false;
  // "Chris-Christian-Christian": a stutter over a name is listed by its parts.
  if (t.key.split('-').some((part) => doc.listedName(part))) return false;
  if (doc.lex.place(t.key) !== undefined) return false;
  const noun = doc.next(i);
  return (
    noun !== undefined &&
    doc.adjacent(t, noun) &&
    doc.plainLower(noun) &&
    !doc.isGrammatical(noun.key) &&
    !doc.lex.tags(noun.key).some((tag) => tag === 'PastTense' || tag === 'PresentTense' || tag === 'Modal')
  );
}

/**
 * "at Home Depot", "the Lowe's parking lot", "coffee from Taco Bell", "Bath & Body Works": the guess
 * lies inside a chain's name written out whole (capitalized where case means something). A name of
 * several words is the chain; one word in the possessive is a surname's store unless the family's
 * things follow, and a given name's only before what a store sells or has ("Wendy's drive-thru").
 */
export function chainName(doc: Doc, d: Detection): boolean {
  const { tokens } = doc;
  const [first, last] = doc.touched(d.start, d.end);
  if (first > last) return false;
  // "the amazon warehouse", "the Walmart pharmacy": a chain's site by what it is, no place named
  // (where it stands is `chainStores`'s).
  const opening = chainOver(doc, first, first);
  if (
    opening !== undefined &&
    opening[0] === first &&
    opening[1] < last &&
    // ("cohen's hardware": a family's store by its surname.)
    !tokens[opening[1]]!.possessive &&
    tokens.slice(opening[1] + 1, last + 1).every((w) => institutionSuffixes.has(w.key) && !doc.capitalized(w))
  )
    return true;
  const found = chainOver(doc, first, last);
  if (!found) return false;
  const [s, e] = found;
  // "a protest on Market Street": a chain named like a street is the street where one is on it.
  if (d.reason === streetNameReason && alongStreet.has(doc.prev(s)?.key ?? '')) return false;
  // Names of chains shaped like a person's ("Bob Evans") are not on the list, so no cue is needed.
  if (e > s) return true;
  const word = tokens[s]!;
  // A word alone that is no possessive answers to `organization`, as the company list's words do.
  if (!word.possessive || strongCue.test(d.reason)) return false;
  const before = doc.prev(s);
  if (before && doc.adjacent(before, word) && (titles.has(before.key) || doc.capitalized(before)))
    return false;
  const after = doc.next(s);
  const next = after && doc.adjacent(word, after) ? after.key : '';
  // ("Wendy's drive thru": the lane spoken in two words.)
  const thru = doc.next(s, 2);
  const driveThru = next === 'drive' && thru !== undefined && /^(?:thru|through)$/.test(thru.key);
  // ("go to Wendy's and get a Frosty": what one gets there, said in the same sentence.)
  if ((doc.lex.firstNameRank(word.key) ?? Number.POSITIVE_INFINITY) < rankCrowd)
    return storeNouns.has(next) || driveThru || boughtThere(doc, s);
  // What the family has or is: "at Lowe's house", "Lowe's mom", "Lowe's funeral".
  return !(homeNouns.has(next) || relations.has(next) || familyEvents.has(next));
}

/** What a fast-food or coffee chain sells, said in the sentence that names it. */
const fareWords = new Set(
  'fries burger burgers nuggets frosty frostys shake shakes combo baconator whopper latte frappuccino drive-thru'.split(
    ' ',
  ),
);
/** The sentence of token `i` names what one gets at a fast-food or coffee chain. */
function boughtThere(doc: Doc, i: number): boolean {
  for (let k = doc.sentenceFirst(i); k <= doc.sentenceLast(i); k++)
    if (k !== i && fareWords.has(doc.tokens[k]!.key)) return true;
  return false;
}

/**
 * "pulled into a Sheetz", "another Kroger": a chain or a company after "a" or "another" is one of its
 * stores or products — no one is "a Smith" in speech.
 */
function chainByArticle(doc: Doc, d: Detection, first: number, last: number): boolean {
  const word = doc.tokens[first]!;
  const before = doc.prev(first);
  // ("a Purdue flag": before a noun it only says whose the thing is.)
  const after = doc.next(first);
  const nounAfter =
    after !== undefined &&
    doc.adjacent(word, after) &&
    after.line === word.line &&
    !doc.isGrammatical(after.key);
  return (
    first === last &&
    !nounAfter &&
    !word.possessive &&
    !strongCue.test(d.reason) &&
    doc.capitalized(word) &&
    (doc.lex.chain(word.key) || doc.lex.company(word.key)) &&
    before !== undefined &&
    doc.adjacent(before, word) &&
    /^(?:a|an|another)$/.test(before.key)
  );
}

/** Assistants a speaker in the house answers to, which share given names. */
const assistants = new Set(['alexa', 'siri', 'cortana', 'bixby']);

/** What only a speaker in the house is asked to do: play music, set a timer, turn the lights on. */
const assistantCommand =
  /^(?:,?[ \t]+|[ \t]+to[ \t]+)(?:play(?:s|ing|ed)?[ \t]+(?:some[ \t]+|the[ \t]+|my[ \t]+)?(?:[\p{L}\d']+[ \t]+)?(?:\p{Lu}|music|songs?|a song|podcasts?|white noise|rain)|set[ \t]+(?:a|an|the|my)[ \t]+(?:timer|alarm|reminder)|turn[ \t]+(?:on|off)[ \t]+the[ \t]+(?:lights?|tv|music)|remind[ \t]+me)/u;

/**
 * "use the Alexa for the timer", "ask Alexa to play music", "Siri, set a timer": the speaker in the
 * house, owned or given an article, or asked to do what only it does.
 */
function voiceAssistant(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!assistants.has(t.key) || t.possessive) return false;
  const before = doc.prev(i);
  if (before && doc.adjacent(before, t) && (determiners.has(before.key) || possessives.has(before.key)))
    return true;
  return assistantCommand.test(doc.text.slice(t.end, t.end + 40));
}

/** Who and what a people's word describes: "Latino families", "the Puerto Rican kid". */
const describedByPeople = new Set(
  `family families community communities culture cultures people kids kid men man women woman guys guy
  girls girl boys boy household households parents parent moms mom dads dad folks food music church
  heritage background descent roots neighborhood neighbourhood clients client patients students youth
  teens side grandmother grandma`.split(/\s+/),
);

/**
 * "In a lot of Latino families", "the Puerto Rican family": a people's word before whom or what it
 * describes, in lower case, names no one ("Latino said" is someone).
 */
function peoplesWordBefore(doc: Doc, first: number, last: number): boolean {
  const peoplesWord = (w: Token | undefined) =>
    w !== undefined && (untaggedPeoples.has(w.key) || doc.lex.tags(w.key).includes('Demonym'));
  // ("Puerto" alone, before "Rican": the people's name runs on.)
  if (compoundPeoples.has(doc.tokens[last]!.key) && peoplesWord(doc.tokens[last + 1])) last++;
  const word = doc.tokens[last]!;
  const peoples = peoplesWord(word);
  const joined = doc.tokens.slice(first, last).every((w) => compoundPeoples.has(w.key));
  const next = doc.next(last);
  return (
    peoples &&
    joined &&
    !word.possessive &&
    next !== undefined &&
    doc.adjacent(word, next) &&
    next.case === Case.Lower &&
    describedByPeople.has(next.key)
  );
}

/** First words of a people's two-word name: "Puerto Rican", "Costa Rican", "Sri Lankan". */
const compoundPeoples = new Set(['puerto', 'costa', 'sri', 'new', 'south', 'north', 'el']);

/**
 * "the indian store", "the Korean church", "a Mexican bakery": a people's or a language's word
 * between an article (or an owner) and an institution's word says what kind, in any case.
 */
function kindByItsPeople(doc: Doc, d: Detection, first: number, last: number): boolean {
  const [people, kind] = [doc.tokens[first]!, doc.tokens[last]!];
  const owner = doc.prev(first);
  return (
    d.label === 'LOCATION' &&
    last === first + 1 &&
    (languages.has(people.key) ||
      untaggedPeoples.has(people.key) ||
      denominations.has(people.key) ||
      doc.lex.tags(people.key).includes('Demonym')) &&
    institutionSuffixes.has(kind.key) &&
    owner !== undefined &&
    doc.adjacent(owner, people) &&
    (/^(?:the|a|an|this|that)$/.test(owner.key) || possessives.has(owner.key))
  );
}

/**
 * The longest chain's name written out whole (capitalized where case means something) over tokens
 * `first`–`last`, starting at most four words before: its first and last token.
 */
export function chainOver(doc: Doc, first: number, last: number): [number, number] | undefined {
  const { tokens } = doc;
  const written = (t: Token) =>
    !doc.caseInformative(t) || doc.capitalized(t) || t.case === Case.Upper || doc.isGrammatical(t.key);
  let found: [number, number] | undefined;
  for (let s = first; s >= Math.max(0, first - 4); s--) {
    const span = doc.lex.chainSpan(tokens[s]!.key);
    if (span === 0 || s + span - 1 < last) continue;
    for (let e = s; e < s + span && e < tokens.length; e++) {
      const t = tokens[e]!;
      if (!written(t) || (e > s && !chainJoined(doc, tokens[e - 1]!, t))) break;
      if (
        e >= last &&
        doc.lex.chain(chainKey(tokens.slice(s, e + 1))) &&
        (!found || e - s > found[1] - found[0])
      )
        found = [s, e];
    }
  }
  return found;
}

/** Words of one chain's name: a space, "&" ("Bath & Body Works") or an initial's period ("Chuck E. Cheese"). */
function chainJoined(doc: Doc, a: Token, b: Token): boolean {
  return doc.adjacent(a, b) || /^ ?& ?$/.test(b.gapBefore);
}

/** "meeting(s)" right after token `i`, or after one more capitalized word of the programme's name. */
function meetingsAhead(doc: Doc, i: number): boolean {
  for (let k = i + 1, prev = doc.tokens[i]!; k <= i + 2; k++) {
    const t = doc.tokens[k];
    if (!t || !doc.adjacent(prev, t)) return false;
    if (t.key === 'meeting' || t.key === 'meetings') return true;
    if (!doc.capitalized(t)) return false;
    prev = t;
  }
  return false;
}

/** Time spent on something, or an order placed: "hours on X", "all night on X", "ordered (from) X". */
const consumedBefore =
  /(?:\b(?:hours?|minutes|time|all day|all night|all weekend) on|\bordered(?: from)?|\b(?:delivery|takeout|take-out|drive-thru|drive-through) from|\b(?:drink|drinks|drank|drinking|sip|sipping|chug|chugging|eat|eats|ate|eating|snack on|snacking on)(?: (?:some|more|a|an|the))?)[ \t]+$/i;

/** Whether the guess from token `first` to `last` is what someone spends time on, orders, eats or drinks. */
function consumed(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens[first]!;
  if (!consumedBefore.test(doc.text.slice(Math.max(0, t.start - 30), t.start))) return false;
  // "ordered Wendy's again" is the restaurant; "ordered Marisol's cake" is hers.
  const next = doc.next(last);
  return (
    !doc.tokens[last]!.possessive ||
    !next ||
    next.line !== t.line ||
    /[.,;:!?]/.test(next.gapBefore) ||
    doc.isGrammatical(next.key) ||
    /^(?:again|last|tonight|today|yesterday|twice|once)$/.test(next.key)
  );
}

/** Watching a show: "watched X all weekend", "binged X". */
const watchedBefore =
  /\b(?:watch|watched|watching|watches|binge|binged|bingeing|binging|binge-watched|rewatch|rewatched|rewatching|streaming|streamed)(?:[ \t]+(?:the|all of|like|some|more|old))?[ \t]+$/i;
/**
 * Taking an app off or onto a phone ("deleted X", "downloaded X"), a game played ("playing X"), an
 * app one does alone with what it is for ("journaling with X").
 */
const appBefore =
  /\b(?:deleted|delete|deleting|downloaded|download|downloading|installed|uninstalled|reinstalled|redownloaded|play|plays|played|playing|(?:meditating|meditate|journaling|journal|budgeting|tracking|logging) with)[ \t]+$/i;

/**
 * "I watched Sesame Street all weekend", "binged Bluey", "deleted Bumble off my phone": a show
 * watched or an app deleted. A place is not watched; a person may be ("I watched Dana all weekend"
 * is babysitting, "deleted Marcus off my phone" a contact), so a person guess goes only where no
 * word is a given name or a common surname, or the title ends in an everyday noun.
 */
function onScreen(doc: Doc, d: Detection, words: Token[], first: number): boolean {
  // The guess may hold the title's last word only ("Island" of "binged Harbor Island").
  let opening = first;
  // ("Slept. Watched Gilmore Girls": the verb opening the sentence is no part of the title.)
  while (
    opening > first - 3 &&
    doc.tokens[opening - 1] &&
    doc.adjacent(doc.tokens[opening - 1], doc.tokens[opening]) &&
    doc.capitalized(doc.tokens[opening - 1]!) &&
    !doc.tokens[opening]!.sentenceStart &&
    !watchedBefore.test(`${doc.tokens[opening - 1]!.text} `)
  )
    opening--;
  const start = doc.tokens[opening]!.start;
  const before = doc.text.slice(Math.max(0, start - 30), start);
  const watched = watchedBefore.test(before);
  // "played Kessington's team": what belongs to someone is theirs.
  if ((!watched && !appBefore.test(before)) || words[words.length - 1]!.possessive) return false;
  if (d.label === 'LOCATION') return watched || words.every((w) => !doc.lex.place(w.key));
  if (titles.has(doc.prev(opening)?.key ?? '')) return false;
  // "binged Love Island", "deleted Candy Crush": a title ending in an everyday noun no one is named
  // (the guess may hold its first word only).
  const end = titleEnd(doc, first, first + words.length - 1);
  const last = doc.tokens[end]!;
  if (
    end > first &&
    doc.isOrdinaryWord(last.key) &&
    doc.lex.firstNameRank(last.key) === undefined &&
    (doc.lex.surnameRank(last.key) ?? Number.POSITIVE_INFINITY) > rareSurname
  )
    return true;
  return words.every(
    (w) =>
      !isWord(w) ||
      (doc.lex.firstNameRank(w.key) === undefined &&
        (doc.lex.surnameRank(w.key) ?? Number.POSITIVE_INFINITY) > rareSurname),
  );
}

/** Words of blessing said after a holiday's name: "Eid Mubarak", "Ramadan Kareem". */
const holidayGreetings = new Set(['mubarak', 'kareem', 'sameach', 'saheb']);

/**
 * The word before "Day" names a holiday, not someone named Day: no list holds it as a given name, or
 * it is a city first and a rare given name after ("Columbus Day"). "Kendra Day", "Austin Day" are people.
 */
function holidayWord(doc: Doc, t: Token): boolean {
  const rank = doc.lex.firstNameRank(t.key);
  if (rank === undefined) return true;
  const kind = doc.lex.place(t.key);
  return rank > 500 && kind !== undefined && knownPlaces.has(kind);
}

/** Within three capitalized words after token `i`: a capitalized "Day" closing a holiday's name. */
function holidayAhead(doc: Doc, i: number): boolean {
  for (let k = i + 1, prev = doc.tokens[i]!; k <= i + 3; k++) {
    const t = doc.tokens[k];
    if (!t || !doc.adjacent(prev, t) || !doc.capitalized(t)) return false;
    // "Jessica Day" is a person: a common given name right before "Day" is one, unless it closes a
    // run of names ("Martin Luther King Day").
    if (t.key === 'day')
      return (
        k > i + 1 ||
        prev.possessive ||
        holidayWord(doc, prev) ||
        (doc.prev(i) !== undefined && doc.adjacent(doc.prev(i), prev) && doc.capitalized(doc.prev(i)!))
      );
    prev = t;
  }
  return false;
}

const stormWords = /^(?:hurricane|typhoon|cyclone|tropical|storm)$/;

/**
 * "Hurricane Maria", "tropical storm Kayla": a storm is named like a person and is none — the name
 * after the storm's word (in capitals where capitals mean something: "the hurricane Kayla rode out"
 * is someone), or the storm's word guessed as part of the name.
 */
function namedStorm(doc: Doc, words: Token[], first: number): boolean {
  const before = doc.prev(first);
  const tropical = before?.key === 'tropical';
  if (words.every((w) => stormWords.test(w.key)) && (tropical || words.some((w) => w.key !== 'storm')))
    return true;
  if (!before || before.line !== doc.tokens[first]!.line) return false;
  if (doc.caseInformative(before) && !doc.capitalized(before)) return false;
  if (/^(?:hurricane|typhoon|cyclone)$/.test(before.key)) return true;
  return before.key === 'storm' && doc.prev(first, 2)?.key === 'tropical';
}

/** What holds a product: "a bottle of …", "a pack of …", "a gallon of …", "a cooler of …". */
const containers = new Set(
  `bottle can jar box pack packet bag tube cup glass mug shot pint carton tub pouch gallon cooler
  six-pack twelve-pack bowl slice liter litre fifth sleeve bar scoop tin handful spoonful`.split(/\s+/),
);

/** The words that make a weekday a holiday: "Ash Wednesday", "Good Friday", "Fat Tuesday". */
const dayHolidays = new Set('ash good palm black holy maundy cyber easter fat giving super'.split(' '));

/**
 * Whether a guess is the name of a holiday or part of one, read as a person or as a place: the
 * words before a capitalized "Day" ("Memorial Day", "Martin Luther King Day", "St. Patrick's Day",
 * "Columbus Day" and the town "Day" guessed after it), a lone "Day" after a possessive or a
 * capitalized word ("Father's Day"), "Christmas Eve", "st patricks day" as posts write it, and
 * "Cinco de Mayo". A common given name alone before "Day" ("Jessica Day"), a title ("Coach Day")
 * or a strong cue keeps the person.
 */
function holidayName(doc: Doc, d: Detection, words: Token[], first: number, last: number): boolean {
  const strong = strongCue.test(d.reason);
  const before = doc.prev(first);
  const after = doc.next(last);
  const lastWord = words[words.length - 1]!;
  if (holidayAhead(doc, last)) return true;
  // "Día de los Muertos", "el Día de la Madre": a day in Spanish, named by what follows "de".
  for (let k = first; k >= Math.max(0, first - 3); k--)
    if (/^d[ií]a$/.test(doc.tokens[k]!.key) && doc.tokens[k + 1]?.key === 'de' && last <= k + 4) return true;
  // "Eid Mubarak", "Ramadan Kareem": the greeting said for a holiday is blessed, no one.
  if (
    words.length === 1 &&
    holidayGreetings.has(lastWord.key) &&
    before !== undefined &&
    doc.adjacent(before, lastWord) &&
    calendarWords.has(before.key)
  )
    return true;
  if (lastWord.key === 'day') {
    if (words.length > 1)
      return doc.capitalized(lastWord) && !strong && (words.length > 2 || holidayWord(doc, words[0]!));
    if (before === undefined) return false;
    if (d.label === 'LOCATION')
      return doc.adjacent(before, lastWord) && doc.capitalized(before) && holidayWord(doc, before);
    if (strong && !/\+ title$/.test(d.reason)) return false;
    return before.possessive || (!titles.has(before.key) && doc.capitalized(before));
  }
  if (lastWord.possessive && after?.key === 'day' && doc.capitalized(after) && doc.adjacent(lastWord, after))
    return true;
  // "Ash Wednesday", "Good Friday", "Palm Sunday": a weekday named as a holiday.
  const named = weekday.test(lastWord.key) && words.length === 2 ? words[0]! : lastWord;
  const day = named === lastWord ? after : lastWord;
  if (
    !strong &&
    (words.length === 1 || named !== lastWord) &&
    day !== undefined &&
    weekday.test(day.key) &&
    (doc.capitalized(day) || !doc.caseInformative(day)) &&
    doc.adjacent(named, day) &&
    dayHolidays.has(named.key)
  )
    return true;
  if (words.length === 1 && lastWord.key === 'eve' && /^(?:christmas|year)$/.test(before?.key ?? ''))
    return true;
  const saint = /^(?:st|saint)$/.test(before?.key ?? '');
  if (words.length === 1 && after?.key === 'day' && saint && doc.adjacent(lastWord, after)) return true;
  return /\bcinco de mayo\b/i.test(doc.text.slice(Math.max(0, d.start - 9), d.end + 8));
}

/**
 * Whether a PERSON or LOCATION guess is a thing everyday talk capitalizes: a company, service or
 * team, a deity or scripture, an activity after "doing", a holiday ("Father's Day", "Memorial Day",
 * "Christmas Eve"), a day before a noun ("Sunday school"), a programme that meets ("<name>
 * meetings"), what one spends hours on or orders, or a device one owns ("my <device>"). A title or
 * other strong cue keeps a person's name.
 */
/**
 * Plurals of people, of time and of what people send: "the Smith kids", "the Kennedy years", "the
 * Marcus texts" are no brand's things.
 */
const peopleOrTime = new Set(
  `kids boys girls children sisters brothers twins family families people guys folks parents cousins men
  women ladies babies grandkids grandchildren siblings daughters sons years days weeks months texts
  messages emails calls letters photos pictures videos posts voicemails`.split(/\s+/),
);

/**
 * "those giant Stanley cups", "two Yeti tumblers": a name before things in the plural, after a word
 * that counts or describes them, is the brand the things bear.
 */
function brandOfThings(doc: Doc, words: Token[], first: number, last: number): boolean {
  const next = doc.next(last);
  const before = doc.prev(first);
  return (
    words.length === 1 &&
    !words[0]!.possessive &&
    next !== undefined &&
    before !== undefined &&
    doc.adjacent(words[0], next) &&
    doc.adjacent(before, words[0]) &&
    !words[0]!.sentenceStart &&
    doc.plainLower(next) &&
    // "by day 3 Teodora reports": a verb, not things.
    !doc.lex.tags(next.key).some((tag) => tag === 'PresentTense' || tag === 'Verb') &&
    (doc.lex.tags(next.key).includes('Plural') ||
      (/[^s]s$/.test(next.key) && doc.lex.wordCount(next.key.slice(0, -1)) > 0)) &&
    !peopleOrTime.has(next.key) &&
    doc.plainLower(before) &&
    (determiners.has(before.key) ||
      /^\d+$/.test(before.text) ||
      doc.lex.tags(before.key).some((tag) => tag === 'Adjective' || tag === 'Cardinal'))
  );
}

/**
 * "drank two Gatorades", "a few Pop-Tarts": a word in the plural that no name list holds, even in the
 * singular, after a count, is things ("two Jennifers" are people).
 */
function countedThings(doc: Doc, words: Token[], first: number): boolean {
  const [w] = words;
  const before = doc.prev(first);
  if (words.length !== 1 || !w || w.possessive || !/[^s'’]s$/.test(w.key) || !before) return false;
  const stem = w.key.slice(0, -1);
  return (
    !doc.listedName(w.key) &&
    !doc.listedName(stem) &&
    doc.lex.place(w.key) === undefined &&
    doc.adjacent(before, w) &&
    // (A house number is no count: "140 Larkspurs Ln".)
    (/^\d{1,2}$/.test(before.text) ||
      /^(?:two|three|four|five|six|few|several|many|more|some|couple)$/.test(before.key))
  );
}

/**
 * "of Ashkenazi Jewish descent", "Cajun ancestry": a people one descends from, named before the
 * word for descent (perhaps past a demonym), is no person or place.
 */
function ofDescent(doc: Doc, first: number, last: number): boolean {
  if (doc.prev(first)?.key !== 'of' || doc.lex.place(doc.tokens[first]!.key) !== undefined) return false;
  let next = doc.next(last);
  // Past one more people's name ("Jewish"): the list holds few demonyms.
  if (next && doc.capitalized(next) && doc.adjacent(doc.tokens[last], next)) next = doc.next(last, 2);
  return next !== undefined && /^(?:descent|ancestry|heritage|extraction|origin)$/.test(next.key);
}

/** "at the Lutheran church on Wednesdays": a faith's church written as a kind, nothing saying which. */
function faithsChurch(doc: Doc, first: number, last: number): boolean {
  const church = doc.next(last);
  return (
    church !== undefined &&
    /^(?:church|chapel)$/.test(church.key) &&
    church.case === Case.Lower &&
    determiners.has(doc.prev(first)?.key ?? '')
  );
}

/**
 * "Member 3", "Partner B", "(Facilitator nods.)": a role the transcript labels its speakers by, with
 * its number or letter, or alone where no name list holds it, is that speaker, not a name.
 */
function numberedRole(doc: Doc, t: Token, i: number): boolean {
  // "reframing IP's anger", "PT and stepfather": a role's initials in a family's or a note's shorthand.
  if (t.case === Case.Upper && roleInitials.has(t.key) && doc.caseInformative(t)) return true;
  // ("Q." and "A." are initials as often as labels.)
  if (!roleLabels.has(t.key) || t.possessive || t.text.length < 3) return false;
  const n = doc.next(i);
  const numbered =
    n !== undefined && doc.adjacent(t, n) && /^(?:\d{1,2}|[A-Z])$/.test(n.text) && n.line === t.line;
  return numbered || (!doc.listedName(t.key) && doc.lex.place(t.key) === undefined);
}

/** Initials of roles notes write as capitals: the identified patient, the patient, the case manager. */
const roleInitials = new Set(['ip', 'pt', 'cm']);

/**
 * A program's words for its own business, written as initials or in its notes: against medical
 * advice, a release of information, therapy-interfering behaviour, alcohol, a unit's head count and
 * its sharps. (Kept apart from the clinical shorthand that says how much a text is a note.)
 */
const programInitials = new Set(['ama', 'roi', 'rois', 'tib', 'tibs', 'etoh', 'auth']);
/** A unit's words, capitalized as a log's lines open: its head count, its sharps, a room. */
const unitWords = new Set(['census', 'sharps', 'rm']);
/** Chemical symbols of the labs a psychiatric note draws: "Li 0.9 mEq/L", "Li level", "Na 138". */
const labSymbols = new Set(['li', 'na', 'k', 'cl', 'ca', 'mg', 'cr', 'bun', 'tsh', 'fe']);
/** Roles a capitalized everyday word stands before in a title: "Nurse Care Manager". */
const roleHeads = new Set(
  'manager coordinator navigator specialist director supervisor worker liaison'.split(' '),
);
/** Numbered labels' words that are roads, whose number names one: "Highway 26", "Route 9". */
const numberedRoads = new Set(['highway', 'route', 'interstate', 'road', 'exit', 'hwy', 'rte', 'rt']);

/** "Clinical Neuropsychologist, PhD", "psychometrist": a practitioner by the field's ending. */
const practitionerEnding = /(?:ologist|iatrist|ician|therapist|metrist)$/;

/**
 * A program's shorthand, by whichever rule or the learned scorer guessed it: its initials for its own
 * business (even where a note repeats them), a unit's words, a lab by its symbol, "Dx", letter
 * grades, everyday words in a role's title, a label's word with its number.
 */
export function noteShorthand(doc: Doc, d: Detection): boolean {
  if ((d.label !== 'PERSON' && d.label !== 'LOCATION') || d.detector === 'roster' || d.detector === 'pattern')
    return false;
  const [first, last] = doc.touched(d.start, d.end);
  if (first !== last) return false;
  const w = doc.tokens[first]!;
  // ("prior auth", "etoh on board": these two are no word of speech in lower case either.)
  // ("his daughter Ama's recital": capitalized as a name is, "Ama" is one; "AMA" is the initials.)
  if (
    programInitials.has(w.key) &&
    (w.case === Case.Upper ||
      w.key === 'auth' ||
      w.key === 'etoh' ||
      (w.case === Case.Capitalized && w.key !== 'ama'))
  )
    return true;
  const next = doc.next(first);
  const adjacentNext = next !== undefined && doc.adjacent(w, next) && next.line === w.line;
  // "Nurse Care Manager", "Health Care Coordinator": an everyday word in a role's title, whatever
  // title stands before it.
  if (doc.isOrdinaryWord(w.key) && adjacentNext && roleHeads.has(next.key) && doc.capitalized(next))
    return true;
  if (strongCue.test(d.reason)) return false;
  if (unitWords.has(w.key) && (w.case !== Case.Lower || doc.jargon >= 0.04)) return true;
  // "Li 0.9 mEq/L", "Li level therapeutic": a lab by its symbol, before its value or "level".
  if (labSymbols.has(w.key) && adjacentNext && (/^\d/.test(next.text) || /^levels?$/.test(next.key)))
    return true;
  // "Dx: F31.13", "IP Dx:": a note's shorthand for diagnosis, history, treatment.
  if (/^[dhtrsfp]x$/.test(w.key) && w.case !== Case.Upper) return true;
  // "from B's to failing": a letter grade.
  if (/^[A-F]['’]s$/.test(w.text)) return true;
  // "Severity in Dimension 5", "Step 4", "Phase 2": an everyday word numbered is a label's, not a
  // place's ("Highway 26" is a road).
  if (
    doc.isOrdinaryWord(w.key) &&
    w.case === Case.Capitalized &&
    adjacentNext &&
    /^\d{1,2}$/.test(next.text) &&
    !numberedRoads.has(w.key) &&
    !streetSuffixes.has(w.key)
  )
    return true;
  return false;
}

/** Verbs of speaking a tongue: "speaks Lakota and English", "fluent in Hmong". */
const speakVerbs = new Set(['speaks', 'speak', 'spoke', 'speaking', 'spoken']);

/**
 * "Verna speaks Lakota and English", "speaks English and Tagalog": a word listed with a tongue after
 * a verb of speaking is a tongue too, whichever list holds it.
 */
function spokenTongue(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const joinedTo = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined &&
    b !== undefined &&
    a.line === b.line &&
    /^(?:,[ \t]+|[ \t]+(?:and|or)[ \t]+|[ \t]+)$/.test(b.gapBefore);
  // (Right after the verb, or "fluent in": "speaks with Tyler" is someone spoken with.)
  const spokenBefore = (k: number) => {
    const v = doc.prev(k);
    if (v?.key === 'in' && doc.prev(k, 2)?.key === 'fluent') return true;
    return v !== undefined && speakVerbs.has(v.key) && v.line === t.line;
  };
  const next = doc.next(i);
  const after = next?.key === 'and' || next?.key === 'or' ? doc.next(i, 2) : next;
  const prev = doc.prev(i);
  const beforeAt = prev?.key === 'and' || prev?.key === 'or' ? i - 2 : i - 1;
  const before = doc.tokens[beforeAt];
  // "speaks English": a tongue spoken; "speaks Lakota and English": said first, a tongue after it.
  if (spokenBefore(i) && (languages.has(t.key) || (after && languages.has(after.key) && joinedTo(t, after))))
    return true;
  // "speaks English and Lakota": said after a tongue that was spoken.
  const k = beforeAt;
  return (
    before !== undefined &&
    (languages.has(before.key) || languages.has(t.key)) &&
    spokenBefore(k) &&
    joinedTo(before, t)
  );
}

/** Who a race or a descent is said of: "Black Americans", "Han Chinese", "White patients". */
const peopleWords = new Set(
  `americans american patients men women people persons individuals children adults families
  communities populations population race ancestry descent adolescents youth infants`.split(/\s+/),
);
/** Words of race said before whom: "Black", "White", "Brown". */
const raceWords = new Set(['black', 'white', 'brown', 'asian', 'hispanic', 'latino', 'latina', 'latinx']);

/**
 * "twice as common in Black Americans", "Han Chinese and Thai populations": a capitalized race before
 * whom it is said of, or a people's own name before its nationality, is a people, no place or person.
 */
function peopleByDescent(doc: Doc, words: readonly Token[], first: number, last: number): boolean {
  if (words.length > 2) return false;
  const [word] = words;
  // ("Dr. White's patients", "Bill White patients": a surname after a title or a given name.)
  const before = doc.prev(first);
  if (before && doc.adjacent(before, word) && (titles.has(before.key) || doc.capitalized(before)))
    return false;
  const next = doc.next(last);
  if (
    words.length === 1 &&
    raceWords.has(word!.key) &&
    next &&
    doc.adjacent(word, next) &&
    peopleWords.has(next.key)
  )
    return true;
  // ("Han Chinese": the people's name, then the nation's; "Mei Chinese and …" keeps a common given name.)
  const nation = words.length === 2 ? words[1] : next && doc.adjacent(word, next) ? next : undefined;
  return (
    nation !== undefined &&
    (doc.lex.firstNameRank(word!.key) ?? Number.POSITIVE_INFINITY) > 500 &&
    nation.case === Case.Capitalized &&
    doc.lex.tags(nation.key).includes('Demonym') &&
    /^(?:,|[ \t]+(?:and|or|populations?|ancestry|descent|patients|people|individuals|men|women))/.test(
      doc.text.slice(nation.end, nation.end + 14),
    )
  );
}

export function everydayThing(doc: Doc, d: Detection): boolean {
  if ((d.label !== 'PERSON' && d.label !== 'LOCATION') || d.detector === 'roster' || d.detector === 'pattern')
    return false;
  // Dotted initials were told from abbreviations where they were read; their letters are no words.
  // Nor is a children's hospital by its short form the children.
  if (d.reason === initialsReason || d.reason === childrensHospitalReason) return false;
  const [first, last] = doc.touched(d.start, d.end);
  const words = doc.tokens.slice(first, last + 1);
  if (words.length === 0) return false;
  if (saidInAnotherTongue(doc, d)) return true;
  if (noteShorthand(doc, d)) return true;
  if (peopleByDescent(doc, words, first, last)) return true;
  if (words.length === 1 && (floorWing(doc, first) || spokenTongue(doc, first))) return true;
  if (d.label === 'PERSON') {
    // "like south carolina.": a state's name of two words, one a given name, is the state.
    const key = words.map((w) => w.key).join(' ');
    const [before, after] = [doc.prev(first), doc.next(last)];
    if (
      (words.length >= 2 && doc.lex.isUsState(key)) ||
      (before !== undefined && doc.adjacent(before, words[0]) && doc.lex.isUsState(`${before.key} ${key}`)) ||
      (after !== undefined && doc.adjacent(words.at(-1), after) && doc.lex.isUsState(`${key} ${after.key}`))
    )
      return true;
  }
  // "prays to la virgen de guadalupe", "the Virgin of Guadalupe": Mary by the place she appeared.
  const of = doc.prev(first);
  if (
    (of?.key === 'de' || of?.key === 'del' || of?.key === 'of') &&
    /^virg[ei]n$/.test(doc.prev(first, 2)?.key ?? '')
  )
    return true;
  // "this UWorld question", "on my iPhone": capitals inside a word after two at its start, or after
  // a lower-case first letter, spell a product ("DeShawn", "McKenzie" open on one capital).
  if (
    d.label === 'PERSON' &&
    words.length === 1 &&
    /^(?:\p{Lu}{2,}\p{Ll}{2,}|\p{Ll}{1,2}\p{Lu}\p{Ll}+)$/u.test(words[0]!.text) &&
    !strongCue.test(d.reason) &&
    // ("#RIPKobe": a hashtag runs its words together.)
    !d.reason.includes('hashtag')
  )
    return true;
  // "verification by PharmD", "Examiner: Clinical Neuropsychologist, PhD": a credential or a
  // practitioner's word is whoever holds it, no one named.
  if (
    words.length === 1 &&
    (credentials.has(words[0]!.key) ||
      (practitionerEnding.test(words[0]!.key) && !doc.listedName(words[0]!.key)))
  )
    return true;
  // "went to spanish", "In Vietnamese there is no word": a tongue, or a class in it, is no place
  // ("triage at Swedish" is a hospital's name).
  if (
    d.label === 'LOCATION' &&
    languageName(doc, d) &&
    (words[0]!.case === Case.Lower || /^in(?:to)?$/.test(doc.prev(first)?.key ?? ''))
  )
    return true;
  // "went to Walmart", "on Netflix": a chain or service is no place that says where someone is —
  // unless the text says a person ("Mr. Kroger next door", "Dana Kroger").
  const before = doc.prev(first);
  const afterGivenName = givenNameBefore(doc, first);
  // (A street said bare has weighed the company list itself: "over on Fifth".)
  if (
    d.reason !== residenceReason &&
    d.reason !== bareStreetReason &&
    words.every(
      (w) =>
        organization(doc, w, d.label === 'LOCATION' && d.reason !== workplaceReason) &&
        doc.lex.place(w.key) === undefined,
    ) &&
    !(d.label === 'PERSON' && (strongCue.test(d.reason) || d.reason === 'next to a name' || afterGivenName))
  )
    return true;
  if (chainName(doc, d) || chainByArticle(doc, d, first, last)) return true;
  if (first === last && !strongCue.test(d.reason) && voiceAssistant(doc, first)) return true;
  if (titledBrand(doc, first, last)) return true;
  if (!strongCue.test(d.reason) && peoplesWordBefore(doc, first, last)) return true;
  if (!strongCue.test(d.reason) && relationSaid(doc, d)) return true;
  if (!strongCue.test(d.reason) && (productConsumed(doc, first, last) || dishNamed(doc, first, last)))
    return true;
  if (!strongCue.test(d.reason) && !/\+|context/.test(d.reason) && gamePlayed(doc, d)) return true;
  // "talk to HR", "i went to hr": a workplace's department, no one and nowhere; "i was navy": a
  // branch one served in.
  // ("a younger Marine in your unit": one who serves, after an article; "Marine Le Pen" is someone.)
  const marine =
    words[0]!.key === 'marine' &&
    [doc.prev(first), doc.prev(first, 2)].some(
      (w) => w !== undefined && /^(?:a|an|the|another|every|fellow)$/.test(w.key),
    );
  const served =
    words.length === 1 &&
    (armedServices.has(words[0]!.key) || marine) &&
    !titles.has(doc.prev(first)?.key ?? '');
  if (words.length === 1 && (departments.has(words[0]!.key) || served) && !strongCue.test(d.reason))
    return true;
  if (d.label === 'PERSON' && !/\+|context/.test(d.reason) && titleOfAThing(doc, first, last)) return true;
  if (namedBySuffix(doc, first, last)) return true;
  // "Teacher Appreciation Week", "Spirit Week": an observance of everyday words.
  if (observance(doc, first, last)) return true;
  const uncued = !strongCue.test(d.reason);
  if (uncued && (insurersPlan(doc, first, last) || episodesOf(doc, first))) return true;
  // ("posted in MyChart", "logged it in MyFitnessPal": a portal's or an app's name opening on "My".)
  if (
    uncued &&
    words.length === 1 &&
    (checkInWord(doc, words[0]!) ||
      airlineFlown(doc, first) ||
      schoolSubject(doc, first) ||
      /^My\p{Lu}\p{Ll}/u.test(words[0]!.text))
  )
    return true;
  if (kindByItsPeople(doc, d, first, last)) return true;
  // "If Ms. Reyes could be there": a title, with a grammar word at most, is no one before the name.
  const spoken = words.filter(isWord);
  if (
    d.label === 'PERSON' &&
    spoken.some((w) => titles.has(w.key)) &&
    spoken.every((w) => titles.has(w.key) || doc.isGrammatical(w.key))
  )
    return true;
  if (d.label === 'PERSON' && words.length === 1 && oneWordNoOne(doc, d, first)) return true;
  // "Lola: Of course … my lola used to say": kin the text itself says is kin, wherever it stands.
  if (
    d.label === 'PERSON' &&
    words.length === 1 &&
    kinInThisText(doc).has(words[0]!.key) &&
    !titles.has(doc.prev(first)?.key ?? '')
  )
    return true;
  // "El rosario.", "no es nada": a word in lower case after Spanish that comes before a noun.
  const spanish = doc.prev(first);
  if (
    words.length === 1 &&
    !strongCue.test(d.reason) &&
    words[0]!.case === Case.Lower &&
    spanish !== undefined &&
    doc.adjacent(spanish, words[0]) &&
    spanishBeforeNoun.has(spanish.key)
  )
    return true;
  // "she lives out west", "back east", "up north": a way to go, no place one can find.
  if (
    words.length === 1 &&
    /^(?:north|south|east|west)$/.test(words[0]!.key) &&
    /^(?:out|back|up|down|over)$/.test(doc.prev(first)?.key ?? '')
  )
    return true;
  // "a couple Gulf War guys", "the Civil War": a war by its name is no place and no one.
  const war = doc.tokens[last]!.key === 'war' ? doc.tokens[last] : doc.next(last);
  if (
    war?.key === 'war' &&
    doc.capitalized(war) &&
    (war === doc.tokens[last] || doc.adjacent(doc.tokens[last], war))
  )
    return true;
  // "Amma: I told him": a role or a kin word labelling a speaker's turn is whoever speaks, no place.
  if (d.label === 'LOCATION' && words.length === 1 && speakerLabel(doc.tokens, first)) return true;
  if (
    words.length <= 3 &&
    !strongCue.test(d.reason) &&
    (onAScreen(doc, last) || quotedTitle(doc, first, last))
  )
    return true;
  // "Ông Nội", "Bà Ngoại": Vietnamese grandparents, the side said after the word for the elder.
  const side = doc.next(last);
  if (
    words.length === 1 &&
    side !== undefined &&
    doc.adjacent(words[0], side) &&
    /^(?:noi|ngoai)$/.test(side.key)
  )
    return true;
  // "call PG&E", "an AT&T store": initials joined by an ampersand are a company's.
  if (
    words.length === 1 &&
    (/^&\p{Lu}/u.test(doc.text.slice(d.end, d.end + 2)) ||
      /\p{Lu}&$/u.test(doc.text.slice(d.start - 2, d.start)))
  )
    return true;
  if (words.length === 1 && numberedRole(doc, words[0]!, last)) return true;
  if (words.length === 1 && definedAcronym(doc, first)) return true;
  if (
    d.label === 'PERSON' &&
    words.length === 1 &&
    pluralOfAThing(doc, words[0]!) &&
    !strongCue.test(d.reason)
  )
    return true;
  if (words.length <= 2 && afterModelYear(doc, first) && !strongCue.test(d.reason)) return true;
  // "toward Resident A. Staff stepped in": a role with its letter or number is a labelled speaker,
  // and what a period runs it into is the next sentence.
  if (
    words.length >= 2 &&
    roleLabels.has(words[0]!.key) &&
    // ("Mrs. K", "Aunt B": a title or kin word with an initial is someone.)
    !titles.has(words[0]!.key) &&
    !relations.has(words[0]!.key) &&
    /^(?:\d{1,2}|[A-Z])$/.test(words[1]!.text) &&
    !doc.listedName(words[0]!.key)
  )
    return true;
  if (d.label === 'PERSON' && words.every((_, k) => formLabelWord(doc, first + k))) return true;
  if (!strongCue.test(d.reason) && words.every((_, k) => payerValue(doc, first + k))) return true;
  // "the Clozapine Clinic", "a methadone clinic": a clinic named by the drug it gives or watches is a
  // kind (a drug, no everyday word, no name, no town).
  if (
    d.label === 'LOCATION' &&
    words.length === 2 &&
    /^clinics?$/.test(words[1]!.key) &&
    doc.lex.medical(words[0]!.key) &&
    !doc.isOrdinaryWord(words[0]!.key) &&
    !doc.listedName(words[0]!.key) &&
    doc.lex.place(words[0]!.key) === undefined
  )
    return true;
  // "Crisis Text Line: text HOME to 741741": a crisis line, and the word one texts it.
  if (words.every((_, k) => inPhrase(doc, first + k, crisisLines))) return true;
  if (words.length === 1 && textedKeyword(doc, first)) return true;
  // "the Sunday service", "the Tuesday group": a day and what happens on it, nowhere in particular.
  if (
    words.length >= 2 &&
    calendarWords.has(words[0]!.key) &&
    words.slice(1).every((w) => doc.plainLower(w) && doc.isOrdinaryWord(w.key))
  )
    return true;
  // "they Baker Acted him", "the Affordable Care Act": a law by its name, whoever it was named for.
  if (
    !strongCue.test(d.reason) &&
    [doc.tokens[last], doc.next(last)].some((w) => w !== undefined && /^Act(?:ed|s)?$/.test(w.text))
  )
    return true;
  // "(Eid al-Fitr, Yom Kippur, …)": a holiday's name, whatever its other words look like.
  // (Not a month's or a day's: "June Carter" is someone.)
  if (d.label === 'PERSON' && !strongCue.test(d.reason) && holidays.has(words[0]!.key)) return true;
  // "Virginia Medicaid", "Florida Statutes", "Anthem (Georgia)": a state that is also a given name,
  // before what the state runs or alone in parentheses after a plan, is the state.
  if (d.label === 'PERSON' && !strongCue.test(d.reason)) {
    const after = doc.next(first);
    const runs = after !== undefined && doc.adjacent(words[0], after) && stateInstitutions.has(after.key);
    const aside =
      words.length === 1 && /\($/.test(words[0]!.gapBefore) && /^\)/.test(doc.next(first)?.gapBefore ?? '');
    // "Dear Florida drivers", "Georgia summers": a state before what is said of a place.
    const talk =
      words.length === 1 &&
      after !== undefined &&
      doc.adjacent(words[0], after) &&
      !words[0]!.possessive &&
      doc.plainLower(after) &&
      placeTalk.has(after.key);
    // "Which means Florida this year": a state few are named for is the state, where nothing says someone.
    const rarelyGiven = (doc.lex.firstNameRank(words[0]!.key) ?? Number.POSITIVE_INFINITY) > 300;
    if (doc.lex.isUsState(words[0]!.key) && (runs || aside || talk || (words.length === 1 && rarelyGiven)))
      return true;
    // (and what it runs, taken for the rest of a name: "North Carolina DHHS")
    if (words.every((w) => stateInstitutions.has(w.key)) && stateBefore(doc, first)) return true;
  }
  // "back in junior high": a kind of school before its level, though a town shares the word.
  const level = doc.next(last);
  if (
    words.length === 1 &&
    schoolKinds.has(words[0]!.key) &&
    level !== undefined &&
    doc.adjacent(words[0], level) &&
    level.case === Case.Lower &&
    schoolLevels.has(level.key)
  )
    return true;
  // "a trip to the Carolinas": states that share a name, said together, are no smaller a place.
  if (words.length === 1 && statePairs.has(words[0]!.key)) return true;
  // "the VA clinic", "at the VA": Veterans Affairs runs hundreds; which one, its town says.
  if (
    words[0]!.text === 'VA' &&
    words.slice(1).every((w) => institutionSuffixes.has(w.key)) &&
    !stateCodeAt(doc, first)
  )
    return true;
  // "back to lacrosse", "quit rugby": a sport a town shares its name with, where capitals say nothing.
  if (words.length === 1 && sportsNamedLikeTowns.has(words[0]!.key) && !doc.capitalized(words[0]!))
    return true;
  if (ofDescent(doc, first, last)) return true;
  if (d.label === 'PERSON' && !strongCue.test(d.reason) && brandOfThings(doc, words, first, last))
    return true;
  if (d.label === 'PERSON' && !d.reason.includes(' + ') && countedThings(doc, words, first)) return true;
  // "Call Taker: Is anyone hurt?": a role labelling the line, whatever verb its first word is.
  if (d.label === 'PERSON' && labelsARole(doc, last)) return true;
  // "good idea, Sarge.", "thanks, Honey!": spoken to by what people are called who are no one by
  // name, set off at the end of what is said.
  if (d.label === 'PERSON' && words.length === 1 && !strongCue.test(d.reason) && spokenToAs(doc, last))
    return true;
  // "any Purell on you", "some Gatorade": an amount of it is a product; no one is had "any" of.
  if (
    d.label === 'PERSON' &&
    words.length === 1 &&
    !strongCue.test(d.reason) &&
    before !== undefined &&
    doc.adjacent(before, words[0]) &&
    /^(?:any|some|more|much|less|enough)$/.test(before.key) &&
    !doc.givenName(words[0]!.key)
  )
    return true;
  if (d.label === 'PERSON' && words.length === 1 && namedPet(doc, words[0]!)) return true;
  if (d.label === 'PERSON' && words.length === 1 && adjectiveOfAName(doc, words[0]!, first)) return true;
  if (d.label === 'PERSON' && !strongCue.test(d.reason) && teamByNickname(doc, words, first)) return true;
  if (d.label === 'PERSON' && !strongCue.test(d.reason) && stateTeam(doc, words, last)) return true;
  // "My Major said there might be a slot": a rank one answers to, owned as "my sergeant" is ("tell
  // Major I said hi" is someone).
  if (
    d.label === 'PERSON' &&
    words.length === 1 &&
    ranks.has(words[0]!.key) &&
    possessives.has(before?.key ?? '') &&
    doc.adjacent(before, words[0])
  )
    return true;
  if (!strongCue.test(d.reason) && organizationPair(doc, first, last)) return true;
  // "Uber Eats": an everyday word joined to a company's name as a name's second word is the
  // company's ("Dana Kroger" is joined the other way round: there the name is the given name).
  if (d.reason === 'next to a name' && words.length === 1 && doc.isOrdinaryWord(words[0]!.key)) {
    const sides = [doc.prev(first), doc.next(last)];
    const company = (n: Token | undefined) =>
      n !== undefined &&
      (doc.adjacent(n, words[0]) || doc.adjacent(words[0], n)) &&
      doc.capitalized(n) &&
      organization(doc, n) &&
      doc.lex.place(n.key) === undefined;
    if (sides.some(company)) return true;
    // ("moved to the West Coast": the region's word beside its compass point.)
    const region = (a: Token | undefined, b: Token | undefined) =>
      a !== undefined && b !== undefined && doc.adjacent(a, b) && multiStateRegions.has(`${a.key} ${b.key}`);
    if (region(sides[0], words[0]) || region(words[0], sides[1])) return true;
  }
  const lastWord = words[words.length - 1]!;
  // "CoDA meetings", "Al-Anon meeting", "SMART Recovery meetings": what meets is a programme, not a
  // person or a place — unless it is where the programme meets ("the First Baptist meeting").
  if (meetingsAhead(doc, last) && !strongCue.test(d.reason) && d.reason !== congregationReason) return true;
  if (!strongCue.test(d.reason) && titleOfWork(doc, first, last)) return true;
  if (
    d.label === 'PERSON' &&
    !strongCue.test(d.reason) &&
    (titleOfEverydayWords(doc, first, last) || (!d.reason.includes(' + ') && everydayPair(doc, first, last)))
  )
    return true;
  if (
    words.length === 1 &&
    d.label === 'PERSON' &&
    !d.reason.includes(' + ') &&
    // ("the brennan kid": a surname no everyday word says whose, not which kind.)
    d.reason !== householdReason &&
    kindOfRelation(doc, words[0]!, first)
  )
    return true;
  // "How did Zumba go this week?": what "went" is an event, unless a common given name ("How did
  // Jake go at the meet?").
  if (words.length === 1 && !d.reason.includes(' + ') && askedHowItWent(doc, words[0]!, first)) return true;
  // "I started Zumba again", "tried Tinder", "deleted Bumble": what one takes up or drops, where
  // the word is no given name and at most a rare surname ("started Tyler on formula" is a baby).
  if (words.length === 1 && !d.reason.includes(' + ') && takenUp(doc, words[0]!, first)) return true;
  // "four hours on Duolingo", "ordered Dunkin": an app one spends time on, food one orders.
  if (!strongCue.test(d.reason) && consumed(doc, first, last)) return true;
  if (!strongCue.test(d.reason) && onScreen(doc, d, words, first)) return true;
  // "went to Sunday school", "Friday prayers": a day is no place (a span of no words, "off 5th", is
  // no day either).
  if (
    d.label === 'LOCATION' &&
    words.some(isWord) &&
    words.every((w) => !isWord(w) || calendarWords.has(w.key))
  )
    return true;
  if (words.every((w, k) => sacred(doc, w, first + k, d.reason))) return true;
  if (namedStorm(doc, words, first)) return true;
  // "#SelfCare", "#BlackLivesMatter": a hashtag of everyday words.
  if (words.length === 1 && everydayHashtag(doc, words[0]!)) return true;
  if (d.label === 'PERSON' && !strongCue.test(d.reason) && describesWhoFollows(doc, first, last)) return true;
  if (words.every((_, k) => practiceWord(doc, first + k))) return true;
  if (militaryService(doc, d, first, last)) return true;
  // "looping in Phase 4", "Module 3": a stage by its number, nowhere and no one.
  if (
    words.length === 1 &&
    numberedStages.has(words[0]!.key) &&
    /^[ \t]+\d/.test(doc.text.slice(words[0]!.end, words[0]!.end + 3)) &&
    !strongCue.test(d.reason)
  )
    return true;
  // "EDE-Q", "PHQ-A", "WISC-V": an instrument's initials and its form.
  if (words.length === 1 && /^[A-Z]{2,}-[A-Z\d]{1,2}$/.test(words[0]!.text) && !strongCue.test(d.reason))
    return true;
  if (!strongCue.test(d.reason) && practiceTaught(doc, first, last)) return true;
  // "r/AskDocs": a forum is no one ("r/Chicago" still says where its readers live).
  if (d.label === 'PERSON' && redditPrefixed(doc, first, 'r')) return true;
  if (holidayName(doc, d, words, first, last)) return true;
  if (!strongCue.test(d.reason) && playedTitle(doc, first, last)) return true;
  if (!strongCue.test(d.reason) && namedAsThing(doc, first, last)) return true;
  if (d.label === 'PERSON' && !strongCue.test(d.reason) && listedAmongThings(doc, first, last)) return true;
  // "a bottle of Purell", "two cans of Monster": what a container holds is a product.
  if (
    !strongCue.test(d.reason) &&
    doc.prev(first)?.key === 'of' &&
    [/s$/, /es$/].some((plural) => containers.has((doc.prev(first, 2)?.key ?? '').replace(plural, ''))) &&
    doc.adjacent(doc.prev(first, 2), doc.prev(first))
  )
    return true;
  if (d.label !== 'PERSON') return false;
  if (groupOfPeople(doc, words, first) && !strongCue.test(d.reason)) return true;
  // "Baptist has been …": a church. Only a person guess, and only the word alone: "at Baptist" may be
  // the hospital, "First Baptist of <town>" is a church one can find.
  // "grew up Southern Baptist": a branch of one by its qualifier is still the faith.
  // ("Ashkenazi" of "Ashkenazi Jewish": the guess may end before the faith's word.)
  const faithAfter =
    denominations.has(doc.next(last)?.key ?? '') && doc.adjacent(doc.tokens[last], doc.next(last));
  const branch = (w: Token, k: number) =>
    (k < words.length - 1 || faithAfter) && denominationBranches.has(w.key);
  if (
    words.every((w, k) => denominations.has(w.key) || branch(w, k)) &&
    !strongCue.test(d.reason) &&
    !(
      before &&
      doc.adjacent(before, words[0]) &&
      doc.capitalized(before) &&
      !before.contraction &&
      !denominationBranches.has(before.key) &&
      // ("Raised Baptist", "Lapsed Catholic" on a form: how one holds the faith, capitalized.)
      !faithHeld.has(before.key)
    ) &&
    // ("Baptist Health", "Adventist Medical": a health system the faith founded is a place.)
    (!/^(?:of|church|hospital|health|healthcare|medical|memorial)$/.test(doc.next(last)?.key ?? '') ||
      faithsChurch(doc, first, last))
  )
    return true;
  // "a bad Christian", "devout Christians": a faith's member after an article or a word saying what
  // kind ("Christian said" is someone).
  if (
    words.length === 1 &&
    /^christians?$/.test(words[0]!.key) &&
    !strongCue.test(d.reason) &&
    before !== undefined &&
    doc.adjacent(before, words[0]) &&
    // "my family is really Christian", "people who are Christian": what people are, said of them.
    (/^(?:a|an|the|good|bad|real|true|devout|practicing|born-again|other|fellow|are|were|really|very|super|so|pretty|strictly|devoutly)$/.test(
      before.key,
    ) ||
      (doc.plainLower(before) && doc.lex.tags(before.key).includes('Adjective')))
  )
    return true;
  // "CrossFit", "VapoRub", "MyChart": a brand's way of writing, not a name's ("McKenzie", "DeShawn",
  // "LaToya", "MaryAnn"); see camelBrand.
  // A hashtag runs its words together by custom, not as a brand does ("#TaylorSwift").
  if (!strongCue.test(d.reason) && words.some((w) => camelBrand(doc, w) && !tagWords(w))) return true;
  if (strongCue.test(d.reason) && !/\+ title$/.test(d.reason)) return false;
  // "your Libre 3 falls off", "my Omnipod 5", "cover a Freestyle Libre 3": a model's number after
  // what one owns or buys is a device's ("my Jake 3 years ago" counts time).
  const model = doc.next(last);
  if (
    model &&
    doc.adjacent(lastWord, model) &&
    /^\d{1,2}$/.test(model.text) &&
    !/^(?:years?|months?|weeks?|days?|hours?|minutes?|times?|yo|old|kids?|children)$/.test(
      doc.next(last, 2)?.key ?? '',
    ) &&
    [doc.prev(first), doc.prev(first, 2)].some(
      (w) =>
        w !== undefined &&
        (possessives.has(w.key) || /^(?:a|an|the)$/.test(w.key)) &&
        w.line === lastWord.line,
    )
  )
    return true;
  if (words.length === 1 && ownedMake(doc, first)) return true;
  // "my Fitbit", "her Dexcom": a word no name list holds, owned with no relation between, is a thing.
  const owner = doc.prev(first);
  if (
    words.length === 1 &&
    owner !== undefined &&
    possessives.has(owner.key) &&
    doc.adjacent(owner, lastWord) &&
    // "we call her Nugget": after a verb of naming "her" is who is named, not whose.
    !(
      owner.key === 'her' && /^(?:call(?:s|ed|ing)?|name[ds]?|nicknamed)$/.test(doc.prev(first, 2)?.key ?? '')
    ) &&
    // "tore my Achilles": a surname only rare lists hold is no one's own person either.
    doc.lex.firstNameRank(lastWord.key) === undefined &&
    (doc.lex.surnameRank(lastWord.key) ?? Number.POSITIVE_INFINITY) > rareOwnedSurname
  )
    return true;
  if (before && titles.has(before.key)) return false;
  // "doing Pilates", "doing Tai Chi": the verb may stand before the whole capitalized phrase, and
  // speech may put a hedge between ("doing like, Pilates").
  // All within the sentence: "How's your son doing? Patient: Jaxon?" is no activity.
  let k = first - 1;
  const within = (j: number) => doc.tokens[j] !== undefined && !doc.tokens[j + 1]!.sentenceStart;
  while (k > first - 3 && within(k) && doc.capitalized(doc.tokens[k]!)) k--;
  while (k > first - 5 && within(k) && hedges.has(doc.tokens[k]!.key)) k--;
  const verb = doc.tokens[k];
  // ("How's she doing, Glenn?": set off by a comma, whom one speaks to.)
  return (
    verb !== undefined &&
    within(k) &&
    activityVerbs.has(verb.key) &&
    verb.line === words[0]!.line &&
    !/,/.test(doc.tokens[k + 1]!.gapBefore)
  );
}
