import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import type { StorageLocations } from '../storage/locations.ts';
import { createKeyFileIfMissing, EMBEDDED_KEY_FILE, readKeyFile } from './key-file.ts';
import { KeyRing, type KeyRingSpec } from './key-ring.ts';
import { nodeCipher } from './node-segment-cipher.ts';
import { createVault, type Vault } from './vault.ts';

/** Where the KEKs come from. Only file rings can be rotated and retired by the CLI itself. */
export type KeySource =
  | { kind: 'inline'; spec: KeyRingSpec }
  | { kind: 'file'; path: string; embedded: boolean };

/**
 * Node-only. VAULT_KEYS inline or as a file path; unset means the embedded key file under DATA_DIR,
 * generated on first start. Logs say where it is and that production needs its own keys, because
 * a key file next to the data it protects only guards against a leaked bucket.
 */
export async function resolveKeySource(
  config: Pick<Config, 'VAULT_KEYS' | 'DATA_DIR' | 'NODE_ENV'>,
  logger: Logger,
  now: Date,
): Promise<KeySource> {
  const setting = config.VAULT_KEYS;
  if (setting?.kind === 'inline') return { kind: 'inline', spec: setting.spec };
  if (setting?.kind === 'file') return { kind: 'file', path: resolve(setting.path), embedded: false };
  await mkdir(config.DATA_DIR, { recursive: true });
  const path = resolve(join(config.DATA_DIR, EMBEDDED_KEY_FILE));
  const advice = 'production must supply its own VAULT_KEYS, kept apart from DATA_DIR and its backups';
  if (await createKeyFileIfMissing(path, now)) {
    logger.warn('generated the vault key file (mode 0600); objects cannot be read without it', {
      path,
      advice,
    });
  } else if (config.NODE_ENV === 'production') {
    logger.warn('vault keys come from the embedded key file', { path, advice });
  }
  return { kind: 'file', path, embedded: true };
}

export async function openKeyRing(source: KeySource, logger: Logger): Promise<KeyRing> {
  if (source.kind === 'inline') return KeyRing.fromSpec(source.spec);
  const first = await readKeyFile(source.path);
  if ((first.mode & 0o077) !== 0) {
    logger.warn('the vault key file is readable by other users; chmod 600 it', { path: source.path });
  }
  let current = JSON.stringify(first.spec);
  // `keys rotate` on another process rewrites the file; a running server picks the new ring up
  // when it meets an unknown KEK id or, for new objects, within the ring's refresh interval.
  // Contents, not mtimes, are compared: a rewrite within the file system's timestamp tick is still seen.
  return KeyRing.fromSpec(first.spec, async () => {
    const next = await readKeyFile(source.path);
    const text = JSON.stringify(next.spec);
    if (text === current) return null;
    current = text;
    logger.info('vault key file changed; reloaded', { path: source.path, active: next.spec.active });
    return next.spec;
  });
}

export async function openNodeVault(
  config: Pick<Config, 'VAULT_KEYS' | 'DATA_DIR' | 'NODE_ENV'>,
  parts: { blobs: BlobStore; locations?: StorageLocations; logger: Logger; clock: Clock },
): Promise<Vault> {
  const source = await resolveKeySource(config, parts.logger, parts.clock.now());
  const keys = await openKeyRing(source, parts.logger);
  return createVault({ ...parts, keys, cipher: nodeCipher });
}
