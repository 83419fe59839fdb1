import { ExtractionError, type TextPart } from '../types.ts';
import { partFromMap } from './part-map.ts';

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
    return partFromMap({
      source: 'body',
      text: this.chunks.join(''),
      map: {
        kind: 'lines',
        starts: Int32Array.from(this.starts),
        pages: Int32Array.from(this.pages),
        lines: Int32Array.from(this.lines),
        ...(part ? { part } : {}),
      },
    });
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
  return partFromMap({ source: 'body', text, map: { kind: 'text-lines', index: Int32Array.from(starts) } });
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
    return partFromMap({
      source: 'body',
      text: this.chunks.join(''),
      map: {
        kind: 'timed',
        starts: Int32Array.from(this.starts),
        ends: Int32Array.from(this.ends),
        fromMs: Float64Array.from(this.startMs),
        toMs: Float64Array.from(this.endMs),
        weak: Uint8Array.from(this.weak),
      },
    });
  }
}

/** A metadata part: the whole text locates to its field. */
export function metadataPart(field: string, text: string): TextPart {
  return partFromMap({ source: 'metadata', field, text, map: { kind: 'field', field } });
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
