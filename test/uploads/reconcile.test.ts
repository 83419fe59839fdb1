import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { jobs } from '../../src/jobs/tables.ts';
import { PROCESS_AUDIO_JOB, TRANSCRIBE_JOB } from '../../src/uploads/decide.ts';
import { reconcileUploads } from '../../src/uploads/reconcile.ts';
import { uploads } from '../../src/uploads/tables.ts';
import { startUpload } from '../../src/uploads/transitions.ts';
import { acceptedPrefix, putBytes, quarantinePrefix } from '../../src/uploads/vault-files.ts';
import { putObject } from '../../src/vault/objects.ts';
import { vaultObjects } from '../../src/vault/tables.ts';
import { ffmpeg } from '../media/fixtures.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { openScratchDatabase } from '../support/database.ts';
import { s3Env } from '../support/s3.ts';
import {
  decryptObject,
  expectNothingStored,
  json,
  liveObjectsOf,
  postUpload,
  teamWithUser,
  uploadForm,
  uploadRow,
} from '../support/uploads.ts';

// Its own database: the reconciler acts on every upload there is, judged by this file's clock.
let ctx: TestContext;
let wav: Uint8Array;
let dir: string;
const WINDOW_MS = 120 * 60_000;
const VTT = 'WEBVTT\n\n00:00.000 --> 00:01.000\nThe session reviewed the weekly routine.\n';

beforeAll(async () => {
  ctx = await createTestContext(s3Env(), { database: await openScratchDatabase() });
  dir = await mkdtemp(join(tmpdir(), 'qa-vault-reconcile-'));
  await ffmpeg([
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=300:sample_rate=16000:duration=1',
    '-f',
    'wav',
    join(dir, 'a.wav'),
  ]);
  wav = await readFile(join(dir, 'a.wav'));
});
afterAll(async () => {
  await ctx.close();
  await rm(dir, { recursive: true, force: true });
});

const pastTheWindow = () => ctx.clock.advance(WINDOW_MS + 60_000);

describe('the upload reconciler', () => {
  it('fails an upload whose request died while it arrived, shredding its bytes (even a write still open)', async () => {
    const who = await teamWithUser(ctx);
    const id = await startUpload(ctx.deps.db, {
      organizationId: who.org.id,
      ownerId: who.user.id,
      now: ctx.clock.now(),
    });
    await putBytes(ctx.deps.vault, ctx.deps.db, quarantinePrefix(id), new TextEncoder().encode('first part'));
    let feed!: ReadableStreamDefaultController<Uint8Array>;
    const writing = putObject(ctx.deps.vault, ctx.deps.db, {
      prefix: quarantinePrefix(id),
      body: new ReadableStream({
        start(controller) {
          feed = controller;
          controller.enqueue(new Uint8Array(70_000));
        },
      }),
    });
    writing.catch(() => {});
    while ((await liveObjectsOf(ctx, id)).length < 2) await new Promise((r) => setTimeout(r, 10));

    // Younger than the window: left alone.
    expect((await reconcileUploads(ctx.deps)).interrupted).toBe(0);
    pastTheWindow();
    const result = await reconcileUploads(ctx.deps);
    expect(result.interrupted).toBeGreaterThanOrEqual(1);
    expect(await uploadRow(ctx, id)).toMatchObject({ status: 'failed', failureReason: 'interrupted' });
    feed.error(new Error('client went away'));
    await expect(writing).rejects.toBeDefined();
    await expectNothingStored(ctx, id);
    const [entry] = await ctx.deps.db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(entry).toMatchObject({
      action: 'upload.receive',
      outcome: 'failure',
      actorRole: 'system',
      detail: { reason: 'interrupted' },
    });
  });

  it('shreds objects of an upload that its row does not refer to (written just before a crash), and nothing it does', async () => {
    const who = await teamWithUser(ctx);
    const upload = await json(
      await postUpload(
        ctx,
        who.cookie,
        uploadForm({ kind: 'paperwork', file: { bytes: 'Weekly routine notes.\n' } }),
      ),
    );
    expect(upload.status).toBe('accepted');
    const stray = await putBytes(
      ctx.deps.vault,
      ctx.deps.db,
      acceptedPrefix(upload.id),
      new TextEncoder().encode('stray copy'),
    );
    expect((await reconcileUploads(ctx.deps)).orphansShredded).toBe(0);
    pastTheWindow();
    expect((await reconcileUploads(ctx.deps)).orphansShredded).toBeGreaterThanOrEqual(1);
    const [strayRow] = await ctx.deps.db
      .select()
      .from(vaultObjects)
      .where(eq(vaultObjects.id, stray.objectId));
    expect(strayRow?.status).toBe('shredded');
    const row = await uploadRow(ctx, upload.id);
    expect(new TextDecoder().decode(await decryptObject(ctx, row.contentObjectId!))).toBe(
      'Weekly routine notes.\n',
    );
  });

  it('fails a recording that waited too long for its transcript', async () => {
    const who = await teamWithUser(ctx);
    const upload = await json(
      await postUpload(ctx, who.cookie, uploadForm({ kind: 'session_recording', file: { bytes: wav } })),
    );
    expect(upload.status).toBe('needs_transcript');
    ctx.clock.advance(13 * 24 * 60 * 60_000);
    await reconcileUploads(ctx.deps);
    expect((await uploadRow(ctx, upload.id)).status).toBe('needs_transcript');
    ctx.clock.advance(2 * 24 * 60 * 60_000);
    expect((await reconcileUploads(ctx.deps)).expired).toBeGreaterThanOrEqual(1);
    expect(await uploadRow(ctx, upload.id)).toMatchObject({
      status: 'failed',
      failureReason: 'transcript_timeout',
      title: null,
    });
    await expectNothingStored(ctx, upload.id);
  });

  it('re-queues a recording whose audio job vanished, and fails one whose audio job gave up', async () => {
    const who = await teamWithUser(ctx);
    const post = () =>
      postUpload(
        ctx,
        who.cookie,
        uploadForm({ kind: 'session_recording', file: { bytes: wav }, transcript: { bytes: VTT } }),
      );
    const vanished = await json(await post());
    const gaveUp = await json(await post());
    const jobOf = (id: string) => and(eq(jobs.kind, PROCESS_AUDIO_JOB), eq(jobs.dedupeKey, id));
    await ctx.deps.db.delete(jobs).where(jobOf(vanished.id));
    await ctx.deps.db
      .update(jobs)
      .set({ status: 'failed', lastError: 'MediaProcessingError:ffmpeg_missing' })
      .where(jobOf(gaveUp.id));
    pastTheWindow();
    expect((await reconcileUploads(ctx.deps)).stuck).toBeGreaterThanOrEqual(2);
    const [requeued] = await ctx.deps.db.select().from(jobs).where(jobOf(vanished.id));
    expect(requeued?.status).toBe('queued');
    expect(await uploadRow(ctx, gaveUp.id)).toMatchObject({
      status: 'failed',
      failureReason: 'processing_failed',
    });
    await expectNothingStored(ctx, gaveUp.id);
  });

  it('sends a recording back to needs_transcript when its transcription job gave up', async () => {
    const who = await teamWithUser(ctx);
    const upload = await json(
      await postUpload(ctx, who.cookie, uploadForm({ kind: 'session_recording', file: { bytes: wav } })),
    );
    await ctx.deps.db.update(uploads).set({ status: 'transcribing' }).where(eq(uploads.id, upload.id));
    pastTheWindow();
    await reconcileUploads(ctx.deps);
    const jobOf = and(eq(jobs.kind, TRANSCRIBE_JOB), eq(jobs.dedupeKey, upload.id));
    const [job] = await ctx.deps.db.select().from(jobs).where(jobOf);
    expect(job?.status).toBe('queued');
    await ctx.deps.db.update(jobs).set({ status: 'failed' }).where(jobOf);
    pastTheWindow();
    await reconcileUploads(ctx.deps);
    expect(await uploadRow(ctx, upload.id)).toMatchObject({
      status: 'needs_transcript',
      failureReason: 'stt_failed',
    });
    expect(await liveObjectsOf(ctx, upload.id)).toHaveLength(1);
  });
});
