import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { parseConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/open.ts';
import { organizations, teams } from '../../src/orgs/tables.ts';
import { users } from '../../src/users/tables.ts';
import { spawnedProcessTimeout } from '../support/serve.ts';

const bin = join(import.meta.dirname, '../../bin/qa-vault.js');
let dataDir: string;
const email = `first-admin-${crypto.randomUUID().slice(0, 8)}@example.test`;
const teamName = `CLI Team ${crypto.randomUUID().slice(0, 8)}`;
// A fresh embedded database has no organization, so `user add` creates the default one. A shared
// PostgreSQL server holds other tests' organizations, where the CLI rightly insists on a name.
const orgArgs = process.env.DATABASE_URL
  ? ['--organization', `CLI Org ${crypto.randomUUID().slice(0, 8)}`]
  : [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'qa-vault-cli-user-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

function run(args: string[], input = '') {
  return spawnSync(process.execPath, [bin, 'user', ...args], {
    input,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: process.env.DATABASE_URL ?? '' },
    encoding: 'utf8',
  });
}

async function inDatabase<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>) {
  const database = await openDatabase(
    parseConfig({ DATA_DIR: dataDir, DATABASE_URL: process.env.DATABASE_URL ?? '' }),
  );
  try {
    return await fn(database.db);
  } finally {
    await database.close();
  }
}

describe('qa-vault user', { timeout: spawnedProcessTimeout }, () => {
  it('adds the first admin with the password from stdin, creating the team, and prints the id', async () => {
    const r = run(
      ['add', '--email', email, '--name', 'First Admin', '--role', 'admin', '--team', teamName, ...orgArgs],
      'bootstrap passphrase 2026\n',
    );
    expect(r.stderr).not.toMatch(/Error|qa-vault user/);
    expect(r.status).toBe(0);
    const id = r.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await inDatabase(async (db) => {
      const [user] = await db.select().from(users).where(eq(users.id, id));
      expect(user).toMatchObject({ email, role: 'admin', disabled: false });
      expect(user!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      const [team] = await db.select().from(teams).where(eq(teams.name, teamName));
      expect(team!.organizationId).toBe(user!.organizationId);
      const [org] = await db.select().from(organizations).where(eq(organizations.id, user!.organizationId));
      expect(org!.name).toBe(orgArgs[1] ?? 'QA Vault');
      const [created] = await db.select().from(auditLog).where(eq(auditLog.targetId, id));
      expect(created).toMatchObject({ action: 'user.create', actorRole: 'system', outcome: 'success' });
      expect(JSON.stringify(created)).not.toContain('bootstrap passphrase');
    });
  }, 60_000);

  it('refuses a duplicate email (exit 1) and a weak password (exit 1) without writing', async () => {
    const dup = run(
      ['add', '--email', email, '--name', 'Again', '--role', 'admin', ...orgArgs],
      'another good passphrase\n',
    );
    expect(dup.status).toBe(1);
    expect(dup.stderr).toMatch(/already exists/);
    const weak = run(
      ['add', '--email', `w-${email}`, '--name', 'Weak', '--role', 'therapist'],
      'password1\n',
    );
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/at least 12 characters/);
    expect(weak.stderr).not.toContain('password1\n');
    await inDatabase(async (db) => {
      const rows = await db
        .select()
        .from(users)
        .where(sql`lower(${users.email}) = ${`w-${email}`}`);
      expect(rows).toHaveLength(0);
    });
  }, 60_000);

  it('exits 2 on a missing option, an unknown role, an unknown action or an empty password', () => {
    expect(run(['add', '--email', email, '--role', 'admin'], 'x\n').status).toBe(2);
    expect(
      run(['add', '--email', 'a@b.test', '--name', 'N', '--role', 'owner'], 'good passphrase here\n').status,
    ).toBe(2);
    expect(run(['promote', '--email', email]).status).toBe(2);
    expect(run(['add', '--email', 'a@b.test', '--name', 'N', '--role', 'therapist'], '').status).toBe(2);
    // Four processes, each loading the app: as long as the test after it on a loaded machine.
  }, 60_000);

  it('prints a one-time reset token and disables a user', async () => {
    const reset = run(['reset', '--email', email.toUpperCase()]);
    expect(reset.status).toBe(0);
    expect(reset.stdout.trim()).toMatch(/^[a-z2-7]{40,}$/);
    const disable = run(['disable', '--email', email]);
    expect(disable.status).toBe(0);
    await inDatabase(async (db) => {
      const [user] = await db.select().from(users).where(eq(users.email, email));
      expect(user!.disabled).toBe(true);
    });
    expect(run(['disable', '--email', 'nobody@example.test']).status).toBe(1);
  }, 60_000);
});
