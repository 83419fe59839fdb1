import { and, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { type JobPayload, type JobRow, jobs } from './tables.ts';

/*
 * A small queue on SKIP LOCKED rather than pg-boss: pg-boss drives its own node-postgres pool and
 * schema, so it cannot run on PGlite (our embedded default) nor insert a job inside a caller's
 * drizzle transaction — and "the job commits with the state change that needs it" is the property
 * the upload pipeline depends on. What we need (lease, retry with backoff, dedupe) is a few queries.
 *
 * Every time here is the database's clock (`now()`), so instances with skewed clocks agree on when
 * a lease has expired or a retry is due.
 */

export interface EnqueueInput {
  kind: string;
  /** Ids and small settings only; it is stored in plain text in the jobs table. */
  payload?: JobPayload;
  /** Not before this time; default now. */
  runAt?: Date;
  /** With `kind`, unique for the life of the row: a second enqueue returns the first job. */
  dedupeKey?: string;
  /** Default 5. */
  maxAttempts?: number;
}

/**
 * Adds a job. Pass the transaction of the state change that needs it, so both commit or neither does.
 * Returns the job's id and whether this call created it (false when `dedupeKey` already existed).
 */
export async function enqueueJob(db: Db, input: EnqueueInput): Promise<{ id: string; created: boolean }> {
  const [row] = await db
    .insert(jobs)
    .values({
      kind: input.kind,
      payload: input.payload ?? {},
      dedupeKey: input.dedupeKey ?? null,
      maxAttempts: input.maxAttempts ?? 5,
      ...(input.runAt ? { runAt: input.runAt } : {}),
    })
    .onConflictDoNothing({ target: [jobs.kind, jobs.dedupeKey] })
    .returning({ id: jobs.id });
  if (row) return { id: row.id, created: true };
  // The conflicting row is committed (ON CONFLICT waits for an in-flight insert to decide), and this
  // is a new statement, so under READ COMMITTED it is visible here.
  const [existing] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, input.kind), eq(jobs.dedupeKey, input.dedupeKey!)));
  if (!existing) throw new Error('enqueueJob: dedupe conflict with a job that is not visible');
  return { id: existing.id, created: false };
}

/** The job a worker holds: its row plus the token that proves it still holds it. */
export type ClaimedJob = JobRow & { lockToken: string };

/**
 * Claims the oldest due job of the given kinds and leases it for `leaseMs`. SKIP LOCKED lets any
 * number of instances claim concurrently without waiting on, or double-claiming, each other's rows.
 */
export async function claimJob(
  db: Db,
  input: { kinds: string[]; leaseMs: number },
): Promise<ClaimedJob | null> {
  if (input.kinds.length === 0) return null;
  const next = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.status, 'queued'), lte(jobs.runAt, sql`now()`), inArray(jobs.kind, input.kinds)))
    .orderBy(jobs.runAt, jobs.id)
    .limit(1)
    .for('update', { skipLocked: true });
  const [row] = await db
    .update(jobs)
    .set({
      status: 'running',
      attempts: sql`${jobs.attempts} + 1`,
      lockToken: crypto.randomUUID(),
      lockedUntil: sql`now() + ${input.leaseMs} * interval '1 millisecond'`,
      updatedAt: sql`now()`,
    })
    .where(inArray(jobs.id, next))
    .returning();
  return (row as ClaimedJob | undefined) ?? null;
}

const held = (job: Pick<ClaimedJob, 'id' | 'lockToken'>) =>
  and(eq(jobs.id, job.id), eq(jobs.lockToken, job.lockToken), eq(jobs.status, 'running'));

/** Renews the lease of a running job. False means the lease was lost (expired and taken over). */
export async function extendJobLease(db: Db, job: ClaimedJob, leaseMs: number): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ lockedUntil: sql`now() + ${leaseMs} * interval '1 millisecond'`, updatedAt: sql`now()` })
    .where(held(job))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/** Marks the job done. False when this worker no longer held it (its result is then discarded). */
export async function completeJob(db: Db, job: ClaimedJob): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({
      status: 'succeeded',
      lockToken: null,
      lockedUntil: null,
      lastError: null,
      finishedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(held(job))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

export interface Backoff {
  /** Delay after the first failure; doubles with each further attempt. */
  baseMs: number;
  maxMs: number;
}

export const defaultBackoff: Backoff = { baseMs: 10_000, maxMs: 60 * 60_000 };

/** min(max, base·2^(attempts−1)) with ±20 % jitter, so jobs that failed together do not retry together. */
const backoffInterval = (backoff: Backoff) =>
  sql`(least(${backoff.maxMs}::float8, ${backoff.baseMs}::float8 * power(2, greatest(${jobs.attempts} - 1, 0)))
      * (0.8 + random() * 0.4)) * interval '1 millisecond'`;

/**
 * Records a failed attempt: queued again after the backoff, or `failed` when attempts are used up or
 * the error is permanent. `reason` is a code, never an error message. Returns the new status, or
 * null when this worker no longer held the job.
 */
export async function failJob(
  db: Db,
  job: ClaimedJob,
  input: { reason: string; permanent?: boolean; backoff?: Backoff },
): Promise<'queued' | 'failed' | null> {
  const giveUp = input.permanent ? sql`true` : sql`${jobs.attempts} >= ${jobs.maxAttempts}`;
  const rows = await db
    .update(jobs)
    .set({
      status: sql`case when ${giveUp} then 'failed' else 'queued' end::job_status`,
      runAt: sql`case when ${giveUp} then ${jobs.runAt} else now() + ${backoffInterval(input.backoff ?? defaultBackoff)} end`,
      finishedAt: sql`case when ${giveUp} then now() else null end`,
      lockToken: null,
      lockedUntil: null,
      lastError: input.reason.slice(0, 200),
      updatedAt: sql`now()`,
    })
    .where(held(job))
    .returning({ status: jobs.status });
  return (rows[0]?.status as 'queued' | 'failed' | undefined) ?? null;
}

/** Hands a job back without counting the attempt (graceful shutdown interrupted it). */
export async function releaseJob(db: Db, job: ClaimedJob): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({
      status: 'queued',
      attempts: sql`greatest(${jobs.attempts} - 1, 0)`,
      runAt: sql`now()`,
      lockToken: null,
      lockedUntil: null,
      updatedAt: sql`now()`,
    })
    .where(held(job))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/**
 * Jobs whose worker stopped renewing its lease (crashed, killed, partitioned) go back to the queue
 * after the backoff, or to `failed` when that was their last attempt — a file that kills its worker
 * every time must not be retried forever. Returns how many were swept.
 */
export async function sweepExpiredLeases(
  db: Db,
  input: { kinds: string[]; backoff?: Backoff },
): Promise<number> {
  if (input.kinds.length === 0) return 0;
  const last = sql`${jobs.attempts} >= ${jobs.maxAttempts}`;
  const rows = await db
    .update(jobs)
    .set({
      status: sql`case when ${last} then 'failed' else 'queued' end::job_status`,
      runAt: sql`case when ${last} then ${jobs.runAt} else now() + ${backoffInterval(input.backoff ?? defaultBackoff)} end`,
      finishedAt: sql`case when ${last} then now() else null end`,
      lockToken: null,
      lockedUntil: null,
      lastError: 'lease_expired',
      updatedAt: sql`now()`,
    })
    .where(and(eq(jobs.status, 'running'), lt(jobs.lockedUntil, sql`now()`), inArray(jobs.kind, input.kinds)))
    .returning({ id: jobs.id });
  return rows.length;
}

/** Deletes finished jobs older than the given ages; their dedupe keys become free again. */
export async function pruneFinishedJobs(
  db: Db,
  input: { succeededOlderThanMs: number; failedOlderThanMs: number },
): Promise<number> {
  const olderThan = (ms: number) => lt(jobs.finishedAt, sql`now() - ${ms} * interval '1 millisecond'`);
  const rows = await db
    .delete(jobs)
    .where(
      or(
        and(eq(jobs.status, 'succeeded'), olderThan(input.succeededOlderThanMs)),
        and(eq(jobs.status, 'failed'), olderThan(input.failedOlderThanMs)),
      ),
    )
    .returning({ id: jobs.id });
  return rows.length;
}
