import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * The access log. Append-only and hash-chained: each chained row's `hash` is
 * SHA-256(prev_hash ‖ canonical JSON of the row), so any edit, deletion or reordering breaks the
 * chain. Requests insert rows unchained (`seq`, `prev_hash`, `hash` null; `id` from a sequence);
 * the sequencer (sequencer.ts) later sets those three columns once, and a trigger lets nothing else
 * change a row (docs/access-log.md "How the chain is built"). `seq` is the chain position: gapless.
 * Never holds content, file names, transcript text, excerpts, roster entries or passwords.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    /** Insertion order, from a sequence: known at once, with gaps (rollbacks), not chain order. */
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** Chain position, set by the sequencer; null until the entry is chained. */
    seq: bigint('seq', { mode: 'number' }),
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
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    uniqueIndex('audit_log_seq_idx').on(t.seq),
    // What the sequencer has still to chain: small, since it is emptied every tick.
    index('audit_log_pending_idx').on(t.id).where(sql`${t.seq} is null`),
    index('audit_log_org_at_idx').on(t.organizationId, t.at),
    // Administrators page through their organization's log newest first by id (chained or not).
    index('audit_log_org_id_idx').on(t.organizationId, t.id),
    index('audit_log_actor_id_idx').on(t.actorId, t.id),
    index('audit_log_target_id_idx').on(t.targetId, t.id),
    index('audit_log_action_id_idx').on(t.action, t.id),
    index('audit_log_team_id_idx').on(t.teamId, t.id),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;

/** An entry the sequencer has linked into the chain. */
export type ChainedAuditRow = AuditRow & { seq: number; prevHash: string; hash: string };

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
