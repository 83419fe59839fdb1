import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { main } from '../../src/cli/main.ts';
import type { Database } from '../../src/db/client.ts';
import { openPglite, openPostgres } from '../../src/db/open.ts';
import { openScratchDatabase } from '../support/database.ts';

// The commands run in-process on a database of their own: the embedded one under DATA_DIR, or a
// scratch database on the server. `verify` walks the whole log, and one test damages it.
let dataDir: string;
let scratch: (Database & { url?: string }) | undefined;
let env: Record<string, string>;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'qa-vault-audit-cli-'));
  if (process.env.DATABASE_URL) {
    scratch = await openScratchDatabase();
    await scratch.db.execute(sql`select 1`);
  }
  env = { DATA_DIR: dataDir, DATABASE_URL: scratch?.url ?? '', LOG_LEVEL: 'error' };
});
afterAll(async () => {
  await scratch?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    env,
    stdin: process.stdin,
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

/** Opens the same database the commands use, once they have closed it (PGlite allows one user). */
async function openDirectly(): Promise<Database> {
  return scratch?.url ? openPostgres(scratch.url, 1) : openPglite(join(dataDir, 'pg'));
}

describe('qa-vault audit', () => {
  it('checkpoints, exports, and verifies the log and the export, then catches a tampered entry', async () => {
    const first = await run('audit', 'checkpoint');
    expect(first).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^checkpoint written: seq 1, hash [0-9a-f]{64}/),
    });

    const file = join(dataDir, 'export.jsonl');
    expect((await run('audit', 'export', '--out', file)).code).toBe(0);
    const verified = await run('audit', 'verify', '--file', file);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(
      /the complete chain, 2 entries \(seq 1–2\).*1 checkpoint\(s\) match .* valid MACs/,
    );

    const intact = await run('audit', 'verify');
    expect(intact).toMatchObject({ code: 0, out: expect.stringMatching(/audit log intact: 2 entries/) });

    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"actorRole":"system"', '"actorRole":"admin"'));
    const broken = await run('audit', 'verify', '--file', file);
    expect(broken).toMatchObject({
      code: 1,
      out: expect.stringMatching(/export BROKEN at line 1 \(seq 1\)/),
    });

    // A superuser edit that bypasses the trigger, as an attacker with the database would.
    const direct = await openDirectly();
    try {
      await direct.db.transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.update(auditLog).set({ outcome: 'failure' }).where(eq(auditLog.seq, 2));
      });
    } finally {
      await direct.close();
    }
    const tampered = await run('audit', 'verify');
    expect(tampered).toMatchObject({
      code: 1,
      out: expect.stringMatching(/audit log BROKEN at seq 2: its hash does not match its contents/),
    });
  });

  it('exports CSV to stdout, filtered by action', async () => {
    const { code, out } = await run('audit', 'export', '--format', 'csv', '--action', 'audit.checkpoint');
    expect(code).toBe(0);
    expect(out.split('\r\n')[0]).toMatch(/^seq,at,organization_id,/);
    expect(out.split('\r\n')[1]).toMatch(/^1,.*,audit\.checkpoint,/);
  });

  it('exits 2 for a missing or unknown subcommand, a bad option, an unreadable file or an existing output file', async () => {
    for (const argv of [
      ['audit'],
      ['audit', 'shred'],
      ['audit', 'verify', 'extra'],
      ['audit', 'export', '--format', 'xml'],
      ['audit', 'export', '--org', 'not-a-uuid'],
      ['audit', 'verify', '--file', join(dataDir, 'missing.jsonl')],
      // An export never overwrites a file (the first test wrote this one).
      ['audit', 'export', '--out', join(dataDir, 'export.jsonl')],
    ]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).not.toBe('');
    }
  });
});
