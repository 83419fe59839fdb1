import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { guardRequests, installLastResort } from '../../src/http/last-resort.ts';
import { createJsonLogger } from '../../src/logger.ts';

const lines: string[] = [];
const logger = createJsonLogger('error', (line) => lines.push(line));
let remove: (() => void) | undefined;
afterEach(() => {
  remove?.();
  lines.length = 0;
});

describe('the last-resort handler', () => {
  it('answers 500 to the request whose stream error nobody heard, and the process keeps serving', async () => {
    const exits: number[] = [];
    remove = installLastResort(logger, (code) => exits.push(code));
    const fetch = guardRequests(async (request: Request) => {
      if (new URL(request.url).pathname === '/bad') {
        // An 'error' event with no listener: thrown from process.nextTick, outside any await.
        new PassThrough().destroy(new Error('framing broke'));
        return new Promise<Response>(() => {});
      }
      return new Response('ok');
    });
    const bad = await fetch(new Request('http://x/bad'));
    expect(bad.status).toBe(500);
    expect((await bad.json()).error.code).toBe('INTERNAL');
    expect((await fetch(new Request('http://x/good'))).status).toBe(200);
    expect(exits).toEqual([]);
    expect(lines.join('')).toContain('uncaught error inside a request');
  });

  it('answers 500 to a request whose stray promise rejects unheard', async () => {
    const exits: number[] = [];
    remove = installLastResort(logger, (code) => exits.push(code));
    const fetch = guardRequests(async (_request: Request) => {
      Promise.reject(new Error('nobody awaited this'));
      return new Promise<Response>(() => {});
    });
    expect((await fetch(new Request('http://x/'))).status).toBe(500);
    expect(exits).toEqual([]);
  });
});
