/**
 * Prints training documents with their gold spans bracketed, for a person to read.
 * Usage: node scripts/train/talk/sample.ts [seed] [n]
 */
import { generateTrainingDocs } from './documents.ts';

const seed = Number(process.argv[2] ?? 1);
const n = Number(process.argv[3] ?? 10);
for (const doc of generateTrainingDocs(seed, n)) {
  let shown = '';
  let at = 0;
  for (const s of doc.spans) {
    const tag = s.label === 'PERSON' ? 'P' : 'L';
    shown += `${doc.text.slice(at, s.start)}[${doc.text.slice(s.start, s.end)}]${tag}${s.rostered ? '*' : ''}`;
    at = s.end;
  }
  shown += doc.text.slice(at);
  const roster = doc.roster ? ` roster: ${JSON.stringify(doc.roster)}` : '';
  console.log(`=== ${doc.id} ${doc.kind}${doc.lower ? ' lower' : ''}${roster}\n${shown}\n`);
}
