import { desc, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { AuditAction, AuditOutcome } from './actions.ts';
import { entryHash, GENESIS_HASH } from './chain.ts';
import { type AuditRow, auditLog } from './tables.ts';

/** Advisory-lock key that serializes appends across connections and instances ("auditlog"). */
export const AUDIT_LOCK_KEY = 0x61756469746c6f67n;

export interface AuditEntry {
  at: Date;
  organizationId?: string | null;
  actorId?: string | null;
  /** The actor's role, or "system". */
  actorRole: string;
  action: AuditAction;
  targetType?: string | null;
  targetId?: string | null;
  teamId?: string | null;
  outcome: AuditOutcome;
  clientIp?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
  /** Small and structured: ids, counts, codes. Never content, names, excerpts or passwords. */
  detail?: Record<string, unknown>;
}

/**
 * Takes the chain lock for the rest of the transaction. Every writer of audit_log or
 * audit_checkpoints holds it, so "read the head, then insert after it" cannot interleave.
 */
export async function lockAuditChain(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY.toString()}::bigint)`);
}

/** The newest entry's seq and hash; undefined while the log is empty. */
export async function readChainHead(db: Db): Promise<{ seq: number; hash: string } | undefined> {
  const [last] = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return last;
}

/**
 * Appends one entry to the chain. Call it with the transaction of the action it records, so the
 * entry and the action commit (or roll back) together; the lock is held until that commit, which
 * keeps the chain linear under concurrent requests on any number of instances. The caller's
 * transaction must be READ COMMITTED (the default): a REPEATABLE READ snapshot taken before the lock
 * would not see the newest head.
 */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<AuditRow> {
  const append = async (tx: Db) => {
    await lockAuditChain(tx);
    const last = await readChainHead(tx);
    const base = {
      seq: (last?.seq ?? 0) + 1,
      at: entry.at,
      organizationId: entry.organizationId ?? null,
      actorId: entry.actorId ?? null,
      actorRole: entry.actorRole,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      teamId: entry.teamId ?? null,
      outcome: entry.outcome,
      clientIp: entry.clientIp ?? null,
      userAgent: entry.userAgent ?? null,
      requestId: entry.requestId ?? null,
      detail: entry.detail ?? {},
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    const [row] = await tx
      .insert(auditLog)
      .values({ ...base, prevHash, hash: entryHash(prevHash, base) })
      .returning();
    return row!;
  };
  // Inside a caller's transaction this nests as a savepoint; on its own it is a transaction of its own.
  return db.transaction((tx) => append(tx));
}
