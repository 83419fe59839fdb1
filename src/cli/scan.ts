import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Roster } from '../scan/detect/roster.ts';
import { extractDocument } from '../scan/extract/extract-document.ts';
import { extractAudioMetadata } from '../scan/extract/probe-audio.ts';
import { extractTranscript } from '../scan/extract/transcript.ts';
import type { Finding } from '../scan/findings.ts';
import { createScanner, type ScanOptions, type ScanReport } from '../scan/scanner.ts';
import { type Extraction, ExtractionError } from '../scan/types.ts';
import type { Command, CommandIo } from './command.ts';
import { UsageError } from './command.ts';

const usage = `qa-vault scan [options] FILE...
qa-vault scan --jsonl IN

Checks files for names, places and other identifiers the way an upload is checked, and prints a
report per file with every identifier masked. Exit status: 0 if every file would be accepted, 1 if
any would be rejected, 2 on error.

Options:
  --jsonl IN        read JSON lines {"id","text","roster"?:{"people":[],"places":[]}} from IN
                    ("-" for stdin) and write {"id","findings":[{"start","end","label","detector","score"}]}
                    per line, in order: the findings that reject under the default policy
  --roster FILE     JSON {"people":[...],"places":[...]}: the team roster to match (FILE mode)
  --allow TERM      a word or phrase the organization allows (repeatable), e.g. --allow "Juvenile Court"
  -h, --help        show this help`;

const rosterSchema = z.object({
  people: z.array(z.string()).default([]),
  places: z.array(z.string()).default([]),
});
const lineSchema = z.object({ id: z.string(), text: z.string(), roster: rosterSchema.optional() });

const transcriptExtensions = new Set(['.vtt', '.srt', '.json']);
const audioExtensions = new Set([
  '.mp3',
  '.m4a',
  '.mp4',
  '.aac',
  '.wav',
  '.ogg',
  '.oga',
  '.opus',
  '.flac',
  '.webm',
  '.aiff',
  '.amr',
]);

/** Picks the extractor by extension; the extractors themselves check the bytes. */
async function extractFile(path: string): Promise<Extraction> {
  const ext = extname(path).toLowerCase();
  if (audioExtensions.has(ext)) return extractAudioMetadata(path);
  const bytes = new Uint8Array(await readFile(path));
  if (transcriptExtensions.has(ext)) return extractTranscript(bytes, { extension: ext });
  return extractDocument(bytes);
}

function where(f: Finding): string {
  const l = f.location;
  if ('startMs' in l) return `${fmtTime(l.startMs)}–${fmtTime(l.endMs)}`;
  if ('field' in l) return `metadata ${l.field}`;
  return `page ${l.page}, line ${l.line}`;
}

function fmtTime(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
}

function report(path: string, r: ScanReport): string {
  const verdict = r.accepted ? 'ACCEPTED' : 'REJECTED';
  const lines = [
    `${path}: ${verdict} (${r.counts.block} blocking, ${r.counts.warn} warnings, ${r.counts.allowed} allowed)`,
  ];
  for (const f of r.findings) {
    lines.push(
      `  ${f.action.padEnd(7)} ${f.label.padEnd(12)} ${f.detector.padEnd(9)} ${f.score.toFixed(2)}  ${where(f)}  ${f.excerpt}`,
    );
    lines.push(`          why: ${f.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

async function scanFiles(paths: string[], options: ScanOptions, io: CommandIo): Promise<number> {
  const scanner = await createScanner();
  let status = 0;
  for (const path of paths) {
    try {
      const r = scanner.scanExtraction(await extractFile(path), options);
      io.out(report(path, r));
      if (!r.accepted && status === 0) status = 1;
    } catch (err) {
      // Extraction errors are written for the uploader; anything else may quote content, so it is not shown.
      const message =
        err instanceof ExtractionError
          ? `${err.message} (${err.reason})`
          : (err as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'file not found'
            : 'the file could not be read';
      io.err(`${path}: ERROR ${message}\n`);
      status = 2;
    }
  }
  return status;
}

async function scanJsonl(input: string, options: ScanOptions, io: CommandIo): Promise<number> {
  const scanner = await createScanner();
  const stream = input === '-' ? io.stdin : createReadStream(input);
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let parsed: z.infer<typeof lineSchema>;
    try {
      parsed = lineSchema.parse(JSON.parse(line));
    } catch {
      io.err(`qa-vault scan: line ${n} is not {"id":string,"text":string,"roster"?:{...}}\n`);
      return 2;
    }
    const findings = scanner
      .scanText(parsed.text, { ...options, roster: parsed.roster ?? options.roster })
      .filter((f) => f.action === 'block')
      .map(({ start, end, label, detector, score }) => ({ start, end, label, detector, score }));
    io.out(`${JSON.stringify({ id: parsed.id, findings })}\n`);
  }
  return 0;
}

async function readRoster(path: string): Promise<Roster> {
  try {
    return rosterSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    throw new UsageError('--roster must name a JSON file {"people":[...],"places":[...]}');
  }
}

export const scanCommand: Command = {
  name: 'scan',
  summary: 'Check files (or JSON lines) for client names, places and other identifiers',
  usage,
  allowPositionals: true,
  options: {
    jsonl: { type: 'string' },
    roster: { type: 'string' },
    allow: { type: 'string', multiple: true },
  },
  async run(args, io) {
    try {
      const options: ScanOptions = {
        allowList: (args.values.allow as string[] | undefined) ?? [],
        ...(typeof args.values.roster === 'string' ? { roster: await readRoster(args.values.roster) } : {}),
      };
      if (typeof args.values.jsonl === 'string') {
        if (args.positionals.length > 0) throw new UsageError('give either --jsonl IN or FILE..., not both');
        return await scanJsonl(args.values.jsonl, options, io);
      }
      if (args.positionals.length === 0) throw new UsageError('no FILE given');
      return await scanFiles(args.positionals, options, io);
    } catch (err) {
      if (!(err instanceof UsageError) && (err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      const message = err instanceof UsageError ? err.message : 'input file not found';
      io.err(`qa-vault scan: ${message}\n\n${usage}\n`);
      return 2;
    }
  },
};
