import type { Detection } from '../findings.ts';
import { calendarWords } from '../lexicon/cues.ts';
import { Case, isWord } from '../text/tokens.ts';
import type { Doc } from './doc.ts';

/** How often (SUBTLEX, lower case) a word may be said for a lower-cased repeat of it to be the name. */
const everydayCount = 1000;

/**
 * Once a word is somebody's name (or a place's) in a text, it is that wherever the text writes it so:
 * "Henderson keeps riding me … Henderson's your supervisor?", a speaker label said again in a turn.
 * A document is refused if any mention stays, so each one must be found; and since only texts that
 * already name someone gain findings here, no clean text is refused for it.
 *
 * Seeds are the rules' person guesses sure enough to block (`threshold`), one word long, or the words
 * of a longer name that are no everyday word ("Dana Kroger" seeds "Dana" and "Kroger", "Rose Brown"
 * neither). A repeat counts where it is written the same way: capitalized where case means something,
 * and, where it does not, only a whole name that speech does not say every day ("sterling", "ruby";
 * not "hope", "chase"). What the post-filter called an everyday thing (`everyday`: "Father's Day"
 * beside "Coach Day", "the Wendy's drive-thru") stays one; the medical list's veto gives way
 * ("Henderson's your supervisor?" is no eponym once Henderson is someone in the text).
 */
export function namedElsewhere(
  doc: Doc,
  found: readonly Detection[],
  everyday: readonly Detection[],
  threshold: number,
): Detection[] {
  // A name's word, and whether it was the whole name.
  const names = new Map<string, { seed: Detection; whole: boolean }>();
  for (const d of found) {
    // The learned scorer weighs each place a word stands on its own; its guess is not repeated.
    // Notes write a place's words as shorthand for other things ("MICU", "Floor"): there only people repeat.
    if (
      (d.label !== 'PERSON' && (d.label !== 'LOCATION' || doc.jargon >= 0.04)) ||
      d.detector === 'roster' ||
      d.detector === 'learned' ||
      d.score < threshold
    )
      continue;
    const [first, last] = doc.touched(d.start, d.end);
    for (let i = first; i <= last; i++) {
      const t = doc.tokens[i]!;
      if (!isWord(t) || t.contraction || t.key.length < 2 || doc.isGrammatical(t.key)) continue;
      if (first !== last && doc.isOrdinaryWord(t.key)) continue;
      const known = names.get(t.key);
      if (!known || (!known.whole && first === last)) names.set(t.key, { seed: d, whole: first === last });
    }
  }
  if (names.size === 0) return [];
  // For a place, a guess too weak to block covers nothing: "any Bend people" is the town the post
  // moves to, though the word alone is only a faint guess.
  const covered = (start: number, end: number, place: boolean) =>
    found.some((d) => d.start < end && start < d.end && (!place || d.score >= threshold)) ||
    everyday.some((d) => d.start < end && start < d.end);
  const out: Detection[] = [];
  for (const t of doc.tokens) {
    const name = names.get(t.key);
    // "April's mom … see you in April": a month or a day is the date again.
    if (!name || !isWord(t) || calendarWords.has(t.key)) continue;
    const { seed, whole } = name;
    const end = t.possessive && /['’][sS]$/.test(t.text) ? t.end - 2 : t.end;
    if (covered(t.start, end, seed.label === 'LOCATION')) continue;
    // Without telling case, one word of a longer name alone ("… LIX" in a line of capitals) may be
    // anything.
    // A place is repeated only where capitals say so ("to Bend … any Bend people"): speech says
    // "bend" and "mobile" every day.
    const written = doc.caseInformative(t)
      ? t.case === Case.Capitalized && !(t.sentenceStart && doc.isOrdinaryWord(t.key))
      : seed.label === 'PERSON' &&
        whole &&
        (!doc.isOrdinaryWord(t.key) || doc.lex.wordCount(t.key) < everydayCount);
    if (!written) continue;
    out.push({
      start: t.start,
      end,
      label: seed.label,
      detector: seed.detector,
      score: seed.score,
      reason: 'named elsewhere in the text',
    });
  }
  return out;
}
