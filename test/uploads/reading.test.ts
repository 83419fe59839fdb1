import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { grantBreakglass } from '../../src/breakglass/service.ts';
import { uploads } from '../../src/uploads/tables.ts';
import { signedInUser } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { s3Env } from '../support/s3.ts';
import {
  expectNothingStored,
  getWith,
  json,
  postUpload,
  teamWithUser,
  uploadForm,
  uploadRow,
} from '../support/uploads.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext(s3Env());
});
afterAll(() => ctx.close());

const TEXT = 'The session reviewed the weekly routine and the homework plan.\n';

/** A team with a therapist who uploaded a clean text document, and a supervisor and consultant on it. */
async function teamWithDocument() {
  const therapist = await teamWithUser(ctx);
  const res = await postUpload(
    ctx,
    therapist.cookie,
    uploadForm({ kind: 'paperwork', title: 'Routine notes', file: { bytes: TEXT } }),
  );
  expect(res.status).toBe(201);
  const upload = await json(res);
  const on = { organizationId: therapist.org.id, teamIds: [therapist.team.id] };
  const supervisor = await signedInUser(ctx, { role: 'supervisor', ...on });
  const consultant = await signedInUser(ctx, { role: 'consultant', ...on });
  const admin = await signedInUser(ctx, { role: 'admin', organizationId: therapist.org.id });
  return { therapist, supervisor, consultant, admin, upload, id: upload.id as string };
}

async function entries(uploadId: string, action?: string) {
  return ctx.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetId, uploadId), action ? eq(auditLog.action, action) : undefined))
    .orderBy(auditLog.id);
}

describe('GET /api/uploads/:id/content', () => {
  it('serves byte ranges with 206 and Content-Range, suffixes and open ranges, and 416 past the end', async () => {
    const { supervisor, id } = await teamWithDocument();
    const path = `/api/uploads/${id}/content`;
    const first = await getWith(ctx, supervisor.cookie, path, { range: 'bytes=0-10' });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe(`bytes 0-10/${TEXT.length}`);
    expect(first.headers.get('content-length')).toBe('11');
    expect(first.headers.get('accept-ranges')).toBe('bytes');
    expect(await first.text()).toBe(TEXT.slice(0, 11));
    const open = await getWith(ctx, supervisor.cookie, path, { range: 'bytes=20-' });
    expect(await open.text()).toBe(TEXT.slice(20));
    const suffix = await getWith(ctx, supervisor.cookie, path, { range: 'bytes=-6' });
    expect(suffix.headers.get('content-range')).toBe(
      `bytes ${TEXT.length - 6}-${TEXT.length - 1}/${TEXT.length}`,
    );
    expect(await suffix.text()).toBe(TEXT.slice(-6));
    const past = await getWith(ctx, supervisor.cookie, path, { range: `bytes=${TEXT.length}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${TEXT.length}`);
    const nonsense = await getWith(ctx, supervisor.cookie, path, { range: 'lines=1-2' });
    expect(nonsense.status).toBe(200);
    expect(await nonsense.text()).toBe(TEXT);
  });

  it('writes one content.stream entry per playback session, however many range requests it makes', async () => {
    const { supervisor, id } = await teamWithDocument();
    const path = `/api/uploads/${id}/content`;
    await Promise.all(
      ['bytes=0-9', 'bytes=10-19', 'bytes=20-'].map((range) =>
        getWith(ctx, supervisor.cookie, path, { range }),
      ),
    );
    await getWith(ctx, supervisor.cookie, path);
    expect(await entries(id, 'content.stream')).toHaveLength(1);
    // A pause longer than the playback idle time (10 min) starts a new session of playback.
    ctx.clock.advance(11 * 60_000);
    await getWith(ctx, supervisor.cookie, path, { range: 'bytes=0-0' });
    const streams = await entries(id, 'content.stream');
    expect(streams).toHaveLength(2);
    expect(streams[1]).toMatchObject({
      actorId: supervisor.user.id,
      actorRole: 'supervisor',
      outcome: 'success',
      targetType: 'upload',
    });
  });

  it('sends an attachment with a neutral name on ?download=1, logging each download', async () => {
    const { therapist, id } = await teamWithDocument();
    const res = await getWith(ctx, therapist.cookie, `/api/uploads/${id}/content?download=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="qa-vault-${id}.txt"`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await res.text()).toBe(TEXT);
    expect(await entries(id, 'content.download')).toHaveLength(1);
  });

  it('lets a consultant listen and read but never download', async () => {
    const { consultant, id } = await teamWithDocument();
    expect((await getWith(ctx, consultant.cookie, `/api/uploads/${id}/content`)).status).toBe(200);
    const download = await getWith(ctx, consultant.cookie, `/api/uploads/${id}/content?download=1`);
    expect(download.status).toBe(403);
    const denied = await entries(id, 'content.download');
    expect(denied).toEqual([expect.objectContaining({ outcome: 'denied', actorId: consultant.user.id })]);
  });

  it('shows an admin the metadata but not the content, unless a break-glass grant covers it (named in the log)', async () => {
    const { admin, therapist, id } = await teamWithDocument();
    expect((await getWith(ctx, admin.cookie, `/api/uploads/${id}`)).status).toBe(200);
    expect((await getWith(ctx, admin.cookie, `/api/uploads/${id}/content`)).status).toBe(403);
    const grant = await grantBreakglass(ctx.deps.db, {
      organizationId: therapist.org.id,
      adminId: admin.user.id,
      reason: 'Complaint investigation needs this file',
      uploadIds: [id],
      now: ctx.clock.now(),
      audit: {
        at: ctx.clock.now(),
        actorRole: 'admin',
        actorId: admin.user.id,
        organizationId: therapist.org.id,
      },
    });
    const res = await getWith(ctx, admin.cookie, `/api/uploads/${id}/content`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(TEXT);
    const streams = await entries(id, 'content.stream');
    expect(streams.map((e) => e.outcome)).toEqual(['denied', 'success']);
    expect(streams[1]?.detail).toEqual({ grantId: grant.id });
    // Break-glass reads in place; it does not hand out copies.
    expect((await getWith(ctx, admin.cookie, `/api/uploads/${id}/content?download=1`)).status).toBe(403);
  });

  it('does not serve the content when its access-log entry cannot be written', async () => {
    const { supervisor, id } = await teamWithDocument();
    const fn = `qa_test_fail_audit_${id.replaceAll('-', '')}`;
    await ctx.deps.db.execute(
      sql.raw(`create function ${fn}() returns trigger language plpgsql as $$ begin
        if new.target_id = '${id}' and new.action = 'content.stream' then raise exception 'access log unavailable'; end if;
        return new; end $$`),
    );
    await ctx.deps.db.execute(
      sql.raw(`create trigger ${fn} before insert on audit_log for each row execute function ${fn}()`),
    );
    try {
      const res = await getWith(ctx, supervisor.cookie, `/api/uploads/${id}/content`);
      expect(res.status).toBe(500);
      expect(await res.text()).not.toContain('weekly routine');
    } finally {
      await ctx.deps.db.execute(sql.raw(`drop trigger ${fn} on audit_log`));
      await ctx.deps.db.execute(sql.raw(`drop function ${fn}()`));
    }
    // No entry, no playback session: the next read starts one.
    expect(await entries(id, 'content.stream')).toEqual([]);
    expect((await getWith(ctx, supervisor.cookie, `/api/uploads/${id}/content`)).status).toBe(200);
    expect(await entries(id, 'content.stream')).toHaveLength(1);
  });

  it('logs every read: view, transcript-less 404s aside, list', async () => {
    const { supervisor, id } = await teamWithDocument();
    await getWith(ctx, supervisor.cookie, `/api/uploads/${id}`);
    expect((await getWith(ctx, supervisor.cookie, `/api/uploads/${id}/transcript`)).status).toBe(404);
    expect((await getWith(ctx, supervisor.cookie, `/api/uploads/${id}/peaks`)).status).toBe(404);
    const actions = (await entries(id)).map((e) => `${e.action}:${e.outcome}`);
    expect(actions).toEqual(['upload.receive:success', 'upload.accept:success', 'upload.view:success']);
  });
});

describe('GET /api/uploads', () => {
  it('lists own uploads for a therapist, the team for a supervisor, the organization for an admin', async () => {
    const a = await teamWithDocument();
    const colleague = await signedInUser(ctx, {
      role: 'therapist',
      organizationId: a.therapist.org.id,
      teamIds: [a.therapist.team.id],
    });
    const theirs = await json(
      await postUpload(ctx, colleague.cookie, uploadForm({ kind: 'paperwork', file: { bytes: TEXT } })),
    );
    const other = await teamWithDocument();
    const ids = async (cookie: string, query = '') =>
      ((await json(await getWith(ctx, cookie, `/api/uploads${query}`))).uploads as { id: string }[])
        .map((u) => u.id)
        .sort();
    expect(await ids(a.therapist.cookie)).toEqual([a.id]);
    expect(await ids(a.supervisor.cookie)).toEqual([a.id, theirs.id].sort());
    expect(await ids(a.consultant.cookie)).toEqual([a.id, theirs.id].sort());
    expect(await ids(a.admin.cookie)).toEqual([a.id, theirs.id].sort());
    expect(await ids(other.admin.cookie)).toEqual([other.id]);

    const page1 = await json(await getWith(ctx, a.supervisor.cookie, '/api/uploads?limit=1'));
    expect(page1.uploads).toHaveLength(1);
    const page2 = await json(
      await getWith(ctx, a.supervisor.cookie, `/api/uploads?limit=1&cursor=${page1.nextCursor}`),
    );
    expect(page2.uploads).toHaveLength(1);
    expect(page2.nextCursor).toBeNull();
    expect(page2.uploads[0].id).not.toBe(page1.uploads[0].id);
    expect((await getWith(ctx, a.supervisor.cookie, '/api/uploads?cursor=nonsense')).status).toBe(400);
    const filtered = await json(
      await getWith(ctx, a.supervisor.cookie, '/api/uploads?kind=paperwork&status=accepted'),
    );
    expect(filtered.uploads).toHaveLength(2);
    const lists = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, a.supervisor.user.id), eq(auditLog.action, 'upload.list')))
      .orderBy(auditLog.id);
    // One entry per page served, counting what that page showed (never more than its limit).
    expect(lists.map((e) => e.detail)).toEqual([
      { count: 2 },
      { count: 1 },
      { count: 1 },
      { count: 2, kind: 'paperwork', status: 'accepted' },
    ]);
  });
});

describe('DELETE /api/uploads/:id', () => {
  it('crypto-shreds the upload and leaves a tombstone without title or content', async () => {
    const { therapist, id } = await teamWithDocument();
    const before = await uploadRow(ctx, id);
    const res = await ctx.app.request(`/api/uploads/${id}`, {
      method: 'DELETE',
      headers: { origin: 'http://localhost', cookie: therapist.cookie },
    });
    expect(res.status).toBe(204);
    await expectNothingStored(ctx, id);
    const shown = await json(await getWith(ctx, therapist.cookie, `/api/uploads/${id}`));
    expect(shown).toMatchObject({ id, status: 'deleted', title: null, ready: false });
    expect((await getWith(ctx, therapist.cookie, `/api/uploads/${id}/content`)).status).toBe(404);
    expect(before.contentObjectId).not.toBeNull();
    expect(await entries(id, 'upload.delete')).toHaveLength(1);
    const again = await ctx.app.request(`/api/uploads/${id}`, {
      method: 'DELETE',
      headers: { origin: 'http://localhost', cookie: therapist.cookie },
    });
    expect(again.status).toBe(404);
  });

  it('refuses the owner once review has started, but not an admin', async () => {
    const { therapist, admin, id } = await teamWithDocument();
    await ctx.deps.db.update(uploads).set({ reviewStartedAt: ctx.clock.now() }).where(eq(uploads.id, id));
    const del = (cookie: string) =>
      ctx.app.request(`/api/uploads/${id}`, {
        method: 'DELETE',
        headers: { origin: 'http://localhost', cookie },
      });
    expect((await del(therapist.cookie)).status).toBe(403);
    expect((await del(admin.cookie)).status).toBe(204);
  });
});

describe('replacing a rejected upload', () => {
  it('links a new upload to the rejected one it replaces, and only to such a one of the same person', async () => {
    const who = await teamWithUser(ctx);
    const rejected = await json(
      await postUpload(
        ctx,
        who.cookie,
        uploadForm({
          kind: 'paperwork',
          file: { bytes: 'Call the caregiver at (555) 867-5309 after school.\n' },
        }),
      ),
    );
    expect(rejected.error.code).toBe('UPLOAD_REJECTED');
    const full = uploadForm({
      kind: 'paperwork',
      title: 'Routine notes',
      sessionDate: '2026-01-02',
      team: who.team.id,
      replaces: rejected.error.id,
      file: { bytes: TEXT },
    });
    const fixed = await postUpload(ctx, who.cookie, full);
    expect(fixed.status).toBe(201);
    const accepted = await json(fixed);
    expect(accepted.replacesId).toBe(rejected.error.id);
    const notRejected = await postUpload(
      ctx,
      who.cookie,
      uploadForm({ kind: 'paperwork', replaces: accepted.id, file: { bytes: TEXT } }),
    );
    expect(notRejected.status).toBe(409);
    const stranger = await teamWithUser(ctx);
    const notTheirs = await postUpload(
      ctx,
      stranger.cookie,
      uploadForm({ kind: 'paperwork', replaces: rejected.error.id, file: { bytes: TEXT } }),
    );
    expect(notTheirs.status).toBe(404);
  });
});

describe('uploads by a user without a team', () => {
  it('asks for a team', async () => {
    const who = await teamWithUser(ctx);
    const loner = await signedInUser(ctx, { role: 'therapist', organizationId: who.org.id });
    const res = await postUpload(ctx, loner.cookie, uploadForm({ kind: 'paperwork', file: { bytes: TEXT } }));
    expect(res.status).toBe(400);
  });
});
