import { eq, inArray, sql } from 'drizzle-orm';
import type { Database, Db } from '../../src/db/client.ts';
import { jobs } from '../../src/jobs/tables.ts';
import { createJsonLogger } from '../../src/logger.ts';
import { openTestDatabase } from '../support/database.ts';

/** A job kind no other test uses: runners claim only their registered kinds, so tests stay isolated. */
export const uniqueKind = (label = 'test') => `test.${label}.${crypto.randomUUID().slice(0, 8)}`;

export function memoryLogger() {
  const lines: string[] = [];
  return { lines, logger: createJsonLogger('debug', (line) => lines.push(line)) };
}

/**
 * A second handle on the same database, as another instance would have: on a server a separate
 * connection pool (so SKIP LOCKED is exercised across connections); PGlite has only one connection.
 */
export async function openSecondHandle(database: Database): Promise<{ db: Db; close(): Promise<void> }> {
  if (!process.env.DATABASE_URL) return { db: database.db, close: async () => {} };
  const other = await openTestDatabase();
  return { db: other.db, close: () => other.close() };
}

export async function jobRows(db: Db, kind: string) {
  return db.select().from(jobs).where(eq(jobs.kind, kind)).orderBy(jobs.createdAt, jobs.id);
}

export async function jobById(db: Db, id: string) {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row!;
}

/** Makes the given jobs due now, as if their backoff had passed. */
export async function makeDue(db: Db, ids: string[]) {
  await db.update(jobs).set({ runAt: sql`now()` }).where(inArray(jobs.id, ids));
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
