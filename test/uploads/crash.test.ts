import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, inArray, like, ne, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import type { Database, Db } from '../../src/db/client.ts';
import { jobs } from '../../src/jobs/tables.ts';
import { createJsonLogger } from '../../src/logger.ts';
import { buildNodeRuntime } from '../../src/node.ts';
import type { BlobStore } from '../../src/storage/blob-store.ts';
import type { CrashPoint } from '../../src/uploads/crash.ts';
import { PROCESS_AUDIO_JOB } from '../../src/uploads/decide.ts';
import { reconcileUploads } from '../../src/uploads/reconcile.ts';
import { type Upload, uploads } from '../../src/uploads/tables.ts';
import { openNodeVault } from '../../src/vault/node.ts';
import { vaultObjects } from '../../src/vault/tables.ts';
import { ffmpeg } from '../media/fixtures.ts';
import { TestClock, testPasswordHasher } from '../support/context.ts';
import { createOrganization, createTeam, createUser } from '../support/factories.ts';
import { type IsolatedServer, isolatedServer, startServe } from '../support/serve.ts';
import { uploadForm } from '../support/uploads.ts';

/**
 * Kills `qa-vault serve` (SIGKILL, as a power cut would) at each step of the upload pipeline, then
 * restarts it and checks that nothing is accepted without its object, that the pipeline finishes what
 * it can, and that the reconciler shreds everything else. One server data directory throughout.
 */

const PASSWORD = 'crash test passphrase 2026';
const VTT = 'WEBVTT\n\n00:00.000 --> 00:01.000\nThe session reviewed the weekly routine.\n';
const DOC = 'The session reviewed the weekly routine and the homework plan.\n';

let server: IsolatedServer;
let email: string;
let wav: Uint8Array;
let audioDir: string;

beforeAll(async () => {
  server = await isolatedServer({ NODE_ENV: 'test', JOB_POLL_MS: '50', LOG_LEVEL: 'info' });
  audioDir = await mkdtemp(join(tmpdir(), 'qa-vault-crash-audio-'));
  await ffmpeg([
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=300:sample_rate=16000:duration=1',
    '-f',
    'wav',
    join(audioDir, 'a.wav'),
  ]);
  wav = await readFile(join(audioDir, 'a.wav'));
  const database = await server.openDatabase();
  try {
    await database.migrate();
    const org = await createOrganization(database.db);
    const team = await createTeam(database.db, org.id);
    const user = await createUser(database.db, {
      organizationId: org.id,
      role: 'therapist',
      teamIds: [team.id],
      passwordHash: await testPasswordHasher.hash(PASSWORD),
    });
    email = user.email;
  } finally {
    await database.close();
  }
}, 60_000);
afterAll(async () => {
  await server?.close();
  await rm(audioDir, { recursive: true, force: true });
});

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie()[0]!.split(';')[0]!;
}

/** Runs the server with the crash point set, sends `form` (if any), and waits for the process to kill itself. */
async function crashAt(point: CrashPoint, form?: () => FormData) {
  const child = await startServe({ ...server.env, QA_VAULT_CRASH_AT: point });
  if (form) {
    const cookie = await signIn(child.url);
    const res = await fetch(`${child.url}/api/uploads`, {
      method: 'POST',
      headers: { cookie, origin: child.url },
      body: form(),
    }).catch((err: unknown) => err);
    // The process dies inside the request: the connection drops without an answer.
    expect(res).toBeInstanceOf(Error);
  }
  // Generous: on a loaded two-core machine the audio job alone can take seconds.
  const exit = await Promise.race([
    child.exited,
    new Promise((r) => setTimeout(() => r('still running'), 60_000)),
  ]);
  if (exit === 'still running') child.kill('SIGKILL');
  expect(exit, `crash at ${point}; server log:\n${child.stderr().slice(-3000)}`).toEqual({
    code: null,
    signal: 'SIGKILL',
  });
}

/** Opens the server's database between runs (PGlite belongs to one process at a time). */
async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await server.openDatabase();
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

const recordingForm = () =>
  uploadForm({ kind: 'session_recording', transcript: { bytes: VTT }, file: { bytes: wav } });
const documentForm = () => uploadForm({ kind: 'paperwork', file: { bytes: DOC } });

describe('crash safety of the upload pipeline', () => {
  it('leaves nothing accepted without its object at any step, and restart plus reconciler clean up the rest', async () => {
    const steps: [CrashPoint, (() => FormData) | undefined][] = [
      ['received', documentForm],
      ['scanned', documentForm],
      ['stripped', documentForm],
      ['received', recordingForm],
      ['accepted', recordingForm],
      // The queued audio job of the upload above runs at start, and dies between storing and recording.
      ['normalized', undefined],
    ];
    for (const [point, form] of steps) await crashAt(point, form);

    const before = await withDatabase(async ({ db }) => {
      const rows = await db.select().from(uploads);
      for (const row of rows.filter((r) => r.status === 'accepted')) await expectObjectsStored(db, row);
      // A killed worker holds its job's lease for a minute; let it count as expired now.
      await db
        .update(jobs)
        .set({ status: 'queued', lockToken: null, lockedUntil: null })
        .where(eq(jobs.status, 'running'));
      return rows;
    });
    expect(before.map((r) => r.status).sort()).toEqual([
      'accepted',
      'receiving',
      'receiving',
      'receiving',
      'receiving',
    ]);

    // A clean restart: the audio job runs again to the end; the startup reconciler runs too.
    const child = await startServe(server.env);
    const cookie = await signIn(child.url);
    const accepted = before.find((r) => r.status === 'accepted')!;
    const deadline = Date.now() + 90_000;
    let view: { playable?: boolean } = {};
    const reconciled = () => child.stderr().includes('"kind":"uploads.reconcile"');
    while (!(view.playable && reconciled()) && Date.now() < deadline) {
      view = await (await fetch(`${child.url}/api/uploads/${accepted.id}`, { headers: { cookie } })).json();
      if (!(view.playable && reconciled())) await new Promise((r) => setTimeout(r, 100));
    }
    expect(view.playable, child.stderr().slice(-3000)).toBe(true);
    // The startup run of the reconciler (nothing is past the window yet, so it finds nothing to do).
    expect(reconciled(), child.stderr().slice(-3000)).toBe(true);
    child.kill('SIGTERM');
    expect((await child.exited).code).toBe(0);

    // Past the quarantine window, the reconciler fails the dead uploads and shreds every stray object.
    const config = parseConfig({ ...process.env, ...server.env });
    const runtime = await buildNodeRuntime(
      config,
      createJsonLogger('error', () => {}),
    );
    try {
      const clock = new TestClock(new Date(Date.now() + (config.UPLOAD_QUARANTINE_MINUTES + 5) * 60_000));
      const vault = await openNodeVault(config, {
        blobs: runtime.deps.blobs,
        logger: runtime.deps.logger,
        clock,
      });
      const result = await reconcileUploads({ ...runtime.deps, clock, vault });
      expect(result.interrupted).toBe(4);
      expect(result.orphansShredded).toBeGreaterThanOrEqual(2);
      const db = runtime.deps.db;
      const after = await db.select().from(uploads);
      expect(after.map((r) => r.status).sort()).toEqual(['accepted', 'failed', 'failed', 'failed', 'failed']);
      for (const row of after) {
        if (row.status === 'accepted') await expectObjectsStored(db, row, runtime.deps.blobs);
      }
      // Every live object belongs to the accepted upload; every blob has a live key record.
      const live = await db
        .select({ id: vaultObjects.id, blobKey: vaultObjects.blobKey })
        .from(vaultObjects)
        .where(
          and(
            ne(vaultObjects.status, 'shredded'),
            or(like(vaultObjects.blobKey, 'quarantine/%'), like(vaultObjects.blobKey, 'uploads/%')),
          ),
        );
      const final = after.find((r) => r.status === 'accepted')!;
      expect(live.map((o) => o.id).sort()).toEqual(
        [final.contentObjectId, final.peaksObjectId, final.transcriptObjectId].sort(),
      );
      const blobs = [
        ...(await runtime.deps.blobs.list('quarantine/')).items,
        ...(await runtime.deps.blobs.list('uploads/')).items,
      ].map((b) => b.key);
      expect(blobs.sort()).toEqual(live.map((o) => o.blobKey).sort());
      const queued = await db
        .select()
        .from(jobs)
        .where(and(eq(jobs.kind, PROCESS_AUDIO_JOB), inArray(jobs.status, ['queued', 'running'])));
      expect(queued).toEqual([]);
    } finally {
      await runtime.close();
    }
  }, 400_000);
});

/** An accepted upload's objects are readable records with their blobs present. */
async function expectObjectsStored(db: Db, row: Upload, blobs?: BlobStore) {
  const ids = [row.contentObjectId ?? row.originalObjectId, row.transcriptObjectId, row.peaksObjectId].filter(
    (id): id is string => id !== null,
  );
  expect(ids.length).toBeGreaterThan(0);
  const objects = await db.select().from(vaultObjects).where(inArray(vaultObjects.id, ids));
  expect(objects).toHaveLength(ids.length);
  for (const object of objects) {
    expect(object.status).toBe('stored');
    if (blobs) expect(await blobs.head(object.blobKey)).not.toBeNull();
  }
}
