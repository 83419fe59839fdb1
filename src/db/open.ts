import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.ts';
import type { Database } from './client.ts';
import { MIGRATION_LOCK_KEY } from './client.ts';
import * as schema from './schema.ts';

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Node-only: opens PostgreSQL (DATABASE_URL) or the embedded PGlite under DATA_DIR. */
export async function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'DATABASE_POOL_MAX' | 'DATA_DIR'>) {
  if (config.DATABASE_URL) return openPostgres(config.DATABASE_URL, config.DATABASE_POOL_MAX);
  const dataDir = join(config.DATA_DIR, 'pg');
  await mkdir(dataDir, { recursive: true });
  return openPglite(dataDir);
}

export async function openPostgres(url: string, poolMax = 10): Promise<Database> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const client = postgres(url, { max: poolMax, onnotice: () => {} });
  const db = drizzle(client, { schema });
  return {
    db,
    kind: 'postgres',
    async migrate() {
      // A one-connection client holds the advisory lock for the whole run, so concurrent starts take turns.
      const single = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await single`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
        await migrate(drizzle(single, { schema }), { migrationsFolder });
      } finally {
        await single.end({ timeout: 5 });
      }
    },
    close: () => client.end({ timeout: 5 }),
  };
}

/** `dataDir` undefined keeps the database in memory (tests). */
export async function openPglite(dataDir?: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const client = await PGlite.create(dataDir);
  const pgliteDb = drizzle(client, { schema });
  return {
    db: pgliteDb,
    kind: 'pglite',
    // PGlite is one connection in one process: nothing else can migrate concurrently.
    migrate: () => migrate(pgliteDb, { migrationsFolder }),
    close: () => client.close(),
  };
}
