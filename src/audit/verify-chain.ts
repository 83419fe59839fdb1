import { asc, count, gt, isNull, min } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { type ChainFields, entryHash, GENESIS_HASH } from './chain.ts';
import { type AuditSigner, checkpointMessage } from './signer.ts';
import { type AuditCheckpoint, auditCheckpoints, auditLog, type ChainedAuditRow } from './tables.ts';

export interface ChainProblem {
  /** The first sequence number that is proven broken. */
  seq: number;
  message: string;
}

export interface ChainReport {
  ok: boolean;
  problem?: ChainProblem;
  entries: number;
  head?: { seq: number; hash: string };
  checkpoints: number;
  latestCheckpoint?: { seq: number; at: Date };
  /** Entries after the newest checkpoint: a rewrite of only these would not be detected yet. */
  unsignedTail: number;
  /** Entries committed but not chained yet (the sequencer links them within a second while it runs). */
  pending: number;
  /** When the oldest of them was recorded: long ago means no sequencer is running. */
  oldestPendingAt?: Date;
  /** Where the chain starts: 1, or the signed checkpoint the last access-log prune cut at. */
  firstSeq?: number;
}

/** Whether an entry's hash matches its own fields; what is wrong otherwise. */
export function contentProblem(row: ChainFields & { prevHash: string; hash: string }): string | undefined {
  return entryHash(row.prevHash, row) === row.hash
    ? undefined
    : 'its hash does not match its contents: the entry was changed after it was written';
}

export async function checkpointMacValid(signer: AuditSigner, cp: AuditCheckpoint): Promise<boolean> {
  try {
    return await signer.verify(cp.keyId, checkpointMessage(cp.seq, cp.hash), cp.mac);
  } catch {
    return false; // a malformed stored hash is as bad as a wrong MAC
  }
}

/** Rows in seq order, one keyset batch at a time, so memory stays flat however long the log is. */
async function* inSeqOrder<T extends { seq: number }>(
  fetch: (after: number, limit: number) => Promise<T[]>,
  batchSize: number,
): AsyncGenerator<T> {
  let after = 0;
  for (;;) {
    const rows = await fetch(after, batchSize);
    yield* rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.seq;
  }
}

/**
 * Walks the whole log and every checkpoint in seq order and stops at the first problem. Entry checks
 * catch an edited row (its own hash), a deleted row (a gap in seq) and a reordered or re-hashed row
 * (a broken link); a checkpoint whose signed hash differs from the row at its seq catches a chain
 * rewritten consistently from some point on, which no entry check can see.
 */
export async function verifyAuditChain(
  db: Db,
  input: { signer: AuditSigner; batchSize?: number },
): Promise<ChainReport> {
  const batchSize = input.batchSize ?? 2000;
  const rows = inSeqOrder(
    (after, limit) =>
      db
        .select()
        .from(auditLog)
        .where(gt(auditLog.seq, after))
        .orderBy(asc(auditLog.seq))
        .limit(limit) as Promise<ChainedAuditRow[]>,
    batchSize,
  );
  const checkpoints = inSeqOrder(
    (after, limit) =>
      db
        .select()
        .from(auditCheckpoints)
        .where(gt(auditCheckpoints.seq, after))
        .orderBy(asc(auditCheckpoints.seq))
        .limit(limit),
    batchSize,
  );
  const [waiting] = await db
    .select({ pending: count(), oldest: min(auditLog.at) })
    .from(auditLog)
    .where(isNull(auditLog.seq));
  const report: ChainReport = {
    ok: true,
    entries: 0,
    checkpoints: 0,
    unsignedTail: 0,
    pending: waiting?.pending ?? 0,
    oldestPendingAt: waiting?.oldest ?? undefined,
  };
  const fail = (seq: number, message: string) => ({ ...report, ok: false, problem: { seq, message } });

  let prev: { seq: number; hash: string } | undefined;
  let lastGood: AuditCheckpoint | undefined;
  let cp = (await checkpoints.next()).value as AuditCheckpoint | undefined;
  // After access-log pruning the chain starts at a signed checkpoint instead of seq 1; an
  // `audit.prune` entry later in the log must name that very cut.
  let startCut: number | undefined;
  let latestPruneCut: number | undefined;
  for await (const row of rows) {
    const expected = prev ? prev.seq + 1 : cp?.seq === row.seq && row.seq > 1 ? row.seq : 1;
    if (!prev && expected > 1) startCut = row.seq;
    if (!prev) report.firstSeq = row.seq;
    if (row.action === 'audit.prune' && typeof row.detail?.cutSeq === 'number')
      latestPruneCut = row.detail.cutSeq;
    if (row.seq !== expected) {
      return fail(
        expected,
        prev
          ? `missing: seq ${prev.seq} is followed by seq ${row.seq} (entries were deleted)`
          : `missing: the log starts at seq ${row.seq} instead of 1 (entries were deleted)`,
      );
    }
    const changed = contentProblem(row);
    if (changed) return fail(row.seq, changed);
    // The cut entry's predecessor is gone; its checkpoint (checked just below) vouches for it instead.
    if (row.seq !== startCut && row.prevHash !== (prev?.hash ?? GENESIS_HASH)) {
      return fail(
        row.seq,
        prev
          ? `its prev_hash is not the hash of seq ${prev.seq}: entries were reordered, or seq ${prev.seq} was changed and re-hashed`
          : 'its prev_hash is not the genesis hash',
      );
    }
    if (cp && cp.seq < row.seq)
      return fail(cp.seq, `a checkpoint names seq ${cp.seq}, which is not in the log`);
    if (cp && cp.seq === row.seq) {
      if (!(await checkpointMacValid(input.signer, cp))) {
        return fail(
          cp.seq,
          `the checkpoint for seq ${cp.seq} has no valid MAC under key ${cp.keyId}: it was forged or altered, or that key is missing from the key ring`,
        );
      }
      if (cp.hash !== row.hash) {
        return fail(
          cp.seq,
          `differs from the checkpoint signed at ${cp.at.toISOString()}: the chain was rewritten at or after seq ${(lastGood?.seq ?? 0) + 1}`,
        );
      }
      lastGood = cp;
      report.checkpoints++;
      report.latestCheckpoint = { seq: cp.seq, at: cp.at };
      cp = (await checkpoints.next()).value as AuditCheckpoint | undefined;
    }
    report.entries++;
    report.head = { seq: row.seq, hash: row.hash };
    report.unsignedTail = row.seq - (lastGood?.seq ?? 0);
    prev = report.head;
  }
  if (startCut !== undefined && latestPruneCut !== startCut) {
    return fail(
      startCut,
      `missing: the log starts at seq ${startCut}, but no audit.prune entry records a cut there (entries were deleted)`,
    );
  }
  if (cp) {
    const end = prev?.seq ?? 0;
    return fail(
      end + 1,
      `missing: the checkpoint signed at ${cp.at.toISOString()} names seq ${cp.seq} but the log ends at seq ${end} (entries were deleted from the end)`,
    );
  }
  return report;
}
