/**
 * One document of each genre, written into a DocWriter: a session transcript, a clinical note or
 * exam question, a patient's question on a Q&A site, a social post. `named` documents carry gold
 * mentions among the same clean sentences a clean document is made of.
 */
import type { Pools } from '../../eval/pools.ts';
import {
  clientClean,
  examQuestions,
  medTalk,
  notes,
  qaBodies,
  socialBodies,
  therapistClean,
} from './clean-sentences.ts';
import { cap, type DocWriter } from './doc-writer.ts';
import { addressFrames, peopleFrames } from './people-frames.ts';
import { placeFrames } from './place-frames.ts';
import type { Cast, TalkFrame } from './slots.ts';
import { closeSentence, rough, stammer } from './speech.ts';
import { wordNameSentences } from './word-names.ts';
import { noteFrames, qaFrames, socialFrames } from './written-frames.ts';

type Say = (p: Pools) => string;
const labelStyles = [
  ['Therapist', 'Client'],
  ['Therapist', 'Client'],
  ['T', 'C'],
  ['Counselor', 'Client'],
  ['Clinician', 'Patient'],
  ['', ''],
  ['', ''],
  ['name', 'name'],
] as const;

/** Writes a frame as one sentence: capital first letter, closing punctuation. */
/** `open` leaves the sentence unpunctuated, as a typed turn often ends: "see you next week Sam". */
function sayFrame(
  w: DocWriter,
  p: Pools,
  cast: Cast,
  frame: TalkFrame,
  spoken: boolean,
  upper = false,
  open = false,
) {
  const bits = spoken ? stammer(p, frame.make(p, cast)) : frame.make(p, cast);
  const first = bits[0];
  if (typeof first === 'string') bits[0] = cap(first);
  const whole = bits.map((b) => (typeof b === 'string' ? b : b.text)).join('');
  const last = bits.at(-1);
  if (!open) {
    if (typeof last === 'string') bits[bits.length - 1] = closeSentence(last, whole);
    else bits.push(closeSentence('', whole));
  }
  w.emit(bits, frame, upper);
}

const saySentence = (w: DocWriter, p: Pools, say: Say, spoken: boolean) =>
  w.text(closeSentence(cap(spoken ? rough(p, say(p)) : say(p))));

export function session(w: DocWriter, p: Pools, cast: Cast, named: boolean) {
  // Names as speaker labels only where the document is meant to carry names at all.
  const [tLabel, cLabel] = p.pick(named ? labelStyles : labelStyles.filter(([t]) => t !== 'name'));
  const therapistName = p.first();
  const therapistLast = p.last();
  const turns = 8 + Math.floor(p.rand() * 18);
  // A transcript that says the same line twice reads as generated; a few retries avoid most.
  const said = new Set<Say | TalkFrame>();
  for (let i = 0; i < turns; i++) {
    const therapist = i % 2 === 0;
    if (i > 0) w.text('\n');
    if (tLabel === 'name') {
      const who = therapist
        ? { text: therapistName, who: `${therapistName} ${therapistLast}` }
        : { text: cast.client.first, who: `${cast.client.first} ${cast.client.last}` };
      w.emit([{ ...who, label: 'PERSON' }, ': '], { id: 'speaker-label', kind: 'speaker' });
    } else if (tLabel) w.text(`${therapist ? tLabel : cLabel}: `);
    const n = 1 + Math.floor(p.rand() * (therapist ? 2 : 3));
    for (let k = 0; k < n; k++) {
      if (k > 0) w.text(' ');
      const mention = named && p.chance(therapist ? 0.12 : 0.3);
      if (mention) {
        const pool = therapist ? addressFrames : p.chance(0.55) ? peopleFrames : placeFrames;
        let frame = p.pick(pool);
        for (let tries = 0; tries < 4 && said.has(frame); tries++) frame = p.pick(pool);
        said.add(frame);
        sayFrame(w, p, cast, frame, true, false, k === n - 1 && p.chance(0.2));
      } else {
        const pool: Say[][] = therapist
          ? [therapistClean]
          : [clientClean, clientClean, medTalk, wordNameSentences];
        let say = p.pick(p.pick(pool));
        for (let tries = 0; tries < 4 && said.has(say); tries++) say = p.pick(p.pick(pool));
        said.add(say);
        saySentence(w, p, say, true);
      }
    }
  }
}

const headings = [
  'SUBJECTIVE:',
  'Objective:',
  'ASSESSMENT:',
  'Plan:',
  'Mental Status Exam:',
  'HPI:',
  'Meds:',
  'Progress Note',
  'Intake Summary',
];

export function clinical(w: DocWriter, p: Pools, cast: Cast, named: boolean) {
  if (p.chance(0.3)) {
    if (named && p.chance(0.5)) {
      sayFrame(w, p, cast, p.pick(noteFrames), false);
      w.text(' ');
    }
    w.text(p.pick(examQuestions)(p));
    return;
  }
  const shouting = p.chance(0.25);
  const lines = 3 + Math.floor(p.rand() * 6);
  for (let i = 0; i < lines; i++) {
    if (i > 0) w.text('\n');
    const upper = shouting && p.chance(0.7);
    if (p.chance(0.2)) w.text(`${p.pick(headings)}\n`);
    if (named && p.chance(0.4)) sayFrame(w, p, cast, p.pick(noteFrames), false, upper);
    else {
      const line = p.pick(notes)(p);
      w.text(upper ? line.toUpperCase() : line);
    }
  }
}

export function qa(w: DocWriter, p: Pools, cast: Cast, named: boolean) {
  const n = 1 + Math.floor(p.rand() * 3);
  const mentionAt = named ? Math.floor(p.rand() * (n + 1)) : -1;
  for (let i = 0; i <= n; i++) {
    if (i > 0) w.text(' ');
    if (i === mentionAt) sayFrame(w, p, cast, p.pick(p.chance(0.7) ? qaFrames : peopleFrames), false);
    else saySentence(w, p, p.pick(p.chance(0.2) ? wordNameSentences : qaBodies), false);
  }
}

export function social(w: DocWriter, p: Pools, cast: Cast, named: boolean) {
  const parts = p.chance(0.5) ? 1 : 2;
  const mentions = named ? (p.chance(0.25) ? 2 : 1) : 0;
  const said = new Set<Say>();
  const order: string[] = Array(parts).fill('body');
  for (let i = 0; i < mentions; i++) order.splice(Math.floor(p.rand() * (order.length + 1)), 0, 'name');
  order.forEach((what, i) => {
    if (i > 0) w.text(p.chance(0.5) ? ' ' : '. ');
    if (what === 'name') {
      const frame = p.pick(socialFrames);
      w.emit(frame.make(p, cast), frame);
    } else {
      let say = p.pick(p.chance(0.2) ? wordNameSentences : socialBodies);
      if (said.has(say)) say = p.pick(socialBodies.filter((s) => !said.has(s)));
      said.add(say);
      w.text(say(p));
    }
  });
  if (p.chance(0.3))
    w.text(
      ` ${p.pick(['#recovery', '#mentalhealth', '#sober', '#anxiety', '#blessed', '#therapy', '#momlife'])}`,
    );
}
