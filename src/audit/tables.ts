import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The access log. Append-only (grants and a trigger forbid UPDATE/DELETE/TRUNCATE) and hash-chained:
 * each row's `hash` is SHA-256(prev_hash ‖ canonical JSON of the row), so any edit, deletion or
 * reordering breaks the chain. `seq` is assigned under an advisory lock, so it has no gaps.
 * Never holds content, file names, transcript text, excerpts, roster entries or passwords.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    organizationId: uuid('organization_id'),
    actorId: uuid('actor_id'),
    /** The actor's role at the time, or "system" for jobs and the CLI. */
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    teamId: uuid('team_id'),
    outcome: text('outcome').notNull(),
    clientIp: text('client_ip'),
    userAgent: text('user_agent'),
    requestId: text('request_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_org_at_idx').on(t.organizationId, t.at),
    // Administrators page through their organization's log newest first by seq.
    index('audit_log_org_seq_idx').on(t.organizationId, t.seq),
    index('audit_log_actor_idx').on(t.actorId, t.seq),
    index('audit_log_target_idx').on(t.targetId, t.seq),
    index('audit_log_action_idx').on(t.action, t.seq),
    index('audit_log_team_idx').on(t.teamId, t.seq),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;

/**
 * Signed chain heads. A checkpoint's MAC is made with a key that lives outside the database (the
 * vault key ring), so whoever can rewrite audit_log still cannot make a rewritten chain match the
 * checkpoints taken before the rewrite. Append-only like the log itself.
 */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  /** The seq of the chain head that was signed. */
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  /** That entry's hash. */
  hash: text('hash').notNull(),
  /** Which key of the key ring signed it, so checkpoints stay verifiable after key rotation. */
  keyId: text('key_id').notNull(),
  /** HMAC-SHA-256 over (seq ‖ hash), hex. */
  mac: text('mac').notNull(),
  at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
});

export type AuditCheckpoint = typeof auditCheckpoints.$inferSelect;
