import type { Detection, FindingLabel } from './findings.ts';

/** Masks a name for display: "Jason Thomas" → "J•••n T•••s". Never shows more than two letters a word. */
export function maskName(name: string): string {
  return name.replace(/[\p{L}\p{M}\d]+/gu, (w) => {
    const chars = [...w];
    if (chars.length <= 2) return `${chars[0]}•`;
    return `${chars[0]}•••${chars[chars.length - 1]}`;
  });
}

/** What a detected span becomes in an excerpt: a masked name, or its label for numbers and addresses. */
export function maskSpan(text: string, label: FindingLabel): string {
  if ((label === 'PERSON' || label === 'LOCATION' || label === 'ORGANIZATION') && !/\d/.test(text)) {
    return maskName(text.replace(/\s+/g, ' '));
  }
  return `[${label}]`;
}

const radius = 40;

/** Index of the first detection ending after `pos` in a list sorted by start (spans do not overlap). */
function firstEndingAfter(sorted: readonly Detection[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A short context window around `target` with every detected span in it masked, on one line.
 * `sorted` holds all of the text's detections, merged (non-overlapping) and sorted by start.
 * The window grows to whole spans so that no identifier is cut in half and shown in part.
 */
export function excerptFor(text: string, target: Detection, sorted: readonly Detection[]): string {
  let from = Math.max(0, target.start - radius);
  let to = Math.min(text.length, target.end + radius);
  const first = firstEndingAfter(sorted, from);
  const near: Detection[] = [];
  for (let k = first; k < sorted.length && sorted[k]!.start < to + radius; k++) near.push(sorted[k]!);
  for (const d of near) {
    if (d.start < from && d.end > from) from = d.start;
    if (d.start < to && d.end > to) to = d.end;
  }
  // Start and end on word boundaries so the window does not begin with half a word.
  while (from > 0 && from < target.start && /[\p{L}\d]/u.test(text[from - 1]!)) from++;
  while (to < text.length && to > target.end && /[\p{L}\d]/u.test(text[to]!)) to--;
  let out = '';
  let at = from;
  for (const d of near) {
    if (d.start < at || d.end > to) continue;
    out += text.slice(at, d.start) + maskSpan(text.slice(d.start, d.end), d.label);
    at = d.end;
  }
  out += text.slice(at, to);
  return `${from > 0 ? '…' : ''}${out.replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}
