import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { exampleRubric } from '../../src/rubrics/example.ts';
import { rubrics } from '../../src/rubrics/tables.ts';
import { call } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { reviewAction, reviewTeam, twoItemRubric } from '../support/reviews.ts';
import { json } from '../support/uploads.ts';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof reviewTeam>>;
beforeAll(async () => {
  ctx = await createTestContext();
  world = await reviewTeam(ctx);
});
afterAll(() => ctx.close());

const admin = () => world.admin.cookie;

describe('rubrics', () => {
  it('creates version 1, and PUT makes version 2 while version 1 stays readable', async () => {
    const created = await call(ctx, 'POST', '/api/rubrics', twoItemRubric, admin());
    expect(created.status).toBe(201);
    const v1 = await json(created);
    expect(v1).toMatchObject({ version: 1, currentVersion: 1, name: 'Two questions' });
    const changed = { ...twoItemRubric, name: 'Two questions, revised', items: [twoItemRubric.items[0]!] };
    const put = await call(ctx, 'PUT', `/api/rubrics/${v1.id}`, changed, admin());
    expect(put.status).toBe(200);
    const v2 = await json(put);
    expect(v2).toMatchObject({ id: v1.id, version: 2, currentVersion: 2, name: 'Two questions, revised' });
    expect(v2.versionId).not.toBe(v1.versionId);

    const current = await json(
      await call(ctx, 'GET', `/api/rubrics/${v1.id}`, undefined, world.therapist.cookie),
    );
    expect(current).toMatchObject({ version: 2, versions: [2, 1] });
    const old = await json(
      await call(ctx, 'GET', `/api/rubrics/${v1.id}?version=1`, undefined, world.supervisor.cookie),
    );
    expect(old).toMatchObject({ version: 1, name: 'Two questions', items: twoItemRubric.items });
    expect((await call(ctx, 'GET', `/api/rubrics/${v1.id}?version=3`, undefined, admin())).status).toBe(404);
    const listed = await json(await call(ctx, 'GET', '/api/rubrics', undefined, world.consultant.cookie));
    expect(listed.rubrics.find((r: { id: string }) => r.id === v1.id)).toMatchObject({ version: 2 });
    const logged = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, v1.id), eq(auditLog.action, 'rubric.update')));
    expect(logged[0]?.detail).toEqual({ version: 2, items: 1 });
  });

  it('keeps the version a review was scored with after the rubric changes', async () => {
    const v1 = await json(await call(ctx, 'POST', '/api/rubrics', twoItemRubric, admin()));
    const upload = await world.upload();
    await reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'start' });
    await reviewAction(ctx, world.supervisor.cookie, upload.id, {
      action: 'return',
      rubricId: v1.id,
      scores: { pace: 3 },
    });
    const revised = {
      ...twoItemRubric,
      items: [{ id: 'warmth', label: 'Warmth', scale: { min: 1, max: 3 } }],
    };
    await call(ctx, 'PUT', `/api/rubrics/${v1.id}`, revised, admin());
    const review = await json(
      await call(ctx, 'GET', `/api/uploads/${upload.id}/review`, undefined, world.therapist.cookie),
    );
    expect(review.rubric).toMatchObject({
      id: v1.id,
      version: 1,
      versionId: v1.versionId,
      currentVersion: 2,
    });
    expect(review.rubric.items.map((i: { id: string }) => i.id)).toEqual(['pace', 'plan']);
    // Reopened and completed with the same rubric: still scored on version 1.
    await reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'reopen' });
    const done = await reviewAction(ctx, world.supervisor.cookie, upload.id, {
      action: 'complete',
      rubricId: v1.id,
      scores: { pace: 4, plan: 1 },
    });
    expect(done.status).toBe(200);
    expect((await json(done)).rubric).toMatchObject({ version: 1 });
  });

  it('installs the example rubric, written for QA Vault, as version 1', async () => {
    const res = await call(ctx, 'POST', '/api/rubrics/example', undefined, admin());
    expect(res.status).toBe(201);
    const rubric = await json(res);
    expect(rubric).toMatchObject({ name: exampleRubric.name, version: 1 });
    expect(rubric.items).toHaveLength(exampleRubric.items.length);
    expect(rubric.appliesTo).toContain('session_recording');
  });

  it.each([
    ['no items', { ...twoItemRubric, items: [] }],
    ['duplicate item ids', { ...twoItemRubric, items: [twoItemRubric.items[0], twoItemRubric.items[0]] }],
    ['max below min', { ...twoItemRubric, items: [{ id: 'a', label: 'A', scale: { min: 5, max: 1 } }] }],
    [
      'a label off the scale',
      { ...twoItemRubric, items: [{ id: 'a', label: 'A', scale: { min: 1, max: 3, labels: { '7': 'x' } } }] },
    ],
    ['an unknown kind', { ...twoItemRubric, appliesTo: ['podcast'] }],
    ['no kinds', { ...twoItemRubric, appliesTo: [] }],
    [
      'a bad item id',
      { ...twoItemRubric, items: [{ id: 'Has Spaces', label: 'A', scale: { min: 1, max: 3 } }] },
    ],
    ['an unknown field', { ...twoItemRubric, owner: 'x' }],
  ])('refuses a rubric with %s (400) and stores nothing', async (_why, body) => {
    const before = (await ctx.deps.db.select().from(rubrics).where(eq(rubrics.organizationId, world.org.id)))
      .length;
    const res = await call(ctx, 'POST', '/api/rubrics', body, admin());
    expect(res.status).toBe(400);
    const after = (await ctx.deps.db.select().from(rubrics).where(eq(rubrics.organizationId, world.org.id)))
      .length;
    expect(after).toBe(before);
  });

  it('refuses a bad PUT (400) without making a version, and answers 404 for a rubric of another organization', async () => {
    const v1 = await json(await call(ctx, 'POST', '/api/rubrics', twoItemRubric, admin()));
    expect((await call(ctx, 'PUT', `/api/rubrics/${v1.id}`, { name: '' }, admin())).status).toBe(400);
    expect(
      (await json(await call(ctx, 'GET', `/api/rubrics/${v1.id}`, undefined, admin()))).versions,
    ).toEqual([1]);
    const other = await reviewTeam(ctx);
    expect((await call(ctx, 'GET', `/api/rubrics/${v1.id}`, undefined, other.admin.cookie)).status).toBe(404);
    expect((await call(ctx, 'PUT', `/api/rubrics/${v1.id}`, twoItemRubric, other.admin.cookie)).status).toBe(
      404,
    );
  });

  it('lets only admins write rubrics (403)', async () => {
    for (const who of [world.therapist, world.supervisor, world.consultant]) {
      expect((await call(ctx, 'POST', '/api/rubrics', twoItemRubric, who.cookie)).status).toBe(403);
    }
  });
});
