/**
 * Builds the generated evaluation set: therapy-session transcripts and clinical notes/questions,
 * half of them with no identifier at all, from the frames and banks in frames.ts and clean-text.ts;
 * then patient questions in a Q&A site's style and social-media posts (genres.ts).
 * 20 % of transcripts are lower-cased with punctuation dropped, as speech-to-text gives them, and
 * 40 % of posts are all lower case; 40 % of documents with people in them come with a team roster.
 * Deterministic for a given seed and half.
 */
import {
  acronyms,
  clientTurns,
  clinicalTemplates,
  disfluent,
  drugs,
  eponyms,
  medTalk,
  other,
  therapistTurns,
  type Vocab,
} from './clean-text.ts';
import {
  clinicalFrames,
  type Frame,
  type GoldLabel,
  type Half,
  half,
  type Piece,
  relations,
  sessionFrames,
} from './frames.ts';
import { qaFrames, qaTemplates, socialFrames, socialTemplates } from './genres.ts';
import { type Pools, pools, rng } from './pools.ts';

export interface GenSpan {
  start: number;
  end: number;
  label: GoldLabel;
  frame: string;
  kind: string;
  rostered?: boolean;
}
export interface GenDoc {
  id: string;
  /**
   * session | question (exam-style questions and notes) | qa (a patient's question on a Q&A site) |
   * social (a post); `lower` when speech-to-text or its writer lower-cased it.
   */
  kind: 'session' | 'question' | 'qa' | 'social';
  lower: boolean;
  text: string;
  spans: GenSpan[];
  roster?: { people: string[]; places: string[] };
}

class Writer {
  text = '';
  spans: GenSpan[] = [];
  emit(pieces: Piece[], frame: Frame) {
    for (const piece of pieces) {
      if (typeof piece === 'string') this.text += piece;
      else {
        this.spans.push({
          start: this.text.length,
          end: this.text.length + piece.text.length,
          label: piece.label,
          frame: frame.id,
          kind: frame.kind,
        });
        this.text += piece.text;
      }
    }
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function session(
  p: Pools,
  v: Vocab,
  frames: Frame[],
  turns: { t: string[]; c: string[] },
  talk: typeof medTalk,
  clean: boolean,
): Writer {
  const w = new Writer();
  const client = p.first();
  const speakers = p.chance(0.15) ? ['Counselor', client] : ['Therapist', 'Client'];
  const nTurns = 10 + Math.floor(p.rand() * 16);
  const mentions = clean ? 0 : 1 + Math.floor(p.rand() * 5);
  const mentionAt = new Set(
    Array.from({ length: mentions }, () => 1 + 2 * Math.floor((p.rand() * nTurns) / 2)),
  );
  for (let i = 0; i < nTurns; i++) {
    const therapist = i % 2 === 0;
    if (i > 0) w.text += '\n';
    const speaker = speakers[therapist ? 0 : 1]!;
    if (!therapist && speakers[1] === client)
      w.emit([{ text: client, label: 'PERSON' }], { id: 'speaker-label', kind: 'speaker', make: () => [] });
    else w.text += speaker;
    w.text += ': ';
    const parts: (string | Frame)[] = [disfluent(p, cap(p.pick(therapist ? turns.t : turns.c)))];
    if (!therapist && p.chance(0.45)) parts.push(cap(disfluent(p, p.pick(talk)(p, v))));
    if (mentionAt.has(i) || (!clean && therapist && p.chance(0.08))) {
      const pool = therapist
        ? frames.filter((f) => f.kind === 'address')
        : frames.filter((f) => f.kind !== 'address');
      if (pool.length > 0) parts.splice(Math.floor(p.rand() * (parts.length + 1)), 0, p.pick(pool));
    }
    parts.forEach((part, k) => {
      if (k > 0) w.text += ' ';
      if (typeof part === 'string') w.text += part;
      else {
        const pieces = part.make(p, { client, rel: p.pick(relations) });
        const first = pieces[0];
        if (typeof first === 'string') pieces[0] = cap(first);
        w.emit(pieces, part);
        if (!/[.?!]$/.test(w.text)) w.text += '.';
      }
    });
  }
  return w;
}

function question(
  p: Pools,
  v: Vocab,
  frames: Frame[],
  templates: typeof clinicalTemplates,
  clean: boolean,
): Writer {
  const w = new Writer();
  const body = p.pick(templates)(p, v);
  if (clean) w.text = body;
  else {
    const frame = p.pick(frames);
    const before = p.chance(0.5);
    if (!before) w.text += `${body} `;
    w.emit(frame.make(p, { client: p.first(), rel: p.pick(relations) }), frame);
    if (before) w.text += ` ${body}`;
  }
  return w;
}

/** Lower-cases and drops most sentence punctuation, as speech-to-text output often comes. */
function speechToText(p: Pools, w: Writer): Writer {
  const out = new Writer();
  out.spans = w.spans.map((s) => ({ ...s }));
  let text = w.text.toLowerCase();
  // Drop punctuation outside gold spans by replacing it with a space (offsets stay put).
  text = text.replace(/[.,?!]/g, (m, at: number) =>
    out.spans.some((s) => at >= s.start && at < s.end) || p.chance(0.3) ? m : ' ',
  );
  out.text = text;
  return out;
}

/** One or two frames around a body with no identifier, in either order; none when clean. */
function post(p: Pools, v: Vocab, frames: Frame[], templates: typeof qaTemplates, clean: boolean): Writer {
  const w = new Writer();
  const parts: (string | Frame)[] = [p.pick(templates)(p, v)];
  if (!clean) {
    const n = p.chance(0.25) ? 2 : 1;
    for (let i = 0; i < n; i++) parts.splice(Math.floor(p.rand() * (parts.length + 1)), 0, p.pick(frames));
  }
  parts.forEach((part, k) => {
    if (k > 0) w.text += ' ';
    if (typeof part === 'string') w.text += part;
    else w.emit(part.make(p, { client: p.first(), rel: 'friend' }), part);
  });
  return w;
}

/**
 * Adds a team roster to a document with people or places in it (40 %): the first person and some
 * others, never everyone mentioned; marks which gold spans the roster lists.
 */
function withRoster(p: Pools, doc: GenDoc, orig: Writer): GenDoc {
  if (doc.spans.length === 0 || !p.chance(0.4)) return doc;
  const people = [
    ...new Set(doc.spans.filter((s) => s.label === 'PERSON').map((s) => orig.text.slice(s.start, s.end))),
  ].filter((_, k) => k === 0 || p.chance(0.4));
  const places = [
    ...new Set(doc.spans.filter((s) => s.label === 'LOCATION').map((s) => orig.text.slice(s.start, s.end))),
  ].filter(() => p.chance(0.4));
  const keys = new Set([...people, ...places].map((x) => x.toLowerCase()));
  return {
    ...doc,
    roster: { people, places },
    spans: doc.spans.map((s) => ({ ...s, rostered: keys.has(doc.text.slice(s.start, s.end).toLowerCase()) })),
  };
}

/**
 * The generated set for one half. `count` sessions and exam-style questions as before, then
 * `extra` Q&A-site questions and `extra` social posts drawn from their own random stream, so adding
 * these genres left the first two unchanged.
 */
export function buildGenerated(seed: number, which: Half, count = 600, extra = 400): GenDoc[] {
  const rand = rng(seed);
  const p = pools(rand);
  const v: Vocab = {
    drugs: half(drugs, which),
    eponyms: half(eponyms, which),
    acronyms: half(acronyms, which),
    other: half(other, which),
    pick: p.pick,
  };
  const sFrames = half(sessionFrames, which);
  const cFrames = half(clinicalFrames, which);
  const turns = { t: half(therapistTurns, which), c: half(clientTurns, which) };
  const talk = half(medTalk, which);
  const templates = half(clinicalTemplates, which);
  const docs: GenDoc[] = [];
  for (let i = 0; i < count; i++) {
    const isSession = p.chance(0.6);
    const clean = isSession ? p.chance(0.4) : p.chance(0.85);
    const orig = isSession
      ? session(p, v, sFrames, turns, talk, clean)
      : question(p, v, cFrames, templates, clean);
    const lower = isSession && p.chance(0.2);
    const w = lower ? speechToText(p, orig) : orig;
    docs.push(
      withRoster(
        p,
        {
          id: `gen-${which}-${i}`,
          kind: isSession ? 'session' : 'question',
          lower,
          text: w.text,
          spans: w.spans,
        },
        orig,
      ),
    );
  }
  const q = pools(rng(seed * 7919 + 1));
  const vq: Vocab = { ...v, pick: q.pick };
  const genres = [
    { kind: 'qa', frames: half(qaFrames, which), templates: half(qaTemplates, which), lower: 0, clean: 0.5 },
    {
      kind: 'social',
      frames: half(socialFrames, which),
      templates: half(socialTemplates, which),
      lower: 0.4,
      clean: 0.5,
    },
  ] as const;
  for (const g of genres)
    for (let i = 0; i < extra; i++) {
      const orig = post(q, vq, g.frames, g.templates, q.chance(g.clean));
      const lower = q.chance(g.lower);
      const text = lower ? orig.text.toLowerCase() : orig.text;
      // The genres the issue measures these on come without a roster.
      docs.push({ id: `gen-${which}-${g.kind}-${i}`, kind: g.kind, lower, text, spans: orig.spans });
    }
  return docs;
}
