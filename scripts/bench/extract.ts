/**
 * Extraction speed: `node scripts/bench/extract.ts`. Prints the time to extract a 15,000-word
 * session in each transcript format (and to locate every word back to its time), and for
 * documents of similar size in DOCX, RTF, text and PDF. Inputs are generated here.
 */
import { strToU8, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { extractDocument, extractTranscript } from '../../src/scan/extract/index.ts';

const WORDS = 15_000;
const vocabulary =
  'so I told him we would meet at the school on Tuesday and he said fine but then did not show up'.split(' ');
const words = Array.from({ length: WORDS }, (_, i) => vocabulary[i % vocabulary.length] as string);
const sentences: string[] = [];
for (let i = 0; i < WORDS; i += 12)
  sentences.push(`${i % 24 === 0 ? 'Therapist' : 'Client'}: ${words.slice(i, i + 12).join(' ')}.`);
const enc = (s: string) => new TextEncoder().encode(s);
const clock = (ms: number) => new Date(ms).toISOString().slice(11, 23);

const inputs: Record<string, Uint8Array> = {
  vtt: enc(
    `WEBVTT\n\n${sentences.map((s, i) => `${clock(i * 4000)} --> ${clock(i * 4000 + 3900)}\n<v ${s.replace(': ', '>')}`).join('\n\n')}`,
  ),
  srt: enc(
    sentences
      .map(
        (s, i) =>
          `${i + 1}\n${clock(i * 4000).replace('.', ',')} --> ${clock(i * 4000 + 3900).replace('.', ',')}\n${s}`,
      )
      .join('\n\n'),
  ),
  'whisper json (segments + words)': enc(
    JSON.stringify({
      segments: sentences.map((s, i) => ({ start: i * 4, end: i * 4 + 3.9, text: ` ${s}` })),
      words: words.map((w, i) => ({ word: ` ${w}`, start: i * 0.33, end: i * 0.33 + 0.3 })),
    }),
  ),
  'plain text': enc(sentences.join('\n')),
};

function time<T>(label: string, run: () => T, repeat = 100): T {
  let result = run();
  for (let i = 0; i < 10; i++) result = run(); // let the JIT settle, as it has in a long-running server
  const start = performance.now();
  for (let i = 0; i < repeat; i++) result = run();
  const ms = (performance.now() - start) / repeat;
  console.log(
    `${label.padEnd(46)} ${ms.toFixed(2).padStart(8)} ms   ${Math.round(WORDS / (ms / 1000))
      .toLocaleString('en-US')
      .padStart(12)} words/s`,
  );
  return result;
}

console.log(`Transcripts of ${WORDS.toLocaleString('en-US')} words (mean of 100 runs after a warm-up)\n`);
for (const [name, bytes] of Object.entries(inputs)) {
  const extraction = time(`extract ${name} (${Math.round(bytes.length / 1024)} KiB)`, () =>
    extractTranscript(bytes),
  );
  const part = extraction.parts[0];
  if (!part) continue;
  const offsets = [...part.text.matchAll(/\S+/g)].map((m) => m.index);
  time(`  locate all ${offsets.length.toLocaleString('en-US')} words`, () => {
    for (const at of offsets) part.locate(at, at + 3);
  });
}

console.log(`\nDocuments of about ${WORDS.toLocaleString('en-US')} words\n`);
const paragraph = (s: string) => `<w:p><w:r><w:t>${s}</w:t></w:r></w:p>`;
const docx = zipSync({
  '[Content_Types].xml': strToU8(
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  ),
  'word/document.xml': strToU8(
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${sentences.map(paragraph).join('')}</w:body></w:document>`,
  ),
});
const rtf = enc(
  `{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}${sentences.map((s) => `\\pard ${s}\\par`).join('\n')}}`,
);
const pdfDoc = await PDFDocument.create();
const font = await pdfDoc.embedFont(StandardFonts.Helvetica);
for (let page = 0; page * 45 < sentences.length; page++) {
  const p = pdfDoc.addPage([600, 950]);
  sentences.slice(page * 45, page * 45 + 45).forEach((s, i) => {
    p.drawText(s, { x: 30, y: 920 - i * 20, size: 9, font });
  });
}
const pdf = await pdfDoc.save();

for (const [name, bytes] of [
  ['docx', docx],
  ['rtf', rtf],
  ['text', inputs['plain text'] as Uint8Array],
  ['pdf', pdf],
] as const) {
  const runs = name === 'pdf' ? 3 : 20;
  await extractDocument(bytes);
  const start = performance.now();
  for (let i = 0; i < runs; i++) await extractDocument(bytes);
  const ms = (performance.now() - start) / runs;
  console.log(
    `extract ${name} (${Math.round(bytes.length / 1024)} KiB)`.padEnd(46),
    `${ms.toFixed(2).padStart(8)} ms`,
  );
}
