import type { TimedTextBuilder } from './position-map.ts';

/**
 * Speech-to-text JSON ("verbose" output with timestamps). Recognized shapes:
 * - OpenAI / Whisper `verbose_json`: `segments[{start,end,text,words?}]` and/or `words[{word,start,end}]`
 *   (seconds); also WhisperX-style segments with a `speaker`, and a bare array of such segments;
 * - whisper.cpp `-oj`: `transcription[{offsets:{from,to},text}]` (milliseconds);
 * - Deepgram: `results.channels[].alternatives[0].words[{word,punctuated_word,start,end}]` (seconds);
 * - AssemblyAI: `utterances[{speaker,text,start,end,words}]` or `words[{text,start,end}]` (milliseconds).
 * Segment text is kept as written (punctuation and capitals help the detectors); words inside a
 * segment are aligned to it so a finding maps to the words' times, not the whole segment's.
 */

interface Word {
  text: string;
  startMs: number;
  endMs: number;
}
interface Segment extends Word {
  speaker?: string;
  words: Word[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);
const num = (v: unknown, scale: number) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v * scale : Number.NaN;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function words(list: unknown[] | undefined, scale: number): Word[] {
  const out: Word[] = [];
  for (const w of list ?? []) {
    if (!isObj(w)) continue;
    const text = str(w.punctuated_word) ?? str(w.word) ?? str(w.text);
    if (text !== undefined) out.push({ text, startMs: num(w.start, scale), endMs: num(w.end, scale) });
  }
  return out;
}

function segments(list: unknown[], scale: number): Segment[] {
  const out: Segment[] = [];
  for (const s of list) {
    if (!isObj(s)) continue;
    const text = str(s.text);
    if (text === undefined) continue;
    const offsets = isObj(s.offsets) ? s.offsets : undefined;
    const speaker = str(s.speaker);
    out.push({
      text,
      startMs: offsets ? num(offsets.from, 1) : num(s.start, scale),
      endMs: offsets ? num(offsets.to, 1) : num(s.end, scale),
      words: words(arr(s.words), scale),
      ...(speaker ? { speaker } : {}),
    });
  }
  return out;
}

/** Finds the segments of a recognized shape, or undefined. */
export function sttSegments(json: unknown): Segment[] | undefined {
  if (Array.isArray(json)) {
    const segs = segments(json, 1000);
    return segs.length > 0 ? segs : wordsAsSegment(words(json, 1000));
  }
  if (!isObj(json)) return undefined;
  const results = json.results;
  if (isObj(results) && arr(results.channels)) {
    const segs: Segment[] = [];
    for (const channel of arr(results.channels) ?? []) {
      const alt = isObj(channel) ? arr(channel.alternatives)?.[0] : undefined;
      if (!isObj(alt)) continue;
      const ws = words(arr(alt.words), 1000);
      if (ws.length > 0) segs.push(...(wordsAsSegment(ws) ?? []));
      else if (str(alt.transcript))
        segs.push({ text: str(alt.transcript) as string, startMs: 0, endMs: 0, words: [] });
    }
    return segs;
  }
  if (arr(json.transcription)) return segments(arr(json.transcription) ?? [], 1000);
  // AssemblyAI reports milliseconds and calls a word's text `text`; Whisper reports seconds and `word`.
  const topWords = arr(json.words);
  const assembly = isObj(topWords?.[0]) && 'text' in topWords[0] && !('word' in topWords[0]);
  const scale = assembly || arr(json.utterances) ? 1 : 1000;
  const segs = arr(json.utterances) ?? arr(json.segments);
  if (segs) return attachWords(segments(segs, scale), words(topWords, scale));
  if (topWords) return wordsAsSegment(words(topWords, scale));
  // Plain `json` output ({"text": …}) has no times, but its text must still be scanned.
  const text = str(json.text);
  return text === undefined ? undefined : [{ text, startMs: 0, endMs: 0, words: [] }];
}

function wordsAsSegment(ws: Word[]): Segment[] | undefined {
  if (ws.length === 0) return undefined;
  const text = joinWords(ws.map((w) => w.text));
  return [{ text, startMs: ws[0]?.startMs ?? 0, endMs: ws.at(-1)?.endMs ?? 0, words: ws }];
}

/** Top-level words (Whisper with both granularities) belong to the segment whose time holds them. */
function attachWords(segs: Segment[], ws: Word[]): Segment[] {
  let w = 0;
  for (const seg of segs) {
    if (seg.words.length > 0) continue;
    while (w < ws.length && (ws[w]?.startMs ?? 0) < seg.endMs + 10) seg.words.push(ws[w++] as Word);
  }
  return segs;
}

function joinWords(tokens: string[]): string {
  let out = '';
  for (const raw of tokens) {
    const t = raw.trim();
    if (t === '') continue;
    out += out === '' || /^[.,!?;:%)\]}…]/.test(t) ? t : ` ${t}`;
  }
  return out;
}

/** Appends segments to the transcript text, one per line, with word-level times where they align. */
export function appendSegments(segs: Segment[], out: TimedTextBuilder): void {
  let lastSpeaker: string | undefined;
  let lastEnd = 0;
  for (const seg of segs) {
    let text = seg.text.trim();
    if (text === '') continue;
    // Diarized output: a speaker label that is a name must be scanned like the words.
    if (seg.speaker && seg.speaker !== lastSpeaker && /\p{L}{2}/u.test(seg.speaker))
      text = `${seg.speaker}: ${text}`;
    lastSpeaker = seg.speaker;
    const from = Number.isNaN(seg.startMs) ? lastEnd : seg.startMs;
    const to = Number.isNaN(seg.endMs) ? from : seg.endMs;
    lastEnd = to;
    if (out.textLength > 0) out.append('\n');
    const base = out.textLength;
    out.append(text);
    const lower = text.toLowerCase();
    let cursor = 0;
    // Lower-casing can change a string's length (e.g. "İ"); then offsets would not line up.
    const words = lower.length === text.length ? seg.words : [];
    for (const w of words) {
      if (Number.isNaN(w.startMs) || Number.isNaN(w.endMs)) continue;
      const token = w.text
        .trim()
        .toLowerCase()
        .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (token === '') continue;
      const at = lower.indexOf(token, cursor);
      if (at < 0) continue;
      out.markTimed(base + cursor, base + at, from, to, true);
      out.markTimed(base + at, base + at + token.length, w.startMs, w.endMs);
      cursor = at + token.length;
    }
    out.markTimed(base + cursor, base + text.length, from, to, true);
  }
}
