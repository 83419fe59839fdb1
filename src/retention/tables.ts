import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from '../orgs/tables.ts';
import { uploadKind } from '../uploads/tables.ts';
import { users } from '../users/tables.ts';

/** How long each kind of upload is kept after acceptance; a kind without a row keeps the default. */
export const retentionRules = pgTable(
  'retention_rules',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    kind: uploadKind('kind').notNull(),
    keepDays: integer('keep_days').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    primaryKey({ name: 'retention_rules_pkey', columns: [t.organizationId, t.kind] }),
    check('retention_rules_keep_days_positive', sql`${t.keepDays} > 0`),
  ],
);

/**
 * running: disposing now (or its process died; the next run finishes its certificate).
 * awaiting_confirmation: the safety net stopped it; nothing was disposed; `planned` lists what it
 * would dispose. confirmed: an admin confirmed it; a job disposes `planned`. completed: done.
 * superseded: a later run replaced it before anyone confirmed it.
 */
export const retentionRunStatus = pgEnum('retention_run_status', [
  'running',
  'awaiting_confirmation',
  'confirmed',
  'completed',
  'superseded',
]);

export const retentionRuns = pgTable(
  'retention_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    status: retentionRunStatus('status').notNull(),
    /** The time the run judged due-ness by (server clock). */
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** Uploads due and not held when the run looked, and the safety-net limit it compared with. */
    dueCount: integer('due_count').notNull(),
    limit: integer('max_per_run').notNull(),
    /** Upload ids a stopped run would dispose; what a confirmation disposes (those still due). */
    planned: jsonb('planned').$type<string[]>().notNull().default([]),
    disposedCount: integer('disposed_count').notNull().default(0),
    reportsExpired: integer('reports_expired').notNull().default(0),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [index('retention_runs_org_started_idx').on(t.organizationId, t.startedAt)],
);

/** One row per disposed upload, written in the transaction that disposes it: the certificate's lines. */
export const retentionDisposals = pgTable(
  'retention_disposals',
  {
    uploadId: uuid('upload_id').primaryKey(),
    runId: uuid('run_id')
      .notNull()
      .references(() => retentionRuns.id),
    kind: uploadKind('kind').notNull(),
    teamId: uuid('team_id').notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }).notNull(),
    disposedAt: timestamp('disposed_at', { withTimezone: true }).notNull(),
    /** The vault objects whose data keys were destroyed (one data key per object). */
    dataKeyIds: jsonb('data_key_ids').$type<string[]>().notNull(),
  },
  (t) => [index('retention_disposals_run_idx').on(t.runId)],
);

/** A signed disposal certificate per completed run, also one that disposed nothing (src/retention/certificate.ts). */
export const retentionCertificates = pgTable(
  'retention_certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    runId: uuid('run_id')
      .notNull()
      .references(() => retentionRuns.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    /** The certified document exactly as signed (canonical JSON of it is what the MAC covers). */
    document: jsonb('document').$type<Record<string, unknown>>().notNull(),
    keyId: text('key_id').notNull(),
    mac: text('mac').notNull(),
  },
  (t) => [
    uniqueIndex('retention_certificates_run_key').on(t.runId),
    index('retention_certificates_org_issued_idx').on(t.organizationId, t.issuedAt),
  ],
);

export type RetentionRun = typeof retentionRuns.$inferSelect;
export type RetentionCertificate = typeof retentionCertificates.$inferSelect;
