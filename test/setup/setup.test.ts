import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { issueSetupToken, needsSetup } from '../../src/setup/service.ts';
import { users } from '../../src/users/tables.ts';
import { call, sessionCookieFrom } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { openScratchDatabase } from '../support/database.ts';
import { createOrganization, createUser } from '../support/factories.ts';

// First run is about the whole database having no administrator: each test gets an empty one.
let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext({}, { database: await openScratchDatabase() });
});
afterEach(() => ctx.close());

const PASSWORD = 'first admin long passphrase';
const admin = (token: string, email = 'first.admin@example.test') =>
  call(ctx, 'POST', '/api/setup', { token, name: 'First Admin', email, password: PASSWORD });
const allUsers = () => ctx.deps.db.select().from(users);

describe('first-run setup', () => {
  it('issues a link only while no administrator exists', async () => {
    expect(await needsSetup(ctx.deps.db)).toBe(true);
    expect(await issueSetupToken(ctx.deps.db, ctx.clock.now())).toBeDefined();
    const org = await createOrganization(ctx.deps.db);
    await createUser(ctx.deps.db, { organizationId: org.id, role: 'admin' });
    expect(await issueSetupToken(ctx.deps.db, ctx.clock.now())).toBeUndefined();
  });

  it('creates the first admin, signs them in with enrolment owed, and logs it', async () => {
    const { token } = (await issueSetupToken(ctx.deps.db, ctx.clock.now()))!;
    expect(await (await call(ctx, 'POST', '/api/setup/check', { token })).json()).toEqual({ usable: true });
    const res = await admin(token);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ user: { role: 'admin', name: 'First Admin' }, mfa: 'enroll' });
    const cookie = sessionCookieFrom(res)!;
    const me = await call(ctx, 'GET', '/api/auth/me', undefined, cookie);
    expect((await me.json()).mfa).toBe('enroll');
    const actions = (
      await ctx.deps.db.select().from(auditLog).where(eq(auditLog.targetId, body.user.id))
    ).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.create', 'auth.setup_complete']));
  });

  it('works once: a second use is refused and no second admin exists', async () => {
    const { token } = (await issueSetupToken(ctx.deps.db, ctx.clock.now()))!;
    expect((await admin(token)).status).toBe(200);
    const again = await admin(token, 'second.admin@example.test');
    expect(again.status).toBe(400);
    expect((await again.json()).error.message).toMatch(/invalid, used or expired/);
    expect(await allUsers()).toHaveLength(1);
    expect(await (await call(ctx, 'POST', '/api/setup/check', { token })).json()).toEqual({ usable: false });
  });

  it('refuses a link older than an hour and stores nothing', async () => {
    const { token } = (await issueSetupToken(ctx.deps.db, ctx.clock.now()))!;
    ctx.clock.advance(61 * 60_000);
    expect((await admin(token)).status).toBe(400);
    expect(await allUsers()).toHaveLength(0);
  });

  it('voids the earlier link when serve issues a new one', async () => {
    const first = (await issueSetupToken(ctx.deps.db, ctx.clock.now()))!;
    const second = (await issueSetupToken(ctx.deps.db, ctx.clock.now()))!;
    expect((await admin(first.token)).status).toBe(400);
    expect((await admin(second.token)).status).toBe(200);
  });

  it('refuses a weak password and leaves the link usable', async () => {
    const { token } = (await issueSetupToken(ctx.deps.db, ctx.clock.now()))!;
    const res = await call(ctx, 'POST', '/api/setup', {
      token,
      name: 'First Admin',
      email: 'first.admin@example.test',
      password: 'short',
    });
    expect(res.status).toBe(400);
    expect(await allUsers()).toHaveLength(0);
    expect((await admin(token)).status).toBe(200);
  });

  it('refuses a link once an admin was added another way (qa-vault user add)', async () => {
    const { token } = (await issueSetupToken(ctx.deps.db, ctx.clock.now()))!;
    const org = await createOrganization(ctx.deps.db);
    await createUser(ctx.deps.db, { organizationId: org.id, role: 'admin' });
    expect((await admin(token)).status).toBe(400);
    expect(await allUsers()).toHaveLength(1);
  });

  it('refuses malformed input with 400', async () => {
    const res = await call(ctx, 'POST', '/api/setup', { token: 'x', email: 'not-an-email' });
    expect(res.status).toBe(400);
    expect(await allUsers()).toHaveLength(0);
  });
});
