/**
 * Two more genres for the generated evaluation set, written for it (never taken from any corpus):
 * short patient questions as people post them on a medical Q&A site, and casual social-media
 * posts. Each has frames that mention someone or somewhere and templates with no identifier; every
 * list is split into a tune half and a held-out half by position (see `half` in frames.ts).
 */
import type { Vocab } from './clean-text.ts';
import type { Frame, Piece } from './frames.ts';
import type { Pools } from './pools.ts';

const P = (text: string): Piece => ({ text, label: 'PERSON' });
const L = (text: string): Piece => ({ text, label: 'LOCATION' });
const age = (p: Pools) => 18 + Math.floor(p.rand() * 60);

/** Capitalized words a patient writes that name no one: body parts, family roles, headings. */
export const capitalizedThings = [
  'Left Knee',
  'Lower Back',
  'Right Shoulder',
  'Chest',
  'Stomach',
  'Mom',
  'Dad',
  'Grandma',
  'Hubby',
  'Doc',
  'Thyroid',
  'Liver',
  'Kidney',
  'Heart Rate',
  'Blood Pressure',
  'Urgent Care',
  'Pharmacy',
  'Insurance',
  'Question',
  'Update',
];

/** The question someone asks, with no identifier, in a Q&A site's register. */
export const qaTemplates: ((p: Pools, v: Vocab) => string)[] = [
  (p, v) =>
    `Hi doctor, I am ${age(p)} and have been on ${v.pick(v.drugs)} for ${p.pick(['two', 'three', 'six'])} months. Is it safe to start ${v.pick(v.drugs)}?`,
  (_p, v) =>
    `My ${v.pick(['husband', 'wife', 'father', 'mother'])} has ${v.pick(v.acronyms)} and ${v.pick(v.acronyms)}. Can he take ${v.pick(v.drugs)} with that?`,
  (_p, v) =>
    `${v.pick(capitalizedThings)} pain for two weeks after starting ${v.pick(v.drugs)}. Should I stop it?`,
  (_p, v) => `Is ${v.pick(v.eponyms)} something that runs in families? My aunt had it.`,
  (p, v) =>
    `Thank ${p.pick(['God', 'goodness'])} the scan was clear, but my ${v.pick(v.acronyms)} numbers are still high. What else can I do besides ${v.pick(v.drugs)}?`,
  (p, v) =>
    `I started ${p.pick(['Tai Chi', 'yoga', 'Pilates', 'swimming', 'Zumba'])} at ${p.pick(['the Y', 'the community center', 'the rugby club', 'the senior center', 'my church', 'the gym'])} for my balance. Is that okay with ${v.pick(v.eponyms)}?`,
  (_p, v) =>
    `Can I drink alcohol while taking ${v.pick(v.drugs)}? Asking for my ${v.pick(['Mom', 'Dad', 'Grandma'])}.`,
  (p, v) =>
    `${p.pick(['Quick question', 'Question', 'Urgent', 'Help please'])}: my doctor said my ${v.pick(v.acronyms)} is borderline. Do I need ${v.pick(v.drugs)}?`,
  (_p, v) => `What does a positive ${v.pick(v.eponyms)} mean? The nurse did not explain it.`,
  (p, v) =>
    `My son plays for ${p.pick(['the rugby club', 'the soccer club', 'the swim club', 'his school team'])} and hit his head. When should we worry about ${v.pick(v.acronyms)}?`,
  (_p, v) =>
    `Swelling in my ${v.pick(['ankles', 'feet', 'hands'])} since switching from ${v.pick(v.drugs)} to ${v.pick(v.drugs)}. Normal?`,
  (p, v) =>
    `${age(p)}${p.pick(['F', 'M'])}, history of ${v.pick(v.acronyms)}. ${v.pick(capitalizedThings)} feels tight at night. ${v.pick(v.drugs)} is not helping.`,
  (_p, v) => `How long does ${v.pick(v.drugs)} stay in your system? I have a test next week.`,
  (_p, v) =>
    `Does ${v.pick(v.eponyms)} get worse with stress? ${v.pick(capitalizedThings)} has been bad lately.`,
  (p, v) =>
    `My ${v.pick(v.acronyms)} came back ${p.pick(['elevated', 'low', 'normal'])} but I still feel awful. Could it be ${v.pick(v.eponyms)}?`,
  (_p, v) => `Pharmacist gave me ${v.pick(v.drugs)} instead of ${v.pick(v.drugs)}. Are they the same thing?`,
];

/** Frames that name someone or somewhere in a patient's question. */
export const qaFrames: Frame[] = [
  {
    id: 'qa-my-name',
    kind: 'qa-self',
    make: (p) => ['Hi, my name is ', P(p.first()), ` and I am ${age(p)}.`],
  },
  {
    id: 'qa-from-town',
    kind: 'qa-place',
    make: (p) => ["I'm from ", L(p.town().name), ' and there is no specialist near me.'],
  },
  {
    id: 'qa-doctor',
    kind: 'qa-clinician',
    make: (p) => ['Dr. ', P(p.last()), ' told me to double the dose.'],
  },
  {
    id: 'qa-daughter-age',
    kind: 'qa-family',
    make: (p) => [
      'My daughter ',
      P(p.first()),
      ` (${2 + Math.floor(p.rand() * 14)}) has had a fever for two days.`,
    ],
  },
  {
    id: 'qa-hospital',
    kind: 'qa-hospital',
    make: (p) => ['They sent me home from ', L(p.hospital()), ' without any tests.'],
  },
  {
    id: 'qa-live-in',
    kind: 'qa-place',
    make: (p) => ['We live in ', L(p.city()), ' and the wait for a neurologist is months.'],
  },
  { id: 'qa-sign-off', kind: 'qa-self', make: (p) => ['Thanks in advance, ', P(p.first()), '.'] },
  {
    id: 'qa-husband-named',
    kind: 'qa-family',
    make: (p) => ['My husband ', P(p.first()), ' refuses to see anyone about it.'],
  },
  {
    id: 'qa-clinic-town',
    kind: 'qa-place',
    make: (p) => ['The clinic in ', L(p.town().name), ' said it was just anxiety.'],
  },
  {
    id: 'qa-full-name',
    kind: 'qa-self',
    make: (p) => ['Patient: ', P(`${p.first()} ${p.last()}`), `, age ${age(p)}.`],
  },
  {
    id: 'qa-moved',
    kind: 'qa-place',
    make: (p) => ['Since we moved to ', L(p.town().name), ' my allergies have been terrible.'],
  },
  {
    id: 'qa-nurse',
    kind: 'qa-clinician',
    make: (p) => ['The nurse, ', P(p.first()), ', said to come back if it spreads.'],
  },
];

const emoji = ['😂', '🙏', '❤️', '🎉', '😭', '🔥', '✨', '💯', '🥲', '😩', '☕', '🙌'];
const tags = [
  '#MondayMotivation',
  '#selfcare',
  '#blessed',
  '#fitness',
  '#mentalhealth',
  '#foodie',
  '#tbt',
  '#nofilter',
  '#weekendvibes',
  '#sobriety',
  '#momlife',
  '#gameday',
];
const handles = [
  '@coffee_addict22',
  '@gymrat_life',
  '@the_daily_grind',
  '@sunny_side_up',
  '@night_owl88',
  '@bookworm_xo',
];
const slang = ['lol', 'omg', 'ngl', 'tbh', 'fr', 'lowkey', 'smh', 'istg', 'bruh', 'idk'];

/** Posts with no identifier. */
export const socialTemplates: ((p: Pools, v: Vocab) => string)[] = [
  (p) => `${p.pick(slang)} monday got me already ${p.pick(emoji)} ${p.pick(tags)}`,
  (p) => `just finished my first 5k!!! ${p.pick(emoji)}${p.pick(emoji)} ${p.pick(tags)}`,
  (p) => `${p.pick(handles)} this is literally me every morning ${p.pick(emoji)}`,
  (p, v) => `day 30 on ${v.pick(v.drugs)} and ${p.pick(slang)} i feel like a new person ${p.pick(tags)}`,
  (p) => `Who else is watching the Super Bowl tonight?? ${p.pick(emoji)} ${p.pick(tags)}`,
  (p) => `${p.pick(slang)} the coffee place downtown has the best pumpkin spice ${p.pick(emoji)}`,
  (p, v) => `Thank God for ${v.pick(['Fridays', 'naps', 'coffee', 'Netflix'])} ${p.pick(emoji)}`,
  (p) => `${p.pick(slang)} my cat knocked everything off the counter AGAIN ${p.pick(emoji)}`,
  (p) => `New Year, new me. Gym at 6am tomorrow ${p.pick(emoji)} ${p.pick(tags)}`,
  (p) => `can't believe it's already December ${p.pick(emoji)} where did this year go`,
  (p, v) => `${p.pick(slang)} ${v.pick(v.acronyms)} brain is real today ${p.pick(tags)}`,
  (p) => `Sunday reset: laundry, meal prep, face mask ${p.pick(emoji)} ${p.pick(tags)}`,
];

/** Posts naming someone or somewhere, as people write them. */
export const socialFrames: Frame[] = [
  {
    id: 'so-brunch',
    kind: 'so-friend',
    make: (p) => ['brunch w/ ', P(p.first()), ` was everything ${p.pick(emoji)}`],
  },
  { id: 'so-moving', kind: 'so-place', make: (p) => ['moving to ', L(p.city()), ' next month, any tips??'] },
  {
    id: 'so-shoutout',
    kind: 'so-friend',
    make: (p) => ['shoutout to my girl ', P(p.first()), ` for always showing up ${p.pick(emoji)}`],
  },
  {
    id: 'so-trip',
    kind: 'so-place',
    make: (p) => ['road trip to ', L(p.town().name), ` this weekend ${p.pick(tags)}`],
  },
  {
    id: 'so-bf',
    kind: 'so-friend',
    make: (p) => [`${p.pick(slang)} my bf `, P(p.first()), ' is soooo dramatic'],
  },
  {
    id: 'so-ghosted',
    kind: 'so-friend',
    make: (p) => ["can't believe ", P(`${p.first()} ${p.last()}`), ` ghosted me ${p.pick(emoji)}`],
  },
  {
    id: 'so-home',
    kind: 'so-place',
    make: (p) => ['nothing beats coming home to ', L(p.town().name), ` ${p.pick(emoji)}`],
  },
  {
    id: 'so-bday',
    kind: 'so-friend',
    make: (p) => ['happy birthday ', P(p.first()), `!!! love you ${p.pick(emoji)}`],
  },
  {
    id: 'so-stuck',
    kind: 'so-place',
    make: (p) => ['stuck in traffic on ', L(p.street()), ` again ${p.pick(emoji)}`],
  },
  {
    id: 'so-with',
    kind: 'so-friend',
    make: (p) => ['me and ', P(p.first()), ` at the lake ${p.pick(tags)}`],
  },
  {
    id: 'so-grew-up',
    kind: 'so-place',
    make: (p) => ['the ', L(p.city()), ` i grew up in is gone ${p.pick(emoji)}`],
  },
  {
    id: 'so-mom-named',
    kind: 'so-friend',
    make: (p) => ['my mom ', P(p.first()), ` just discovered emojis ${p.pick(emoji)}`],
  },
  {
    id: 'so-visit',
    kind: 'so-place',
    make: (p) => ['finally visiting ', L(p.city()), ` with the fam ${p.pick(tags)}`],
  },
  { id: 'so-tag', kind: 'so-friend', make: (p) => [`${p.pick(handles)} tell `, P(p.first()), ' i said hi'] },
];
