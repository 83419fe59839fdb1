import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { users } from '../../src/users/tables.ts';
import { call, signedInUser, TEST_PASSWORD } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganization, createTeam, createUser } from '../support/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

async function adminWorld() {
  const org = await createOrganization(ctx.deps.db);
  const team = await createTeam(ctx.deps.db, org.id);
  const admin = await signedInUser(ctx, { role: 'admin', organizationId: org.id });
  return { org, team, admin, cookie: admin.cookie };
}

const audit = (action: string, targetId: string) =>
  ctx.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));

describe('POST /api/users', () => {
  it('creates a user in the admin’s organization with an invitation shown once', async () => {
    const { team, cookie } = await adminWorld();
    const email = `new-${crypto.randomUUID()}@example.test`;
    const res = await call(
      ctx,
      'POST',
      '/api/users',
      { email, name: 'New Person', role: 'therapist', teams: [team.id] },
      cookie,
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.user).toMatchObject({
      email,
      name: 'New Person',
      role: 'therapist',
      teams: [{ id: team.id, name: team.name }],
      disabled: false,
      mfaEnrolled: false,
    });
    expect(body.invitation.token).toMatch(/^[a-z2-7]{40,}$/);
    expect(JSON.stringify(await audit('user.create', body.user.id))).not.toContain(body.invitation.token);

    // The invited user sets a password with the token, then signs in; the token works once.
    const password = 'my own fresh passphrase';
    expect(
      (await call(ctx, 'POST', '/api/auth/password/reset', { token: body.invitation.token, password }))
        .status,
    ).toBe(204);
    expect((await call(ctx, 'POST', '/api/auth/login', { email, password })).status).toBe(200);
    const again = await call(ctx, 'POST', '/api/auth/password/reset', {
      token: body.invitation.token,
      password: 'another passphrase here',
    });
    expect(again.status).toBe(400);
  });

  it('refuses a duplicate email with 409 and a team of another organization with 400', async () => {
    const { cookie, admin } = await adminWorld();
    const dup = await call(
      ctx,
      'POST',
      '/api/users',
      { email: admin.user.email.toUpperCase(), name: 'X', role: 'therapist' },
      cookie,
    );
    expect(dup.status).toBe(409);
    const elsewhere = await createTeam(ctx.deps.db, (await createOrganization(ctx.deps.db)).id);
    const foreign = await call(
      ctx,
      'POST',
      '/api/users',
      { email: `x-${crypto.randomUUID()}@example.test`, name: 'X', role: 'therapist', teams: [elsewhere.id] },
      cookie,
    );
    expect(foreign.status).toBe(400);
    expect((await foreign.json()).error.message).toContain('teams');
  });

  it.each([
    [{ email: 'not-an-email', name: 'X', role: 'therapist' }, 'email'],
    [{ email: 'a@b.test', name: '', role: 'therapist' }, 'name'],
    [{ email: 'a@b.test', name: 'X', role: 'owner' }, 'role'],
  ])('refuses %j with 400 naming %s', async (body, field) => {
    const { cookie } = await adminWorld();
    const res = await call(ctx, 'POST', '/api/users', body, cookie);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain(field);
  });
});

describe('GET /api/users', () => {
  it('lists only the admin’s organization, never password hashes', async () => {
    const { org, cookie, admin } = await adminWorld();
    const other = await createOrganization(ctx.deps.db);
    const outsider = await createUser(ctx.deps.db, { organizationId: other.id, role: 'therapist' });
    const insider = await createUser(ctx.deps.db, {
      organizationId: org.id,
      role: 'supervisor',
      passwordHash: 'secret-hash',
    });
    const res = await call(ctx, 'GET', '/api/users', undefined, cookie);
    expect(res.status).toBe(200);
    const { users } = await res.json();
    const ids = users.map((u: { id: string }) => u.id);
    expect(ids).toContain(insider.id);
    expect(ids).toContain(admin.user.id);
    expect(ids).not.toContain(outsider.id);
    expect(JSON.stringify(users)).not.toContain('secret-hash');
    expect(users.find((u: { id: string }) => u.id === admin.user.id).mfaEnrolled).toBe(true);
  });
});

describe('PATCH /api/users/:id', () => {
  it('changes role and teams, records them, and ends the user’s sessions on a role change', async () => {
    const { org, team, cookie } = await adminWorld();
    const team2 = await createTeam(ctx.deps.db, org.id);
    const target = await signedInUser(ctx, { role: 'therapist', organizationId: org.id, teamIds: [team.id] });
    const res = await call(
      ctx,
      'PATCH',
      `/api/users/${target.user.id}`,
      { role: 'supervisor', teams: [team2.id] },
      cookie,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ role: 'supervisor', teams: [{ id: team2.id }] });
    expect((await call(ctx, 'GET', '/api/auth/me', undefined, target.cookie)).status).toBe(401);
    const [entry] = await audit('user.update', target.user.id);
    expect(entry!.detail).toMatchObject({
      fields: ['role', 'teamIds'],
      fromRole: 'therapist',
      toRole: 'supervisor',
    });
  });

  it('disables and re-enables, each recorded', async () => {
    const { org, cookie } = await adminWorld();
    const target = await createUser(ctx.deps.db, { organizationId: org.id, role: 'therapist' });
    expect((await call(ctx, 'PATCH', `/api/users/${target.id}`, { disabled: true }, cookie)).status).toBe(
      200,
    );
    const back = await call(ctx, 'PATCH', `/api/users/${target.id}`, { disabled: false }, cookie);
    expect((await back.json()).disabled).toBe(false);
    expect(await audit('user.disable', target.id)).toHaveLength(1);
    expect(await audit('user.enable', target.id)).toHaveLength(1);
  });

  it('answers 404 for a user of another organization, the same as for none, and logs no id of it', async () => {
    const { cookie } = await adminWorld();
    const outsider = await createUser(ctx.deps.db, {
      organizationId: (await createOrganization(ctx.deps.db)).id,
      role: 'therapist',
    });
    const foreign = await call(ctx, 'PATCH', `/api/users/${outsider.id}`, { disabled: true }, cookie);
    const missing = await call(ctx, 'PATCH', `/api/users/${crypto.randomUUID()}`, { disabled: true }, cookie);
    expect(foreign.status).toBe(404);
    expect(missing.status).toBe(404);
    expect((await foreign.json()).error.message).toBe((await missing.json()).error.message);
    // An entry would put the other organization's user id in this one's log, and tell it apart from a random id.
    expect(await audit('user.update', outsider.id)).toEqual([]);
    const { disabledAt } = (await ctx.deps.db.select().from(users).where(eq(users.id, outsider.id)))[0]!;
    expect(disabledAt).toBeNull();
  });

  it('refuses an admin disabling or demoting themselves with 409', async () => {
    const { cookie, admin } = await adminWorld();
    expect((await call(ctx, 'PATCH', `/api/users/${admin.user.id}`, { disabled: true }, cookie)).status).toBe(
      409,
    );
    expect(
      (await call(ctx, 'PATCH', `/api/users/${admin.user.id}`, { role: 'therapist' }, cookie)).status,
    ).toBe(409);
  });

  it('refuses an empty or unknown change with 400', async () => {
    const { org, cookie } = await adminWorld();
    const target = await createUser(ctx.deps.db, { organizationId: org.id, role: 'therapist' });
    expect((await call(ctx, 'PATCH', `/api/users/${target.id}`, {}, cookie)).status).toBe(400);
    expect((await call(ctx, 'PATCH', `/api/users/${target.id}`, { passwordHash: 'x' }, cookie)).status).toBe(
      400,
    );
    expect((await call(ctx, 'PATCH', '/api/users/not-a-uuid', { disabled: true }, cookie)).status).toBe(400);
  });
});

describe('POST /api/users/:id/reset', () => {
  it('issues a 24-hour one-time token that sets a new password and ends the user’s sessions', async () => {
    const { org, cookie } = await adminWorld();
    const target = await signedInUser(ctx, { role: 'therapist', organizationId: org.id });
    const res = await call(ctx, 'POST', `/api/users/${target.user.id}/reset`, undefined, cookie);
    expect(res.status).toBe(201);
    const { token, expiresAt } = await res.json();
    expect(new Date(expiresAt).getTime() - ctx.clock.now().getTime()).toBe(24 * 3_600_000);
    const weak = await call(ctx, 'POST', '/api/auth/password/reset', { token, password: 'password123' });
    expect(weak.status).toBe(400);
    const ok = await call(ctx, 'POST', '/api/auth/password/reset', {
      token,
      password: 'reset passphrase that works',
    });
    expect(ok.status).toBe(204);
    expect((await call(ctx, 'GET', '/api/auth/me', undefined, target.cookie)).status).toBe(401);
    expect(
      (await call(ctx, 'POST', '/api/auth/login', { email: target.user.email, password: TEST_PASSWORD }))
        .status,
    ).toBe(401);
    expect(await audit('auth.password_reset_issue', target.user.id)).toHaveLength(1);
    expect(await audit('auth.password_reset_use', target.user.id)).toHaveLength(1);
  });

  it('refuses a token after 24 hours', async () => {
    const { org, cookie } = await adminWorld();
    const target = await createUser(ctx.deps.db, { organizationId: org.id, role: 'therapist' });
    const { token } = await (
      await call(ctx, 'POST', `/api/users/${target.id}/reset`, undefined, cookie)
    ).json();
    ctx.clock.advance(24 * 3_600_000 + 1000);
    const res = await call(ctx, 'POST', '/api/auth/password/reset', {
      token,
      password: 'late but long passphrase',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('BAD_REQUEST');
    // The password did not change: signing in with the one sent is still refused.
    const login = await call(ctx, 'POST', '/api/auth/login', {
      email: target.email,
      password: 'late but long passphrase',
    });
    expect(login.status).toBe(401);
    const [row] = await ctx.deps.db.select().from(users).where(eq(users.id, target.id));
    expect(row!.passwordHash).toBe(target.passwordHash);
    expect(await audit('auth.password_reset_use', target.id)).toEqual([]);
  });
});

describe('teams', () => {
  it('creates, lists and renames teams of the admin’s organization only', async () => {
    const { cookie, org } = await adminWorld();
    const created = await call(ctx, 'POST', '/api/teams', { name: 'North Site' }, cookie);
    expect(created.status).toBe(201);
    const team = await created.json();
    expect(team).toMatchObject({ name: 'North Site', memberCount: 0 });
    expect((await call(ctx, 'POST', '/api/teams', { name: 'North Site' }, cookie)).status).toBe(409);
    const renamed = await call(ctx, 'PATCH', `/api/teams/${team.id}`, { name: 'North' }, cookie);
    expect(renamed.status).toBe(200);
    expect((await renamed.json()).name).toBe('North');
    const foreign = await createTeam(ctx.deps.db, (await createOrganization(ctx.deps.db)).id);
    expect((await call(ctx, 'PATCH', `/api/teams/${foreign.id}`, { name: 'Mine now' }, cookie)).status).toBe(
      404,
    );
    const { teams } = await (await call(ctx, 'GET', '/api/teams', undefined, cookie)).json();
    expect(teams.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining([team.id]));
    expect(teams.map((t: { id: string }) => t.id)).not.toContain(foreign.id);
    expect(await audit('team.create', team.id)).toMatchObject([
      { organizationId: org.id, outcome: 'success' },
    ]);
    expect(await audit('team.update', team.id)).toHaveLength(1);
  });

  it('refuses a blank team name with 400', async () => {
    const { cookie } = await adminWorld();
    expect((await call(ctx, 'POST', '/api/teams', { name: '  ' }, cookie)).status).toBe(400);
  });
});
