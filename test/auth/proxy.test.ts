import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardedClient } from '../../src/http/client-info.ts';
import { TEST_PASSWORD } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganization, createUser } from '../support/factories.ts';

/**
 * Behind a trusted proxy the client address is taken TRUST_PROXY_HOPS from the right of
 * X-Forwarded-For, so a client cannot pick its own address (and dodge IP throttling); with
 * COOKIE_SECURE only the `__Host-` session cookie is accepted.
 */

describe('the client address behind trusted proxies', () => {
  it('takes the entry TRUST_PROXY_HOPS from the right, ignoring what the client prepended', () => {
    expect(forwardedClient('1.1.1.1, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(forwardedClient('1.1.1.1, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7');
    expect(forwardedClient('203.0.113.7', 2)).toBe('203.0.113.7');
    expect(forwardedClient(' , ', 1)).toBeUndefined();
    expect(forwardedClient(undefined, 1)).toBeUndefined();
  });

  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ TRUST_PROXY: 'true', TRUST_PROXY_HOPS: '1' });
  });
  afterAll(() => ctx.close());

  it('still locks out an address whose client varies the leftmost X-Forwarded-For entry', async () => {
    const org = await createOrganization(ctx.deps.db);
    const users = await Promise.all(
      Array.from({ length: 11 }, async () =>
        createUser(ctx.deps.db, {
          organizationId: org.id,
          role: 'therapist',
          passwordHash: await ctx.deps.passwords.hash(TEST_PASSWORD),
        }),
      ),
    );
    const proxySaw = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    const statuses: number[] = [];
    // Different accounts each time, so only the per-address counter can trip.
    for (const [i, user] of users.entries()) {
      const res = await ctx.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${i}.1, ${proxySaw}` },
        body: JSON.stringify({ email: user.email, password: 'wrong password!!' }),
      });
      statuses.push(res.status);
      ctx.clock.advance(60_000);
    }
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('the session cookie with COOKIE_SECURE', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ COOKIE_SECURE: 'true' });
  });
  afterAll(() => ctx.close());

  it('accepts only the __Host- cookie: the same token without the prefix is not signed in', async () => {
    const org = await createOrganization(ctx.deps.db);
    const user = await createUser(ctx.deps.db, {
      organizationId: org.id,
      role: 'therapist',
      passwordHash: await ctx.deps.passwords.hash(TEST_PASSWORD),
    });
    const login = await ctx.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const pair = login.headers.getSetCookie()[0]!.split(';')[0]!;
    expect(pair.startsWith('__Host-qa_session=')).toBe(true);
    const token = pair.slice(pair.indexOf('=') + 1);
    const prefixed = await ctx.app.request('/api/auth/me', { headers: { cookie: pair } });
    expect(prefixed.status).toBe(200);
    const plain = await ctx.app.request('/api/auth/me', { headers: { cookie: `qa_session=${token}` } });
    expect(plain.status).toBe(401);
  });
});
