import { describe, expect, it } from 'vitest';
import { boundaryOf, MultipartReader, MultipartSyntaxError } from '../../src/uploads/multipart-parser.ts';

const enc = new TextEncoder();
const B = 'XyZ-boundary';
const form = [
  'ignored preamble\r\n',
  `--${B}\r\nContent-Disposition: form-data; name="kind"\r\n\r\ndocument\r\n`,
  `--${B}  \r\nContent-Disposition: form-data; name="file"; filename="a;\\"b\\".txt"\r\nContent-Type: text/plain\r\n\r\n`,
  `line one\r\n--${B.slice(0, 5)} not a delimiter\r\n`,
  `\r\n--${B}--\r\nepilogue`,
].join('');

/** The body cut into chunks at the given offsets, as a network would deliver it. */
function chunked(bytes: Uint8Array, cuts: number[]): ReadableStream<Uint8Array> {
  const points = [0, ...cuts, bytes.length];
  let i = 0;
  return new ReadableStream({
    pull(c) {
      if (i + 1 >= points.length) return c.close();
      c.enqueue(bytes.slice(points[i], points[i + 1]));
      i++;
    },
  });
}

async function readAll(stream: ReadableStream<Uint8Array>) {
  const reader = new MultipartReader(stream, B);
  const parts: { name: string; filename?: string; body: string }[] = [];
  for (let p = await reader.nextPart(); p; p = await reader.nextPart()) {
    let body = '';
    const dec = new TextDecoder();
    for (let c = await reader.readBody(); c; c = await reader.readBody())
      body += dec.decode(c, { stream: true });
    parts.push({ ...p, body });
  }
  return parts;
}

describe('the web-stream multipart reader', () => {
  it('reads fields and files the same wherever the network splits the body', async () => {
    const bytes = enc.encode(form);
    const expected = [
      { name: 'kind', body: 'document' },
      { name: 'file', filename: 'a;"b".txt', body: `line one\r\n--${B.slice(0, 5)} not a delimiter\r\n` },
    ];
    expect(await readAll(chunked(bytes, []))).toEqual(expected);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await readAll(chunked(bytes, [cut]))).toEqual(expected);
    }
    const everyByte = Array.from({ length: bytes.length - 1 }, (_, i) => i + 1);
    expect(await readAll(chunked(bytes, everyByte))).toEqual(expected);
  });

  it('refuses a body cut short, one without a boundary, and a part without a name', async () => {
    const bytes = enc.encode(form);
    for (const cut of [0, 10, 60, bytes.length - 20]) {
      await expect(readAll(chunked(bytes.slice(0, cut), []))).rejects.toBeInstanceOf(MultipartSyntaxError);
    }
    const nameless = `--${B}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--${B}--`;
    await expect(readAll(chunked(enc.encode(nameless), []))).rejects.toBeInstanceOf(MultipartSyntaxError);
    const huge = `--${B}\r\nX-Pad: ${'a'.repeat(20_000)}\r\n\r\nx\r\n--${B}--`;
    await expect(readAll(chunked(enc.encode(huge), []))).rejects.toBeInstanceOf(MultipartSyntaxError);
  });

  it('takes the boundary from a quoted or bare Content-Type parameter', () => {
    expect(boundaryOf('multipart/form-data; boundary="a b"')).toBe('a b');
    expect(boundaryOf('multipart/form-data; charset=utf-8; boundary=----x1')).toBe('----x1');
    expect(boundaryOf('multipart/form-data')).toBeUndefined();
  });
});
