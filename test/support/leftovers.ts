import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ne } from 'drizzle-orm';
import { expect } from 'vitest';
import { uploads } from '../../src/uploads/tables.ts';
import { vaultObjects } from '../../src/vault/tables.ts';
import type { HostileTarget } from './hostile.ts';

/** Every file under `dir`, relative, recursively ([] when it does not exist). */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/**
 * Stops the server (PGlite has one owner) and checks that refused uploads left nothing: no upload
 * rows, no vault object that is not shredded, no blob file and no temporary file.
 */
export async function assertNothingStored(target: HostileTarget): Promise<void> {
  expect(await filesUnder(join(target.server.dataDir, 'blobs'))).toEqual([]);
  await target.stopServer();
  const database = await target.server.openDatabase();
  try {
    expect(await database.db.select({ id: uploads.id, status: uploads.status }).from(uploads)).toEqual([]);
    const live = await database.db
      .select({ id: vaultObjects.id })
      .from(vaultObjects)
      .where(ne(vaultObjects.status, 'shredded'));
    expect(live).toEqual([]);
  } finally {
    await database.close();
  }
}
