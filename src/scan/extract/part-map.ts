import type { SourceLocation, TextPart } from '../types.ts';

/**
 * How a part's characters map back to the file, as plain data. Extraction may run in another process
 * (src/scan/extract/sandbox), and a part's `locate` function cannot cross a process boundary: its
 * map can, and `partFromMap` rebuilds the same `locate` on the other side.
 */
export type PartMap =
  /** Lines from known pages and lines (PDF, DOCX, RTF); a range is located by its first character. */
  | { kind: 'lines'; starts: Int32Array; pages: Int32Array; lines: Int32Array; part?: string }
  /** Text whose lines are its own (plain text): `index` holds each line's start. */
  | { kind: 'text-lines'; index: Int32Array }
  /** Timed spans of a transcript; weak spans count only when a range touches no other. */
  | {
      kind: 'timed';
      starts: Int32Array;
      ends: Int32Array;
      fromMs: Float64Array;
      toMs: Float64Array;
      weak: Uint8Array;
    }
  /** The whole text locates to one metadata field. */
  | { kind: 'field'; field: string };

/** A part as it crosses a process boundary. */
export interface PortablePart {
  source: TextPart['source'];
  field?: string;
  text: string;
  map: PartMap;
}

export type MappedPart = TextPart & { map: PartMap };

/** Largest index i with sorted[i] <= value, or -1. */
export function floorIndex(sorted: ArrayLike<number>, value: number): number {
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

export function partFromMap(portable: PortablePart): MappedPart {
  const { map } = portable;
  const part = { ...portable, locate: locator(map) };
  if (portable.field === undefined) delete part.field;
  return part;
}

/** The part without its function, ready for structured clone. */
export function portablePart(part: TextPart): PortablePart {
  const map = (part as Partial<MappedPart>).map;
  if (!map) throw new TypeError('this part has no map to carry across a process boundary');
  return {
    source: part.source,
    ...(part.field === undefined ? {} : { field: part.field }),
    text: part.text,
    map,
  };
}

function locator(map: PartMap): TextPart['locate'] {
  switch (map.kind) {
    case 'field':
      return () => ({ field: map.field });
    case 'text-lines':
      return (start) => ({ page: 1, line: Math.max(0, floorIndex(map.index, start)) + 1 });
    case 'lines':
      return (start) => {
        const i = Math.max(0, floorIndex(map.starts, start));
        const loc: SourceLocation = { page: map.pages[i] ?? 1, line: map.lines[i] ?? 1 };
        return map.part ? { ...loc, part: map.part } : loc;
      };
    case 'timed':
      return (start, end) => locateTimed(map, start, end);
  }
}

function locateTimed(
  map: Extract<PartMap, { kind: 'timed' }>,
  start: number,
  endExclusive: number,
): SourceLocation {
  const { starts, ends, fromMs, toMs, weak } = map;
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
