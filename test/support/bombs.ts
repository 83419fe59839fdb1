import { createDeflate, deflateSync } from 'node:zlib';

/**
 * Decompression bombs, generated in the test (nothing hostile is checked in): small files whose
 * compressed parts inflate to far more than their size. Built streaming, so making a 1 GiB bomb
 * costs a second and a few MB, not a gigabyte.
 */

/** zlib data that inflates to `inflatedBytes` spaces (PDF whitespace: a content stream of nothing). */
export async function zlibBomb(inflatedBytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise((resolve) => deflate.once('end', resolve));
  const block = Buffer.alloc(1024 * 1024, 0x20);
  for (let left = inflatedBytes; left > 0; left -= block.length) {
    if (!deflate.write(left >= block.length ? block : block.subarray(0, left))) {
      await new Promise((resolve) => deflate.once('drain', resolve));
    }
  }
  deflate.end();
  await ended;
  return Buffer.concat(out);
}

/**
 * A one-page PDF whose content stream is `stream` with the given filters (xref offsets right, so a
 * reader takes it as a well-formed file).
 */
export function pdfWithContent(stream: Uint8Array, filters: string[] = ['FlateDecode']): Uint8Array {
  const filter = filters.length === 1 ? `/${filters[0]}` : `[${filters.map((f) => `/${f}`).join(' ')}]`;
  const parts: (string | Uint8Array)[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (p: string | Uint8Array) => {
    parts.push(p);
    length += typeof p === 'string' ? Buffer.byteLength(p, 'latin1') : p.length;
  };
  const obj = (n: number, body: string | (string | Uint8Array)[]) => {
    offsets[n] = length;
    add(`${n} 0 obj\n`);
    for (const p of typeof body === 'string' ? [body] : body) add(p);
    add('\nendobj\n');
  };
  add('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  obj(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << >> >>');
  obj(4, [`<< /Length ${stream.length} /Filter ${filter} >>\nstream\n`, stream, '\nendstream']);
  const xref = length;
  add(`xref\n0 5\n0000000000 65535 f \n`);
  for (let n = 1; n <= 4; n++) add(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  add(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)));
}

/** A PDF whose single content stream inflates to `inflatedBytes` (compressed once). */
export async function pdfBomb(inflatedBytes: number): Promise<Uint8Array> {
  return pdfWithContent(await zlibBomb(inflatedBytes));
}

/** The same bomb compressed twice: a few KB that inflate to a MB that inflates to `inflatedBytes`. */
export async function doublePdfBomb(inflatedBytes: number): Promise<Uint8Array> {
  return pdfWithContent(deflateSync(await zlibBomb(inflatedBytes), { level: 9 }), [
    'FlateDecode',
    'FlateDecode',
  ]);
}
