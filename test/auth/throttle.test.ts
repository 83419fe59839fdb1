import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { auditLog } from '../../src/audit/tables.ts';
import { TEST_PASSWORD } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganization, createUser } from '../support/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  // Behind a proxy, so each test can sign in "from" its own client address.
  ctx = await createTestContext({ TRUST_PROXY: 'true' });
});
afterAll(() => ctx.close());

const newIp = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${crypto.randomUUID().slice(0, 4)}`;

async function account() {
  const org = await createOrganization(ctx.deps.db);
  return createUser(ctx.deps.db, {
    organizationId: org.id,
    role: 'therapist',
    passwordHash: await ctx.deps.passwords.hash(TEST_PASSWORD),
  });
}

function login(email: string, password: string, ip: string) {
  return ctx.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ email, password }),
  });
}

describe('sign-in throttling', () => {
  it('makes each attempt after the 5th failure wait, doubling, and says how long', async () => {
    const user = await account();
    const ip = newIp();
    for (let i = 0; i < 5; i++) expect((await login(user.email, 'wrong password!!', ip)).status).toBe(401);
    const early = await login(user.email, TEST_PASSWORD, ip);
    expect(early.status).toBe(429);
    expect(early.headers.get('retry-after')).toBe('1');
    expect((await early.json()).error.code).toBe('TOO_MANY_REQUESTS');
    ctx.clock.advance(1000);
    expect((await login(user.email, 'wrong password!!', ip)).status).toBe(401);
    const second = await login(user.email, TEST_PASSWORD, ip);
    expect(second.headers.get('retry-after')).toBe('2');
    ctx.clock.advance(2000);
    expect((await login(user.email, TEST_PASSWORD, ip)).status).toBe(200);
  });

  it('locks the account after 10 failures, even for the right password, until the lock ends', async () => {
    const user = await account();
    for (let i = 0; i < 10; i++) {
      expect((await login(user.email, 'wrong password!!', newIp())).status).toBe(401);
      ctx.clock.advance(60_000);
    }
    const locked = await login(user.email, TEST_PASSWORD, newIp());
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(13 * 60);
    const lockouts = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.lockout'), eq(auditLog.targetId, user.id)));
    expect(lockouts).toHaveLength(1);
    expect(lockouts[0]!.detail).toEqual({ scope: 'account', minutes: 15 });
    ctx.clock.advance(15 * 60_000);
    expect((await login(user.email, TEST_PASSWORD, newIp())).status).toBe(200);
  });

  it('locks a client address that guesses at many accounts, not the accounts elsewhere', async () => {
    const user = await account();
    const ip = newIp();
    for (let i = 0; i < 10; i++) {
      await login(`guess-${i}-${crypto.randomUUID()}@example.test`, 'wrong password!!', ip);
      ctx.clock.advance(60_000);
    }
    expect((await login(user.email, TEST_PASSWORD, ip)).status).toBe(429);
    expect((await login(user.email, TEST_PASSWORD, newIp())).status).toBe(200);
  });

  it('throttles an unknown email exactly like a real one, so a lockout reveals nothing', async () => {
    const unknown = `nobody-${crypto.randomUUID()}@example.test`;
    const user = await account();
    const answers = async (email: string) => {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await login(email, 'wrong password!!', newIp())).status);
      return statuses;
    };
    expect(await answers(unknown)).toEqual(await answers(user.email));
  });

  it('keeps the counters in the database, shared by every app instance', async () => {
    const user = await account();
    // A second app on the same database: another instance behind the load balancer.
    const other = createApp({ ...ctx.deps });
    for (let i = 0; i < 5; i++) await login(user.email, 'wrong password!!', newIp());
    const res = await other.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': newIp() },
      body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(429);
  });
});

describe('answers that do not reveal whether an email exists', () => {
  // Timing itself is not asserted (a loaded machine makes timed tests flaky): what makes the two
  // answers take the same time is that both run one argon2 verification, which is counted here.
  it('verifies a password hash for an unknown email exactly as for a real account, with the same answer', async () => {
    const user = await account();
    const hasher = ctx.deps.passwords;
    let verifications = 0;
    ctx.deps.passwords = {
      ...hasher,
      verify: (hash, password) => {
        verifications++;
        return hasher.verify(hash, password);
      },
    };
    try {
      const known = await login(user.email, 'wrong password!!', newIp());
      const knownVerifications = verifications;
      const unknown = await login(`nobody-${crypto.randomUUID()}@example.test`, 'wrong password!!', newIp());
      expect(knownVerifications).toBe(1);
      expect(verifications - knownVerifications).toBe(1);
      expect(unknown.status).toBe(known.status);
      expect((await unknown.json()).error.message).toBe((await known.json()).error.message);
    } finally {
      ctx.deps.passwords = hasher;
    }
  });
});
