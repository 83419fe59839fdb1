import { eq, inArray, sql } from 'drizzle-orm';
import type { Database, Db } from '../../src/db/client.ts';
import type { RunnerTimers } from '../../src/jobs/runner.ts';
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

/** Ends the given jobs' leases now, as if the worker holding them had died and the lease run out. */
export async function expireLeases(db: Db, ids: string[]) {
  await db.update(jobs).set({ lockedUntil: sql`now() - interval '1 second'` }).where(inArray(jobs.id, ids));
}

/** A promise with its resolve function, for a test to wait on an event instead of polling. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Runner timers a test fires by hand: `poll()` ends every idle sleep, `beat()` renews leases. */
export class ManualTimers implements RunnerTimers {
  private readonly sleepers = new Set<() => void>();
  private readonly beats = new Set<() => unknown>();

  sleep(_ms: number) {
    const { promise, resolve } = deferred();
    const wake = () => {
      this.sleepers.delete(wake);
      resolve();
    };
    this.sleepers.add(wake);
    return { done: promise, wake };
  }

  every(_ms: number, fn: () => unknown) {
    this.beats.add(fn);
    return () => {
      this.beats.delete(fn);
    };
  }

  poll(): void {
    for (const wake of [...this.sleepers]) wake();
  }

  async beat(): Promise<void> {
    await Promise.all([...this.beats].map((fn) => fn()));
  }
}
