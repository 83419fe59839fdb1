import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import type { Config } from '../config.ts';
import type { Database } from './client.ts';
import { MIGRATION_LOCK_KEY } from './client.ts';
import { acquireOwnerLock } from './owner-lock.ts';
import * as schema from './schema.ts';

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/**
 * Node-only: opens PostgreSQL (DATABASE_URL) or the embedded PGlite under DATA_DIR. `command` names
 * the opener in the embedded database's owner lock ("serve", "user", …), shown to whoever is refused.
 */
export async function openDatabase(
  config: Pick<Config, 'DATABASE_URL' | 'DATABASE_POOL_MAX' | 'DATA_DIR' | 'EMBEDDED_DB_OPTIMIZE'>,
  command = 'cli',
): Promise<Database> {
  if (config.DATABASE_URL) return openPostgres(config.DATABASE_URL, config.DATABASE_POOL_MAX);
  return openEmbedded(config.DATA_DIR, command, { optimize: config.EMBEDDED_DB_OPTIMIZE });
}

/** The embedded database under `dataDir`, opened only once its owner lock is held (see owner-lock.ts). */
export async function openEmbedded(
  dataDir: string,
  command: string,
  options: PgliteOptions = {},
): Promise<Database> {
  const lock = await acquireOwnerLock(dataDir, command);
  try {
    const pgDir = join(dataDir, 'pg');
    await mkdir(pgDir, { recursive: true });
    // Only a server keeps its process: short CLI commands create a new directory in-process, quicker.
    if (command === 'serve') await initPgliteApart(pgDir);
    const database = await openPglite(pgDir, options);
    return {
      ...database,
      async close() {
        try {
          await database.close();
        } finally {
          await lock.release();
        }
      },
    };
  } catch (err) {
    await lock.release();
    throw err;
  }
}

/**
 * PGlite's shared_buffers live in its WebAssembly memory, which only grows. Postgres's default
 * (128 MB) is sized for a server; the embedded database of a small program reads the operating
 * system's file cache just as well, so 16 MB keeps the idle process small (docs/performance.md).
 */
const pgliteStartParams = [
  '--single',
  '-F',
  '-O',
  '-j',
  ...['search_path=public', 'exit_on_error=false', 'log_checkpoints=false', 'io_method=sync']
    .concat(['max_worker_processes=0', 'max_parallel_workers=0', 'max_parallel_workers_per_gather=0'])
    .concat(['max_parallel_maintenance_workers=0', 'shared_buffers=16MB'])
    .flatMap((setting) => ['-c', setting]),
];

/**
 * Creating a PGlite data directory runs initdb inside the process, and the memory that takes (a few
 * hundred MB) stays in the process's RSS for good. So a new directory is created by a short-lived
 * child process, and `serve` opens a ready one.
 */
async function initPgliteApart(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  const script = `const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(process.argv[1]); await db.close();`;
  await new Promise<void>((resolve, reject) =>
    execFile(
      process.execPath,
      ['--input-type=module', '-e', script, dataDir],
      { cwd: import.meta.dirname },
      (err) => (err ? reject(err) : resolve()),
    ),
  );
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

export interface PgliteOptions {
  /** Let V8's optimizing compiler recompile PGlite's hot functions (EMBEDDED_DB_OPTIMIZE). */
  optimize?: boolean;
}

/**
 * V8 first runs WebAssembly as Liftoff's quick code, then recompiles each function that gets hot
 * with its optimizing compiler, in the background, whenever that happens. One of PGlite's functions
 * (~100 KB of code) takes that compiler ~600 MB and ~2 s: `serve` went from ~290 to ~790 MiB a
 * second after it started answering, and a busy embedded database past 1.2 GiB, at moments nobody
 * chooses. Staying on Liftoff keeps the process near what its data needs, for ~20 % fewer requests
 * per second (docs/performance.md). Set before PGlite's module compiles; the flags only concern
 * WebAssembly, which in Node nothing of ours but PGlite uses.
 */
function chooseWebAssemblyTiering(optimize: boolean): void {
  setFlagsFromString(optimize ? '--wasm-tier-up' : '--no-wasm-tier-up');
  setFlagsFromString(optimize ? '--wasm-dynamic-tiering' : '--no-wasm-dynamic-tiering');
}

/** `dataDir` undefined keeps the database in memory (tests). */
export async function openPglite(dataDir?: string, options: PgliteOptions = {}): Promise<Database> {
  chooseWebAssemblyTiering(options.optimize ?? false);
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const client = await PGlite.create(dataDir, { startParams: pgliteStartParams });
  const pgliteDb = drizzle(client, { schema });
  return {
    db: pgliteDb,
    kind: 'pglite',
    // PGlite is one connection in one process: nothing else can migrate concurrently.
    migrate: () => migrate(pgliteDb, { migrationsFolder }),
    close: () => client.close(),
  };
}
