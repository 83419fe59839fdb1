import type { Database } from '../../src/db/client.ts';
import { openPglite, openPostgres } from '../../src/db/open.ts';

/**
 * The database under test: the PostgreSQL server at DATABASE_URL when set (already migrated by
 * global setup), otherwise a fresh in-memory PGlite. Tests isolate by creating their own data.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const database = await openPostgres(url, 4);
    await database.migrate();
    return database;
  }
  const database = await openPglite();
  await database.migrate();
  return database;
}

/**
 * A database no other test touches, for tests that read or damage a whole table (verifying the
 * entire access log, tampering with it as a superuser). PGlite: a fresh in-memory one. A server: a
 * new database next to DATABASE_URL's, dropped on close.
 */
export async function openScratchDatabase(): Promise<Database & { url?: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) return openTestDatabase();
  const { default: postgres } = await import('postgres');
  const name = `qa_vault_scratch_${crypto.randomUUID().replaceAll('-', '')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const scratchUrl = new URL(url);
  scratchUrl.pathname = `/${name}`;
  const database = await openPostgres(scratchUrl.toString(), 4);
  await database.migrate();
  return {
    ...database,
    url: scratchUrl.toString(),
    async close() {
      await database.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
