import { eq, inArray, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/append.ts';
import { auditLog } from '../../src/audit/tables.ts';
import { main } from '../../src/cli/main.ts';
import type { Database, Db } from '../../src/db/client.ts';
import { testPasswordHasher } from '../support/context.ts';
import { createOrganization, createTeam, createUser } from '../support/factories.ts';
import { type IsolatedServer, isolatedServer, type ServeChild, startServe } from '../support/serve.ts';

// Several instances on one database need a PostgreSQL server: embedded PGlite belongs to one process.
const PASSWORD = 'two instances share one log 42';
let server: IsolatedServer;
let database: Database;
let email: string;

beforeAll(async () => {
  if (!process.env.DATABASE_URL) return;
  // A day per checkpoint slot: only the first instance's start signs, so no checkpoint job races the
  // sequencer that the last test kills (a checkpoint chains what is pending too).
  server = await isolatedServer({
    NODE_ENV: 'test',
    AUDIT_SEQUENCER_MS: '50',
    AUDIT_CHECKPOINT_MINUTES: '1440',
    LOG_LEVEL: 'info',
  });
  database = await server.openDatabase();
  const org = await createOrganization(database.db);
  const team = await createTeam(database.db, org.id);
  const user = await createUser(database.db, {
    organizationId: org.id,
    role: 'therapist',
    teamIds: [team.id],
    passwordHash: await testPasswordHasher.hash(PASSWORD),
  });
  email = user.email;
}, 120_000);
afterAll(async () => {
  await database?.close();
  await server?.close();
});

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie()[0]!.split(';')[0]!;
}

function upload(url: string, cookie: string, i: number) {
  const form = new FormData();
  form.append('kind', 'paperwork');
  const text = `the team reviewed the goals for the week and planned session ${i % 7}.\n`;
  form.append('file', new Blob([text], { type: 'text/plain' }), 'note.txt');
  return fetch(`${url}/api/uploads`, { method: 'POST', headers: { cookie, origin: url }, body: form });
}

/** Entries not chained yet; polled while the instances' sequencers run (a bounded wait, not a timing claim). */
async function chainedWithin(db: Db, ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    const [{ n }] = (await db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(isNull(auditLog.seq))) as [{ n: number }];
    if (n === 0 || Date.now() > deadline) return n;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether the entry of a request is chained within `ms` (polled: a bounded wait, not a timing claim). */
async function chainedEntryOf(requestId: string, ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    const [row] = await database.db
      .select({ seq: auditLog.seq })
      .from(auditLog)
      .where(eq(auditLog.requestId, requestId));
    if (row?.seq != null) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stop(child: ServeChild) {
  child.kill('SIGTERM');
  return child.exited;
}

async function auditVerify() {
  let out = '';
  const code = await main(['audit', 'verify'], {
    env: { ...server.env, LOG_LEVEL: 'error' },
    stdin: process.stdin,
    out: (t) => (out += t),
    err: (t) => (out += t),
  });
  return { code, out };
}

describe.skipIf(!process.env.DATABASE_URL)('two `qa-vault serve` instances on one database', () => {
  it('record exactly one entry per action of every request they answered, in one chain that verifies', async () => {
    const a = await startServe(server.env);
    const b = await startServe(server.env);
    try {
      const cookie = await signIn(a.url);
      const urls = [a.url, b.url];
      // First, some uploads to read (through both instances).
      const first = await Promise.all(Array.from({ length: 6 }, (_, i) => upload(urls[i % 2]!, cookie, i)));
      expect(first.map((r) => r.status)).toEqual(Array(6).fill(201));
      const ids = (await Promise.all(first.map((r) => r.json()))).map((u) => (u as { id: string }).id);

      // Then reads and uploads at once, spread over both.
      const calls: { res: Promise<Response>; action: string }[] = [];
      for (let i = 0; i < 48; i++) {
        const url = urls[i % 2]!;
        const id = ids[i % ids.length]!;
        const kind = i % 4;
        if (kind === 0) calls.push({ res: upload(url, cookie, i), action: 'upload.accept' });
        if (kind === 1)
          calls.push({
            res: fetch(`${url}/api/uploads?limit=50`, { headers: { cookie } }),
            action: 'upload.list',
          });
        if (kind === 2)
          calls.push({
            res: fetch(`${url}/api/uploads/${id}`, { headers: { cookie } }),
            action: 'upload.view',
          });
        if (kind === 3) {
          const res = fetch(`${url}/api/uploads/${id}/content?download=1`, { headers: { cookie } });
          calls.push({ res, action: 'content.download' });
        }
      }
      const answered = await Promise.all(
        calls.map(async (c) => {
          const res = await c.res;
          await res.arrayBuffer();
          return { status: res.status, requestId: res.headers.get('x-request-id')!, action: c.action };
        }),
      );
      const ok = answered.filter((r) => r.status >= 200 && r.status < 300);
      expect(ok).toHaveLength(answered.length);

      // The instances' sequencers chain it all while they serve.
      expect(await chainedWithin(database.db, 20_000)).toBe(0);
      const entries = await database.db
        .select({ requestId: auditLog.requestId, action: auditLog.action, seq: auditLog.seq })
        .from(auditLog)
        .where(
          inArray(
            auditLog.requestId,
            ok.map((r) => r.requestId),
          ),
        );
      for (const r of ok) {
        const mine = entries.filter((e) => e.requestId === r.requestId);
        expect(
          mine.filter((e) => e.action === r.action),
          `${r.action} ${r.requestId}`,
        ).toHaveLength(1);
        // No action is recorded twice for one request.
        expect(new Set(mine.map((e) => e.action)).size).toBe(mine.length);
      }
    } finally {
      expect((await stop(a)).code).toBe(0);
      expect((await stop(b)).code).toBe(0);
    }
    expect(await auditVerify()).toMatchObject({ code: 0, out: expect.stringMatching(/audit log intact/) });
  }, 180_000);

  it('answers a request while another transaction holds an unchained entry: the log orders them by commit', async () => {
    const a = await startServe(server.env);
    let ours: { id: number } | undefined;
    let theirs: string | undefined;
    try {
      const cookie = await signIn(a.url);
      // A transaction with an entry, left open across a whole request of the instance. Under a global
      // lock held to commit, that request could not record its entry and would never answer.
      await database.db.transaction(async (tx) => {
        ours = await appendAudit(tx, {
          at: new Date(),
          actorRole: 'system',
          action: 'audit.read',
          outcome: 'success',
        });
        const res = await fetch(`${a.url}/api/uploads?limit=5`, { headers: { cookie } });
        expect(res.status).toBe(200);
        theirs = res.headers.get('x-request-id')!;
        // And the instance's sequencer chains that request's entry past ours, still in flight.
        expect(await chainedEntryOf(theirs, 20_000)).toBe(true);
      });
      expect(await chainedWithin(database.db, 20_000)).toBe(0);
    } finally {
      expect((await stop(a)).code).toBe(0);
    }
    const [mine] = await database.db.select().from(auditLog).where(eq(auditLog.id, ours!.id));
    const [request] = await database.db.select().from(auditLog).where(eq(auditLog.requestId, theirs!));
    // Inserted first, committed last: an earlier id but a later place in the chain.
    expect(mine!.id).toBeLessThan(request!.id);
    expect(mine!.seq).toBeGreaterThan(request!.seq!);
    expect(await auditVerify()).toMatchObject({ code: 0 });
  }, 120_000);

  it('keeps a verifying chain when a sequencer is killed mid-batch, and the next instance completes it', async () => {
    expect(await chainedWithin(database.db, 0)).toBe(0);
    const victim = await startServe({ ...server.env, QA_VAULT_CRASH_AT: 'chained' });
    // Signing in records an entry; the victim's next sequencer turn links it and dies before committing.
    const res = await fetch(`${victim.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: victim.url },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    expect(await victim.exited).toMatchObject({ signal: 'SIGKILL' });
    const pending = await database.db.select().from(auditLog).where(isNull(auditLog.seq));
    expect(pending.length).toBeGreaterThan(0);
    expect(await auditVerify()).toMatchObject({ code: 0, out: expect.stringMatching(/not chained yet/) });

    const next = await startServe(server.env);
    try {
      expect(await chainedWithin(database.db, 20_000)).toBe(0);
    } finally {
      expect((await stop(next)).code).toBe(0);
    }
    expect(await auditVerify()).toMatchObject({ code: 0, out: expect.not.stringMatching(/not chained yet/) });
  }, 120_000);
});
