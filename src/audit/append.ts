import { desc, isNotNull, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { AuditAction, AuditOutcome } from './actions.ts';
import { type AuditRow, auditLog } from './tables.ts';

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

/** The newest chained entry's seq and hash; undefined while nothing is chained. */
export async function readChainHead(db: Db): Promise<{ seq: number; hash: string } | undefined> {
  const [last] = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .where(isNotNull(auditLog.seq))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return last as { seq: number; hash: string } | undefined;
}

/**
 * Records one entry. Call it with the transaction of the action it records, so the entry and the
 * action commit (or roll back) together. It is a plain INSERT — no lock, no read of the chain head —
 * so concurrent requests on any number of instances never wait for one another here; the sequencer
 * links committed entries into the chain within a second (sequencer.ts, docs/access-log.md).
 */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<AuditRow> {
  const [row] = await auditInsert(db, entry).returning();
  return row!;
}

/**
 * The INSERT of one entry, not yet run: for a read whose query and entry are one statement (a
 * data-modifying CTE, as `listUploads` does), so they commit together in one round trip. `detail`
 * may be SQL there, to record what the same statement found (a count).
 */
export function auditInsert(
  db: Db,
  entry: Omit<AuditEntry, 'detail'> & { detail?: Record<string, unknown> | SQL },
) {
  return db.insert(auditLog).values({
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
  });
}
