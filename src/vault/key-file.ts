import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generateKekEntry, type KeyRingSpec, keyRingSpecSchema } from './key-ring.ts';

/**
 * Node-only: key rings kept in a JSON file (VAULT_KEYS=/path, or the embedded default under
 * DATA_DIR). Files are written whole to a temp file with mode 0600, fsynced and renamed, so a crash
 * mid-rotation never leaves a half-written ring — losing a KEK would lose every object under it.
 */

export const EMBEDDED_KEY_FILE = 'vault-keys.json';

export class KeyFileError extends Error {
  constructor(path: string, problem: string) {
    super(`vault key file ${path}: ${problem}`);
    this.name = 'KeyFileError';
  }
}

export async function readKeyFile(path: string): Promise<{ spec: KeyRingSpec; mode: number }> {
  let text: string;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new KeyFileError(path, `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new KeyFileError(path, 'is not valid JSON');
  }
  const parsed = keyRingSpecSchema.safeParse(json);
  if (!parsed.success) {
    // Paths and rules only: the values are keys.
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(ring)'}: ${i.message}`);
    throw new KeyFileError(path, problems.join('; '));
  }
  return { spec: parsed.data, mode: info.mode & 0o777 };
}

function serialize(spec: KeyRingSpec): string {
  return `${JSON.stringify(spec, null, 2)}\n`;
}

async function writeDurably(path: string, content: string, flag: 'w' | 'wx'): Promise<void> {
  const handle = await open(path, flag, 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function writeKeyFile(path: string, spec: KeyRingSpec): Promise<void> {
  const tmp = join(dirname(path), `.${EMBEDDED_KEY_FILE}.${crypto.randomUUID()}.tmp`);
  try {
    await writeDurably(tmp, serialize(keyRingSpecSchema.parse(spec)), 'wx');
    await rename(tmp, path);
  } finally {
    await rm(tmp, { force: true });
  }
}

/** Creates the file with a fresh ring unless it exists (two processes starting at once agree on one). */
export async function createKeyFileIfMissing(path: string, now: Date): Promise<boolean> {
  const id = newKekId(now);
  try {
    await writeDurably(path, serialize({ active: id, keys: [generateKekEntry(id)] }), 'wx');
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** "kek-20260105-3f9a1c": sorts by creation date and says when a key was made. */
export function newKekId(now: Date): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  return `kek-${day}-${crypto.randomUUID().slice(0, 6)}`;
}

/** Rotation for file rings: a new random KEK, made active; the old ones stay to unwrap existing keys. */
export async function addActiveKek(path: string, now: Date): Promise<string> {
  const { spec } = await readKeyFile(path);
  const id = newKekId(now);
  await writeKeyFile(path, { active: id, keys: [...spec.keys, generateKekEntry(id)] });
  return id;
}

export async function removeKek(path: string, id: string): Promise<void> {
  const { spec } = await readKeyFile(path);
  if (spec.active === id) throw new KeyFileError(path, 'the active key cannot be removed');
  await writeKeyFile(path, { active: spec.active, keys: spec.keys.filter((k) => k.id !== id) });
}
