/**
 * Writes the scanner's lexicon as a gzipped JSON snapshot for the Worker bundle (wrangler.toml's
 * build command runs this). Usage: node scripts/worker/lexicon-snapshot.ts <out.json.gz>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadLexiconData } from '../../src/scan/lexicon/load.ts';
import { encodeLexicon } from '../../src/scan/lexicon/snapshot.ts';

const out = process.argv[2] ?? 'dist/worker/lexicon.json.gz';
const json = encodeLexicon(await loadLexiconData());
const gz = gzipSync(json, { level: 9 });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, gz);
process.stdout.write(`lexicon snapshot: ${json.length} bytes JSON, ${gz.length} bytes gzipped → ${out}\n`);
