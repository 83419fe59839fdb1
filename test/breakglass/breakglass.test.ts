import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { auditLog } from '../../src/audit/tables.ts';
import { decide } from '../../src/authz/policy.ts';
import { startUpload } from '../../src/uploads/transitions.ts';
import { call, signedInUser } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganization, createTeam } from '../support/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const REASON = 'Client safety concern reported by supervisor on call';

/** An upload row of `organizationId` (its content does not matter to a grant). */
const uploadIn = (organizationId: string, ownerId: string) =>
  startUpload(ctx.deps.db, { organizationId, ownerId, now: ctx.clock.now() });

async function world() {
  const org = await createOrganization(ctx.deps.db);
  const team = await createTeam(ctx.deps.db, org.id);
  const admin = await signedInUser(ctx, { role: 'admin', organizationId: org.id });
  const otherAdmin = await signedInUser(ctx, { role: 'admin', organizationId: org.id });
  return { org, team, admin, otherAdmin };
}

/** The actor the session middleware builds for this cookie: what the policy sees on the next request. */
async function actorOf(cookie: string) {
  let actor: Parameters<typeof decide>[0] | undefined;
  const app = createApp(ctx.deps);
  app.get('/api/probe-actor', (c) => {
    actor = c.get('actor');
    return c.body(null, 204);
  });
  await app.request('/api/probe-actor', { headers: { cookie } });
  return actor!;
}

describe('POST /api/breakglass', () => {
  it('grants time-boxed access to a team, records it and shows it to every other admin', async () => {
    const { org, team, admin, otherAdmin } = await world();
    const res = await call(ctx, 'POST', '/api/breakglass', { reason: REASON, teamId: team.id }, admin.cookie);
    expect(res.status).toBe(201);
    const grant = await res.json();
    expect(grant).toMatchObject({
      reason: REASON,
      teamId: team.id,
      uploadIds: [],
      active: true,
      admin: { id: admin.user.id },
    });
    expect(new Date(grant.expiresAt).getTime() - new Date(grant.createdAt).getTime()).toBe(60 * 60_000);

    const seen = await (await call(ctx, 'GET', '/api/breakglass', undefined, otherAdmin.cookie)).json();
    expect(seen.grants.map((g: { id: string }) => g.id)).toContain(grant.id);

    const [entry] = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'breakglass.grant'), eq(auditLog.targetId, grant.id)));
    expect(entry).toMatchObject({
      organizationId: org.id,
      actorId: admin.user.id,
      teamId: team.id,
      outcome: 'success',
    });
    // The free-text reason stays out of the access log.
    expect(JSON.stringify(entry)).not.toContain('safety');
  });

  it('makes the policy let the admin read that team’s uploads until the grant ends', async () => {
    const { org, team, admin } = await world();
    const upload = {
      type: 'upload' as const,
      id: crypto.randomUUID(),
      organizationId: org.id,
      teamId: team.id,
      ownerId: crypto.randomUUID(),
    };
    expect(decide(await actorOf(admin.cookie), 'upload.stream', upload)).toMatchObject({
      allowed: false,
      status: 403,
    });
    const { id } = await (
      await call(
        ctx,
        'POST',
        '/api/breakglass',
        { reason: REASON, teamId: team.id, minutes: 30 },
        admin.cookie,
      )
    ).json();
    expect(decide(await actorOf(admin.cookie), 'upload.stream', upload)).toEqual({
      allowed: true,
      grantId: id,
    });
    expect(decide(await actorOf(admin.cookie), 'upload.download', upload).allowed).toBe(false);
    ctx.clock.advance(31 * 60_000);
    const later = await signedInUser(ctx, { role: 'admin', organizationId: org.id });
    expect(decide(await actorOf(later.cookie), 'upload.stream', upload).allowed).toBe(false);
  });

  it('covers only the named uploads when scoped to uploads, and can be revoked', async () => {
    const { org, team, admin, otherAdmin } = await world();
    const named = await uploadIn(org.id, admin.user.id);
    const upload = (id: string) => ({
      type: 'upload' as const,
      id,
      organizationId: org.id,
      teamId: team.id,
      ownerId: crypto.randomUUID(),
    });
    const { id } = await (
      await call(ctx, 'POST', '/api/breakglass', { reason: REASON, uploadIds: [named] }, admin.cookie)
    ).json();
    const actor = await actorOf(admin.cookie);
    expect(decide(actor, 'upload.transcript', upload(named)).allowed).toBe(true);
    expect(decide(actor, 'upload.transcript', upload(crypto.randomUUID())).allowed).toBe(false);
    const revoked = await call(ctx, 'POST', `/api/breakglass/${id}/revoke`, undefined, otherAdmin.cookie);
    expect(revoked.status).toBe(200);
    expect((await revoked.json()).active).toBe(false);
    expect(decide(await actorOf(admin.cookie), 'upload.transcript', upload(named)).allowed).toBe(false);
    expect((await call(ctx, 'POST', `/api/breakglass/${id}/revoke`, undefined, admin.cookie)).status).toBe(
      409,
    );
  });

  it.each([
    [{ reason: 'too short', teamId: '00000000-0000-4000-8000-000000000000' }, 'reason'],
    [{ reason: REASON }, 'teamId'],
    [
      {
        reason: REASON,
        teamId: '00000000-0000-4000-8000-000000000000',
        uploadIds: ['00000000-0000-4000-8000-000000000001'],
      },
      'teamId',
    ],
    [{ reason: REASON, teamId: '00000000-0000-4000-8000-000000000000', minutes: 600 }, 'minutes'],
  ])('refuses %j with 400 naming %s', async (body, field) => {
    const { admin } = await world();
    const res = await call(ctx, 'POST', '/api/breakglass', body, admin.cookie);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain(field);
  });

  it('refuses a team of another organization with 404 and stores nothing', async () => {
    const { admin } = await world();
    const foreign = await createTeam(ctx.deps.db, (await createOrganization(ctx.deps.db)).id);
    const res = await call(
      ctx,
      'POST',
      '/api/breakglass',
      { reason: REASON, teamId: foreign.id },
      admin.cookie,
    );
    expect(res.status).toBe(404);
    const { grants } = await (await call(ctx, 'GET', '/api/breakglass', undefined, admin.cookie)).json();
    expect(grants).toEqual([]);
  });

  it('refuses upload ids of another organization, or that do not exist, with the same 404 and stores nothing', async () => {
    const { admin } = await world();
    const otherOrg = await createOrganization(ctx.deps.db);
    const otherAdmin = await signedInUser(ctx, { role: 'admin', organizationId: otherOrg.id });
    const foreign = await uploadIn(otherOrg.id, otherAdmin.user.id);
    const answers = [];
    for (const uploadIds of [[foreign], [crypto.randomUUID()]]) {
      const res = await call(ctx, 'POST', '/api/breakglass', { reason: REASON, uploadIds }, admin.cookie);
      answers.push({ status: res.status, code: (await res.json()).error.code });
    }
    expect(answers[0]).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(answers[1]).toEqual(answers[0]);
    const { grants } = await (await call(ctx, 'GET', '/api/breakglass', undefined, admin.cookie)).json();
    expect(grants).toEqual([]);
  });

  it('is for admins only', async () => {
    const org = await createOrganization(ctx.deps.db);
    const team = await createTeam(ctx.deps.db, org.id);
    const sup = await signedInUser(ctx, { role: 'supervisor', organizationId: org.id, teamIds: [team.id] });
    expect(
      (await call(ctx, 'POST', '/api/breakglass', { reason: REASON, teamId: team.id }, sup.cookie)).status,
    ).toBe(403);
    expect((await call(ctx, 'GET', '/api/breakglass', undefined, sup.cookie)).status).toBe(403);
  });
});
