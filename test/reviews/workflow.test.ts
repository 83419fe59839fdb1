import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { reviewComments, reviews } from '../../src/reviews/tables.ts';
import { deleteUpload } from '../../src/uploads/delete.ts';
import { uploads } from '../../src/uploads/tables.ts';
import { call } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { insertRubric, reviewAction, reviewTeam } from '../support/reviews.ts';
import { json, postUpload, uploadForm, uploadRow } from '../support/uploads.ts';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof reviewTeam>>;
beforeAll(async () => {
  ctx = await createTestContext();
  world = await reviewTeam(ctx);
});
afterAll(() => ctx.close());

async function entries(uploadId: string, action: string) {
  return ctx.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetId, uploadId), eq(auditLog.action, action as never)));
}

describe('POST /api/uploads/:id/review — transitions', () => {
  it('moves unreviewed → in_review → reviewed → in_review → returned, logging each move', async () => {
    const upload = await world.upload();
    const cookie = world.supervisor.cookie;
    const start = await reviewAction(ctx, cookie, upload.id, { action: 'start' });
    expect(start.status).toBe(200);
    expect(await json(start)).toMatchObject({ state: 'in_review', startedBy: world.supervisor.user.id });
    expect((await uploadRow(ctx, upload.id)).reviewStartedAt).not.toBeNull();

    const complete = await reviewAction(ctx, cookie, upload.id, {
      action: 'complete',
      summary: 'Clear plan.',
    });
    expect(await json(complete)).toMatchObject({ state: 'reviewed', summary: 'Clear plan.' });
    const reopen = await reviewAction(ctx, world.consultant.cookie, upload.id, { action: 'reopen' });
    expect(await json(reopen)).toMatchObject({ state: 'in_review' });
    const ret = await reviewAction(ctx, world.consultant.cookie, upload.id, { action: 'return' });
    expect(await json(ret)).toMatchObject({ state: 'returned', decidedBy: world.consultant.user.id });

    for (const [action, from, to] of [
      ['review.start', 'unreviewed', 'in_review'],
      ['review.complete', 'in_review', 'reviewed'],
      ['review.reopen', 'reviewed', 'in_review'],
      ['review.return', 'in_review', 'returned'],
    ] as const) {
      const [entry] = await entries(upload.id, action);
      expect(entry).toMatchObject({ outcome: 'success', detail: { from, to }, teamId: world.team.id });
    }
  });

  it('lets an admin reopen a completed review', async () => {
    const upload = await world.upload();
    await reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'start' });
    await reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'complete' });
    const res = await reviewAction(ctx, world.admin.cookie, upload.id, { action: 'reopen' });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ state: 'in_review' });
  });

  it.each([
    ['start', 'in_review'],
    ['complete', 'unreviewed'],
    ['return', 'unreviewed'],
    ['reopen', 'unreviewed'],
  ])('answers 409 with the current state for %s from %s, and changes nothing', async (action, state) => {
    const upload = await world.upload();
    if (state === 'in_review')
      await reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'start' });
    const res = await reviewAction(ctx, world.consultant.cookie, upload.id, { action });
    expect(res.status).toBe(409);
    expect((await json(res)).error).toMatchObject({ code: 'CONFLICT', state });
    const after = await json(
      await call(ctx, 'GET', `/api/uploads/${upload.id}/review`, undefined, world.supervisor.cookie),
    );
    expect(after.state).toBe(state);
  });

  it('answers 409 to the second of two reviewers completing the same review', async () => {
    const upload = await world.upload();
    await reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'start' });
    const [a, b] = await Promise.all([
      reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'complete' }),
      reviewAction(ctx, world.consultant.cookie, upload.id, { action: 'return' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(
      (await entries(upload.id, 'review.complete').then((e) => e.length)) +
        (await entries(upload.id, 'review.return')).length,
    ).toBe(1);
  });

  it('refuses reopening a review that is in progress (409) and a complete with a stale reopen', async () => {
    const upload = await world.upload();
    await reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'start' });
    expect((await reviewAction(ctx, world.admin.cookie, upload.id, { action: 'reopen' })).status).toBe(409);
    await reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'complete' });
    expect((await reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'complete' })).status).toBe(
      409,
    );
  });

  it('answers 409 for an upload that is not accepted', async () => {
    const rejected = await world.upload();
    await ctx.deps.db.update(uploads).set({ status: 'rejected' }).where(eq(uploads.id, rejected.id));
    const res = await reviewAction(ctx, world.supervisor.cookie, rejected.id, { action: 'start' });
    expect(res.status).toBe(409);
  });
});

describe('POST /api/uploads/:id/review — who may', () => {
  it('refuses the therapist every action on their own upload (403), logged as denied', async () => {
    const upload = await world.upload();
    for (const action of ['start', 'complete', 'return', 'reopen']) {
      const res = await reviewAction(ctx, world.therapist.cookie, upload.id, { action });
      expect(res.status).toBe(403);
    }
    const denied = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, upload.id), eq(auditLog.outcome, 'denied')));
    expect(denied.map((d) => d.action).sort()).toEqual([
      'review.complete',
      'review.reopen',
      'review.return',
      'review.start',
    ]);
  });

  it('answers 404 to a supervisor of another team and 403 to an admin starting a review', async () => {
    const upload = await world.upload();
    expect((await reviewAction(ctx, world.outsider.cookie, upload.id, { action: 'start' })).status).toBe(404);
    expect((await reviewAction(ctx, world.admin.cookie, upload.id, { action: 'start' })).status).toBe(403);
    expect((await reviewAction(ctx, world.admin.cookie, upload.id, { action: 'complete' })).status).toBe(403);
  });

  it('refuses bad bodies with 400 and changes nothing', async () => {
    const upload = await world.upload();
    for (const body of [
      { action: 'finish' },
      { action: 'start', summary: 'Too early.' },
      { action: 'start', extra: 1 },
      {},
    ]) {
      const res = await reviewAction(ctx, world.supervisor.cookie, upload.id, body);
      expect(res.status).toBe(400);
    }
    expect((await uploadRow(ctx, upload.id)).reviewStartedAt).toBeNull();
  });
});

describe('deleting an upload once its review started', () => {
  it('lets the therapist delete before the review starts', async () => {
    const upload = await world.upload();
    const res = await call(ctx, 'DELETE', `/api/uploads/${upload.id}`, undefined, world.therapist.cookie);
    expect(res.status).toBe(204);
  });

  it('refuses the therapist afterwards (403) but lets an admin delete it, review and comments included', async () => {
    const upload = await world.upload();
    await reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'start' });
    await call(
      ctx,
      'POST',
      `/api/uploads/${upload.id}/comments`,
      { body: 'Good pacing.', startMs: 0 },
      world.supervisor.cookie,
    );
    const own = await call(ctx, 'DELETE', `/api/uploads/${upload.id}`, undefined, world.therapist.cookie);
    expect(own.status).toBe(403);
    expect((await uploadRow(ctx, upload.id)).status).toBe('accepted');
    const admin = await call(ctx, 'DELETE', `/api/uploads/${upload.id}`, undefined, world.admin.cookie);
    expect(admin.status).toBe(204);
    expect(await ctx.deps.db.select().from(reviews).where(eq(reviews.uploadId, upload.id))).toEqual([]);
    expect(
      await ctx.deps.db.select().from(reviewComments).where(eq(reviewComments.uploadId, upload.id)),
    ).toEqual([]);
  });

  it('loses the race to a review that started after the policy check (409, nothing deleted)', async () => {
    const upload = await world.upload();
    await reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'start' });
    // The row as the therapist's request read it, before the start committed.
    const stale = { ...(await uploadRow(ctx, upload.id)), reviewStartedAt: null };
    await expect(
      deleteUpload(ctx.deps, {
        row: stale,
        audit: { at: ctx.clock.now(), actorRole: 'therapist', organizationId: world.org.id },
        beforeReviewOnly: true,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await uploadRow(ctx, upload.id)).status).toBe('accepted');
  });
});

describe('rubric and scores on a decision', () => {
  it('stores scores with the rubric version and refuses scores off the scale or incomplete on complete', async () => {
    const rubric = await insertRubric(ctx, world.org.id, world.admin.user.id);
    const upload = await world.upload();
    await reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'start' });
    const off = await reviewAction(ctx, world.supervisor.cookie, upload.id, {
      action: 'complete',
      rubricId: rubric.id,
      scores: { pace: 9, plan: 1 },
    });
    expect(off.status).toBe(400);
    const partial = await reviewAction(ctx, world.supervisor.cookie, upload.id, {
      action: 'complete',
      rubricId: rubric.id,
      scores: { pace: 4 },
    });
    expect(partial.status).toBe(400);
    expect((await json(partial)).error.message).toContain('plan');
    const unknown = await reviewAction(ctx, world.supervisor.cookie, upload.id, {
      action: 'complete',
      rubricId: rubric.id,
      scores: { pace: 4, plan: 2, extra: 1 },
    });
    expect(unknown.status).toBe(400);
    const ok = await reviewAction(ctx, world.supervisor.cookie, upload.id, {
      action: 'complete',
      rubricId: rubric.id,
      scores: { pace: 4, plan: 2 },
    });
    expect(ok.status).toBe(200);
    expect(await json(ok)).toMatchObject({
      state: 'reviewed',
      scores: { pace: 4, plan: 2 },
      rubric: { id: rubric.id, version: 1, versionId: rubric.versionId },
    });
    const [scored] = await entries(upload.id, 'review.score');
    expect(scored?.detail).toEqual({ rubricVersionId: rubric.versionId, items: 2 });
  });

  it('lets a return leave items unscored, and refuses a rubric that does not apply to the kind', async () => {
    const rubric = await insertRubric(ctx, world.org.id, world.admin.user.id);
    const upload = await world.upload('supervision_recording');
    await reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'start' });
    const wrongKind = await reviewAction(ctx, world.supervisor.cookie, upload.id, {
      action: 'return',
      rubricId: rubric.id,
      scores: { pace: 2 },
    });
    expect(wrongKind.status).toBe(400);
    const recording = await world.upload();
    await reviewAction(ctx, world.supervisor.cookie, recording.id, { action: 'start' });
    const ret = await reviewAction(ctx, world.supervisor.cookie, recording.id, {
      action: 'return',
      rubricId: rubric.id,
      scores: { pace: 2 },
    });
    expect(ret.status).toBe(200);
    expect(await json(ret)).toMatchObject({ state: 'returned', scores: { pace: 2 } });
  });
});

describe('replacing a returned upload', () => {
  it('links the replacement with `replaces`, once, and refuses replacing one that was not returned', async () => {
    const signed = world.therapist;
    const first = await postUpload(
      ctx,
      signed.cookie,
      uploadForm({ kind: 'paperwork', file: { bytes: 'The session reviewed the weekly routine.\n' } }),
    );
    const original = await json(first);
    expect(first.status).toBe(201);
    const notReturned = await postUpload(
      ctx,
      signed.cookie,
      uploadForm({
        kind: 'paperwork',
        replaces: original.id,
        file: { bytes: 'Second draft of the plan.\n' },
      }),
    );
    expect(notReturned.status).toBe(409);
    await reviewAction(ctx, world.supervisor.cookie, original.id, { action: 'start' });
    await reviewAction(ctx, world.supervisor.cookie, original.id, {
      action: 'return',
      summary: 'Please add the plan.',
    });
    const replaced = await postUpload(
      ctx,
      signed.cookie,
      uploadForm({
        kind: 'paperwork',
        replaces: original.id,
        file: { bytes: 'Second draft of the plan.\n' },
      }),
    );
    expect(replaced.status).toBe(201);
    const replacement = await json(replaced);
    expect(replacement.replacesId).toBe(original.id);
    const review = await json(
      await call(ctx, 'GET', `/api/uploads/${original.id}/review`, undefined, signed.cookie),
    );
    expect(review).toMatchObject({
      state: 'returned',
      replacedBy: replacement.id,
      summary: 'Please add the plan.',
    });
    const again = await postUpload(
      ctx,
      signed.cookie,
      uploadForm({ kind: 'paperwork', replaces: original.id, file: { bytes: 'Third draft.\n' } }),
    );
    expect(again.status).toBe(409);
  });
});

describe('GET /api/uploads/:id/text', () => {
  it("gives reviewers a document's text line by line and logs the read as content.text", async () => {
    const posted = await postUpload(
      ctx,
      world.therapist.cookie,
      uploadForm({
        kind: 'paperwork',
        file: { bytes: 'Weekly plan reviewed.\nHomework agreed for Monday.\n' },
      }),
    );
    const doc = await json(posted);
    const res = await call(ctx, 'GET', `/api/uploads/${doc.id}/text`, undefined, world.consultant.cookie);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.format).toBe('text');
    expect(body.lines.slice(0, 2)).toEqual([
      { page: 1, line: 1, text: 'Weekly plan reviewed.' },
      { page: 1, line: 2, text: 'Homework agreed for Monday.' },
    ]);
    const [entry] = await entries(doc.id, 'content.text');
    expect(entry).toMatchObject({ outcome: 'success', actorId: world.consultant.user.id });
    const recording = await world.upload();
    expect(
      (await call(ctx, 'GET', `/api/uploads/${recording.id}/text`, undefined, world.supervisor.cookie))
        .status,
    ).toBe(404);
  });
});
