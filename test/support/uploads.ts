import { and, eq, like, ne, or } from 'drizzle-orm';
import { expect } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { createJsonLogger } from '../../src/logger.ts';
import { registerUploadJobs } from '../../src/uploads/jobs.ts';
import { type Upload, uploads } from '../../src/uploads/tables.ts';
import { acceptedPrefix, putBytes, quarantinePrefix } from '../../src/uploads/vault-files.ts';
import type { Role } from '../../src/users/tables.ts';
import { openObject } from '../../src/vault/objects.ts';
import { vaultObjects } from '../../src/vault/tables.ts';
import { signedInUser } from './auth.ts';
import type { TestContext } from './context.ts';
import { createOrganization, createTeam } from './factories.ts';

/**
 * Uploading from tests: forms built part by part (in the order given, since order matters to a
 * streaming reader), the app's upload jobs run on demand, and what the vault and the blob store
 * hold for an upload, to check that a refusal left nothing behind.
 */

export interface FilePart {
  bytes: Uint8Array | string;
  /** Defaults to a neutral name; tests that plant a canary in the name pass their own. */
  filename?: string;
  type?: string;
}

export type FormSpec = Record<string, string | FilePart | undefined>;

/** A multipart form with the parts in the order of `spec`'s keys (undefined values are left out). */
export function uploadForm(spec: FormSpec): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(spec)) {
    if (value === undefined) continue;
    if (typeof value === 'string') form.append(name, value);
    else {
      const bytes = typeof value.bytes === 'string' ? new TextEncoder().encode(value.bytes) : value.bytes;
      form.append(
        name,
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: value.type ?? 'application/octet-stream' }),
        value.filename ?? `${name}.bin`,
      );
    }
  }
  return form;
}

export function postUpload(
  ctx: TestContext,
  cookie: string,
  body: FormData | BodyInit,
  headers: Record<string, string> = {},
) {
  return ctx.app.request('/api/uploads', {
    method: 'POST',
    headers: { origin: 'http://localhost', cookie, ...headers },
    body,
  });
}

export function getWith(
  ctx: TestContext,
  cookie: string,
  path: string,
  headers: Record<string, string> = {},
) {
  return ctx.app.request(path, { headers: { cookie, ...headers } });
}

/** An organization, a team, and a signed-in user of `role` on it. */
export async function teamWithUser(ctx: TestContext, role: Role = 'therapist') {
  const org = await createOrganization(ctx.deps.db);
  const team = await createTeam(ctx.deps.db, org.id);
  const signed = await signedInUser(ctx, { role, organizationId: org.id, teamIds: [team.id] });
  return { org, team, ...signed };
}

/** Runs every due upload job (audio processing, transcription, reconciler) until none is left. */
export async function runUploadJobs(ctx: TestContext): Promise<number> {
  const runner = new JobRunner({ db: ctx.deps.db, logger: createJsonLogger('error', () => {}) });
  registerUploadJobs(runner, ctx.deps);
  return runner.runUntilIdle();
}

export async function uploadRow(ctx: TestContext, id: string): Promise<Upload> {
  const [row] = await ctx.deps.db.select().from(uploads).where(eq(uploads.id, id));
  return row!;
}

/** Live (readable) vault objects written for an upload, wherever they are. */
export async function liveObjectsOf(ctx: TestContext, uploadId: string) {
  return ctx.deps.db
    .select({ id: vaultObjects.id, blobKey: vaultObjects.blobKey, status: vaultObjects.status })
    .from(vaultObjects)
    .where(
      and(
        ne(vaultObjects.status, 'shredded'),
        or(
          like(vaultObjects.blobKey, `${quarantinePrefix(uploadId)}%`),
          like(vaultObjects.blobKey, `${acceptedPrefix(uploadId)}%`),
        ),
      ),
    );
}

export async function blobKeysOf(ctx: TestContext, uploadId: string): Promise<string[]> {
  const keys: string[] = [];
  for (const prefix of [quarantinePrefix(uploadId), acceptedPrefix(uploadId)]) {
    const page = await ctx.deps.blobs.list(prefix);
    keys.push(...page.items.map((i) => i.key));
  }
  return keys;
}

/** No readable object and no blob remains for the upload (shredded objects keep only a keyless tombstone). */
export async function expectNothingStored(ctx: TestContext, uploadId: string) {
  expect(await liveObjectsOf(ctx, uploadId)).toEqual([]);
  expect(await blobKeysOf(ctx, uploadId)).toEqual([]);
}

/**
 * Checks that a refused upload left nothing but its access-log entry: no row, exactly one
 * `upload.receive` entry by the user with the expected outcome (and, for a failure, the reason
 * code), and — found through that entry, the only place a refused upload's id survives — no
 * object and no blob. A refusal that forgot to log fails here.
 */
export async function expectRefusedWithoutTrace(
  ctx: TestContext,
  userId: string,
  expected: { outcome: 'failure'; reason: string } | { outcome: 'denied' },
) {
  expect(await uploadsOf(ctx, userId)).toEqual([]);
  const entries = await ctx.deps.db
    .select({ targetId: auditLog.targetId, outcome: auditLog.outcome, detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.actorId, userId), eq(auditLog.action, 'upload.receive')));
  expect(entries).toHaveLength(1);
  const [entry] = entries;
  expect(entry!.outcome).toBe(expected.outcome);
  if (expected.outcome === 'failure') {
    expect(entry!.detail).toMatchObject({ reason: expected.reason });
    await expectNothingStored(ctx, entry!.targetId!);
  }
}

/** Every upload row of an owner (a refused upload leaves none; a rejected one stays with its report). */
export async function uploadsOf(ctx: TestContext, ownerId: string): Promise<Upload[]> {
  return ctx.deps.db.select().from(uploads).where(eq(uploads.ownerId, ownerId));
}

export async function decryptObject(ctx: TestContext, objectId: string): Promise<Uint8Array> {
  const opened = await openObject(ctx.deps.vault, ctx.deps.db, objectId);
  return new Uint8Array(await new Response(opened.stream).arrayBuffer());
}

/** Every blob in the store, raw (ciphertext), for canary greps. */
export async function allBlobBytes(
  ctx: TestContext,
  prefixes = ['quarantine/', 'uploads/'],
): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const prefix of prefixes) {
    let cursor: string | undefined;
    do {
      const page = await ctx.deps.blobs.list(prefix, { cursor });
      for (const item of page.items) {
        out.push(Buffer.from(await new Response(await ctx.deps.blobs.get(item.key)).arrayBuffer()));
      }
      cursor = page.cursor;
    } while (cursor);
  }
  return out;
}

/**
 * An upload in a given state written straight to the database and the vault, for routes that only
 * read (the route × role matrix): no scanning, no ffmpeg. `content` is stored as its content.
 */
export async function insertAcceptedUpload(
  ctx: TestContext,
  input: {
    organizationId: string;
    teamId: string;
    ownerId: string;
    kind?: Upload['kind'];
    status?: Upload['status'];
  },
): Promise<Upload> {
  const now = ctx.clock.now();
  const [row] = await ctx.deps.db
    .insert(uploads)
    .values({
      organizationId: input.organizationId,
      teamId: input.teamId,
      ownerId: input.ownerId,
      kind: input.kind ?? 'session_recording',
      status: 'receiving',
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const put = (text: string) =>
    putBytes(ctx.deps.vault, ctx.deps.db, acceptedPrefix(row!.id), new TextEncoder().encode(text));
  const content = await put('OggS fixture audio');
  const transcript = await put('WEBVTT\n\n00:00.000 --> 00:01.000\nHello.\n');
  const peaks = await put(
    '{"version":2,"channels":1,"sample_rate":8000,"samples_per_pixel":800,"bits":8,"length":1,"data":[0,0]}',
  );
  const [updated] = await ctx.deps.db
    .update(uploads)
    .set({
      status: input.status ?? 'accepted',
      format: 'ogg',
      size: 18,
      originalObjectId: content.objectId,
      contentObjectId: content.objectId,
      contentType: 'audio/ogg; codecs=opus',
      transcriptObjectId: transcript.objectId,
      transcriptContentType: 'text/vtt; charset=utf-8',
      transcriptSource: 'uploaded',
      peaksObjectId: peaks.objectId,
      durationMs: 1000,
      decidedAt: now,
      processedAt: now,
    })
    .where(eq(uploads.id, row!.id))
    .returning();
  return updated!;
}

/** A response body as a loose record: the upload tests check it field by field. */
export async function json(res: Response) {
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field by the callers
  return (await res.json()) as Record<string, any>;
}
