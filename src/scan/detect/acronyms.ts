import type { Detection } from '../findings.ts';
import { Case, isWord } from '../text/tokens.ts';
import { type Doc, perDocument } from './doc.ts';

/** Small words an acronym skips: "Americans with Disabilities Act" is ADA. */
const skipped = new Set(['of', 'and', 'the', 'for', 'with', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'or']);

/**
 * Acronyms the text spells out beside them — "the Americans with Disabilities Act (ADA)", "HALT
 * (Hungry, Angry, Lonely, Tired)" — by their lower-cased keys. Such a word is that acronym
 * everywhere in the text, whatever name it also is ("Ada", "Halt").
 */
export const definedAcronyms = perDocument((doc: Doc): Set<string> => {
  const out = new Set<string>();
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.case !== Case.Upper || !/^[A-Z]{2,8}$/.test(t.text)) continue;
    const next = tokens[i + 1];
    // "… Act (ADA)": the words before it spell it.
    const enclosed = /\($/.test(t.gapBefore) && /^\)/.test(next?.gapBefore ?? ')');
    if (enclosed && spelled(doc, i - 1, -1, t.key)) out.add(t.key);
    // "ADA (Americans with …)", "HALT" (Hungry, …)": the words after it do.
    if (next && /^["”']?[ \t]*\($/.test(next.gapBefore) && spelled(doc, i + 1, 1, t.key)) out.add(t.key);
  }
  return out;
});

/** Do the words from `from`, walking by `step` on the same line, begin with `letters` in order? */
function spelled(doc: Doc, from: number, step: 1 | -1, letters: string): boolean {
  const wanted = step === 1 ? letters : [...letters].reverse().join('');
  const line = doc.tokens[from]?.line;
  let k = 0;
  for (let i = from; k < wanted.length && i >= 0 && i < doc.tokens.length; i += step) {
    const t = doc.tokens[i]!;
    if (t.line !== line || !isWord(t)) return false;
    // "Office-Based Opioid Treatment (OBOT)": each part of a hyphenated word gives its letter.
    const parts = t.key.split('-').filter(Boolean);
    const initials = (step === 1 ? parts : parts.reverse()).map((p) => p[0]!);
    if (initials.every((c, n) => wanted[k + n] === c)) k += initials.length;
    else if (t.key[0] === wanted[k]) k++;
    else if (!skipped.has(t.key)) return false;
  }
  return k === wanted.length;
}

/** Is token `i` an acronym its text spells out, written in capitals? */
export function definedAcronym(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  return t.case === Case.Upper && definedAcronyms(doc).has(t.key);
}

export const placeInitialsReason = 'initials of a place the text names';

/**
 * "Western Psychiatric Hospital (WPH)", "withdrawal at Flagstaff Medical Center (FMC) … again at
 * FMC": a place found in the text, its initials set beside it in parentheses, is named by them
 * there and wherever else the text writes them.
 */
export function placeInitials(doc: Doc, found: readonly Detection[]): Detection[] {
  const { tokens } = doc;
  const initials = new Set<string>();
  for (const d of found) {
    if (d.label !== 'LOCATION' || d.detector === 'pattern') continue;
    const [, last] = doc.touched(d.start, d.end);
    const t = tokens[last + 1];
    if (
      t === undefined ||
      t.line !== tokens[last]!.line ||
      !/^[ \t]*\($/.test(t.gapBefore) ||
      !/^[A-Z]{2,8}$/.test(t.text) ||
      !/^\)/.test(tokens[last + 2]?.gapBefore ?? ')') ||
      !spelled(doc, last, -1, t.key)
    )
      continue;
    initials.add(t.text);
  }
  if (initials.size === 0) return [];
  return tokens
    .filter((t) => initials.has(t.text))
    .map((t) => ({
      start: t.start,
      end: t.end,
      label: 'LOCATION' as const,
      detector: 'context' as const,
      score: 0.9,
      reason: placeInitialsReason,
    }));
}
