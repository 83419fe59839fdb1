import { Unzlib } from 'fflate';
import { ExtractionError } from '../types.ts';

/**
 * What a PDF may cost before pdf.js sees it. pdf.js inflates every content stream it draws into
 * memory, with no limit of its own: a 1 MB file whose stream inflates to 1 GB takes gigabytes and tens
 * of seconds. So every Flate-compressed stream is inflated here first, streaming (nothing kept but
 * the inflater's window), and the file is refused as too complex once the total passes the budget,
 * or when it declares more objects than any real paperwork has. Worker-safe (fflate, no Node APIs).
 *
 * A stream this scan cannot see (an indirect /Length with "endstream" inside the data, a filter
 * other than Flate) is left to the sandbox's memory cap and time limit (sandbox/pool.ts).
 */

export interface PdfBudget {
  /** Most bytes all Flate streams together may inflate to. */
  maxInflatedBytes: number;
  /** Most indirect objects. */
  maxObjects: number;
}

export const defaultPdfBudget: PdfBudget = {
  maxInflatedBytes: 256 * 1024 * 1024,
  maxObjects: 500_000,
};

export const tooComplex = () =>
  new ExtractionError(
    'too_complex',
    'The file is too complex to check safely (it expands far beyond its size or holds too many parts). ' +
      'Save or print it to a new PDF and upload that.',
  );

const SLICE = 64 * 1024;

export function assertPdfWithinBudget(bytes: Uint8Array, budget: PdfBudget = defaultPdfBudget): void {
  // One character per byte, so string indices are byte offsets; only ASCII keywords are searched.
  const text = new TextDecoder('latin1').decode(bytes);
  let objects = 0;
  for (const _ of text.matchAll(/\d+\s+\d+\s+obj\b/g)) {
    if (++objects > budget.maxObjects) throw tooComplex();
  }
  let inflated = 0;
  const spend = (n: number) => {
    inflated += n;
    if (inflated > budget.maxInflatedBytes) throw tooComplex();
  };
  for (const match of text.matchAll(/(?<!end)stream(\r\n|\n|\r)/g)) {
    const keyword = match.index;
    const dict = text.slice(Math.max(0, text.lastIndexOf('obj', keyword)), keyword);
    const filters = filterNames(dict);
    if (filters.length === 0 || !isFlate(filters[0]!)) continue;
    const start = keyword + match[0].length;
    const end = streamEnd(text, dict, start);
    inflateChain(bytes.subarray(start, end), filters.filter(isFlate).length, spend);
  }
}

function filterNames(dict: string): string[] {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict)?.[1] ?? '';
  return [...filter.matchAll(/\/([A-Za-z0-9]+)/g)].map((m) => m[1]!);
}

const isFlate = (name: string) => name === 'FlateDecode' || name === 'Fl';

/** A direct /Length when it fits the file, else the next "endstream" (as pdf.js falls back to). */
function streamEnd(text: string, dict: string, start: number): number {
  const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  const length = direct ? Number(direct[1]) : Number.NaN;
  if (Number.isSafeInteger(length) && start + length <= text.length) return start + length;
  const found = text.indexOf('endstream', start);
  return found === -1 ? text.length : found;
}

/**
 * Inflates `data` through `layers` Flate filters in a row (a stream compressed twice inflates twice),
 * counting what the last layer yields. A damaged stream just stops counting: pdf.js meets the same
 * damage and reads no further either.
 */
function inflateChain(data: Uint8Array, layers: number, spend: (n: number) => void): void {
  let sink = (chunk: Uint8Array) => spend(chunk.length);
  const stages: Unzlib[] = [];
  for (let i = 0; i < layers; i++) {
    const next = sink;
    const stage = new Unzlib((chunk) => next(chunk));
    stages.unshift(stage);
    sink = (chunk) => stage.push(chunk);
  }
  const first = stages[0]!;
  try {
    for (let offset = 0; offset < data.length; offset += SLICE) {
      first.push(data.subarray(offset, Math.min(offset + SLICE, data.length)));
    }
  } catch (err) {
    if (err instanceof ExtractionError) throw err;
  }
}
