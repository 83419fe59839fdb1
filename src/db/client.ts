import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.ts';

export type Schema = typeof schema;

/**
 * The one drizzle handle services receive. postgres.js and PGlite both satisfy it, and so does the
 * transaction `db.transaction(fn)` hands to `fn` (a PgTransaction is a PgDatabase), so a service
 * written against `Db` runs inside or outside one and is passed either without a cast.
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface Database {
  readonly db: Db;
  readonly kind: 'postgres' | 'pglite';
  /** Applies the committed migrations in drizzle/. Safe to call from several instances at once. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export async function pingDatabase(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}

/** Key for pg_advisory_lock that serializes migrations across instances ("qavault" in ASCII). */
export const MIGRATION_LOCK_KEY = 0x71617661756c74;
