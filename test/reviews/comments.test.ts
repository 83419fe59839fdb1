import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { reviewComments, reviews } from '../../src/reviews/tables.ts';
import { addRosterEntries } from '../../src/rosters/service.ts';
import { expectNoCanariesInAuditLog } from '../support/audit.ts';
import { call } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { advanceKeepingSessions, reviewAction, reviewTeam } from '../support/reviews.ts';
import { json } from '../support/uploads.ts';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof reviewTeam>>;
const CLIENT = 'Thaddeus Brightwater';
const STREET = '41 Larkspur Hollow Road';

beforeAll(async () => {
  ctx = await createTestContext();
  world = await reviewTeam(ctx);
  await addRosterEntries(ctx.deps.vault, ctx.deps.db, {
    teamId: world.team.id,
    people: [CLIENT],
    places: [STREET],
    actorId: world.admin.user.id,
    now: ctx.clock.now(),
    audit: { at: ctx.clock.now(), actorRole: 'system', organizationId: world.org.id },
  });
});
afterAll(() => ctx.close());

const post = (cookie: string, uploadId: string, body: unknown) =>
  call(ctx, 'POST', `/api/uploads/${uploadId}/comments`, body, cookie);
const list = async (cookie: string, uploadId: string) =>
  (await json(await call(ctx, 'GET', `/api/uploads/${uploadId}/comments`, undefined, cookie)))
    .comments as Record<string, unknown>[];

async function inReview(kind?: Parameters<typeof world.upload>[0]) {
  const upload = await world.upload(kind);
  await reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'start' });
  return upload;
}

const advance = (ms: number) =>
  advanceKeepingSessions(
    ctx,
    [world.therapist, world.supervisor, world.consultant, world.admin].map((w) => w.cookie),
    ms,
  );

async function commentsOf(uploadId: string) {
  return ctx.deps.db.select().from(reviewComments).where(eq(reviewComments.uploadId, uploadId));
}

describe('POST /api/uploads/:id/comments', () => {
  it('saves a comment at a time range and a reply, each an access-log entry', async () => {
    const upload = await inReview();
    const res = await post(world.supervisor.cookie, upload.id, {
      body: 'Nice reflection.',
      startMs: 200,
      endMs: 900,
    });
    expect(res.status).toBe(201);
    const comment = await json(res);
    expect(comment).toMatchObject({
      body: 'Nice reflection.',
      startMs: 200,
      endMs: 900,
      page: null,
      deleted: false,
    });
    expect(comment.editableUntil).toBe(new Date(ctx.clock.now().getTime() + 15 * 60_000).toISOString());
    const reply = await post(world.consultant.cookie, upload.id, { body: 'Agreed.', parentId: comment.id });
    expect(reply.status).toBe(201);
    expect((await json(reply)).parentId).toBe(comment.id);
    const logged = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, upload.id), eq(auditLog.action, 'review.comment')))
      // Insertion order: PostgreSQL promises none without it, and chaining an entry (an update) moves it.
      .orderBy(auditLog.id);
    expect(logged.map((e) => e.detail)).toEqual([
      { commentId: comment.id, reply: false, at: 'time' },
      { commentId: expect.any(String), reply: true, at: 'whole' },
    ]);
  });

  it('comments on pages of a document and refuses a time on it (400)', async () => {
    const doc = await inReview('paperwork');
    expect(
      (await post(world.supervisor.cookie, doc.id, { body: 'Page two is clear.', page: 2 })).status,
    ).toBe(201);
    expect((await post(world.supervisor.cookie, doc.id, { body: 'At a time.', startMs: 0 })).status).toBe(
      400,
    );
  });

  it.each([
    [{ body: '' }],
    [{ body: '   ' }],
    [{ body: 'x'.repeat(5001) }],
    [{ body: 'Range', endMs: 10 }],
    [{ body: 'Range', startMs: 500, endMs: 100 }],
    [{ body: 'Past the end', startMs: 5000 }],
    [{ body: 'Both', startMs: 0, page: 1 }],
    [{ body: 'Page on audio', page: 1 }],
    [{ body: 'Unknown', extra: true }],
    [{ body: 'Bad parent', parentId: 'not-a-uuid' }],
  ])('refuses %j with 400 and stores nothing', async (body) => {
    const upload = await inReview();
    const res = await post(world.supervisor.cookie, upload.id, body);
    expect(res.status).toBe(400);
    expect(await commentsOf(upload.id)).toEqual([]);
  });

  it('answers 404 for a parent on another upload', async () => {
    const a = await inReview();
    const b = await inReview();
    const parent = await json(await post(world.supervisor.cookie, a.id, { body: 'On a.' }));
    expect((await post(world.supervisor.cookie, b.id, { body: 'Reply.', parentId: parent.id })).status).toBe(
      404,
    );
  });

  it('needs the review started (409) and refuses a therapist until it comes back to them', async () => {
    const upload = await world.upload();
    expect((await post(world.supervisor.cookie, upload.id, { body: 'Too early.' })).status).toBe(409);
    await reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'start' });
    expect((await post(world.therapist.cookie, upload.id, { body: 'Question.' })).status).toBe(409);
    await reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'return' });
    expect((await post(world.supervisor.cookie, upload.id, { body: 'After return.' })).status).toBe(409);
    expect((await post(world.therapist.cookie, upload.id, { body: 'Thanks, fixed.' })).status).toBe(201);
  });

  it('answers 404 to a supervisor of another team and 403 to an admin', async () => {
    const upload = await inReview();
    expect((await post(world.outsider.cookie, upload.id, { body: 'Hello.' })).status).toBe(404);
    expect((await post(world.admin.cookie, upload.id, { body: 'Hello.' })).status).toBe(403);
  });
});

describe("reviewers' words are scanned before they are stored", () => {
  it('refuses a comment naming a roster client with 422 COMMENT_REJECTED, masked findings, nothing stored, no text logged', async () => {
    const upload = await inReview();
    const body = `Ask ${CLIENT} about the week at school.`;
    const res = await post(world.supervisor.cookie, upload.id, { body, startMs: 0, endMs: 400 });
    expect(res.status).toBe(422);
    const error = (await json(res)).error;
    expect(error.code).toBe('COMMENT_REJECTED');
    expect(error.findings.length).toBeGreaterThan(0);
    expect(error.findings[0]).toMatchObject({
      label: 'PERSON',
      detector: 'roster',
      action: 'block',
      location: { field: 'body', line: 1 },
      source: 'comment',
    });
    const text = JSON.stringify(error).toLowerCase();
    expect(text).not.toContain('thaddeus');
    expect(text).not.toContain('brightwater');
    expect(await commentsOf(upload.id)).toEqual([]);
    const [refused] = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, upload.id), eq(auditLog.action, 'review.comment')));
    expect(refused).toMatchObject({
      outcome: 'failure',
      detail: { reason: 'findings', block: expect.any(Number) },
    });
    await expectNoCanariesInAuditLog(ctx.deps.db, world.org.id, [
      'Thaddeus',
      'Brightwater',
      'week at school',
    ]);
  });

  it('refuses a summary naming a roster place on return: 422, the review stays in review, nothing stored', async () => {
    const upload = await inReview();
    const res = await reviewAction(ctx, world.supervisor.cookie, upload.id, {
      action: 'return',
      summary: `Home visit at ${STREET} went well.`,
    });
    expect(res.status).toBe(422);
    const error = (await json(res)).error;
    expect(error).toMatchObject({ code: 'COMMENT_REJECTED' });
    expect(error.findings[0]).toMatchObject({ source: 'summary', location: { field: 'summary' } });
    expect(JSON.stringify(error).toLowerCase()).not.toContain('larkspur');
    const [row] = await ctx.deps.db.select().from(reviews).where(eq(reviews.uploadId, upload.id));
    expect(row).toMatchObject({ state: 'in_review', summary: null });
    await expectNoCanariesInAuditLog(ctx.deps.db, world.org.id, ['Larkspur', 'Home visit']);
  });

  it('refuses an edit that adds a client name and keeps the earlier text', async () => {
    const upload = await inReview();
    const comment = await json(await post(world.supervisor.cookie, upload.id, { body: 'Good pacing.' }));
    const res = await call(
      ctx,
      'PATCH',
      `/api/uploads/${upload.id}/comments/${comment.id}`,
      { body: `Good pacing with ${CLIENT}.` },
      world.supervisor.cookie,
    );
    expect(res.status).toBe(422);
    expect((await commentsOf(upload.id))[0]?.body).toBe('Good pacing.');
  });
});

describe('editing and deleting comments', () => {
  it('lets the author edit within 15 minutes; the log keeps only a keyed hash of the earlier text', async () => {
    const upload = await inReview();
    const comment = await json(
      await post(world.supervisor.cookie, upload.id, { body: 'First wording here.' }),
    );
    await advance(14 * 60_000);
    const res = await call(
      ctx,
      'PATCH',
      `/api/uploads/${upload.id}/comments/${comment.id}`,
      { body: 'Second wording.' },
      world.supervisor.cookie,
    );
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({
      body: 'Second wording.',
      editedAt: ctx.clock.now().toISOString(),
    });
    const [edit] = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, upload.id), eq(auditLog.action, 'review.comment_edit')));
    expect(edit?.detail).toMatchObject({
      commentId: comment.id,
      previousHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    await expectNoCanariesInAuditLog(ctx.deps.db, world.org.id, ['First wording', 'Second wording']);
  });

  it('refuses edits and deletes after 15 minutes (409) and by anyone but the author (403)', async () => {
    const upload = await inReview();
    const comment = await json(await post(world.supervisor.cookie, upload.id, { body: 'Keep this.' }));
    const path = `/api/uploads/${upload.id}/comments/${comment.id}`;
    expect((await call(ctx, 'PATCH', path, { body: 'Not mine.' }, world.consultant.cookie)).status).toBe(403);
    expect((await call(ctx, 'DELETE', path, undefined, world.consultant.cookie)).status).toBe(403);
    await advance(15 * 60_000);
    expect((await call(ctx, 'PATCH', path, { body: 'Too late.' }, world.supervisor.cookie)).status).toBe(409);
    expect((await call(ctx, 'DELETE', path, undefined, world.supervisor.cookie)).status).toBe(409);
    expect((await commentsOf(upload.id))[0]?.body).toBe('Keep this.');
  });

  it('deletes within the window: the body goes, a reply keeps its place, the log has a hash only', async () => {
    const upload = await inReview();
    const comment = await json(await post(world.supervisor.cookie, upload.id, { body: 'Delete me soon.' }));
    await post(world.consultant.cookie, upload.id, { body: 'Reply below.', parentId: comment.id });
    const res = await call(
      ctx,
      'DELETE',
      `/api/uploads/${upload.id}/comments/${comment.id}`,
      undefined,
      world.supervisor.cookie,
    );
    expect(res.status).toBe(204);
    const listed = await list(world.supervisor.cookie, upload.id);
    expect(listed.find((c) => c.id === comment.id)).toMatchObject({ body: null, deleted: true });
    expect(listed.find((c) => c.parentId === comment.id)).toMatchObject({ body: 'Reply below.' });
    expect(
      (
        await call(
          ctx,
          'DELETE',
          `/api/uploads/${upload.id}/comments/${comment.id}`,
          undefined,
          world.supervisor.cookie,
        )
      ).status,
    ).toBe(404);
    await expectNoCanariesInAuditLog(ctx.deps.db, world.org.id, ['Delete me soon']);
  });
});

describe('what the therapist sees', () => {
  it('sees no comments, scores or summary while the review is in progress, then what was returned, never later drafts', async () => {
    const upload = await inReview();
    await post(world.supervisor.cookie, upload.id, { body: 'Published remark.', startMs: 100 });
    expect(await list(world.therapist.cookie, upload.id)).toEqual([]);
    const draft = await json(
      await call(ctx, 'GET', `/api/uploads/${upload.id}/review`, undefined, world.therapist.cookie),
    );
    expect(draft).toMatchObject({ state: 'in_review', summary: null, scores: null });

    ctx.clock.advance(1000);
    await reviewAction(ctx, world.supervisor.cookie, upload.id, {
      action: 'return',
      summary: 'See the remark.',
    });
    expect((await list(world.therapist.cookie, upload.id)).map((c) => c.body)).toEqual(['Published remark.']);
    const returned = await json(
      await call(ctx, 'GET', `/api/uploads/${upload.id}/review`, undefined, world.therapist.cookie),
    );
    expect(returned).toMatchObject({ state: 'returned', summary: 'See the remark.' });

    ctx.clock.advance(1000);
    await reviewAction(ctx, world.supervisor.cookie, upload.id, { action: 'reopen' });
    await post(world.supervisor.cookie, upload.id, { body: 'New draft remark.', startMs: 300 });
    expect((await list(world.therapist.cookie, upload.id)).map((c) => c.body)).toEqual(['Published remark.']);
    expect((await list(world.supervisor.cookie, upload.id)).map((c) => c.body)).toEqual([
      'Published remark.',
      'New draft remark.',
    ]);
    const reopened = await json(
      await call(ctx, 'GET', `/api/uploads/${upload.id}/review`, undefined, world.therapist.cookie),
    );
    expect(reopened).toMatchObject({ state: 'in_review', summary: null });
  });

  it('answers 403 to an admin listing comments without a grant', async () => {
    const upload = await inReview();
    expect(
      (await call(ctx, 'GET', `/api/uploads/${upload.id}/comments`, undefined, world.admin.cookie)).status,
    ).toBe(403);
  });
});
