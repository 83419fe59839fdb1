import type nlpType from 'compromise';
import type { Detection, FindingLabel } from '../findings.ts';
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
 * Lines worth handing to compromise: it reads capitalization, so only lines with a capitalized word
 * that is not sentence-initial and not everyday English. Running it on every line would cost more
 * than every other detector together (it parses about 20,000 words/s).
 */
function candidateLines(doc: Doc): [number, number][] {
  const lines = new Map<number, [number, number]>();
  for (const t of doc.tokens) {
    if (lines.has(t.line) || t.sentenceStart || !doc.capitalized(t) || t.text === 'I') continue;
    if (doc.commonness(t.key) >= 200) continue;
    const start = doc.text.lastIndexOf('\n', t.start - 1) + 1;
    const nl = doc.text.indexOf('\n', t.end);
    lines.set(t.line, [start, nl === -1 ? doc.text.length : nl]);
  }
  return [...lines.values()];
}

/** People, places and organizations as compromise sees them, on candidate lines only. */
export function detectNer(doc: Doc): Detection[] {
  if (!nlp || doc.lowerDoc) return [];
  const out: Detection[] = [];
  for (const [start, end] of candidateLines(doc)) {
    const parsed = nlp(doc.text.slice(start, end));
    const add = (matches: Match[], label: FindingLabel, score: number) => {
      for (const m of matches) {
        // compromise includes trailing punctuation and possessives in its text; trim to the word.
        const text = m.text.replace(/['’]s$/, '').replace(/[^\p{L}\p{M}\d]+$/u, '');
        const lead = m.text.length - m.text.trimStart().length;
        if (text.trim().length < 2) continue;
        const s = start + m.offset.start + lead;
        // compromise guesses from shape too: drop what our own reading of the words rules out.
        const words = doc.tokens.filter((t) => t.start >= s && t.end <= s + text.trim().length);
        if (words.length === 0 || words.some((w) => doc.plainLower(w) || w.contraction)) continue;
        if (words.every((w) => doc.isGrammatical(w.key) || (w.case === Case.Upper && w.text.length <= 3))) continue;
        if (words.length === 1 && doc.isOrdinaryWord(words[0]!.key) && words[0]!.sentenceStart) continue;
        out.push({ start: s, end: s + text.trim().length, label, detector: 'ner', score, reason: `compromise ${label.toLowerCase()}` });
      }
    };
    add(parsed.people().json({ offset: true }) as Match[], 'PERSON', 0.6);
    add(parsed.places().json({ offset: true }) as Match[], 'LOCATION', 0.6);
    add(parsed.organizations().json({ offset: true }) as Match[], 'ORGANIZATION', 0.5);
  }
  return out;
}
