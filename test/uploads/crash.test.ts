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
import { RECONCILE_UPLOADS_JOB } from '../../src/uploads/jobs.ts';
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
 * Kills `qa-vault serve` (SIGKILL, as a power cut would) at each step of the upload pipeline and checks
 * that nothing is accepted without its object, that a restart finishes what it can, and that the
 * reconciler shreds everything else. One test per crash point, each with a server data directory of
 * its own, so one failing point does not hide the others.
 */

const PASSWORD = 'crash test passphrase 2026';
const VTT = 'WEBVTT\n\n00:00.000 --> 00:01.000\nThe session reviewed the weekly routine.\n';
const DOC = 'The session reviewed the weekly routine and the homework plan.\n';

let wav: Uint8Array;
let audioDir: string;

beforeAll(async () => {
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
}, 60_000);
afterAll(async () => {
  await rm(audioDir, { recursive: true, force: true });
});

/** A server data directory of the test's own, with one therapist who can sign in. */
async function serverWithUser(): Promise<{ server: IsolatedServer; email: string }> {
  const server = await isolatedServer({ NODE_ENV: 'test', LOG_LEVEL: 'info' });
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
    return { server, email: user.email };
  } finally {
    await database.close();
  }
}

async function signIn(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie()[0]!.split(';')[0]!;
}

/**
 * Runs the server with the crash point set, sends `form`, and waits for the process to kill itself.
 * A crash inside the request drops the connection; one in the audio job comes after the answer.
 */
async function crashAt(server: IsolatedServer, email: string, point: CrashPoint, form: () => FormData) {
  const child = await startServe({ ...server.env, QA_VAULT_CRASH_AT: point });
  const cookie = await signIn(child.url, email);
  const res = await fetch(`${child.url}/api/uploads`, {
    method: 'POST',
    headers: { cookie, origin: child.url },
    body: form(),
  }).catch((err: unknown) => err);
  if (point === 'normalized') expect(res instanceof Error || (res as Response).status === 201).toBe(true);
  else expect(res).toBeInstanceOf(Error);
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
async function withDatabase<T>(server: IsolatedServer, fn: (database: Database) => Promise<T>): Promise<T> {
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

const jobDone = (kind: string) =>
  new RegExp(`"msg":"job succeeded"[^\n]*"kind":"${kind.replace('.', '\\.')}"`);

/**
 * A clean restart: the startup reconciler runs (nothing is past the window yet, so it finds nothing
 * to do) and an accepted recording's audio job runs again to the end.
 */
async function restart(server: IsolatedServer, email: string, accepted: Upload | undefined) {
  const child = await startServe(server.env);
  try {
    await child.logged(jobDone(RECONCILE_UPLOADS_JOB));
    if (accepted) {
      await child.logged(jobDone(PROCESS_AUDIO_JOB));
      const cookie = await signIn(child.url, email);
      const view = await (
        await fetch(`${child.url}/api/uploads/${accepted.id}`, { headers: { cookie } })
      ).json();
      expect(view.playable, child.stderr().slice(-3000)).toBe(true);
    }
  } finally {
    child.kill('SIGTERM');
  }
  expect((await child.exited).code).toBe(0);
}

/** Past the quarantine window the reconciler fails the dead upload and shreds every stray object. */
async function reconcilePastWindow(server: IsolatedServer) {
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
    const db = runtime.deps.db;
    const [row] = await db.select().from(uploads);
    // Every live object belongs to an accepted upload; every blob has a live key record.
    const live = await db
      .select({ id: vaultObjects.id, blobKey: vaultObjects.blobKey })
      .from(vaultObjects)
      .where(
        and(
          ne(vaultObjects.status, 'shredded'),
          or(like(vaultObjects.blobKey, 'quarantine/%'), like(vaultObjects.blobKey, 'uploads/%')),
        ),
      );
    const blobs = [
      ...(await runtime.deps.blobs.list('quarantine/')).items,
      ...(await runtime.deps.blobs.list('uploads/')).items,
    ].map((b) => b.key);
    expect(blobs.sort()).toEqual(live.map((o) => o.blobKey).sort());
    if (row?.status === 'accepted') {
      await expectObjectsStored(db, row, runtime.deps.blobs);
      expect(live.map((o) => o.id).sort()).toEqual(
        [row.contentObjectId, row.peaksObjectId, row.transcriptObjectId].sort(),
      );
    } else {
      expect(live).toEqual([]);
    }
    const unfinished = await db
      .select()
      .from(jobs)
      .where(and(eq(jobs.kind, PROCESS_AUDIO_JOB), inArray(jobs.status, ['queued', 'running'])));
    expect(unfinished).toEqual([]);
    return { result, row: row! };
  } finally {
    await runtime.close();
  }
}

describe('crash safety of the upload pipeline', () => {
  const cases: [what: string, point: CrashPoint, form: () => FormData, survives: boolean][] = [
    ['a document received into quarantine', 'received', documentForm, false],
    ['a document scanned clean, not yet decided', 'scanned', documentForm, false],
    ['a document whose stripped copy is stored but not recorded', 'stripped', documentForm, false],
    ['a recording received into quarantine', 'received', recordingForm, false],
    ['a recording accepted before its audio job ran', 'accepted', recordingForm, true],
    [
      'a recording whose audio job stored its output but did not record it',
      'normalized',
      recordingForm,
      true,
    ],
  ];
  for (const [what, point, form, survives] of cases) {
    it(`after a crash at "${point}" (${what}), accepts nothing without its object and leaves nothing behind`, async () => {
      const { server, email } = await serverWithUser();
      try {
        await crashAt(server, email, point, form);
        const [crashed] = await withDatabase(server, async ({ db }) => {
          const rows = await db.select().from(uploads);
          for (const row of rows.filter((r) => r.status === 'accepted')) await expectObjectsStored(db, row);
          // A killed worker holds its job's lease for a minute; let it count as expired now.
          await db
            .update(jobs)
            .set({ status: 'queued', lockToken: null, lockedUntil: null })
            .where(eq(jobs.status, 'running'));
          return rows;
        });
        expect(crashed?.status).toBe(survives ? 'accepted' : 'receiving');

        await restart(server, email, survives ? crashed : undefined);
        const { result, row } = await reconcilePastWindow(server);
        expect(result.interrupted).toBe(survives ? 0 : 1);
        expect(row.status).toBe(survives ? 'accepted' : 'failed');
      } finally {
        await server.close();
      }
    }, 200_000);
  }
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
