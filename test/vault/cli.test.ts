import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { main } from '../../src/cli/main.ts';
import { parseConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/open.ts';
import { createJsonLogger } from '../../src/logger.ts';
import { openBlobStore } from '../../src/storage/open.ts';
import { EMBEDDED_KEY_FILE, readKeyFile } from '../../src/vault/key-file.ts';
import { openNodeVault } from '../../src/vault/node.ts';
import { putObject } from '../../src/vault/objects.ts';
import { pattern, ringSpec, streamOf } from './helpers.ts';

/** Runs `qa-vault …` in-process against an embedded database and key file of its own. */
async function run(env: Record<string, string>, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    env: { NODE_ENV: 'test', LOG_LEVEL: 'error', ...env },
    stdin: process.stdin,
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
  });
  return { code, out, err };
}

/** Writes objects through the vault the way the service would, then closes everything. */
async function seed(env: Record<string, string>, count: number) {
  const config = parseConfig({ NODE_ENV: 'test', ...env });
  const database = await openDatabase(config);
  try {
    await database.migrate();
    const blobs = await openBlobStore(config);
    const vault = await openNodeVault(config, {
      blobs,
      logger: createJsonLogger('error', () => {}),
      clock: { now: () => new Date() },
    });
    const ids: { objectId: string; blobKey: string }[] = [];
    for (let i = 0; i < count; i++) {
      ids.push(
        await putObject(vault, database.db, { prefix: 'uploads/', body: streamOf(pattern(100_000, i)) }),
      );
    }
    return ids;
  } finally {
    await database.close();
  }
}

/** The access-log entries the key and vault commands wrote, oldest first. */
async function systemEntries(env: Record<string, string>) {
  const database = await openDatabase(parseConfig({ NODE_ENV: 'test', ...env }));
  try {
    return await database.db
      .select({
        action: auditLog.action,
        outcome: auditLog.outcome,
        actorRole: auditLog.actorRole,
        actorId: auditLog.actorId,
        targetId: auditLog.targetId,
        detail: auditLog.detail,
      })
      .from(auditLog)
      .where(inArray(auditLog.action, ['key.rotate', 'key.retire', 'vault.sweep']))
      .orderBy(auditLog.seq);
  } finally {
    await database.close();
  }
}

describe('qa-vault keys and vault commands (embedded key file)', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let objects: { objectId: string; blobKey: string }[];
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'qa-vault-cli-'));
    env = { DATA_DIR: dataDir };
    objects = await seed(env, 3);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('rotates the key file, re-wraps every data key, then retires the old KEK', async () => {
    const oldId = (await readKeyFile(join(dataDir, EMBEDDED_KEY_FILE))).spec.active;
    const before = await run(env, 'keys', 'status');
    expect(before.code).toBe(0);
    expect(before.out).toMatch(new RegExp(`${oldId}\\s+3  \\(active\\)`));
    expect(before.out).toMatch(/embedded key file .* \(production must supply VAULT_KEYS\)/);

    const activeRetire = await run(env, 'keys', 'retire', '--id', oldId);
    expect(activeRetire.code).toBe(1);
    expect(activeRetire.err).toMatch(/is the active KEK/);

    const rotated = await run(env, 'keys', 'rotate', '--batch-size', '2');
    expect(rotated.code).toBe(0);
    const newId = (await readKeyFile(join(dataDir, EMBEDDED_KEY_FILE))).spec.active;
    expect(newId).not.toBe(oldId);
    expect(rotated.out).toContain(`Generated KEK ${newId}`);
    expect(rotated.out).toContain(`Re-wrapped 3 data keys to ${newId}`);

    const after = await run(env, 'keys', 'status');
    expect(after.out).toMatch(new RegExp(`${newId}\\s+3  \\(active\\)`));
    expect(after.out).toMatch(new RegExp(`${oldId}\\s+0\\n`));

    const retired = await run(env, 'keys', 'retire', '--id', oldId);
    expect(retired.code).toBe(0);
    expect((await readKeyFile(join(dataDir, EMBEDDED_KEY_FILE))).spec.keys.map((k) => k.id)).toEqual([newId]);

    const verified = await run(env, 'vault', 'verify');
    expect(verified).toMatchObject({ code: 0, out: 'Checked 3 objects: 0 failed.\n' });

    // Each change of keys is in the access log as the system's, refusals included.
    const system = { actorRole: 'system', actorId: null };
    expect(await systemEntries(env)).toEqual([
      { ...system, action: 'key.retire', outcome: 'failure', targetId: oldId, detail: { reason: 'active' } },
      {
        ...system,
        action: 'key.rotate',
        outcome: 'success',
        targetId: newId,
        detail: { rewrapped: 3, failed: 0, remaining: 0, rosterEntriesResealed: 0, rosterEntriesFailed: 0 },
      },
      {
        ...system,
        action: 'key.retire',
        outcome: 'success',
        targetId: oldId,
        detail: { removedFromKeyFile: true },
      },
    ]);
  }, 60_000);

  it('verify reports a damaged object and exits 1; sweep reports what it did', async () => {
    const damaged = objects[1]!;
    const path = join(dataDir, 'blobs', ...damaged.blobKey.split('/'));
    const raw = await readFile(path);
    raw[raw.length - 20]! ^= 1;
    await writeFile(path, raw);
    const verified = await run(env, 'vault', 'verify');
    expect(verified.code).toBe(1);
    expect(verified.err).toContain(`${damaged.objectId}: segment failed authentication`);
    expect((await run(env, 'vault', 'verify', '--sample', '1')).out).toMatch(/^Checked 1 objects/);
    const swept = await run(env, 'vault', 'sweep');
    expect(swept).toMatchObject({ code: 0 });
    expect(swept.out).toMatch(/Checked 3 blobs: deleted 0 without a key record; removed 0 abandoned writes/);
    expect((await systemEntries(env)).at(-1)).toEqual({
      action: 'vault.sweep',
      outcome: 'success',
      actorRole: 'system',
      actorId: null,
      targetId: null,
      detail: { graceMinutes: 1440, blobsChecked: 3, orphanBlobsDeleted: 0, abandonedWrites: 0 },
    });
  }, 60_000);

  it('answers usage errors with exit 2', async () => {
    expect((await run(env, 'keys')).code).toBe(2);
    expect((await run(env, 'keys', 'frobnicate')).code).toBe(2);
    expect((await run(env, 'keys', 'rotate', '--batch-size', '0')).err).toMatch(
      /--batch-size must be a positive/,
    );
    expect((await run(env, 'keys', 'retire')).err).toMatch(/--id is required/);
    expect((await run(env, 'vault', 'verify', '--sample', 'x')).code).toBe(2);
  }, 60_000);
});

describe('qa-vault keys with inline VAULT_KEYS', () => {
  it('asks the operator for a new key, re-wraps once it is active, and says when the old one can go', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'qa-vault-cli-'));
    try {
      const first = ringSpec(['k1']);
      const env = { DATA_DIR: dataDir, VAULT_KEYS: JSON.stringify(first) };
      await seed(env, 2);
      const nothing = await run(env, 'keys', 'rotate');
      expect(nothing.code).toBe(0);
      expect(nothing.out).toMatch(/add a new key to VAULT_KEYS, make it "active", restart/);

      const second = { active: 'k2', keys: [...first.keys, ...ringSpec(['k2']).keys] };
      const env2 = { ...env, VAULT_KEYS: JSON.stringify(second) };
      const blocked = await run(env2, 'keys', 'retire', '--id', 'k1');
      expect(blocked.code).toBe(1);
      expect(blocked.err).toMatch(/2 vault data keys still depend on k1/);
      const rotated = await run(env2, 'keys', 'rotate');
      expect(rotated.out).toMatch(/2 data keys are wrapped by older KEKs; re-wrapping them to k2/);
      const retired = await run(env2, 'keys', 'retire', '--id', 'k1');
      expect(retired).toMatchObject({ code: 0 });
      expect(retired.out).toMatch(/Remove it from VAULT_KEYS and restart/);
      expect((await systemEntries(env)).map((e) => [e.action, e.outcome, e.targetId, e.detail])).toEqual([
        ['key.retire', 'failure', 'k1', { reason: 'in_use' }],
        [
          'key.rotate',
          'success',
          'k2',
          { rewrapped: 2, failed: 0, remaining: 0, rosterEntriesResealed: 0, rosterEntriesFailed: 0 },
        ],
        ['key.retire', 'success', 'k1', { removedFromKeyFile: false }],
      ]);
      // Inline keys never reach the output.
      expect(JSON.stringify([nothing, blocked, rotated, retired])).not.toContain(first.keys[0]!.key);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
