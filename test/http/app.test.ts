import { createRoute, z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter } from '../../src/http/router.ts';
import type { BlobStore } from '../../src/storage/blob-store.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ MAX_BODY_BYTES: '1024' });
  // A JSON route, so the shared body handling can be exercised before feature routes exist.
  const echo = createRouter().openapi(
    createRoute({
      method: 'post',
      path: '/echo',
      request: {
        body: { content: { 'application/json': { schema: z.object({ word: z.string().min(1) }) } } },
      },
      responses: { 200: { description: 'echo' } },
    }),
    (c) => c.json(c.req.valid('json')),
  );
  ctx.app.route('/test', echo);
  ctx.app.get('/test/boom', () => {
    throw new Error('secret internal detail');
  });
  ctx.app.get('/test/boom-code', () => {
    throw Object.assign(new Error('duplicate value "Jason Thomas"'), { code: 'ECONNRESET' });
  });
});
afterAll(() => ctx.close());

const json = (body: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body,
});

describe('GET /healthz', () => {
  it('answers 200 with every part ok', async () => {
    const res = await ctx.app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok', storage: 'ok' });
  });

  it('answers 503 naming storage when the blob store fails', async () => {
    const broken: BlobStore = { ...ctx.deps.blobs, check: () => Promise.reject(new Error('disk gone')) };
    const original = ctx.deps.blobs;
    ctx.deps.blobs = broken;
    try {
      const res = await ctx.app.request('/healthz');
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'degraded', database: 'ok', storage: 'unavailable' });
    } finally {
      ctx.deps.blobs = original;
    }
  });
});

describe('every response', () => {
  it("carries a fresh X-Request-Id, or the caller's when it is well formed", async () => {
    const a = await ctx.app.request('/healthz');
    expect(a.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const b = await ctx.app.request('/healthz', { headers: { 'x-request-id': 'lb-1234567890' } });
    expect(b.headers.get('x-request-id')).toBe('lb-1234567890');
    const c = await ctx.app.request('/healthz', { headers: { 'x-request-id': 'bad id\n' } });
    expect(c.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('errors', () => {
  it('answers an unknown route with 404 in the error envelope', async () => {
    const res = await ctx.app.request('/api/nope');
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body).toEqual({
      error: { code: 'NOT_FOUND', message: expect.any(String), requestId: res.headers.get('x-request-id') },
    });
  });

  it('answers malformed JSON with 400 naming the problem', async () => {
    const res = await ctx.app.request('/test/echo', json('{"word":'));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.message).toMatch(/malformed json/i);
  });

  it('answers a body that fails validation with 400 naming the field', async () => {
    const res = await ctx.app.request('/test/echo', json('{"word":""}'));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toContain('word');
  });

  it('refuses a body over MAX_BODY_BYTES with 413 before reading it', async () => {
    const big = JSON.stringify({ word: 'x'.repeat(5000) });
    const res = await ctx.app.request('/test/echo', json(big, { 'content-length': String(big.length) }));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an unexpected failure with a generic 500 and logs where it happened, never its message', async () => {
    const res = await ctx.app.request('/test/boom');
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.error).toEqual({
      code: 'INTERNAL',
      message: 'Internal server error',
      requestId: expect.any(String),
    });
    expect(JSON.stringify(body)).not.toContain('secret internal detail');
    const logged = JSON.parse(ctx.logs.find((l) => l.includes(body.error.requestId))!);
    // Parser and driver messages quote the data they choked on: the log keeps the class and frames.
    expect(JSON.stringify(logged)).not.toContain('secret internal detail');
    expect(logged.err.reason).toBe('Error');
    expect(logged.err.frames).toMatch(/^\s+at /);
  });

  it('logs the code of an unexpected failure that carries one', async () => {
    const res = await ctx.app.request('/test/boom-code');
    expect(res.status).toBe(500);
    const { error } = await res.json();
    const logged = ctx.logs.find((l) => l.includes(error.requestId))!;
    expect(JSON.parse(logged).err.reason).toBe('Error:ECONNRESET');
    expect(logged).not.toContain('Jason Thomas');
  });
});

describe('GET /api/openapi.json', () => {
  it('publishes the OpenAPI document', async () => {
    const res = await ctx.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    // Every route the app serves is described, with its method (the document's own route aside).
    const served = ctx.app.routes
      .filter((r) => r.method !== 'ALL' && !r.path.startsWith('/test/') && r.path !== '/api/openapi.json')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    // The routes this file adds for itself under /test/ are left out on both sides.
    const described = Object.entries(doc.paths as Record<string, object>)
      .filter(([path]) => !path.startsWith('/test/'))
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`));
    expect(served.length).toBeGreaterThan(30);
    expect([...new Set(served)].sort()).toEqual([...new Set(described)].sort());
  });
});
