import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { loadTeamRoster, RosterIntegrityError } from '../../src/rosters/service.ts';
import { rosterEntries } from '../../src/rosters/tables.ts';
import { expectNoCanariesInAuditLog } from '../support/audit.ts';
import { call, signedInUser } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganization, createTeam } from '../support/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

/** Names no test data or lexicon contains, so finding one anywhere means it leaked. */
const CANARY_PERSON = 'Quenby Zarkowitz';
const CANARY_PLACE = 'Vexholme Academy';

async function world() {
  const db = ctx.deps.db;
  const org = await createOrganization(db);
  const team = await createTeam(db, org.id);
  const otherTeam = await createTeam(db, org.id);
  const therapist = await signedInUser(ctx, {
    role: 'therapist',
    organizationId: org.id,
    teamIds: [team.id],
  });
  return { org, team, otherTeam, therapist };
}

const rowsOf = (teamId: string) =>
  ctx.deps.db.select().from(rosterEntries).where(eq(rosterEntries.teamId, teamId));

describe('POST /api/teams/:id/roster', () => {
  it('stores entries that come back masked and open only for the scanner', async () => {
    const { team, therapist } = await world();
    const res = await call(
      ctx,
      'POST',
      `/api/teams/${team.id}/roster`,
      { people: [CANARY_PERSON, 'Jo'], places: [CANARY_PLACE, '1428 Elm Street'] },
      therapist.cookie,
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.skipped).toBe(0);
    expect(body.counts).toEqual({ people: 2, places: 2 });
    expect(body.added.map((e: { masked: string }) => e.masked).sort()).toEqual(
      ['J•', 'Q•••y Z•••z', 'V•••e A•••y', '# E•••m S•••t'].sort(),
    );
    expect(JSON.stringify(body)).not.toMatch(/quenby|zarkowitz|vexholme|1428/i);

    const list = await call(ctx, 'GET', `/api/teams/${team.id}/roster`, undefined, therapist.cookie);
    expect(list.status).toBe(200);
    const listed = await list.json();
    expect(listed.counts).toEqual({ people: 2, places: 2 });
    expect(listed.entries).toHaveLength(4);
    expect(listed.entries[0]).toMatchObject({ kind: 'person', createdBy: therapist.user.id });
    expect(JSON.stringify(listed)).not.toMatch(/quenby|zarkowitz|vexholme|1428/i);

    const roster = await loadTeamRoster(ctx.deps.vault, ctx.deps.db, team.id);
    expect(roster.people.sort()).toEqual(['Jo', CANARY_PERSON]);
    expect(roster.places.sort()).toEqual(['1428 Elm Street', CANARY_PLACE]);
  });

  it('keeps no plaintext in the table, the access log or the logs', async () => {
    const { org, team, therapist } = await world();
    await call(
      ctx,
      'POST',
      `/api/teams/${team.id}/roster`,
      { people: [CANARY_PERSON], places: [CANARY_PLACE] },
      therapist.cookie,
    );
    await call(ctx, 'GET', `/api/teams/${team.id}/roster`, undefined, therapist.cookie);
    const rows = await rowsOf(team.id);
    expect(rows).toHaveLength(2);
    const dump = JSON.stringify(rows).toLowerCase();
    for (const word of ['quenby', 'zarkowitz', 'vexholme', 'academy']) expect(dump).not.toContain(word);
    for (const row of rows) expect(row.sealedValue).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9+/=]+$/);
    await expectNoCanariesInAuditLog(ctx.deps.db, org.id, ['Quenby', 'Zarkowitz', 'Vexholme']);
    expect(ctx.logs.join('\n')).not.toMatch(/quenby|zarkowitz|vexholme/i);
  });

  it('skips entries already on the roster, whatever their case, accents or spacing', async () => {
    const { team, therapist } = await world();
    await call(ctx, 'POST', `/api/teams/${team.id}/roster`, { people: ['José Díaz'] }, therapist.cookie);
    const res = await call(
      ctx,
      'POST',
      `/api/teams/${team.id}/roster`,
      { people: ['jose  DIAZ', 'Maya Ruiz', 'MAYA RUIZ'], places: ['José Díaz'] },
      therapist.cookie,
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    // A person and a place of the same spelling are different entries.
    expect(body.added.map((e: { kind: string }) => e.kind).sort()).toEqual(['person', 'place']);
    expect(body.skipped).toBe(2);
    expect(body.counts).toEqual({ people: 2, places: 1 });
    expect(await rowsOf(team.id)).toHaveLength(3);
  });

  it('lets a supervisor of the team and an admin of the organization add entries', async () => {
    const { org, team } = await world();
    const supervisor = await signedInUser(ctx, {
      role: 'supervisor',
      organizationId: org.id,
      teamIds: [team.id],
    });
    const admin = await signedInUser(ctx, { role: 'admin', organizationId: org.id });
    for (const [who, name] of [
      [supervisor, 'Ansel Brook'],
      [admin, 'Nadia Fenn'],
    ] as const) {
      const res = await call(ctx, 'POST', `/api/teams/${team.id}/roster`, { people: [name] }, who.cookie);
      expect(res.status).toBe(201);
    }
    expect(await rowsOf(team.id)).toHaveLength(2);
  });

  it.each([
    ['an empty body', {}],
    ['no entries at all', { people: [], places: [] }],
    ['an empty name', { people: ['Ana Lee', '   '] }],
    ['a name over 200 characters', { people: ['Ana Lee', 'x'.repeat(201)] }],
    ['more than 500 entries', { people: Array.from({ length: 501 }, (_, i) => `Person ${i}`) }],
    ['a control character', { places: ['Elm\u0000Street'] }],
    ['a non-string entry', { people: ['Ana Lee', 42] }],
    ['an unknown field', { people: ['Ana Lee'], clients: ['Bo'] }],
  ])('refuses %s with 400 and stores nothing', async (_label, body) => {
    const { team, therapist } = await world();
    const res = await call(ctx, 'POST', `/api/teams/${team.id}/roster`, body, therapist.cookie);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).not.toContain('Ana Lee');
    expect(await rowsOf(team.id)).toHaveLength(0);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const { team, therapist } = await world();
    const res = await ctx.app.request(`/api/teams/${team.id}/roster`, {
      method: 'POST',
      headers: { origin: 'http://localhost', 'content-type': 'application/json', cookie: therapist.cookie },
      body: '{"people": ["Ana',
    });
    expect(res.status).toBe(400);
    expect(await rowsOf(team.id)).toHaveLength(0);
  });

  it('refuses a name sent as a field name with 400 without echoing it', async () => {
    const { team, therapist } = await world();
    const res = await call(
      ctx,
      'POST',
      `/api/teams/${team.id}/roster`,
      { people: ['Jo'], [CANARY_PERSON]: true, [CANARY_PLACE]: true },
      therapist.cookie,
    );
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text).error.message).toBe('Invalid request: (body): 2 unknown fields');
    expect(text).not.toContain('Quenby');
    expect(text).not.toContain('Vexholme');
    expect(await rowsOf(team.id)).toHaveLength(0);
  });
});

describe('who may not', () => {
  it('answers 404 for another team of the organization, on every route', async () => {
    const { otherTeam, therapist } = await world();
    const base = `/api/teams/${otherTeam.id}/roster`;
    expect((await call(ctx, 'POST', base, { people: ['Ana Lee'] }, therapist.cookie)).status).toBe(404);
    expect((await call(ctx, 'GET', base, undefined, therapist.cookie)).status).toBe(404);
    const entry = crypto.randomUUID();
    expect((await call(ctx, 'DELETE', `${base}/${entry}`, undefined, therapist.cookie)).status).toBe(404);
    expect(await rowsOf(otherTeam.id)).toHaveLength(0);
  });

  it('answers 404 to an admin of another organization and for a team that does not exist', async () => {
    const { team } = await world();
    const foreignAdmin = await signedInUser(ctx, { role: 'admin' });
    expect(
      (await call(ctx, 'GET', `/api/teams/${team.id}/roster`, undefined, foreignAdmin.cookie)).status,
    ).toBe(404);
    const { therapist } = await world();
    const missing = crypto.randomUUID();
    expect((await call(ctx, 'GET', `/api/teams/${missing}/roster`, undefined, therapist.cookie)).status).toBe(
      404,
    );
  });

  it('refuses consultants (403), even on their own team, and records the refusal', async () => {
    const { org, team } = await world();
    const consultant = await signedInUser(ctx, {
      role: 'consultant',
      organizationId: org.id,
      teamIds: [team.id],
    });
    const res = await call(
      ctx,
      'POST',
      `/api/teams/${team.id}/roster`,
      { people: ['Ana Lee'] },
      consultant.cookie,
    );
    expect(res.status).toBe(403);
    expect(
      (await call(ctx, 'GET', `/api/teams/${team.id}/roster`, undefined, consultant.cookie)).status,
    ).toBe(403);
    const denied = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, consultant.user.id), eq(auditLog.outcome, 'denied')));
    expect(denied.map((d) => d.action).sort()).toEqual(['roster.add', 'roster.list']);
    expect(await rowsOf(team.id)).toHaveLength(0);
  });

  it('answers 401 without a session', async () => {
    const { team } = await world();
    expect((await call(ctx, 'GET', `/api/teams/${team.id}/roster`)).status).toBe(401);
  });
});

describe('DELETE /api/teams/:id/roster/:entryId', () => {
  it('removes the entry from listing and scanning and destroys its sealed value', async () => {
    const { team, therapist } = await world();
    const added = await (
      await call(
        ctx,
        'POST',
        `/api/teams/${team.id}/roster`,
        { people: [CANARY_PERSON, 'Ansel Brook'] },
        therapist.cookie,
      )
    ).json();
    const target = added.added.find((e: { masked: string }) => e.masked.startsWith('Q'));
    const res = await call(
      ctx,
      'DELETE',
      `/api/teams/${team.id}/roster/${target.id}`,
      undefined,
      therapist.cookie,
    );
    expect(res.status).toBe(204);

    const [row] = await ctx.deps.db.select().from(rosterEntries).where(eq(rosterEntries.id, target.id));
    expect(row).toMatchObject({
      sealedValue: null,
      matchKey: null,
      matchKeyId: null,
      deletedBy: therapist.user.id,
    });
    expect(row!.deletedAt).toBeInstanceOf(Date);
    const listed = await (
      await call(ctx, 'GET', `/api/teams/${team.id}/roster`, undefined, therapist.cookie)
    ).json();
    expect(listed.counts).toEqual({ people: 1, places: 0 });
    expect((await loadTeamRoster(ctx.deps.vault, ctx.deps.db, team.id)).people).toEqual(['Ansel Brook']);

    // Gone means gone: a second delete is 404, and the name can be added again.
    expect(
      (await call(ctx, 'DELETE', `/api/teams/${team.id}/roster/${target.id}`, undefined, therapist.cookie))
        .status,
    ).toBe(404);
    const again = await (
      await call(ctx, 'POST', `/api/teams/${team.id}/roster`, { people: [CANARY_PERSON] }, therapist.cookie)
    ).json();
    expect(again.added).toHaveLength(1);
  });

  it('answers 404 for an entry of another team named under the caller’s own team', async () => {
    const { org, team, therapist } = await world();
    const otherTeam = await createTeam(ctx.deps.db, org.id);
    const otherTherapist = await signedInUser(ctx, {
      role: 'therapist',
      organizationId: org.id,
      teamIds: [otherTeam.id],
    });
    const theirs = await (
      await call(
        ctx,
        'POST',
        `/api/teams/${otherTeam.id}/roster`,
        { people: ['Ansel Brook'] },
        otherTherapist.cookie,
      )
    ).json();
    const res = await call(
      ctx,
      'DELETE',
      `/api/teams/${team.id}/roster/${theirs.added[0].id}`,
      undefined,
      therapist.cookie,
    );
    expect(res.status).toBe(404);
    expect((await rowsOf(otherTeam.id))[0]!.sealedValue).not.toBeNull();
  });
});

describe('the access log', () => {
  it('records adds, reads and deletes with counts and ids only', async () => {
    const { org, team, therapist } = await world();
    const added = await (
      await call(
        ctx,
        'POST',
        `/api/teams/${team.id}/roster`,
        { people: [CANARY_PERSON], places: [CANARY_PLACE] },
        therapist.cookie,
      )
    ).json();
    await call(ctx, 'GET', `/api/teams/${team.id}/roster`, undefined, therapist.cookie);
    await call(
      ctx,
      'DELETE',
      `/api/teams/${team.id}/roster/${added.added[0].id}`,
      undefined,
      therapist.cookie,
    );
    const entries = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.teamId, team.id), eq(auditLog.actorId, therapist.user.id)))
      // Insertion order: PostgreSQL promises none without it, and chaining an entry (an update) moves it.
      .orderBy(auditLog.id);
    expect(entries.map((e) => [e.action, e.outcome, e.detail])).toEqual([
      ['roster.add', 'success', { people: 1, places: 1, skipped: 0 }],
      ['roster.list', 'success', { people: 1, places: 1 }],
      ['roster.delete', 'success', { kind: added.added[0].kind }],
    ]);
    expect(entries[2]).toMatchObject({ targetType: 'roster_entry', targetId: added.added[0].id });
    await expectNoCanariesInAuditLog(ctx.deps.db, org.id, [CANARY_PERSON, CANARY_PLACE, 'Q•••y', 'V•••e']);
  });
});

describe('loadTeamRoster', () => {
  it('refuses to load a roster whose sealed values were swapped between rows', async () => {
    const { team, therapist } = await world();
    await call(
      ctx,
      'POST',
      `/api/teams/${team.id}/roster`,
      { people: ['Ansel Brook', 'Nadia Fenn'] },
      therapist.cookie,
    );
    const [a, b] = await rowsOf(team.id);
    await ctx.deps.db
      .update(rosterEntries)
      .set({ sealedValue: b!.sealedValue })
      .where(eq(rosterEntries.id, a!.id));
    await ctx.deps.db
      .update(rosterEntries)
      .set({ sealedValue: a!.sealedValue })
      .where(eq(rosterEntries.id, b!.id));
    await expect(loadTeamRoster(ctx.deps.vault, ctx.deps.db, team.id)).rejects.toBeInstanceOf(
      RosterIntegrityError,
    );
  });

  it('returns an empty roster for a team without entries', async () => {
    const { team } = await world();
    expect(await loadTeamRoster(ctx.deps.vault, ctx.deps.db, team.id)).toEqual({ people: [], places: [] });
  });
});
