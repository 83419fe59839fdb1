/** One timed piece of a transcript. */
export interface Cue {
  startMs: number;
  endMs: number;
  text: string;
}

const timestamp = /(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})/;

function toMs(stamp: string): number | undefined {
  const m = timestamp.exec(stamp);
  if (!m) return undefined;
  const [, h, min, s, frac] = m;
  return ((Number(h ?? 0) * 60 + Number(min)) * 60 + Number(s)) * 1000 + Number(frac!.padEnd(3, '0'));
}

/** WebVTT or SRT: blocks of "start --> end" followed by text lines. */
function parseTimedText(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const lines = block.split('\n');
    const at = lines.findIndex((l) => l.includes('-->'));
    if (at < 0) continue;
    const [from, to] = lines[at]!.split('-->');
    const startMs = toMs(from ?? '');
    const endMs = toMs(to ?? '');
    if (startMs === undefined || endMs === undefined) continue;
    // Voice tags (<v Speaker>) and styling are markup, not words.
    const words = lines
      .slice(at + 1)
      .join(' ')
      .replace(/<[^>]*>/g, '')
      .trim();
    if (words) cues.push({ startMs, endMs, text: words });
  }
  return cues;
}

/** OpenAI-style verbose_json: `segments` with start and end in seconds. */
function parseSttJson(text: string): Cue[] {
  const doc = JSON.parse(text) as {
    segments?: { start: number; end: number; text: string }[];
    text?: string;
  };
  if (doc.segments?.length) {
    return doc.segments.map((s) => ({
      startMs: Math.round(s.start * 1000),
      endMs: Math.round(s.end * 1000),
      text: s.text.trim(),
    }));
  }
  return doc.text ? [{ startMs: 0, endMs: 0, text: doc.text }] : [];
}

/** The cues of a stored transcript, whatever form it was uploaded in (untimed text is one cue). */
export function parseCues(text: string, contentType: string): Cue[] {
  try {
    if (contentType.includes('json')) return parseSttJson(text);
  } catch {
    return [];
  }
  if (text.includes('-->')) return parseTimedText(text);
  return text.trim() ? [{ startMs: 0, endMs: 0, text: text.trim() }] : [];
}

/** The cue playing at `ms` (the last one that started), or -1. */
export function cueAt(cues: readonly Cue[], ms: number): number {
  let lo = 0;
  let hi = cues.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.startMs <= ms) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** m:ss or h:mm:ss for a time in milliseconds. */
export function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${r}` : `${m}:${r}`;
}

/** Reads "m:ss", "h:mm:ss" or plain seconds back into milliseconds. */
export function parseClock(text: string): number | undefined {
  const parts = text.trim().split(':').map(Number);
  if (parts.length === 0 || parts.length > 3 || parts.some((p) => !Number.isFinite(p) || p < 0))
    return undefined;
  return Math.round(parts.reduce((acc, p) => acc * 60 + p, 0) * 1000);
}
