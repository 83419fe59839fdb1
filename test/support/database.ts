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
