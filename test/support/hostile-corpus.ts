import { zipSync } from 'fflate';
import { makeDocx, makeEncryptedPdf, makePdf, p } from '../scan/extract/fixtures.ts';
import { doublePdfBomb, pdfBomb } from './bombs.ts';

/**
 * A bounded, seeded generator of hostile uploads: malformed multipart shapes, damaged and bombed
 * documents, truncated audio, wrong types, odd file names, invalid UTF-8 and oversized headers. Each
 * must be refused with a 4xx and leave nothing behind, so every case is built to be unacceptable
 * (nothing here is a clean document or a playable recording). The same seed gives the same uploads.
 */

export interface HostileUpload {
  /** The family it belongs to, for the report. */
  family: string;
  /** Extra HTTP headers (a boundary of the case's own, padding…). */
  headers: Record<string, string>;
  body: Uint8Array;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CRLF = '\r\n';
const enc = (s: string) => Buffer.from(s, 'latin1');

interface Part {
  name: string;
  filename?: string;
  value: Uint8Array | string;
  extraHeaders?: string;
}

export function multipartBody(boundary: string, parts: Part[], close = true): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    const filename = part.filename === undefined ? '' : `; filename="${part.filename}"`;
    const type = part.filename === undefined ? '' : `Content-Type: application/octet-stream${CRLF}`;
    chunks.push(
      enc(
        `--${boundary}${CRLF}Content-Disposition: form-data; name="${part.name}"${filename}${CRLF}${type}${part.extraHeaders ?? ''}${CRLF}`,
      ),
      typeof part.value === 'string' ? Buffer.from(part.value) : part.value,
      enc(CRLF),
    );
  }
  if (close) chunks.push(enc(`--${boundary}--${CRLF}`));
  return Buffer.concat(chunks);
}

/** Building blocks made once per corpus (bombs and fixtures are the slow part). */
export interface CorpusMaterial {
  wavHeader: Uint8Array;
  m4a: Uint8Array;
  pdf: Uint8Array;
  encryptedPdf: Uint8Array;
  imagePdf: Uint8Array;
  docx: Uint8Array;
  docxBomb: Uint8Array;
  pdfBombs: Uint8Array[];
}

export async function corpusMaterial(audio: { wav: Uint8Array; m4a: Uint8Array }): Promise<CorpusMaterial> {
  return {
    wavHeader: audio.wav.subarray(0, 44),
    m4a: audio.m4a,
    pdf: await makePdf({ pages: [['Weekly plan reviewed with the family.']] }),
    encryptedPdf: await makeEncryptedPdf(),
    imagePdf: await makePdf({ pages: [[]], imagePages: [1] }),
    docx: makeDocx({ body: p('Weekly plan reviewed with the family.') }),
    // 40 MiB of one repeated byte: deflates about 1000:1, past the DOCX inflate ratio limit.
    docxBomb: zipSync({
      '[Content_Types].xml': Buffer.from('<?xml version="1.0"?><Types/>'),
      'word/document.xml': new Uint8Array(40 * 1024 * 1024).fill(0x20),
    }),
    pdfBombs: [await pdfBomb(1024 * 1024 * 1024), await doublePdfBomb(512 * 1024 * 1024)],
  };
}

type Generator = (rnd: () => number, m: CorpusMaterial) => HostileUpload;

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const int = (rnd: () => number, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const randomBytes = (rnd: () => number, n: number) => {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rnd() * 256);
  return out;
};
/** Bytes that are never valid UTF-8 (a lone continuation byte every few bytes). */
const invalidUtf8 = (rnd: () => number, n: number) => {
  const out = randomBytes(rnd, n).map((b) => b & 0x7f || 0x41);
  for (let i = 0; i < n; i += int(rnd, 3, 40)) out[i] = 0x80 | int(rnd, 0, 0x3f);
  if (n < 2) return out;
  out[0] = 0xc3;
  out[1] = 0x28;
  return out;
};
const ODD_NAMES = [
  '../../etc/passwd',
  'C:\\Windows\\system32\\a.pdf',
  'a'.repeat(3000),
  'плана.pdf',
  'noextension',
  '.hidden',
  'a.pdf.exe',
  'x";name="kind',
  '%00.pdf',
  'a\tb\u0001c.docx',
  '',
];

function form(
  rnd: () => number,
  family: string,
  file: Uint8Array,
  options: { kind?: string; filename?: string; fields?: Part[] } = {},
): HostileUpload {
  const boundary = `hb${Math.floor(rnd() * 1e9)}`;
  const parts: Part[] = [
    { name: 'kind', value: options.kind ?? 'paperwork' },
    ...(options.fields ?? []),
    {
      name: 'file',
      filename: options.filename ?? pick(rnd, ['a.pdf', 'b.docx', 'c.txt', 'd.wav', 'e.bin']),
      value: file,
    },
  ];
  return {
    family,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: multipartBody(boundary, parts),
  };
}

const generators: [weight: number, Generator][] = [
  // Malformed multipart: cut anywhere, unclosed, header-only, refused fields first, parts after the end.
  [
    30,
    (rnd) => {
      const boundary = `mb${Math.floor(rnd() * 1e6)}`;
      const whole = multipartBody(
        boundary,
        [
          { name: 'kind', value: 'paperwork' },
          ...(rnd() < 0.5 ? [{ name: pick(rnd, ['bogus', 'kind', 'title', 'file']), value: '1' }] : []),
          { name: 'file', filename: 'a.txt', value: invalidUtf8(rnd, int(rnd, 1, 300)) },
        ],
        rnd() < 0.3,
      );
      const cut = rnd() < 0.7 ? int(rnd, 0, whole.length) : whole.length;
      return {
        family: 'multipart-cut',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: whole.subarray(0, cut),
      };
    },
  ],
  [
    12,
    (rnd) => {
      const boundary = 'X';
      const shape = pick(rnd, [
        'header-only',
        'huge-header-line',
        'many-headers',
        'after-end',
        'no-disposition',
        'second-file',
        'boundary-in-body',
        'nested',
      ]);
      const head = (extra = '') =>
        `--X${CRLF}Content-Disposition: form-data; name="file"; filename="a.txt"${extra}${CRLF}`;
      const body = {
        'header-only': head(),
        'huge-header-line': `${head(`; x="${'a'.repeat(int(rnd, 1000, 300_000))}"`)}${CRLF}x${CRLF}--X--${CRLF}`,
        'many-headers': `--X${CRLF}${'X-A: b\r\n'.repeat(int(rnd, 20, 3000))}${CRLF}x${CRLF}--X--${CRLF}`,
        'after-end': `${head()}${CRLF}\xff\xfe${CRLF}--X--${CRLF}--X${CRLF}Content-Disposition: form-data; name="kind"${CRLF}${CRLF}paperwork${CRLF}--X--${CRLF}`,
        'no-disposition': `--X${CRLF}Content-Type: text/plain${CRLF}${CRLF}hi${CRLF}--X--${CRLF}`,
        'second-file': `--X${CRLF}Content-Disposition: form-data; name="kind"${CRLF}${CRLF}paperwork${CRLF}${head()}${CRLF}\xff${CRLF}${head()}${CRLF}\xff${CRLF}--X--${CRLF}`,
        'boundary-in-body': `${head()}${CRLF}--X--X--X${CRLF}--X`,
        nested: `--X${CRLF}Content-Disposition: form-data; name="file"${CRLF}Content-Type: multipart/mixed; boundary=Y${CRLF}${CRLF}--Y${CRLF}${CRLF}a${CRLF}--Y--${CRLF}--X--${CRLF}`,
      }[shape]!;
      return {
        family: `multipart-${shape}`,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: enc(body),
      };
    },
  ],
  [
    6,
    (rnd) => {
      const type = pick(rnd, [
        'text/plain',
        'application/json',
        'multipart/form-data',
        'multipart/form-data; boundary=',
        'multipart/mixed; boundary=X',
        '',
      ]);
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      return {
        family: 'content-type',
        headers,
        body: randomBytes(rnd, int(rnd, 0, 500)),
      };
    },
  ],
  // Fields: unknown, repeated, invalid UTF-8, overlong, wrong values.
  [
    10,
    (rnd, m) => {
      const field = pick(rnd, [
        { name: 'title', value: Buffer.from([0x41, 0xff, 0xfe, 0x42]) },
        { name: 'title', value: 'x'.repeat(int(rnd, 2000, 70_000)) },
        { name: 'kind', value: pick(rnd, ['', 'PAPERWORK', 'video', 'session_recording\u0000']) },
        { name: 'team', value: pick(rnd, ['not-a-uuid', crypto.randomUUID(), '']) },
        { name: 'sessionDate', value: pick(rnd, ['2026-02-30', 'yesterday', '9999-99-99']) },
        { name: 'replaces', value: pick(rnd, [crypto.randomUUID(), 'x']) },
        { name: pick(rnd, ['owner', 'status', '__proto__', 'constructor']), value: '1' },
      ]);
      return form(rnd, `field-${field.name}`, m.docx, { fields: [field] });
    },
  ],
  // Documents that cannot be accepted: damaged, encrypted, image-only, bombs, wrong types.
  [
    8,
    (rnd, m) => {
      const cut = int(rnd, 0, m.docx.length - 23);
      return form(rnd, 'docx-truncated', m.docx.subarray(0, cut), { filename: 'a.docx' });
    },
  ],
  [
    6,
    (rnd) =>
      form(rnd, 'docx-corrupt', Buffer.concat([enc('PK\x03\x04'), randomBytes(rnd, int(rnd, 10, 4000))]), {
        filename: 'a.docx',
      }),
  ],
  [0.6, (rnd, m) => form(rnd, 'docx-bomb', m.docxBomb, { filename: 'bomb.docx' })],
  [
    6,
    (rnd) =>
      form(rnd, 'pdf-garbage', Buffer.concat([enc('%PDF-1.7\n'), randomBytes(rnd, int(rnd, 0, 5000))])),
  ],
  [3, (rnd, m) => form(rnd, 'pdf-encrypted', m.encryptedPdf)],
  [3, (rnd, m) => form(rnd, 'pdf-image-only', m.imagePdf)],
  [0.3, (rnd, m) => form(rnd, 'pdf-bomb', pick(rnd, m.pdfBombs), { filename: 'bomb.pdf' })],
  [
    6,
    (rnd) => form(rnd, 'text-invalid-utf8', invalidUtf8(rnd, int(rnd, 2, 20_000)), { filename: 'notes.txt' }),
  ],
  [
    5,
    (rnd, m) => {
      const what = pick(rnd, [
        'png',
        'elf',
        'ole',
        'zip',
        'gzip',
        'empty',
        'wav-as-paperwork',
        'pdf-as-recording',
      ]);
      const bytes = {
        png: Buffer.concat([enc('\x89PNG\r\n\x1a\n'), randomBytes(rnd, 200)]),
        elf: Buffer.concat([enc('\x7fELF'), randomBytes(rnd, 200)]),
        ole: Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          randomBytes(rnd, 600),
        ]),
        zip: zipSync({ 'a.bin': randomBytes(rnd, 100) }),
        gzip: Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0]), randomBytes(rnd, 100)]),
        empty: new Uint8Array(0),
        'wav-as-paperwork': m.wavHeader,
        'pdf-as-recording': m.pdf,
      }[what]!;
      return form(rnd, `type-${what}`, bytes, {
        kind: what === 'pdf-as-recording' ? 'session_recording' : 'paperwork',
      });
    },
  ],
  // Recordings that cannot be played: truncated WAV and M4A, tag-only MP3, garbage behind a magic.
  [
    6,
    (rnd, m) => {
      const bytes = m.wavHeader.subarray(0, int(rnd, 0, m.wavHeader.length));
      return form(rnd, 'audio-wav-truncated', bytes, { kind: 'session_recording', filename: 'a.wav' });
    },
  ],
  [
    5,
    (rnd, m) =>
      form(rnd, 'audio-m4a-truncated', m.m4a.subarray(0, int(rnd, 0, Math.floor(m.m4a.length * 0.6))), {
        kind: pick(rnd, ['session_recording', 'supervision_recording']),
        filename: 'a.m4a',
      }),
  ],
  [
    5,
    (rnd) => {
      const magic = pick(rnd, [
        'ID3\x04\x00\x00\x00\x00\x00\x00',
        'OggS',
        'fLaC',
        '\x1aE\xdf\xa3',
        'RIFF\x00\x00\x00\x00WAVE',
      ]);
      return form(rnd, 'audio-garbage', Buffer.concat([enc(magic), randomBytes(rnd, int(rnd, 0, 3000))]), {
        kind: 'session_recording',
        filename: 'a.ogg',
      });
    },
  ],
  // Odd file names on files that are refused anyway.
  [5, (rnd) => form(rnd, 'odd-name', invalidUtf8(rnd, 64), { filename: pick(rnd, ODD_NAMES) })],
  // Oversized HTTP headers (Node refuses past 16 KiB with 431).
  [
    2,
    (rnd, m) => ({
      ...form(rnd, 'huge-http-header', m.wavHeader, { kind: 'session_recording' }),
      headers: {
        'content-type': 'multipart/form-data; boundary=X',
        'x-padding': 'p'.repeat(int(rnd, 17_000, 60_000)),
      },
    }),
  ],
];

/** `count` hostile uploads for `seed`, in a fixed order. */
export function hostileUploads(seed: number, count: number, material: CorpusMaterial): HostileUpload[] {
  const rnd = seededRandom(seed);
  const total = generators.reduce((sum, [w]) => sum + w, 0);
  const out: HostileUpload[] = [];
  for (let i = 0; i < count; i++) {
    let x = rnd() * total;
    let gen = generators[0]![1];
    for (const [weight, candidate] of generators) {
      gen = candidate;
      x -= weight;
      if (x < 0) break;
    }
    out.push(gen(rnd, material));
  }
  return out;
}
