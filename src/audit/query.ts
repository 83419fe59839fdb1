import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { AuditAction, AuditOutcome } from './actions.ts';
import { type AuditRow, auditLog } from './tables.ts';

/** What administrators search by. Every field narrows; absent fields do not. */
export interface AuditFilter {
  /** Administrators always pass theirs; only the operator CLI exports across organizations. */
  organizationId?: string;
  actorId?: string;
  action?: AuditAction;
  targetId?: string;
  teamId?: string;
  outcome?: AuditOutcome;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

export function auditFilterWhere(filter: AuditFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.organizationId) where.push(eq(auditLog.organizationId, filter.organizationId));
  if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.targetId) where.push(eq(auditLog.targetId, filter.targetId));
  if (filter.teamId) where.push(eq(auditLog.teamId, filter.teamId));
  if (filter.outcome) where.push(eq(auditLog.outcome, filter.outcome));
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.to) where.push(lt(auditLog.at, filter.to));
  return where;
}

export interface AuditPage {
  entries: AuditRow[];
  /** Pass back as `cursor` for the next (older) page (an id); null on the last page. */
  nextCursor: number | null;
}

/**
 * Newest first by insertion id, so an entry shows at once, before the sequencer has chained it. The
 * cursor is the id of the last entry returned: ids are unique and only grow, so pages neither skip
 * nor repeat entries while new ones are appended, and any time range pages the same way (no cap on
 * how far back an administrator may look).
 */
export async function listAuditEntries(
  db: Db,
  input: { filter: AuditFilter; cursor?: number; limit: number },
): Promise<AuditPage> {
  const where = auditFilterWhere(input.filter);
  if (input.cursor !== undefined) where.push(lt(auditLog.id, input.cursor));
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(input.limit + 1);
  const entries = rows.slice(0, input.limit);
  return { entries, nextCursor: rows.length > input.limit ? entries[entries.length - 1]!.id : null };
}
