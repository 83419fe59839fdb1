import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
let dist: string;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'qa-vault-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(
    join(dist, 'index.html'),
    '<!doctype html><title>app</title><script type="module" src="/assets/a.js"></script>',
  );
  await writeFile(join(dist, 'assets/app-1a2b3c.js'), 'console.log(1)');
  await writeFile(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(tmpdir(), 'qa-vault-outside.txt'), 'outside');
  ctx = await createTestContext({ WEB_DIST_DIR: dist });
});
afterAll(async () => {
  await ctx.close();
  await rm(dist, { recursive: true, force: true });
});

const get = (path: string) => ctx.app.request(path);

describe('serving the web app', () => {
  it('serves index.html at / with no-store and a strict CSP', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await res.text()).toContain('<title>app</title>');
  });

  it('falls back to index.html for client routes, setup links included', async () => {
    for (const path of ['/sign-in', '/admin/access-log', '/setup?token=abc', '/uploads/0b6f']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.text()).toContain('<title>app</title>');
    }
  });

  it('serves hashed assets with a year-long immutable cache', async () => {
    const res = await get('/assets/app-1a2b3c.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing asset instead of the HTML page', async () => {
    const res = await get('/assets/gone-000.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
  });

  it('leaves /api alone: an unknown API path is the JSON 404 envelope', async () => {
    const res = await get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT_FOUND');
    const health = await get('/healthz');
    expect(health.status).toBe(200);
  });

  it('lets a route registered later win, and answers other methods with the JSON 404', async () => {
    const app = createApp(ctx.deps);
    app.get('/late-route', (c) => c.text('late'));
    expect(await (await app.request('/late-route')).text()).toBe('late');
    const post = await app.request('/sign-in', {
      method: 'POST',
      headers: { origin: 'http://localhost' },
    });
    expect(post.status).toBe(404);
    expect((await post.json()).error.code).toBe('NOT_FOUND');
  });

  it('never serves a file outside the build directory', async () => {
    for (const path of [
      '/../qa-vault-outside.txt',
      '/%2e%2e/qa-vault-outside.txt',
      '/assets/%2e%2e/%2e%2e/qa-vault-outside.txt',
    ]) {
      const res = await get(path);
      expect(await res.text(), path).not.toContain('outside');
    }
  });

  it('keeps the sandboxing CSP a route sets for itself', async () => {
    // API answers carry the app-wide headers too.
    const res = await get('/api/openapi.json');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('serving without a build', () => {
  it('says how to build the app instead of failing', async () => {
    const empty = await createTestContext({ WEB_DIST_DIR: join(tmpdir(), 'qa-vault-no-such-dist') });
    try {
      const res = await empty.app.request('/');
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run build:web');
    } finally {
      await empty.close();
    }
  });
});
