import type nlpType from 'compromise';
import type { Detection, FindingLabel } from '../findings.ts';
import { titles, weekday } from '../lexicon/cues.ts';
import { Case } from '../text/tokens.ts';
import type { Doc } from './doc.ts';

type Nlp = typeof nlpType;
let nlp: Nlp | undefined;

/** Loads compromise once; the scanner awaits this before its first synchronous scan. */
export async function loadNer(): Promise<void> {
  nlp ??= (await import('compromise')).default;
}

interface Match {
  text: string;
  offset: { start: number; length: number };
}

/**
 * Sentences worth handing to compromise: those with a capitalized word, not sentence-initial, that
 * no word list explains (not everyday English, not a known name or place) and that no faster
 * detector has already called a person, place or organization. compromise parses about 20,000
 * words/s, so it only classifies what the faster detectors cannot.
 */
function candidateSentences(doc: Doc, found: readonly Detection[]): [number, number][] {
  const out: [number, number][] = [];
  const named = found
    .filter((d) => d.label === 'PERSON' || d.label === 'LOCATION' || d.label === 'ORGANIZATION')
    .sort((a, b) => a.start - b.start);
  let k = 0;
  let coveredTo = -1;
  for (const t of doc.tokens) {
    if (t.start < coveredTo || t.sentenceStart || !doc.capitalized(t) || t.contraction) continue;
    while (k < named.length && named[k]!.end <= t.start) k++;
    let explained = false;
    for (let j = k; j < named.length && named[j]!.start <= t.start && !explained; j++)
      explained = t.end <= named[j]!.end;
    if (explained) continue;
    if (doc.commonness(t.key) >= 200 || doc.isOrdinaryWord(t.key)) continue;
    if (doc.listedName(t.key)) continue;
    if (doc.lex.place(t.key) !== undefined) continue;
    const start = Math.max(
      0,
      ...['\n', '. ', '? ', '! '].map((b) => doc.text.lastIndexOf(b, t.start - 1) + b.length),
    );
    const ends = ['\n', '. ', '? ', '! '].map((b) => doc.text.indexOf(b, t.end)).filter((k) => k !== -1);
    const end = ends.length > 0 ? Math.min(...ends) + 1 : doc.text.length;
    out.push([start, end]);
    coveredTo = end;
  }
  return out;
}

/**
 * People, places and organizations as compromise sees them, on candidate lines only; `found` is
 * what the other detectors already found, so compromise is not asked about it again.
 */
export function detectNer(doc: Doc, found: readonly Detection[] = []): Detection[] {
  if (!nlp || doc.lowerDoc) return [];
  const out: Detection[] = [];
  for (const [start, end] of candidateSentences(doc, found)) {
    const parsed = nlp(doc.text.slice(start, end));
    const add = (matches: Match[], label: FindingLabel, score: number) => {
      for (const m of matches) {
        // compromise includes trailing punctuation and possessives in its text; trim to the word.
        const text = m.text.replace(/['’]s$/, '').replace(/[^\p{L}\p{M}\d]+$/u, '');
        const lead = m.text.length - m.text.trimStart().length;
        if (text.trim().length < 2) continue;
        const s = start + m.offset.start + lead;
        // compromise guesses from shape too: drop what our own reading of the words rules out,
        // and the honorific it includes in a person ("Dr. Haverkamp" → "Haverkamp").
        const words = doc.tokensIn(s, s + text.trim().length);
        while (words.length > 0 && titles.has(words[0]!.key)) words.shift();
        // "Bushnell Park Saturday": the day after a name says when.
        while (words.length > 1 && weekday.test(words[words.length - 1]!.key)) words.pop();
        if (words.length === 0 || words.some((w) => doc.plainLower(w) || w.contraction)) continue;
        // "(to Partner B) Can you…": a name does not run across a bracket or a speaker's colon.
        if (/[()[\]:]/.test(doc.text.slice(words[0]!.start, words[words.length - 1]!.start))) continue;
        if (words.every((w) => doc.isGrammatical(w.key) || (w.case === Case.Upper && w.text.length <= 3)))
          continue;
        if (
          words.every((w) => doc.isOrdinaryWord(w.key)) &&
          (words.length > 1 || words[0]!.sentenceStart || label === 'PERSON')
        )
          continue;
        // compromise keeps the possessive of some names ("Drew's"): the name ends before it.
        const last = words[words.length - 1]!;
        const end = last.possessive
          ? Math.min(s + text.trim().length, last.start + last.text.replace(/['’]s?$/, '').length)
          : Math.min(s + text.trim().length, last.end);
        out.push({
          start: words[0]!.start,
          end,
          label,
          detector: 'ner',
          score,
          reason: `compromise ${label.toLowerCase()}`,
        });
      }
    };
    add(parsed.people().json({ offset: true }) as Match[], 'PERSON', 0.6);
    add(parsed.places().json({ offset: true }) as Match[], 'LOCATION', 0.6);
    add(parsed.organizations().json({ offset: true }) as Match[], 'ORGANIZATION', 0.5);
  }
  return out;
}
