import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRosterEntries } from '../../src/rosters/service.ts';
import { extractDocument } from '../../src/scan/extract/index.ts';
import { makeDocx, makePdf, p } from '../scan/extract/fixtures.ts';
import { expectNoCanariesInAuditLog } from '../support/audit.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { s3Env } from '../support/s3.ts';
import {
  allBlobBytes,
  decryptObject,
  expectNothingStored,
  expectRefusedWithoutTrace,
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

const CLEAN = 'The session reviewed the weekly routine and the homework plan.';
const CANARY = 'Quality review canary phrase zebra';
const CLIENT = 'Marisol Quintanilla';
const FILE_NAME = 'Quintanilla family notes.txt';

async function uploaderWithRoster() {
  const who = await teamWithUser(ctx);
  await addRosterEntries(ctx.deps.vault, ctx.deps.db, {
    teamId: who.team.id,
    people: [CLIENT],
    places: [],
    actorId: who.user.id,
    now: ctx.clock.now(),
    audit: { at: ctx.clock.now(), actorRole: 'system', organizationId: who.org.id },
  });
  return who;
}

async function metadataOf(bytes: Uint8Array): Promise<string> {
  const extraction = await extractDocument(bytes);
  return extraction.parts
    .filter((part) => part.source === 'metadata')
    .map((part) => part.text)
    .join(' | ');
}

describe('POST /api/uploads — paperwork', () => {
  it('accepts a clean text file, stores it encrypted, and serves it back as text', async () => {
    const who = await teamWithUser(ctx);
    const body = `${CLEAN}\n${CANARY}\n`;
    const res = await postUpload(
      ctx,
      who.cookie,
      uploadForm({
        kind: 'paperwork',
        title: 'Weekly caregiver session notes',
        sessionDate: '2026-01-02',
        file: { bytes: body, filename: FILE_NAME },
      }),
    );
    expect(res.status).toBe(201);
    const upload = await json(res);
    expect(upload).toMatchObject({
      status: 'accepted',
      kind: 'paperwork',
      format: 'text',
      title: 'Weekly caregiver session notes',
      sessionDate: '2026-01-02',
      teamId: who.team.id,
      ready: true,
      playable: false,
      contentType: 'text/plain; charset=utf-8',
    });
    const content = await getWith(ctx, who.cookie, `/api/uploads/${upload.id}/content`);
    expect(content.status).toBe(200);
    expect(content.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(content.headers.get('content-disposition')).toBeNull();
    expect(await content.text()).toBe(body);
    // The quarantined original is shredded; only the accepted copy is live.
    const row = await uploadRow(ctx, upload.id);
    const blobs = await allBlobBytes(ctx);
    expect(blobs.length).toBeGreaterThan(0);
    for (const blob of blobs) expect(blob.includes(CANARY)).toBe(false);
    expect(row.originalObjectId).not.toBe(row.contentObjectId);
    // The file name is not kept anywhere: not in the row, the log, or the blob keys.
    expect(JSON.stringify(row)).not.toContain('Quintanilla');
    await expectNoCanariesInAuditLog(ctx.deps.db, who.org.id, ['Quintanilla', CANARY]);
  });

  it('accepts a clean PDF and stores it without its author, title or XMP metadata', async () => {
    const who = await teamWithUser(ctx);
    const pdf = await makePdf({
      pages: [[CLEAN]],
      info: { author: 'Program office', title: 'Routine review' },
    });
    const res = await postUpload(
      ctx,
      who.cookie,
      uploadForm({ kind: 'paperwork', file: { bytes: pdf, filename: 'a.pdf' } }),
    );
    expect(res.status).toBe(201);
    const upload = await json(res);
    expect(upload).toMatchObject({ status: 'accepted', format: 'pdf', contentType: 'application/pdf' });
    const stored = await decryptObject(ctx, (await uploadRow(ctx, upload.id)).contentObjectId!);
    expect(await metadataOf(pdf)).toMatch(/Program office/);
    expect(await metadataOf(stored)).not.toMatch(/Program office|Routine review/);
    const body = (await extractDocument(stored)).parts.find((part) => part.source === 'body');
    expect(body?.text).toContain('weekly routine');
  });

  it('accepts a clean DOCX and stores it without core properties', async () => {
    const who = await teamWithUser(ctx);
    const docx = makeDocx({ body: p(CLEAN), core: { 'dc:creator': 'Program office' } });
    expect(await metadataOf(docx)).toContain('Program office');
    const res = await postUpload(ctx, who.cookie, uploadForm({ kind: 'paperwork', file: { bytes: docx } }));
    expect(res.status).toBe(201);
    const upload = await json(res);
    expect(upload.format).toBe('docx');
    const stored = await decryptObject(ctx, (await uploadRow(ctx, upload.id)).contentObjectId!);
    expect(await metadataOf(stored)).not.toContain('Program office');
  });

  it('accepts the form with its fields after the file', async () => {
    const who = await teamWithUser(ctx);
    const res = await postUpload(
      ctx,
      who.cookie,
      uploadForm({ file: { bytes: CLEAN }, title: 'Notes', kind: 'paperwork' }),
    );
    expect(res.status).toBe(201);
    expect(await json(res)).toMatchObject({ title: 'Notes', kind: 'paperwork', status: 'accepted' });
  });

  const identifying: [
    string,
    string,
    (text: string) => Promise<Uint8Array | string>,
    Record<string, unknown>,
  ][] = [
    [
      'a roster name in a text file',
      `${CLEAN}\nWe met with Marisol about the chores chart.\n`,
      async (t) => t,
      { page: 1, line: 2 },
    ],
    [
      'a street address on page 2 of a PDF',
      'The family moved to 1428 Elm Street last month.',
      (t) => makePdf({ pages: [[CLEAN], [CLEAN, t]] }),
      { page: 2, line: 2 },
    ],
    [
      'a phone number in a DOCX paragraph',
      'Call the caregiver at (555) 867-5309 after school.',
      async (t) => makeDocx({ body: p(CLEAN) + p(t) }),
      { page: 1, line: 2 },
    ],
  ];
  for (const [what, text, make, location] of identifying) {
    it(`rejects ${what} with its location, keeps only the masked report, and stores nothing`, async () => {
      const who = await uploaderWithRoster();
      const res = await postUpload(
        ctx,
        who.cookie,
        uploadForm({ kind: 'paperwork', title: 'Notes', file: { bytes: await make(text) } }),
      );
      expect(res.status).toBe(422);
      const { error } = await json(res);
      expect(error.code).toBe('UPLOAD_REJECTED');
      expect(error.findings.length).toBeGreaterThan(0);
      expect(error.findings[0]).toMatchObject({ action: 'block', source: 'file', location });
      const serialized = JSON.stringify(error);
      for (const secret of ['Marisol', '1428 Elm', '867-5309']) expect(serialized).not.toContain(secret);
      const row = await uploadRow(ctx, error.id);
      expect(row).toMatchObject({ status: 'rejected', title: null });
      await expectNothingStored(ctx, error.id);
      // The uploader sees the report; the log has counts only.
      const shown = await json(await getWith(ctx, who.cookie, `/api/uploads/${error.id}`));
      expect(shown.findings).toEqual(error.findings);
      await expectNoCanariesInAuditLog(ctx.deps.db, who.org.id, [
        'Marisol',
        'Quintanilla',
        'Elm Street',
        '867-5309',
      ]);
    });
  }

  it('rejects a title that names a client even when the file is clean', async () => {
    const who = await uploaderWithRoster();
    const res = await postUpload(
      ctx,
      who.cookie,
      uploadForm({ kind: 'paperwork', title: 'Notes for Marisol', file: { bytes: CLEAN } }),
    );
    expect(res.status).toBe(422);
    const { error } = await json(res);
    expect(error.findings[0]).toMatchObject({ source: 'title', location: { field: 'title' } });
    await expectNothingStored(ctx, error.id);
  });
});

describe('POST /api/uploads — refused input', () => {
  const refusals: [string, Record<string, unknown>, number, string][] = [
    [
      'a PNG as paperwork',
      {
        kind: 'paperwork',
        file: {
          bytes: new Uint8Array([
            0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2,
          ]),
        },
      },
      415,
      'unsupported_type',
    ],
    ['a zero-byte file', { kind: 'paperwork', file: { bytes: new Uint8Array() } }, 422, 'empty'],
    [
      'a DOCX cut short',
      { kind: 'paperwork', file: { bytes: makeDocx({ body: p(CLEAN) }).subarray(0, 200) } },
      422,
      'corrupt',
    ],
    [
      'a text file for a recording',
      { kind: 'session_recording', file: { bytes: CLEAN } },
      415,
      'unsupported_type',
    ],
    ['a form without a file', { kind: 'paperwork', title: 'x' }, 400, 'validation_failed'],
    ['a form without a kind', { file: { bytes: CLEAN } }, 400, 'validation_failed'],
    ['an unknown kind', { kind: 'video', file: { bytes: CLEAN } }, 400, 'validation_failed'],
    ['an unknown field', { kind: 'paperwork', client: 'x', file: { bytes: CLEAN } }, 400, 'bad_request'],
    [
      'a transcript with paperwork',
      { kind: 'paperwork', file: { bytes: CLEAN }, transcript: { bytes: 'WEBVTT\n' } },
      400,
      'validation_failed',
    ],
  ];
  for (const [what, spec, status, reason] of refusals) {
    it(`refuses ${what} with ${status} and keeps nothing`, async () => {
      const who = await teamWithUser(ctx);
      const res = await postUpload(ctx, who.cookie, uploadForm(spec as never));
      expect(res.status).toBe(status);
      const { error } = await json(res);
      // 400s answer with the validation envelope; the other refusals name their reason.
      if (status !== 400) expect(error.reason).toBe(reason);
      if (status === 415) expect(error.accepted.paperwork).toContain('PDF');
      await expectRefusedWithoutTrace(ctx, who.user.id, { outcome: 'failure', reason });
    });
  }

  describe('with small limits', () => {
    let small: TestContext;
    beforeAll(async () => {
      small = await createTestContext({
        ...s3Env(),
        MAX_UPLOAD_BYTES: String(64 * 1024),
        MAX_DOCUMENT_BYTES: String(16 * 1024),
      });
    });
    afterAll(() => small.close());

    it('refuses a body whose declared length is over MAX_UPLOAD_BYTES before reading it', async () => {
      const who = await teamWithUser(small);
      let pulled = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(1024));
        },
      });
      const res = await small.app.request('/api/uploads', {
        method: 'POST',
        headers: {
          origin: 'http://localhost',
          cookie: who.cookie,
          'content-type': 'multipart/form-data; boundary=x',
          'content-length': String(1024 * 1024),
        },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
      expect(pulled).toBeLessThanOrEqual(1);
      await expectRefusedWithoutTrace(small, who.user.id, {
        outcome: 'failure',
        reason: 'payload_too_large',
      });
    });

    it('stops reading at MAX_UPLOAD_BYTES when the body streams past it, and keeps nothing', async () => {
      const who = await teamWithUser(small);
      // A recording-looking file, so the (smaller) document limit does not stop it first.
      const wavHead = new Uint8Array([
        0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x41, 0x56, 0x45, 0x66, 0x6d, 0x74, 0x20,
      ]);
      const big = new Uint8Array(200 * 1024);
      big.set(wavHead);
      const encoded = new Response(uploadForm({ kind: 'session_recording', file: { bytes: big } }));
      // Sent without Content-Length, as a stream.
      const res = await small.app.request('/api/uploads', {
        method: 'POST',
        headers: {
          origin: 'http://localhost',
          cookie: who.cookie,
          'content-type': encoded.headers.get('content-type')!,
        },
        body: encoded.body,
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
      await expectRefusedWithoutTrace(small, who.user.id, {
        outcome: 'failure',
        reason: 'payload_too_large',
      });
    });

    it('refuses a document over MAX_DOCUMENT_BYTES as it streams', async () => {
      const who = await teamWithUser(small);
      const res = await postUpload(
        small,
        who.cookie,
        uploadForm({ kind: 'paperwork', file: { bytes: 'b'.repeat(40 * 1024) } }),
      );
      expect(res.status).toBe(413);
      expect((await json(res)).error.message).toContain('16 KiB');
      await expectRefusedWithoutTrace(small, who.user.id, {
        outcome: 'failure',
        reason: 'payload_too_large',
      });
    });
  });

  it('refuses a body that is not multipart', async () => {
    const who = await teamWithUser(ctx);
    const res = await postUpload(ctx, who.cookie, JSON.stringify({ kind: 'paperwork' }), {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(415);
    await expectRefusedWithoutTrace(ctx, who.user.id, {
      outcome: 'failure',
      reason: 'unsupported_media_type',
    });
  });

  it('refuses a multipart body cut short', async () => {
    const who = await teamWithUser(ctx);
    const encoded = new Uint8Array(
      await new Response(uploadForm({ kind: 'paperwork', file: { bytes: CLEAN } })).arrayBuffer(),
    );
    const type = new Response(uploadForm({})).headers.get('content-type')!;
    const boundary = new TextDecoder().decode(encoded).split('\r\n')[0]!.slice(2);
    const res = await postUpload(ctx, who.cookie, encoded.subarray(0, encoded.length - 30), {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(type).toContain('multipart/form-data');
    expect(res.status).toBe(400);
    await expectRefusedWithoutTrace(ctx, who.user.id, { outcome: 'failure', reason: 'bad_request' });
  });

  it('refuses a title that is not valid UTF-8 with 400 and keeps nothing', async () => {
    const who = await teamWithUser(ctx);
    const b = 'title-utf8-boundary';
    const enc = (s: string) => new TextEncoder().encode(s);
    const body = new Uint8Array([
      ...enc(`--${b}\r\nContent-Disposition: form-data; name="title"\r\n\r\nNotes `),
      0xff,
      0xc3,
      ...enc(`\r\n--${b}\r\nContent-Disposition: form-data; name="kind"\r\n\r\npaperwork\r\n`),
      ...enc(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n${CLEAN}\r\n`),
      ...enc(`--${b}--\r\n`),
    ]);
    const res = await postUpload(ctx, who.cookie, body, {
      'content-type': `multipart/form-data; boundary=${b}`,
    });
    expect(res.status).toBe(400);
    expect((await json(res)).error.message).toBe('Invalid request: title: must be valid UTF-8 text');
    await expectRefusedWithoutTrace(ctx, who.user.id, { outcome: 'failure', reason: 'validation_failed' });
  });

  it('answers 404 for a team of another organization, and writes the denial to the log', async () => {
    const who = await teamWithUser(ctx);
    const other = await teamWithUser(ctx);
    const res = await postUpload(
      ctx,
      who.cookie,
      uploadForm({ kind: 'paperwork', team: other.team.id, file: { bytes: CLEAN } }),
    );
    expect(res.status).toBe(404);
    await expectRefusedWithoutTrace(ctx, who.user.id, { outcome: 'denied' });
  });

  it('asks which team when the uploader belongs to several', async () => {
    const who = await teamWithUser(ctx);
    const { createTeam } = await import('../support/factories.ts');
    const second = await createTeam(ctx.deps.db, who.org.id);
    const { teamMemberships } = await import('../../src/orgs/tables.ts');
    await ctx.deps.db.insert(teamMemberships).values({ teamId: second.id, userId: who.user.id });
    const res = await postUpload(ctx, who.cookie, uploadForm({ kind: 'paperwork', file: { bytes: CLEAN } }));
    expect(res.status).toBe(400);
    expect((await json(res)).error.message).toContain('several teams');
    const named = await postUpload(
      ctx,
      who.cookie,
      uploadForm({ kind: 'paperwork', team: second.id, file: { bytes: CLEAN } }),
    );
    expect(named.status).toBe(201);
  });
});
