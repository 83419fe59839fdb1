import { request } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerFramingErrors } from '../../src/http/framing-errors.ts';
import { createJsonLogger } from '../../src/logger.ts';

const lines: string[] = [];
let server: ReturnType<typeof serve>;
let port: number;
let handled = 0;

beforeAll(async () => {
  server = serve({
    fetch: async (req) => {
      handled++;
      await req.arrayBuffer();
      return new Response('ok');
    },
    hostname: '127.0.0.1',
    port: 0,
  });
  answerFramingErrors(
    server,
    createJsonLogger('info', (line) => lines.push(line)),
  );
  await new Promise<void>((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A POST whose body is still being sent when the server has refused the headers. */
function postWithHeaders(headers: Record<string, string>, body: Buffer) {
  return new Promise<{ status: number; body: string } | { failed: string }>((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/uploads', headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ failed: err.code ?? err.message }));
    req.end(body);
  });
}

describe('requests the HTTP parser refuses', () => {
  it('answers oversized headers with 431 in the error envelope, even while the client is still sending', async () => {
    const before = handled;
    const cookie = `qa_session=${'s'.repeat(40_000)}; roster=Delphine Okonkwo-Marsh`;
    // Node's own answer resets such a connection before the client has read the status; every one
    // of these must read the 431 instead.
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        postWithHeaders({ cookie, 'content-type': 'audio/wav' }, Buffer.alloc(1024 * 1024, 7)),
      ),
    );
    for (const result of results) {
      expect(result).toMatchObject({ status: 431 });
      const { error } = JSON.parse((result as { body: string }).body);
      expect(error.code).toBe('HEADERS_TOO_LARGE');
      expect(error.message).toMatch(/cookies/);
      expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(handled).toBe(before);
    // The log names the refusal, never what was refused.
    const logged = lines.filter((l) => l.includes('refused malformed request'));
    expect(logged).toHaveLength(8);
    expect(JSON.parse(logged[0]!)).toMatchObject({ status: 431, parserCode: 'HPE_HEADER_OVERFLOW' });
    expect(lines.join('\n')).not.toMatch(/Delphine|sssss/);
  });

  it('answers a malformed request line with 400 and keeps serving', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GET /\x01odd HTTP/9.9\r\n\r\n'));
      let answer = '';
      socket.on('data', (c) => {
        answer += c.toString('latin1');
      });
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(raw).toContain('Connection: close');
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)).error.code).toBe('BAD_REQUEST');
    const ok = await fetch(`http://127.0.0.1:${port}/`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('ok');
  });
});
