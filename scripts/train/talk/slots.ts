/**
 * The template language the training frames are written in: "my {rel} {first} moved to {town}".
 * Each {slot} becomes a gold name or place (a Mention that remembers whose full name it is, for
 * rosters), an unlabelled word (a relation, a drug, a month), or both ("Dr. " + surname).
 */
import type { GoldLabel } from '../../eval/frames.ts';
import type { Pools } from '../../eval/pools.ts';
import { everydayNegatives } from './everyday-negatives.ts';
import { medicalNegatives } from './medical-negatives.ts';

export interface Mention {
  text: string;
  label: GoldLabel;
  /** The full name of the person meant, or the place's text: what a roster would list. */
  who: string;
}
export type Bit = string | Mention;

export interface Cast {
  client: { first: string; last: string };
}

export interface TalkFrame {
  id: string;
  kind: string;
  /** The labels this frame's mentions carry, known from its template. */
  labels: GoldLabel[];
  make(p: Pools, cast: Cast): Bit[];
}

const person = (text: string, who: string): Mention => ({ text, label: 'PERSON', who });
const place = (text: string): Mention => ({ text, label: 'LOCATION', who: text });

const relations = [
  'sister',
  'brother',
  'mom',
  'dad',
  'son',
  'daughter',
  'husband',
  'wife',
  'partner',
  'cousin',
  'aunt',
  'uncle',
  'grandma',
  'grandpa',
  'stepdad',
  'stepmom',
  'niece',
  'nephew',
  'fiancee',
  'ex-husband',
  'ex-wife',
  'girlfriend',
  'boyfriend',
  'half brother',
  'stepsister',
  'godmother',
  'roommate',
  'neighbor',
  'best friend',
  'sponsor',
  'coworker',
  'supervisor',
  'landlord',
];
const businesses = [
  'Garage',
  'Diner',
  'Auto Repair',
  'Hardware',
  'Bakery',
  'Plumbing',
  'Roofing',
  'Pizza',
  'Dental',
  'Tire & Lube',
  'Feed Store',
  'Market',
  'Pub',
  'Flooring',
  'Towing',
  'Deli',
];

const hoodEnds = ['wood', ' Heights', ' Park', 'view', ' Estates', ' Hills', ' Village'];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Christopher" → "Chris", "Matthew" → "Matt": the clipped form friends use. */
export function clipped(first: string): string {
  // Short names clip into words ("Lola" → "Lol"), and names opening on a vowel into stubs
  // ("Alicia" → "Al" is right, "Aaliyah" → "Aal" is not): those go by their full name.
  if (first.length < 6 || /^[aeiou]/i.test(first)) return first;
  const m = /^[^aeiouy]+[aeiouy][^aeiouyhw]/i.exec(first);
  if (!m) return first;
  const next = first[m[0].length];
  const doubled = next === m[0].at(-1) && (next === 't' || next === 's') ? next : '';
  return m[0] + doubled;
}

/** "Henderson" → "Hendersons", "Ross" → "Rosses": a family by its name. */
export function plural(last: string): string {
  return /(s|x|z|ch|sh)$/.test(last) ? `${last}es` : `${last}s`;
}

const nameSlots: Record<string, (p: Pools, c: Cast) => Bit[]> = {
  first: (p) => {
    const [f, l] = [p.first(), p.last()];
    return [person(f, `${f} ${l}`)];
  },
  last: (p) => {
    const [f, l] = [p.first(), p.last()];
    return [person(l, `${f} ${l}`)];
  },
  wordlast: (p) => {
    const [f, l] = [p.first(), p.wordLast()];
    return [person(l, `${f} ${l}`)];
  },
  full: (p) => {
    const [f, l] = [p.first(), p.last()];
    return [person(`${f} ${l}`, `${f} ${l}`)];
  },
  nick: (p) => {
    const [f, l] = [p.first(), p.last()];
    return [person(clipped(f), `${f} ${l}`)];
  },
  family: (p) => {
    const [f, l] = [p.first(), p.last()];
    return [person(plural(l), `${f} ${l}`)];
  },
  dr: (p) => {
    const [f, l] = [p.first(), p.last()];
    return [p.pick(['Dr. ', 'Dr. ', 'Dr ', 'doctor ']), person(l, `${f} ${l}`)];
  },
  client: (_p, c) => [person(c.client.first, `${c.client.first} ${c.client.last}`)],
  clientfull: (_p, c) => [person(`${c.client.first} ${c.client.last}`, `${c.client.first} ${c.client.last}`)],
  town: (p) => [place(p.town().name)],
  townst: (p) => {
    const t = p.town();
    return [place(t.name), `, ${t.state}`];
  },
  city: (p) => [place(p.city())],
  county: (p) => [place(p.county())],
  street: (p) => [place(p.street())],
  hood: (p) => {
    const town = p.town().name;
    // "West Clarkston Heights-Vineland" is no neighbourhood anyone names; one-word towns only.
    const side = /^[A-Za-z]+$/.test(town) && p.chance(0.4);
    const stem = cap(p.street().split(' ')[0]!);
    return [
      place(side ? `${p.pick(['West', 'North', 'South', 'East', 'Old'])} ${town}` : stem + p.pick(hoodEnds)),
    ];
  },
  school: (p) => [place(p.school())],
  hospital: (p) => [place(p.hospital())],
  uni: (p) => [place(p.university())],
  work: (p) => [place(`${p.pick([p.last(), p.first(), p.town().name])}'s ${p.pick(businesses)}`)],
  church: (p) => [
    place(
      p.pick([
        `St. ${p.first()}'s`,
        `${p.town().name} Baptist`,
        `${p.town().name} Methodist`,
        `${p.town().name} Lutheran`,
        `First Baptist of ${p.town().name}`,
      ]),
    ),
  ],
  park: (p) => [
    place(
      `${p.pick([p.last(), p.town().name, p.first()])} ${p.pick(['Park', 'Park', 'Lake', 'Woods', 'Field'])}`,
    ),
  ],
  store: (p) => [
    place(
      `${p.pick([p.last(), p.town().name])}'s ${p.pick(['Market', 'Grocery', 'Furniture', 'Drugs', 'Variety'])}`,
    ),
  ],
  rel: (p) => [p.pick(relations)],
};

/** Unlabelled slots: hard negatives dropped into sentences, so named text carries them too. */
const wordSlots: Record<string, readonly string[]> = { ...medicalNegatives, ...everydayNegatives };

function parse(template: string): (p: Pools, c: Cast) => Bit[] {
  const parts = template.split(/\{(\w+)\}/);
  for (let i = 1; i < parts.length; i += 2) {
    const slot = parts[i]!;
    if (!nameSlots[slot] && !wordSlots[slot]) throw new Error(`unknown slot {${slot}} in "${template}"`);
  }
  return (p, c) => {
    // "the difference between ACT and ACT": a word slot used twice gets two different words.
    const used = new Set<string>();
    return parts.flatMap((part, i): Bit[] => {
      if (i % 2 === 0) return part ? [part] : [];
      const name = nameSlots[part];
      if (name) return name(p, c);
      let word = p.pick(wordSlots[part]!);
      for (let tries = 0; tries < 3 && used.has(word); tries++) word = p.pick(wordSlots[part]!);
      used.add(word);
      return [word];
    });
  };
}

const placeSlots = /\{(town|townst|city|county|street|hood|school|hospital|uni|work|church|park|store)\}/;
const personSlots = /\{(first|last|wordlast|full|nick|family|dr|client|clientfull)\}/;

/** Frames from one kind's templates, ids numbered within the kind. */
export function frames(kind: string, templates: readonly string[]): TalkFrame[] {
  return templates.map((template, i) => {
    const labels: GoldLabel[] = [];
    if (personSlots.test(template)) labels.push('PERSON');
    if (placeSlots.test(template)) labels.push('LOCATION');
    return { id: `${kind}-${i}`, kind, labels, make: parse(template) };
  });
}

/** Sentences with no gold in them, written with the same slots for their hard negatives. */
export function sentences(templates: readonly string[]): ((p: Pools) => string)[] {
  return templates.map((t) => {
    if (personSlots.test(t) || placeSlots.test(t)) throw new Error(`clean sentence with a name slot: "${t}"`);
    const make = parse(t);
    const noCast: Cast = { client: { first: '', last: '' } };
    return (p) =>
      make(p, noCast)
        .map((b) => (typeof b === 'string' ? b : b.text))
        .join('');
  });
}
