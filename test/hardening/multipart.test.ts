import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HostileTarget, isAnswering, rawPost, startHostileTarget } from '../support/hostile.ts';
import { assertNothingStored } from '../support/leftovers.ts';

/**
 * Malformed multipart bodies against a real `qa-vault serve`: each one gets a 4xx, and the process is
 * still answering afterwards. HTTP-level on purpose, so it guards whichever multipart parser is used.
 */

let target: HostileTarget;
beforeAll(async () => {
  target = await startHostileTarget();
}, 120_000);
afterAll(async () => {
  await target?.stop();
});

const CRLF = '\r\n';
const part = (boundary: string, name: string, value: string, filename?: string) =>
  `--${boundary}${CRLF}Content-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}${CRLF}${
    filename ? `Content-Type: application/octet-stream${CRLF}` : ''
  }${CRLF}${value}${CRLF}`;

const send = (body: string | Uint8Array, boundary = 'X') =>
  rawPost(target, '/api/uploads', {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    body,
  });

/** The issue's reproduction: a refused field before `file`, and the closing boundary never sent. */
const unclosed =
  part('X', 'kind', 'paperwork') + part('X', 'bogus', '1') + part('X', 'file', 'hello', 'a.txt').slice(0, -2);

const complete = `${part('X', 'kind', 'paperwork')}${part('X', 'file', 'The plan was reviewed.', 'a.txt')}--X--${CRLF}`;

describe('malformed multipart bodies against a running server', () => {
  it('refuses a refused field before an unclosed file part with 400, fifteen times, and keeps answering', async () => {
    for (let i = 0; i < 15; i++) {
      const res = await send(unclosed);
      expect(res.status).toBe(400);
      expect(await isAnswering(target.url)).toBe(true);
    }
  });

  it('answers 4xx for the body cut at every position and keeps answering', async () => {
    const statuses = new Set<number>();
    for (let cut = 0; cut < complete.length; cut += 3) {
      const res = await send(complete.slice(0, cut));
      statuses.add(res.status);
      expect(res.status, `cut at ${cut}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `cut at ${cut}`).toBeLessThan(500);
    }
    expect(await isAnswering(target.url)).toBe(true);
    expect(statuses.has(0)).toBe(false);
  });

  it('refuses header-only parts, huge header lines, parts after the end and a second file with 4xx', async () => {
    const shapes: [string, string | Uint8Array][] = [
      ['header-only part', `--X${CRLF}Content-Disposition: form-data; name="file"; filename="a.txt"${CRLF}`],
      ['header-only then end', `--X${CRLF}Content-Disposition: form-data; name="kind"${CRLF}--X--${CRLF}`],
      [
        'huge header line',
        `--X${CRLF}Content-Disposition: form-data; name="kind"; x="${'a'.repeat(200_000)}"${CRLF}${CRLF}paperwork${CRLF}--X--${CRLF}`,
      ],
      ['many headers', `--X${CRLF}${'X-A: b\r\n'.repeat(5000)}${CRLF}x${CRLF}--X--${CRLF}`],
      // Parts after the closing boundary are not read: `kind` sent only there is missing.
      [
        'parts after the end',
        `${part('X', 'file', 'The plan.', 'a.txt')}--X--${CRLF}${part('X', 'kind', 'paperwork')}--X--${CRLF}`,
      ],
      ['no disposition', `--X${CRLF}Content-Type: text/plain${CRLF}${CRLF}hi${CRLF}--X--${CRLF}`],
      ['only the closing boundary', `--X--${CRLF}`],
      ['garbage', 'not a multipart body at all'],
      ['binary garbage', new Uint8Array(4096).map((_, i) => (i * 131) & 0xff)],
      ['empty', ''],
      [
        'second file part',
        `${part('X', 'kind', 'paperwork')}${part('X', 'file', 'The plan.', 'a.txt')}${part('X', 'file', 'The plan.', 'b.txt')}--X--${CRLF}`,
      ],
    ];
    for (const [what, body] of shapes) {
      const res = await send(body);
      expect(res.status, what).toBeGreaterThanOrEqual(400);
      expect(res.status, what).toBeLessThan(500);
    }
    const second = await send(shapes.at(-1)![1]);
    expect(JSON.parse(second.body).error.code).toBe('BAD_REQUEST');
    expect(await isAnswering(target.url)).toBe(true);
  });

  it('leaves no upload, object or temporary file behind for any of them', async () => {
    await assertNothingStored(target);
  });
});
