import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInUser } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const post = (path: string, headers: Record<string, string>, body?: string) =>
  ctx.app.request(path, { method: 'POST', headers, body });

describe('cross-site request forgery', () => {
  it('refuses a cookie-carrying JSON request from another origin', async () => {
    const { cookie } = await signedInUser(ctx, { role: 'therapist' });
    const res = await post(
      '/api/auth/password',
      { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      JSON.stringify({ currentPassword: 'x', newPassword: 'y' }),
    );
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Cross-site request refused',
    });
  });

  it('refuses a cross-site form post that carries no Origin', async () => {
    const { cookie } = await signedInUser(ctx, { role: 'therapist' });
    const res = await post('/api/auth/logout', {
      cookie,
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'cross-site',
    });
    expect(res.status).toBe(403);
    // The session survived the forged logout.
    expect((await ctx.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(200);
  });

  it('refuses Sec-Fetch-Site: same-site (a sibling subdomain) even with a JSON body', async () => {
    const res = await post(
      '/api/auth/login',
      { 'sec-fetch-site': 'same-site', 'content-type': 'application/json' },
      JSON.stringify({ email: 'a@b.test', password: 'whatever' }),
    );
    expect(res.status).toBe(403);
  });

  it('refuses a body-less POST with neither Origin nor Sec-Fetch-Site', async () => {
    const { cookie } = await signedInUser(ctx, { role: 'therapist' });
    expect((await post('/api/auth/logout', { cookie })).status).toBe(403);
  });

  it('lets same-origin browser requests and plain API clients through', async () => {
    const { cookie } = await signedInUser(ctx, { role: 'therapist' });
    const same = await post('/api/auth/logout', {
      cookie,
      origin: 'http://localhost',
      'sec-fetch-site': 'same-origin',
    });
    expect(same.status).toBe(204);
    const api = await post(
      '/api/auth/login',
      { 'content-type': 'application/json' },
      // A fresh address: failures are counted per email in the database, which a shared server keeps.
      JSON.stringify({ email: `nobody-${crypto.randomUUID()}@example.test`, password: 'whatever' }),
    );
    expect(api.status).toBe(401);
  });

  it('leaves reads alone', async () => {
    const { cookie } = await signedInUser(ctx, { role: 'therapist' });
    const res = await ctx.app.request('/api/auth/me', {
      headers: { cookie, 'sec-fetch-site': 'cross-site' },
    });
    expect(res.status).toBe(200);
  });

  it('accepts the public origin behind a trusted proxy', async () => {
    const proxied = await createTestContext({ TRUST_PROXY: 'true' });
    try {
      const res = await proxied.app.request('/api/auth/logout', {
        method: 'POST',
        headers: {
          origin: 'https://vault.example.org',
          'x-forwarded-proto': 'https',
          'x-forwarded-host': 'vault.example.org',
        },
      });
      expect(res.status).toBe(204);
    } finally {
      await proxied.close();
    }
  });
});
