import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { and, eq, ne } from 'drizzle-orm';
import type { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArgon2Hasher } from '../../src/auth/argon2-hasher.ts';
import { main } from '../../src/cli/main.ts';
import { systemClock } from '../../src/clock.ts';
import { parseConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import { openPostgres } from '../../src/db/open.ts';
import { jobs } from '../../src/jobs/tables.ts';
import { createJsonLogger } from '../../src/logger.ts';
import { runJobWorker } from '../../src/node.ts';
import { addRosterEntries } from '../../src/rosters/service.ts';
import { R2BlobStore, type R2Like } from '../../src/storage/r2-store.ts';
import { uploads } from '../../src/uploads/tables.ts';
import { putBytes } from '../../src/uploads/vault-files.ts';
import { generateKekEntry, KeyRing } from '../../src/vault/key-ring.ts';
import { openObject } from '../../src/vault/objects.ts';
import { vaultObjects } from '../../src/vault/tables.ts';
import { createVault, type Vault } from '../../src/vault/vault.ts';
import { CONTENT_SECURITY_POLICY as WEB_APP_CSP } from '../../src/web-app/security-headers.ts';
import { signIn } from '../support/auth.ts';
import type { TestContext } from '../support/context.ts';
import { createOrganization, createTeam, createUser } from '../support/factories.ts';
import { uploadForm } from '../support/uploads.ts';
import { bundleWorker, startWorker } from './harness.ts';
import { workerTestDatabase } from './scratch-db.ts';

// The issue's journey against the Worker bundle on workerd (local R2, Hyperdrive → PostgreSQL), with
// `qa-vault worker` on Node doing the audio work from the same database and the same bucket.
const CLIENT = 'Marisol Quintanilla';
const CLEAN_TEXT = 'The session reviewed the weekly routine. Praise was used for compliance.\n';
const NAMING_TEXT = `The session reviewed the weekly routine with ${CLIENT} and her chores chart.\n`;
const CLEAN_VTT =
  'WEBVTT\n\n00:00.000 --> 00:01.000\nThe session reviewed the weekly routine.\n\n00:01.000 --> 00:02.000\nPraise was used for compliance.\n';
const PASSWORD = 'long-enough test passphrase 42';

const database = await workerTestDatabase();
const skip = 'skip' in database ? database.skip : undefined;
const databaseUrl = 'url' in database ? database.url : '';

let mf: Miniflare;
let db: Database;
let vault: Vault;
let dir: string;
let cleanupBundle: () => Promise<void>;
let env: Record<string, string>;
const keys = { active: 'k1', keys: [generateKekEntry('k1')] };
const quiet = createJsonLogger('error', () => {});

/** The Worker as a TestContext for the shared sign-in helpers (requests go to workerd). */
const viaWorker = () =>
  ({
    app: {
      request: (path: string, init?: RequestInit) =>
        mf.dispatchFetch(`http://localhost${path}`, init as never),
    },
    clock: { now: () => new Date(), advance: () => {} },
  }) as unknown as TestContext;

async function signedIn(role: 'therapist' | 'admin', organizationId: string, teamIds: string[] = []) {
  const user = await createUser(db.db, {
    organizationId,
    role,
    teamIds,
    // Hashed by the native binding on Node, verified by the JavaScript argon2id in the Worker.
    passwordHash: await createArgon2Hasher({ memoryCost: 1024, timeCost: 1, parallelism: 1 }).hash(PASSWORD),
  });
  const session = await signIn(viaWorker(), { email: user.email, password: PASSWORD });
  return { user, ...session };
}

/** A request to the Worker as a same-origin page sends it (a form is serialized here, with its boundary). */
async function send(cookie: string, path: string, init: RequestInit = {}) {
  const headers: Record<string, string> = {
    origin: 'http://localhost',
    cookie,
    ...(init.headers as Record<string, string>),
  };
  let body = init.body;
  if (body instanceof FormData) {
    const encoded = new Request('http://localhost/', { method: 'POST', body });
    headers['content-type'] = encoded.headers.get('content-type')!;
    body = new Uint8Array(await encoded.arrayBuffer());
  }
  return mf.dispatchFetch(`http://localhost${path}`, { ...init, headers, body } as never);
}

async function liveObjects(uploadId: string) {
  return db.db
    .select({ key: vaultObjects.blobKey })
    .from(vaultObjects)
    .where(and(ne(vaultObjects.status, 'shredded')))
    .then((rows) => rows.filter((r) => r.key.includes(uploadId)));
}

describe.skipIf(skip !== undefined)(`the Worker on workerd${skip ? ` (skipped: ${skip})` : ''}`, () => {
  beforeAll(async () => {
    if ('skip' in database) return;
    const bundle = await bundleWorker();
    cleanupBundle = bundle.cleanup;
    env = {
      NODE_ENV: 'production',
      MIGRATE_ON_START: 'false',
      LOG_LEVEL: 'error',
      MFA_REQUIRED_ROLES: 'therapist,supervisor,consultant,admin',
      VAULT_KEYS: JSON.stringify(keys),
    };
    dir = await mkdtemp(join(tmpdir(), 'qa-vault-worker-journey-'));
    // A stand-in for web/dist: the test is about the headers, not the web app.
    await mkdir(join(dir, 'web/assets'), { recursive: true });
    await writeFile(join(dir, 'web/index.html'), '<!doctype html><title>QA Vault</title>');
    await writeFile(join(dir, 'web/assets/app-3f9a1c2b.js'), 'export {};');
    mf = startWorker(bundle.dir, { databaseUrl, vars: env, assetsDir: join(dir, 'web') });
    await mf.ready;
    db = await openPostgres(databaseUrl, 2);
    const bucket = (await mf.getR2Bucket('BLOBS')) as unknown as R2Like;
    vault = createVault({
      blobs: new R2BlobStore(bucket),
      keys: await KeyRing.fromSpec(keys),
      logger: quiet,
      clock: systemClock,
    });
  }, 240_000);
  afterAll(async () => {
    await mf?.dispose();
    await db?.close();
    if (!('skip' in database)) await database.drop();
    await cleanupBundle?.();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('signs in with TOTP, accepts a clean document and refuses one naming a client, storing nothing of it', async () => {
    const org = await createOrganization(db.db);
    const team = await createTeam(db.db, org.id);
    const who = await signedIn('therapist', org.id, [team.id]);
    expect(who.totpSecret).toBeTruthy();
    await addRosterEntries(vault, db.db, {
      teamId: team.id,
      people: [CLIENT],
      places: [],
      actorId: who.user.id,
      now: new Date(),
      audit: { at: new Date(), actorRole: 'system', organizationId: org.id },
    });

    const form = (text: string) =>
      uploadForm({
        team: team.id,
        kind: 'paperwork',
        file: { bytes: text, filename: 'notes.txt', type: 'text/plain' },
      });
    const clean = await send(who.cookie, '/api/uploads', { method: 'POST', body: form(CLEAN_TEXT) });
    expect({ status: clean.status, body: clean.status === 201 ? '' : await clean.clone().text() }).toEqual({
      status: 201,
      body: '',
    });
    const accepted = (await clean.json()) as { id: string; status: string };
    expect(accepted.status).toBe('accepted');
    const content = await send(who.cookie, `/api/uploads/${accepted.id}/content`);
    expect(content.status).toBe(200);
    expect(await content.text()).toBe(CLEAN_TEXT);

    const named = await send(who.cookie, '/api/uploads', { method: 'POST', body: form(NAMING_TEXT) });
    expect(named.status).toBe(422);
    const refusal = (await named.json()) as { error: { code: string; id: string } };
    expect(refusal.error.code).toBe('UPLOAD_REJECTED');
    expect(JSON.stringify(refusal)).not.toContain('Quintanilla');
    expect(await liveObjects(refusal.error.id)).toEqual([]);
    const listed = await vault.blobs.list(`quarantine/${refusal.error.id}/`);
    expect(listed.items).toEqual([]);
  });

  it('accepts a recording with its transcript, normalized by `qa-vault worker` on Node, then serves ranges', async () => {
    const org = await createOrganization(db.db);
    const team = await createTeam(db.db, org.id);
    const who = await signedIn('therapist', org.id, [team.id]);
    const wav = join(dir, 'clean.wav');
    await promisify(execFile)('ffmpeg', [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=330:sample_rate=16000:duration=2',
      '-c:a',
      'pcm_s16le',
      wav,
    ]);
    const res = await send(who.cookie, '/api/uploads', {
      method: 'POST',
      body: uploadForm({
        team: team.id,
        kind: 'session_recording',
        file: { bytes: await readFile(wav), filename: 'session.wav', type: 'audio/wav' },
        transcript: { bytes: CLEAN_VTT, filename: 'session.vtt', type: 'text/vtt' },
      }),
    });
    expect(res.status).toBe(201);
    const upload = (await res.json()) as { id: string; status: string; playable: boolean };
    expect(upload).toMatchObject({ status: 'accepted', playable: false });
    const [waiting] = await db.db.select().from(uploads).where(eq(uploads.id, upload.id));
    expect(waiting?.audioInspected).toBe(false);

    // The Worker wrote the transcript; Node decrypts it.
    const transcriptBytes = await new Response(
      (await openObject(vault, db.db, waiting!.transcriptObjectId!)).stream,
    ).text();
    expect(transcriptBytes).toBe(CLEAN_VTT);

    const config = parseConfig({
      DATABASE_URL: databaseUrl,
      VAULT_KEYS: JSON.stringify(keys),
      LOG_LEVEL: 'error',
      MIGRATE_ON_START: 'false',
    });
    expect(await runJobWorker(config, { once: true, blobs: vault.blobs, logger: quiet })).toBeGreaterThan(0);
    const [done] = await db.db.select().from(uploads).where(eq(uploads.id, upload.id));
    expect(done).toMatchObject({
      status: 'accepted',
      audioInspected: true,
      format: 'wav',
      contentType: 'audio/ogg; codecs=opus',
    });

    // Node wrote the normalized audio; the Worker decrypts and serves byte ranges of it.
    const whole = await send(who.cookie, `/api/uploads/${upload.id}/content`);
    expect(whole.status).toBe(200);
    const bytes = new Uint8Array(await whole.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('OggS');
    const ranged = await send(who.cookie, `/api/uploads/${upload.id}/content`, {
      headers: { range: 'bytes=100-199' },
    });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(`bytes 100-199/${bytes.length}`);
    expect(new Uint8Array(await ranged.arrayBuffer())).toEqual(bytes.subarray(100, 200));
    const past = await send(who.cookie, `/api/uploads/${upload.id}/content`, {
      headers: { range: `bytes=${bytes.length + 10}-` },
    });
    expect(past.status).toBe(416);
  }, 180_000); // ffmpeg and a whole Node runtime (word lists included) on a shared two-core machine

  it('exports the access log through the Worker, and `qa-vault audit verify --file` verifies it', async () => {
    const worker = await mf.getWorker();
    // The cron writes a signed checkpoint (and runs the reconciler) from the Worker.
    await worker.scheduled({ cron: '*/5 * * * *', scheduledTime: new Date() });
    const kinds = await db.db.select({ kind: jobs.kind, status: jobs.status }).from(jobs);
    expect(kinds).toEqual(expect.arrayContaining([{ kind: 'audit.checkpoint', status: 'succeeded' }]));

    const org = await createOrganization(db.db);
    const admin = await signedIn('admin', org.id);
    const res = await send(admin.cookie, '/api/audit/export?format=jsonl');
    expect(res.status).toBe(200);
    const file = join(dir, 'export.jsonl');
    await writeFile(file, await res.text());
    let out = '';
    const code = await main(['audit', 'verify', '--file', file], {
      env: { DATABASE_URL: databaseUrl, VAULT_KEYS: JSON.stringify(keys), LOG_LEVEL: 'error' },
      stdin: process.stdin,
      out: (t) => (out += t),
      err: (t) => (out += t),
    });
    expect({ code, out }).toMatchObject({ code: 0 });
  });

  it('writes objects Node can read, and reads objects Node wrote, in the one vault format', async () => {
    // Node puts an object into the Worker's bucket; the Worker's vault reads it back through its API
    // in the journeys above. Here the other direction once more, byte for byte, on a larger object.
    const big = new Uint8Array(200_000).map((_, i) => (i * 7919) % 251);
    const stored = await putBytes(vault, db.db, 'uploads/00000000-0000-4000-8000-000000000000/', big);
    const back = new Uint8Array(
      await new Response((await openObject(vault, db.db, stored.objectId)).stream).arrayBuffer(),
    );
    expect(back).toEqual(big);
  });

  it('stores a large object in R2 as a multipart upload and reads back any range of it', async () => {
    const bucket = (await mf.getR2Bucket('BLOBS')) as unknown as R2Like;
    const store = new R2BlobStore(bucket, 5 * 1024 * 1024);
    const size = 11 * 1024 * 1024 + 123;
    const bytes = new Uint8Array(size).map((_, i) => (i * 31) % 253);
    const key = 'uploads/00000000-0000-4000-8000-000000000001/00000000-0000-4000-8000-000000000002';
    const body = new Blob([bytes]).stream();
    expect(await store.put(key, body)).toEqual({ size });
    expect((await store.head(key))?.size).toBe(size);
    const range = await new Response(
      await store.get(key, { start: 5 * 1024 * 1024 - 10, end: 5 * 1024 * 1024 + 9 }),
    ).arrayBuffer();
    expect(new Uint8Array(range)).toEqual(bytes.subarray(5 * 1024 * 1024 - 10, 5 * 1024 * 1024 + 10));
    await expect(store.get(key, { start: size })).rejects.toThrow('byte range outside the object');
    await store.delete(key);
    expect(await store.head(key)).toBeNull();
  });

  it('serves the web app with the CSP and caching headers, hashed assets immutable, routes to index.html', async () => {
    const index = await mf.dispatchFetch('http://localhost/');
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>QA Vault</title>');
    expect(index.headers.get('content-security-policy')).toBe(WEB_APP_CSP);
    expect(index.headers.get('cache-control')).toBe('no-store');
    const asset = await mf.dispatchFetch('http://localhost/assets/app-3f9a1c2b.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    const route = await mf.dispatchFetch('http://localhost/uploads/some-page');
    expect(route.status).toBe(200);
    expect(route.headers.get('content-security-policy')).toBe(WEB_APP_CSP);
    // The API is the app's, not the assets': an unknown API path is the app's JSON 404.
    const api = await mf.dispatchFetch('http://localhost/api/nothing-here');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/json');
  });
});
