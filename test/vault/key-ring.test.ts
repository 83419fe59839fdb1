import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.ts';
import { createJsonLogger } from '../../src/logger.ts';
import { addActiveKek, EMBEDDED_KEY_FILE, readKeyFile, removeKek } from '../../src/vault/key-file.ts';
import { DataKeyUnwrapError, UnknownKeyError } from '../../src/vault/key-provider.ts';
import { KeyRing } from '../../src/vault/key-ring.ts';
import { openKeyRing, resolveKeySource } from '../../src/vault/node.ts';
import { ringSpec } from './helpers.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'qa-vault-keys-'));
  dirs.push(dir);
  return dir;
}
function capture() {
  const logs: string[] = [];
  return { logs, logger: createJsonLogger('debug', (l) => logs.push(l)) };
}

describe('key ring', () => {
  it('wraps a fresh 256-bit data key that unwraps only with its own object id', async () => {
    const ring = await KeyRing.fromSpec(ringSpec(['a', 'b']));
    const dk = await ring.generateDataKey('object-1');
    expect(dk.keyId).toBe('b');
    expect(dk.plaintext.length).toBe(32);
    expect(await ring.decryptDataKey(dk, 'object-1')).toEqual(dk.plaintext);
    await expect(ring.decryptDataKey(dk, 'object-2')).rejects.toBeInstanceOf(DataKeyUnwrapError);
    await expect(ring.decryptDataKey({ ...dk, keyId: 'a' }, 'object-1')).rejects.toBeInstanceOf(
      DataKeyUnwrapError,
    );
    await expect(ring.decryptDataKey({ ...dk, keyId: 'z' }, 'object-1')).rejects.toBeInstanceOf(
      UnknownKeyError,
    );
  });

  it('re-wraps a data key to the active KEK without changing it', async () => {
    const spec = ringSpec(['old']);
    const before = await KeyRing.fromSpec(spec);
    const dk = await before.generateDataKey('o');
    const after = await KeyRing.fromSpec({ active: 'new', keys: [...spec.keys, ...ringSpec(['new']).keys] });
    const rewrapped = await after.rewrapDataKey(dk, 'o');
    expect(rewrapped.keyId).toBe('new');
    expect(await after.decryptDataKey(rewrapped, 'o')).toEqual(dk.plaintext);
  });

  it('derives stable per-purpose keys from the active KEK, and from an older one on request', async () => {
    const spec = ringSpec(['k1', 'k2']);
    const ring = await KeyRing.fromSpec(spec);
    const a = await ring.deriveKey('audit-checkpoint');
    expect(a.keyId).toBe('k2');
    expect(a.key.length).toBe(32);
    expect((await (await KeyRing.fromSpec(spec)).deriveKey('audit-checkpoint')).key).toEqual(a.key);
    expect((await ring.deriveKey('totp')).key).not.toEqual(a.key);
    const old = await ring.deriveKey('audit-checkpoint', 'k1');
    expect(old.keyId).toBe('k1');
    expect(old.key).not.toEqual(a.key);
    await expect(ring.deriveKey('Not A Purpose')).rejects.toThrow(/invalid key purpose/);
  });
});

describe('VAULT_KEYS configuration', () => {
  it('accepts an inline ring and a file path', () => {
    const spec = ringSpec(['k1']);
    expect(parseConfig({ VAULT_KEYS: JSON.stringify(spec) }).VAULT_KEYS).toEqual({ kind: 'inline', spec });
    expect(parseConfig({ VAULT_KEYS: '/etc/qa-vault/keys.json' }).VAULT_KEYS).toEqual({
      kind: 'file',
      path: '/etc/qa-vault/keys.json',
    });
    expect(parseConfig({ VAULT_KEYS: '' }).VAULT_KEYS).toBeUndefined();
  });

  it('names every problem in a bad inline ring without echoing a key', () => {
    const secret = Buffer.alloc(16, 7).toString('base64');
    const bad = { active: 'missing', keys: [{ id: 'k 1', key: secret }] };
    const err = (() => {
      try {
        parseConfig({ VAULT_KEYS: JSON.stringify(bad) });
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(err).toBeInstanceOf(ConfigError);
    const text = err!.problems.join('\n');
    expect(text).toMatch(/VAULT_KEYS: keys\.0\.id/);
    expect(text).toMatch(/VAULT_KEYS: keys\.0\.key: must be base64 of exactly 32/);
    expect(text).toMatch(/VAULT_KEYS: active: must name one of the keys/);
    expect(text).not.toContain(secret);
    expect(() => parseConfig({ VAULT_KEYS: '{"active": ' })).toThrow(
      /VAULT_KEYS: is neither a file path nor valid JSON/,
    );
  });
});

describe('embedded key file', () => {
  it('is generated under DATA_DIR on first start with mode 0600, logged with advice, and reused after', async () => {
    const dataDir = await tempDir();
    const config = parseConfig({ DATA_DIR: dataDir, NODE_ENV: 'production' });
    const first = capture();
    const source = await resolveKeySource(config, first.logger, new Date('2026-01-05T00:00:00Z'));
    const path = join(dataDir, EMBEDDED_KEY_FILE);
    expect(source).toEqual({ kind: 'file', path, embedded: true });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const line = JSON.parse(first.logs.find((l) => l.includes('generated the vault key file'))!);
    expect(line).toMatchObject({ level: 'warn', path });
    expect(line.advice).toMatch(/production must supply its own VAULT_KEYS/);
    const { spec } = await readKeyFile(path);
    expect(spec.active).toMatch(/^kek-20260105-[0-9a-f]{6}$/);
    expect(JSON.stringify(first.logs)).not.toContain(spec.keys[0]!.key);

    const again = capture();
    await resolveKeySource(config, again.logger, new Date());
    expect((await readKeyFile(path)).spec).toEqual(spec);
    expect(again.logs.join('')).toMatch(/vault keys come from the embedded key file/);
  });

  it('rotates in place: a new active KEK is added, old ones stay until removed, the active one cannot be', async () => {
    const dataDir = await tempDir();
    const config = parseConfig({ DATA_DIR: dataDir });
    const { logger } = capture();
    const source = await resolveKeySource(config, logger, new Date());
    if (source.kind !== 'file') throw new Error('expected a file ring');
    const ring = await openKeyRing(source, logger);
    const oldId = ring.activeKeyId();
    const dk = await ring.generateDataKey('o');

    const newId = await addActiveKek(source.path, new Date());
    expect((await stat(source.path)).mode & 0o777).toBe(0o600);
    const reopened = await openKeyRing(source, logger);
    expect(reopened.activeKeyId()).toBe(newId);
    expect(reopened.keyIds()).toEqual([oldId, newId]);
    expect(await reopened.decryptDataKey(dk, 'o')).toEqual(dk.plaintext);

    await expect(removeKek(source.path, newId)).rejects.toThrow(/active key cannot be removed/);
    await removeKek(source.path, oldId);
    expect((await readKeyFile(source.path)).spec.keys.map((k) => k.id)).toEqual([newId]);
  });

  it('lets a running ring unwrap with a KEK added to its file after it was opened', async () => {
    const dataDir = await tempDir();
    const { logger } = capture();
    const source = await resolveKeySource(parseConfig({ DATA_DIR: dataDir }), logger, new Date());
    if (source.kind !== 'file') throw new Error('expected a file ring');
    const running = await openKeyRing(source, logger);
    await addActiveKek(source.path, new Date(Date.now() + 1000));
    const elsewhere = await openKeyRing(source, logger);
    const dk = await elsewhere.generateDataKey('o');
    expect(await running.decryptDataKey(dk, 'o')).toEqual(dk.plaintext);
  });

  it('refuses a key file that is not a valid ring, naming the file and the rule only', async () => {
    const dir = await tempDir();
    const path = join(dir, 'keys.json');
    await writeFile(path, JSON.stringify({ active: 'a', keys: [{ id: 'a', key: 'c2hvcnQ=' }] }));
    await expect(readKeyFile(path)).rejects.toThrow(/keys\.json: keys\.0\.key: must be base64 of exactly 32/);
    await expect(readKeyFile(path)).rejects.not.toThrow(/c2hvcnQ/);
    await expect(readKeyFile(join(dir, 'missing.json'))).rejects.toThrow(/cannot be read \(ENOENT\)/);
    expect(await readFile(path, 'utf8')).toContain('c2hvcnQ=');
  });
});
