import { ExtractionError, type SourceLocation, type TextPart } from '../types.ts';

/** Largest index i with sorted[i] <= value, or -1. */
function floorIndex(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Builds a text out of lines that each come from a known page and line of the source. Lines are
 * joined with "\n" so detectors see a boundary between them; a range is located by its first
 * character, which is where the uploader has to look.
 */
export class LineTextBuilder {
  private readonly chunks: string[] = [];
  private length = 0;
  private readonly starts: number[] = [];
  private readonly pages: number[] = [];
  private readonly lines: number[] = [];

  /** The budget is shared by every part of one file, so a hostile file cannot make us hold unbounded text. */
  private readonly budget: TextBudget;
  constructor(budget: TextBudget) {
    this.budget = budget;
  }

  get isEmpty(): boolean {
    return this.starts.length === 0;
  }

  addLine(text: string, page: number, line: number): void {
    if (this.starts.length > 0) {
      this.chunks.push('\n');
      this.length += 1;
    }
    this.budget.spend(text.length + 1);
    this.starts.push(this.length);
    this.pages.push(page);
    this.lines.push(line);
    this.chunks.push(text);
    this.length += text.length;
  }

  toPart(part?: string): TextPart {
    const text = this.chunks.join('');
    const starts = Int32Array.from(this.starts);
    const pages = Int32Array.from(this.pages);
    const lines = Int32Array.from(this.lines);
    return {
      source: 'body',
      text,
      locate(start: number): SourceLocation {
        const i = Math.max(0, floorIndex(starts, start));
        const loc: SourceLocation = { page: pages[i] ?? 1, line: lines[i] ?? 1 };
        return part ? { ...loc, part } : loc;
      },
    };
  }
}

/** A body part for text whose lines are its own lines (plain text, Markdown): line numbers from line breaks. */
export function textLinesPart(text: string): TextPart {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  const index = Int32Array.from(starts);
  return {
    source: 'body',
    text,
    locate: (start) => ({ page: 1, line: Math.max(0, floorIndex(index, start)) + 1 }),
  };
}

/**
 * Builds a transcript text from timed pieces. A "weak" span (the gaps of a segment between its
 * aligned words) is used only when a range touches no word, so a name spanning two words gets the
 * two words' times rather than the whole segment's.
 */
export class TimedTextBuilder {
  private readonly chunks: string[] = [];
  private length = 0;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly startMs: number[] = [];
  private readonly endMs: number[] = [];
  private readonly weak: number[] = [];

  private readonly budget: TextBudget;
  constructor(budget: TextBudget) {
    this.budget = budget;
  }

  get textLength(): number {
    return this.length;
  }

  /** Appends raw text with no time of its own (separators). */
  append(text: string): void {
    this.budget.spend(text.length);
    this.chunks.push(text);
    this.length += text.length;
  }

  /** Appends text spoken between `fromMs` and `toMs`. */
  appendTimed(text: string, fromMs: number, toMs: number, weak = false): void {
    if (text.length === 0) return;
    this.markTimed(this.length, this.length + text.length, fromMs, toMs, weak);
    this.append(text);
  }

  /** Marks an already appended range [start, end) with a time (ranges must be added in order). */
  markTimed(start: number, end: number, fromMs: number, toMs: number, weak = false): void {
    if (end <= start) return;
    const from = Math.max(0, Math.round(fromMs));
    this.starts.push(start);
    this.ends.push(end);
    this.startMs.push(from);
    this.endMs.push(Math.max(from, Math.round(toMs)));
    this.weak.push(weak ? 1 : 0);
  }

  toPart(): TextPart {
    const text = this.chunks.join('');
    const starts = Int32Array.from(this.starts);
    const ends = Int32Array.from(this.ends);
    const fromMs = Float64Array.from(this.startMs);
    const toMs = Float64Array.from(this.endMs);
    const weak = Uint8Array.from(this.weak);
    return { source: 'body', text, locate: (start, end) => locateTimed(start, end) };

    function locateTimed(start: number, endExclusive: number): SourceLocation {
      const n = starts.length;
      if (n === 0) return { startMs: 0, endMs: 0 };
      const end = Math.max(endExclusive, start + 1);
      // Spans do not overlap and are in text order, so the first span that could overlap is the
      // one just before `start`.
      let i = Math.max(0, floorIndex(starts, start));
      if ((ends[i] as number) <= start && i + 1 < n) i++;
      let best: { startMs: number; endMs: number } | undefined;
      let fallback: { startMs: number; endMs: number } | undefined;
      for (let j = i; j < n && (starts[j] as number) < end; j++) {
        if ((ends[j] as number) <= start) continue;
        const target = weak[j] ? 'fallback' : 'best';
        const cur = target === 'best' ? best : fallback;
        const next = {
          startMs: Math.min(cur?.startMs ?? Number.POSITIVE_INFINITY, fromMs[j] as number),
          endMs: Math.max(cur?.endMs ?? 0, toMs[j] as number),
        };
        if (target === 'best') best = next;
        else fallback = next;
      }
      const hit = best ?? fallback;
      if (hit) return hit;
      // A separator between cues: report the nearest span before it (or the first one).
      const k = Math.max(0, floorIndex(starts, start));
      return { startMs: fromMs[k] as number, endMs: toMs[k] as number };
    }
  }
}

/** A metadata part: the whole text locates to its field. */
export function metadataPart(field: string, text: string): TextPart {
  return { source: 'metadata', field, text, locate: () => ({ field }) };
}

/**
 * Collects metadata values, dropping empty and repeated ones so a tag present in both the
 * container and the stream is reported once.
 */
export class MetadataCollector {
  private readonly seen = new Set<string>();
  readonly parts: TextPart[] = [];

  private readonly budget: TextBudget;
  constructor(budget: TextBudget) {
    this.budget = budget;
  }

  add(field: string, value: unknown): void {
    if (Array.isArray(value)) {
      for (const v of value) this.add(field, v);
      return;
    }
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const text = String(value).trim();
    if (text === '') return;
    const key = `${field}\u0000${text}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.budget.spend(text.length);
    this.parts.push(metadataPart(field, text));
  }
}

/** Caps the text one file may produce, across all of its parts. */
export class TextBudget {
  private used = 0;
  private readonly maxChars: number;
  constructor(maxChars: number) {
    this.maxChars = maxChars;
  }
  spend(chars: number): void {
    this.used += chars;
    if (this.used > this.maxChars) {
      throw new ExtractionError('too_large', 'The file contains more text than the configured limit allows.');
    }
  }
}
