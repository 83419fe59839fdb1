import { and, asc, desc, gt, gte, isNotNull, lte, min, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { appendAudit, readChainHead } from './append.ts';
import { writeAuditCheckpoint } from './checkpoint.ts';
import { lockSequencer } from './sequencer.ts';
import type { AuditSigner } from './signer.ts';
import { auditCheckpoints, auditLog } from './tables.ts';
import { checkpointMacValid } from './verify-chain.ts';

const DAY_MS = 86_400_000;

export interface PruneResult {
  /** The checkpointed entry that now starts the chain; undefined when nothing was old enough. */
  cutSeq?: number;
  entriesDeleted: number;
}

/**
 * The newest checkpoint the log can be cut at: every entry before it is older than `cutoff` (so only
 * whole checkpoint intervals go), it lies after the current start, and its MAC holds — an entry
 * whose checkpoint cannot be verified must not become the trusted start of the chain.
 */
async function findCut(db: Db, signer: AuditSigner, cutoff: Date) {
  const [first] = await db.select({ seq: min(auditLog.seq) }).from(auditLog);
  const [young] = await db
    .select({ seq: min(auditLog.seq) })
    .from(auditLog)
    .where(gte(auditLog.at, cutoff));
  const head = await readChainHead(db);
  if (!head || first?.seq == null) return undefined;
  const limit = young?.seq ?? head.seq + 1;
  const candidates = await db
    .select()
    .from(auditCheckpoints)
    .where(and(gt(auditCheckpoints.seq, first.seq), lte(auditCheckpoints.seq, limit)))
    .orderBy(desc(auditCheckpoints.seq))
    .limit(5);
  for (const cp of candidates) if (await checkpointMacValid(signer, cp)) return cp;
  return undefined;
}

/**
 * Access-log retention (AUDIT_RETENTION_DAYS). Removes every entry before the newest signed
 * checkpoint that has only older entries before it, and the checkpoints among them, so the
 * checkpoint at the cut becomes the start of the chain: `audit verify` accepts a log that starts
 * there because the checkpoint's MAC pins that entry's hash (and with it its prev_hash) and an
 * `audit.prune` entry, itself checkpointed at once, records the cut. A deletion anywhere else still
 * shows as a gap, a broken link, or a start no prune entry accounts for.
 */
export async function pruneAuditLog(
  db: Db,
  input: { signer: AuditSigner; now: Date; retentionDays: number },
): Promise<PruneResult> {
  const cutoff = new Date(input.now.getTime() - input.retentionDays * DAY_MS);
  const result = await db.transaction(async (tx) => {
    // Holding the sequencer's lock: nothing is chained while the start of the chain moves.
    await lockSequencer(tx);
    const cut = await findCut(tx, input.signer, cutoff);
    if (!cut) return { entriesDeleted: 0 };
    const res = await tx.execute(
      sql`select audit_prune(${cut.seq}::bigint, ${cutoff.toISOString()}::timestamptz) as deleted`,
    );
    // postgres.js answers with the rows, PGlite with { rows }.
    const rows = (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as {
      deleted: string | number;
    }[];
    const row = rows[0];
    const entriesDeleted = Number(row?.deleted ?? 0);
    await appendAudit(tx, {
      at: input.now,
      actorRole: 'system',
      action: 'audit.prune',
      outcome: 'success',
      targetType: 'audit_log',
      detail: { cutSeq: cut.seq, cutHash: cut.hash, entriesDeleted, olderThan: cutoff.toISOString() },
    });
    return { cutSeq: cut.seq, entriesDeleted };
  });
  // The record of the cut is signed at once, so it cannot quietly go with a later deletion.
  if (result.cutSeq) await writeAuditCheckpoint(db, { signer: input.signer, at: input.now });
  return result;
}

/** The seq the log starts at now (1 until the first prune). */
export async function firstAuditSeq(db: Db): Promise<number | undefined> {
  const [row] = await db
    .select({ seq: auditLog.seq })
    .from(auditLog)
    .where(isNotNull(auditLog.seq))
    .orderBy(asc(auditLog.seq))
    .limit(1);
  return row?.seq ?? undefined;
}
