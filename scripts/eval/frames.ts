/**
 * Sentence frames for the generated evaluation set, written for it (never taken from the shared
 * corpora): ways a client or therapist mentions someone or somewhere in a session, and ways a
 * clinical note or question does. Each frame is one kind of mention; the frames are split into a
 * tune half and a held-out half by position (see `half`), so numbers on the held-out half say how
 * the scanner does on phrasings nobody tuned it on.
 */
import type { Pools } from './pools.ts';

export type GoldLabel = 'PERSON' | 'LOCATION';
export type Piece = string | { text: string; label: GoldLabel };
export interface Frame {
  id: string;
  kind: string;
  make(p: Pools, c: { client: string; rel: string }): Piece[];
}

const P = (text: string): Piece => ({ text, label: 'PERSON' });
const L = (text: string): Piece => ({ text, label: 'LOCATION' });

export const relations = [
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
  'granddaughter',
  'roommate',
  'coworker',
  'boss',
  'ex',
  'stepdad',
  'stepmom',
  'aunt',
  'uncle',
  'partner',
  'sponsor',
  'neighbor',
  'best friend',
  'fiance',
  'grandma',
];
const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the weekend'];

/** Frames that talk about people and places in a session (speaker is the client unless said). */
export const sessionFrames: Frame[] = [
  {
    id: 'rel-name-hard-time',
    kind: 'family',
    make: (p, c) => [`my ${c.rel} `, P(p.first()), ' has been having a really rough time'],
  },
  {
    id: 'rel-name-told',
    kind: 'family',
    make: (p, c) => [`so I told my ${c.rel}, `, P(p.first()), ', that I needed some space'],
  },
  {
    id: 'name-rel-possessive',
    kind: 'family',
    make: (p, c) => ['', P(p.first()), `'s ${c.rel} picked the kids up for me`],
  },
  {
    id: 'introduce-relative',
    kind: 'introduce',
    make: (p, c) => [`this is my ${c.rel}, `, P(p.first()), ', she wanted to sit in today'],
  },
  {
    id: 'introduce-self',
    kind: 'introduce',
    make: (p) => ["hi, I'm ", P(p.first()), ", I'm the one who called"],
  },
  {
    id: 'meet-relative',
    kind: 'introduce',
    make: (p) => ['you should meet ', P(p.first()), ' sometime, my little brother'],
  },
  {
    id: 'plan-week-see',
    kind: 'plans',
    make: (p) => ["I'm supposed to have lunch with ", P(p.first()), ` on ${p.pick(days)}`],
  },
  {
    id: 'plan-week-call',
    kind: 'plans',
    make: (p) => ['I think I will call ', P(p.first()), ` ${p.pick(days)} and just ask`],
  },
  {
    id: 'plan-drive',
    kind: 'plans',
    make: (p) => [`${p.pick(['', 'um '])}on ${p.pick(days)} I'm driving `, P(p.first()), ' to practice'],
  },
  {
    id: 'plan-visit-town',
    kind: 'plans',
    make: (p) => ["we're going up to ", L(p.town().name), ' to see my grandparents next week'],
  },
  {
    id: 'nickname',
    kind: 'nickname',
    make: (p) => [
      'everybody calls him ',
      P(
        p.pick([
          'Bubba',
          'Junior',
          'Red',
          'Tiny',
          'Skip',
          'Buddy',
          'Sissy',
          'Boo',
          'Peanut',
          'Tink',
          'Scooter',
          'Bear',
          'Moose',
          'Squirt',
        ]),
      ),
      ' though',
    ],
  },
  {
    id: 'nickname-short',
    kind: 'nickname',
    make: (p) => [
      'she goes by ',
      P(
        p.pick([
          'Liz',
          'Becca',
          'Jojo',
          'Mandy',
          'Tess',
          'Kat',
          'Bex',
          'Lulu',
          'Dee',
          'Frankie',
          'Sam',
          'Izzy',
        ]),
      ),
      ' now, not her full name',
    ],
  },
  {
    id: 'ran-into-full',
    kind: 'social',
    make: (p) => ['I ran into ', P(`${p.first()} ${p.last()}`), ' at the grocery store'],
  },
  { id: 'texted', kind: 'social', make: (p) => ['', P(p.first()), ' texted me like five times last night'] },
  {
    id: 'word-surname-start',
    kind: 'surname-word',
    make: (p) => ['', P(p.wordLast()), ' is what everybody calls my dad, it is his last name'],
  },
  {
    id: 'word-surname-mr',
    kind: 'surname-word',
    make: (p) => [
      p.pick(['Mr. ', 'Mrs. ', 'Coach ', 'Officer ', 'Miss ']),
      P(p.wordLast()),
      ' said he can come back next semester',
    ],
  },
  {
    id: 'word-surname-family',
    kind: 'surname-word',
    make: (p) => {
      const name = p.wordLast();
      // The family in the plural: "the Bells", "the Foxes".
      return [
        'the ',
        P(name),
        `${/(?:s|x|z|ch|sh)$/.test(name) ? 'es' : 's'} next door have been really nice to us`,
      ];
    },
  },
  {
    id: 'teacher',
    kind: 'school',
    make: (p) => ['his teacher, ', P(`${p.pick(['Ms.', 'Mr.', 'Mrs.'])} ${p.last()}`), ', keeps emailing me'],
  },
  { id: 'school-goes', kind: 'school', make: (p) => ['she goes to ', L(p.school()), ' now'] },
  { id: 'school-kicked', kind: 'school', make: (p) => ['he got suspended from ', L(p.school()), ' again'] },
  {
    id: 'university',
    kind: 'school',
    make: (p) => ['my daughter got into ', L(p.university()), ' for the fall'],
  },
  {
    id: 'university-drop',
    kind: 'school',
    make: (p) => ['I dropped out of ', L(p.university()), ' after my second year'],
  },
  {
    id: 'work-at',
    kind: 'work',
    make: (p) => [
      "I've been working at ",
      L(
        `${p.last()}'s ${p.pick(['Diner', 'Hardware', 'Auto Body', 'Pharmacy', 'Tavern', 'Bakery', 'Garage', 'Landscaping'])}`,
      ),
      ' since march',
    ],
  },
  {
    id: 'work-boss',
    kind: 'work',
    make: (p) => ['my supervisor ', P(p.first()), ' keeps giving me the late shift'],
  },
  {
    id: 'work-plant',
    kind: 'work',
    make: (p) => ['they laid off half the guys at the ', L(`${p.town().name} plant`), ''],
  },
  { id: 'street-over-on', kind: 'street', make: (p) => ['she lives over on ', L(p.street()), ' now'] },
  {
    id: 'street-corner',
    kind: 'street',
    make: (p) => ["it's the house on the corner of ", L(p.street()), ' and ', L(p.street()), ''],
  },
  {
    id: 'street-moved',
    kind: 'street',
    make: (p) => ['we just moved to a place off ', L(p.street()), ' so it is closer to work'],
  },
  {
    id: 'street-number',
    kind: 'street',
    make: (p) => ['our new address is ', L(`${p.num()} ${p.street()}`), ''],
  },
  {
    id: 'neighbourhood',
    kind: 'neighbourhood',
    make: (p) => ['the apartments down in ', L(p.town().name), ' are cheaper'],
  },
  { id: 'grew-up', kind: 'neighbourhood', make: (p) => ['I grew up in ', L(p.town().name), ', it is tiny'] },
  {
    id: 'moved-from',
    kind: 'neighbourhood',
    make: (p) => ['we came here from ', L(p.city()), ' when I was nine'],
  },
  {
    id: 'city-comma-state',
    kind: 'neighbourhood',
    make: (p) => {
      const t = p.town();
      return ['my mom is still in ', L(t.name), `, ${t.state}`];
    },
  },
  { id: 'county-jail', kind: 'neighbourhood', make: (p) => ['he spent a night in ', L(p.county()), ' jail'] },
  {
    id: 'city-start',
    kind: 'neighbourhood',
    make: (p) => ['', L(p.city()), ' was just way too expensive for us'],
  },
  {
    id: 'hospital-was-at',
    kind: 'hospital',
    make: (p) => ['she was at ', L(p.hospital()), ' for three days'],
  },
  { id: 'hospital-er', kind: 'hospital', make: (p) => ['they took him to the ER at ', L(p.hospital()), ''] },
  {
    id: 'hospital-born',
    kind: 'hospital',
    make: (p) => ['the baby was born at ', L(p.hospital()), ' in june'],
  },
  { id: 'doctor-title', kind: 'clinician', make: (p) => ['Dr. ', P(p.last()), ' upped my dose again'] },
  {
    id: 'doctor-lower',
    kind: 'clinician',
    make: (p) => ['my psychiatrist, doctor ', P(p.last()), ', wants me on something new'],
  },
  { id: 'therapist-address', kind: 'address', make: (_p, c) => ['how did that feel, ', P(c.client), '?'] },
  {
    id: 'therapist-welcome',
    kind: 'address',
    make: (_p, c) => ['welcome back, ', P(c.client), ', good to see you'],
  },
  { id: 'my-name-is', kind: 'introduce', make: (p, c) => ['my name is ', P(`${c.client} ${p.last()}`), ''] },
  {
    id: 'church',
    kind: 'place-named',
    make: (p) => ['we go to ', L(`${p.pick(['St.', 'Saint'])} ${p.first()}'s`), ' on sundays'],
  },
  {
    id: 'park',
    kind: 'place-named',
    make: (p) => ['I walk the dog at ', L(`${p.last()} Park`), ' every morning'],
  },
  {
    id: 'names-list',
    kind: 'family',
    make: (p) => ['', P(p.first()), ', ', P(p.first()), ' and ', P(p.first()), ' were all there'],
  },
  {
    id: 'with-name',
    kind: 'social',
    make: (p) => ['I went to the movies with ', P(p.first()), ' and her kids'],
  },
];

/** Frames that mention someone or somewhere inside a clinical note or question. */
export const clinicalFrames: Frame[] = [
  {
    id: 'note-lives-in',
    kind: 'note-place',
    make: (p) => ['Lives with daughter in ', L(p.town().name), '.'],
  },
  {
    id: 'note-transferred',
    kind: 'note-hospital',
    make: (p) => ['Transferred from ', L(p.hospital()), ' for higher level of care.'],
  },
  { id: 'note-pcp', kind: 'note-clinician', make: (p) => ['PCP is Dr. ', P(p.last()), '.'] },
  {
    id: 'note-contact',
    kind: 'note-family',
    make: (p, c) => [`Emergency contact: ${c.rel} `, P(`${p.first()} ${p.last()}`), '.'],
  },
  {
    id: 'note-patient',
    kind: 'note-patient',
    make: (p) => ['Patient ', P(`${p.first()} ${p.last()}`), ' seen in clinic today.'],
  },
  {
    id: 'note-works',
    kind: 'note-work',
    make: (p) => ['Works as a cashier at ', L(`${p.last()}'s Market`), '.'],
  },
  {
    id: 'note-school',
    kind: 'note-school',
    make: (p) => ['Student at ', L(p.university()), ', lives in dorm.'],
  },
  { id: 'note-street', kind: 'note-place', make: (p) => ['Found by neighbor on ', L(p.street()), '.'] },
  {
    id: 'note-seen-by',
    kind: 'note-clinician',
    make: (p) => ['Discussed with ', P(`${p.first()} ${p.last()}`), ', NP.'],
  },
  { id: 'note-mr', kind: 'note-patient', make: (p) => ['Mr. ', P(p.last()), ' reports improved sleep.'] },
];

/** Keeps every other item: index parity decides the half, so each half has every kind. */
/**
 * `tune-a` and `tune-b` split the tune half again the same way: the token scorer's trainer fits on
 * one quarter and checks on the other, so the held-out half is not needed to see whether it
 * carries over to frames it never saw.
 */
export type Half = 'tune' | 'held' | 'tune-a' | 'tune-b';

export function half<T>(list: readonly T[], which: Half): T[] {
  if (which === 'tune-a' || which === 'tune-b')
    return half(half(list, 'tune'), which === 'tune-a' ? 'tune' : 'held');
  return list.filter((_, i) => i % 2 === (which === 'tune' ? 0 : 1));
}
