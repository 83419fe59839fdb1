import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const jobStatusEnum = pgEnum('job_status', ['queued', 'running', 'succeeded', 'failed']);
export type JobStatus = (typeof jobStatusEnum.enumValues)[number];

/** What a job carries: ids and small settings only — never content, names or transcript text. */
export type JobPayload = Record<string, unknown>;

/**
 * The background-job queue. A row is claimed with `FOR UPDATE SKIP LOCKED` and leased until
 * `locked_until`; a worker that dies simply stops renewing the lease and another instance picks the
 * job up again. `lock_token` is fresh per claim, so only the current holder can finish a job.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<JobPayload>().notNull().default({}),
    status: jobStatusEnum('status').notNull().default('queued'),
    /** Not before this time (the database's clock). Retries move it forward by the backoff. */
    runAt: timestamp('run_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** Claims so far, including the one running now. */
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    /** With `kind`, unique: enqueueing the same key twice yields one job (per upload, per schedule slot). */
    dedupeKey: text('dedupe_key'),
    lockToken: uuid('lock_token'),
    lockedUntil: timestamp('locked_until', { withTimezone: true, precision: 3 }),
    /** A reason code (error name and code), never an error message: messages can quote content. */
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    // Partial indexes keep the two hot queries (claim, lease sweep) small however much history piles up.
    index('jobs_ready_idx').on(t.runAt).where(sql`status = 'queued'`),
    index('jobs_lease_idx').on(t.lockedUntil).where(sql`status = 'running'`),
    index('jobs_finished_idx').on(t.finishedAt).where(sql`status in ('succeeded', 'failed')`),
    uniqueIndex('jobs_kind_dedupe_key').on(t.kind, t.dedupeKey),
    check('jobs_attempts_check', sql`${t.attempts} >= 0 and ${t.maxAttempts} >= 1`),
  ],
);

export type JobRow = typeof jobs.$inferSelect;
