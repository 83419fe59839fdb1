import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { advanceKeepingSessions, insertRubric, reviewAction, reviewTeam } from '../support/reviews.ts';
import { insertAcceptedUpload, json } from '../support/uploads.ts';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof reviewTeam>>;
const ids: Record<string, string> = {};

const cookies = () =>
  [world.therapist, world.supervisor, world.consultant, world.admin, world.outsider].map((w) => w.cookie);
const later = () => advanceKeepingSessions(ctx, cookies(), 60_000);

beforeAll(async () => {
  ctx = await createTestContext();
  world = await reviewTeam(ctx);
  // Oldest first: a, b (paperwork), c, d, e — then states: a reviewed, b unreviewed, c returned, d in review, e unreviewed.
  for (const [name, kind] of [
    ['a', 'session_recording'],
    ['b', 'paperwork'],
    ['c', 'session_recording'],
    ['d', 'session_recording'],
    ['e', 'session_recording'],
  ] as const) {
    ids[name] = (await world.upload(kind)).id;
    await later();
  }
  const s = world.supervisor.cookie;
  for (const id of [ids.a!, ids.c!, ids.d!]) await reviewAction(ctx, s, id, { action: 'start' });
  await reviewAction(ctx, s, ids.a!, { action: 'complete' });
  await reviewAction(ctx, s, ids.c!, { action: 'return' });
});
afterAll(() => ctx.close());

const queue = async (cookie: string, query = '') => {
  const res = await call(ctx, 'GET', `/api/reviews${query}`, undefined, cookie);
  expect(res.status).toBe(200);
  return json(res);
};
const names = (items: { upload: { id: string } }[]) =>
  items.map((i) => Object.entries(ids).find(([, id]) => id === i.upload.id)?.[0] ?? '?');

describe('GET /api/reviews — the queue', () => {
  it('lists unreviewed first, oldest first, then in review, returned, reviewed, with counts per state', async () => {
    const page = await queue(world.supervisor.cookie);
    expect(names(page.items)).toEqual(['b', 'e', 'd', 'c', 'a']);
    expect(page.counts).toEqual({ unreviewed: 2, in_review: 1, reviewed: 1, returned: 1 });
    expect(page.items[0]).toMatchObject({
      upload: { id: ids.b, kind: 'paperwork' },
      review: { state: 'unreviewed', startedBy: null },
      ownerName: world.therapist.user.name,
      teamName: world.team.name,
    });
    expect(page.nextCursor).toBeNull();
  });

  it('pages with the cursor without skipping or repeating, and keeps the counts of the whole queue', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await queue(world.consultant.cookie, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page.counts.unreviewed).toBe(2);
      seen.push(...names(page.items));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['b', 'e', 'd', 'c', 'a']);
  });

  it('filters by state, kind, owner and team', async () => {
    expect(names((await queue(world.supervisor.cookie, '?state=unreviewed')).items)).toEqual(['b', 'e']);
    expect(names((await queue(world.supervisor.cookie, '?kind=paperwork')).items)).toEqual(['b']);
    expect(names((await queue(world.supervisor.cookie, `?owner=${world.supervisor.user.id}`)).items)).toEqual(
      [],
    );
    expect((await queue(world.supervisor.cookie, `?team=${world.otherTeam.id}`)).items).toEqual([]);
    const returned = await queue(world.supervisor.cookie, '?state=returned');
    expect(names(returned.items)).toEqual(['c']);
    expect(returned.counts.returned).toBe(1);
  });

  it("shows a therapist their own uploads' reviews only, a supervisor of another team nothing, an admin everything", async () => {
    const other = await insertAcceptedUpload(ctx, {
      organizationId: world.org.id,
      teamId: world.otherTeam.id,
      ownerId: world.outsider.user.id,
    });
    expect(names((await queue(world.therapist.cookie)).items)).toEqual(['b', 'e', 'd', 'c', 'a']);
    expect(
      (await queue(world.outsider.cookie)).items.map((i: { upload: { id: string } }) => i.upload.id),
    ).toEqual([other.id]);
    const all = await queue(world.admin.cookie);
    expect(all.items.map((i: { upload: { id: string } }) => i.upload.id)).toContain(other.id);
    expect(all.items).toHaveLength(6);
    const stranger = await reviewTeam(ctx);
    expect((await queue(stranger.supervisor.cookie)).items).toEqual([]);
  });

  it('refuses a cursor it did not make and bad filters (400)', async () => {
    for (const q of ['?cursor=bm9wZQ', '?state=done', '?limit=0', '?team=abc']) {
      expect((await call(ctx, 'GET', `/api/reviews${q}`, undefined, world.supervisor.cookie)).status).toBe(
        400,
      );
    }
  });
});

describe('GET /api/reviews/summary', () => {
  it('counts by state, the median time to review and the mean score per rubric item', async () => {
    const team = await reviewTeam(ctx);
    const keep = [team.supervisor, team.admin, team.therapist].map((w) => w.cookie);
    const rubric = await insertRubric(ctx, team.org.id, team.admin.user.id);
    const s = team.supervisor.cookie;
    const scored = [
      { hours: 1, scores: { pace: 4, plan: 1 } },
      { hours: 3, scores: { pace: 2, plan: 3 } },
      { hours: 2, scores: { pace: 3, plan: 2 } },
    ];
    const uploads = [];
    for (let i = 0; i < 5; i++) uploads.push(await team.upload());
    for (const u of uploads.slice(0, 4)) await reviewAction(ctx, s, u.id, { action: 'start' });
    await reviewAction(ctx, s, uploads[3]!.id, { action: 'return' });
    let elapsed = 0;
    for (const [i, item] of [...scored.entries()].sort((x, y) => x[1].hours - y[1].hours)) {
      await advanceKeepingSessions(ctx, keep, item.hours * 3_600_000 - elapsed);
      elapsed = item.hours * 3_600_000;
      const res = await reviewAction(ctx, s, uploads[i]!.id, {
        action: 'complete',
        rubricId: rubric.id,
        scores: item.scores,
      });
      expect(res.status).toBe(200);
    }
    const res = await call(ctx, 'GET', `/api/reviews/summary?team=${team.team.id}`, undefined, s);
    expect(res.status).toBe(200);
    const summary = await json(res);
    expect(summary).toMatchObject({
      teamId: team.team.id,
      counts: { unreviewed: 1, in_review: 0, returned: 1, reviewed: 3 },
      reviewed: 3,
      medianTimeToReviewMs: 2 * 3_600_000,
    });
    expect(summary.rubrics).toEqual([
      {
        rubricId: rubric.id,
        version: 1,
        name: 'Two questions',
        reviews: 3,
        items: [
          { id: 'pace', label: 'Pacing', mean: 3, scored: 3 },
          { id: 'plan', label: 'Plan agreed', mean: 2, scored: 3 },
        ],
      },
    ]);
    // A range that ends before any completion: nothing reviewed in it, no median.
    const before = new Date(ctx.clock.now().getTime() - 4 * 3_600_000).toISOString();
    const empty = await json(
      await call(
        ctx,
        'GET',
        `/api/reviews/summary?team=${team.team.id}&from=2020-01-01&to=${before}`,
        undefined,
        team.admin.cookie,
      ),
    );
    expect(empty).toMatchObject({ reviewed: 0, medianTimeToReviewMs: null, rubrics: [] });
  });

  it('answers 404 for a team the supervisor is not on, 403 to therapists and consultants, 400 without a team', async () => {
    // A cast of its own: the test above moved the clock past everyone else's sessions.
    const w = await reviewTeam(ctx);
    const summary = async (team: string, cookie: string) =>
      (await call(ctx, 'GET', `/api/reviews/summary?team=${team}`, undefined, cookie)).status;
    expect(await summary(w.otherTeam.id, w.supervisor.cookie)).toBe(404);
    expect(await summary(w.team.id, w.therapist.cookie)).toBe(403);
    expect(await summary(w.team.id, w.consultant.cookie)).toBe(403);
    expect((await call(ctx, 'GET', '/api/reviews/summary', undefined, w.supervisor.cookie)).status).toBe(400);
  });
});
