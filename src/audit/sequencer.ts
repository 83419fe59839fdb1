import { asc, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { readChainHead } from './append.ts';
import { entryHash, GENESIS_HASH } from './chain.ts';
import { auditLog } from './tables.ts';

/**
 * Advisory-lock key of the sequencer ("auditseq"). The trigger of migration 0010 refuses any UPDATE of
 * audit_log by a session that does not hold it; keep the two in step.
 */
export const AUDIT_SEQUENCER_LOCK_KEY = 0x6175646974736571n;

export const DEFAULT_SEQUENCER_BATCH = 500;

/**
 * Links committed, unchained entries onto the chain head: oldest insertion id first, at most
 * `batchSize`, seq = head + 1, + 2, … Call it inside a transaction that holds the sequencer lock.
 *
 * Why this cannot skip or fork (docs/access-log.md "How the chain is built"): seq is handed out here,
 * not at insert, so there is no gap for an in-flight request to fill later. This statement sees only
 * entries committed before it began (READ COMMITTED); one still in flight is not pending yet and is
 * linked by a later batch, after whatever committed first. The lock makes this the only writer of
 * seq, and the unique index on seq would refuse a second head anyway.
 */
export async function chainPendingBatch(tx: Db, batchSize = DEFAULT_SEQUENCER_BATCH): Promise<number> {
  const pending = await tx
    .select()
    .from(auditLog)
    .where(isNull(auditLog.seq))
    .orderBy(asc(auditLog.id))
    .limit(batchSize);
  if (pending.length === 0) return 0;
  const head = await readChainHead(tx);
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const ids: number[] = [];
  const seqs: number[] = [];
  const prevs: string[] = [];
  const hashes: string[] = [];
  for (const row of pending) {
    seq++;
    const hash = entryHash(prevHash, { ...row, seq });
    ids.push(row.id);
    seqs.push(seq);
    prevs.push(prevHash);
    hashes.push(hash);
    prevHash = hash;
  }
  // One statement for the whole batch; `seq is null` keeps it from ever re-linking an entry.
  await tx.execute(sql`
    update audit_log as a set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
    from unnest(${`{${ids.join(',')}}`}::bigint[], ${`{${seqs.join(',')}}`}::bigint[],
                ${`{${prevs.join(',')}}`}::text[], ${`{${hashes.join(',')}}`}::text[])
      as v(id, seq, prev_hash, hash)
    where a.id = v.id and a.seq is null`);
  return pending.length;
}

/** Takes the sequencer lock for the rest of the transaction, waiting for a running batch to finish. */
export async function lockSequencer(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_SEQUENCER_LOCK_KEY.toString()}::bigint)`);
}

/** The lock if nobody holds it; false at once otherwise (another instance is sequencing). */
export async function tryLockSequencer(tx: Db): Promise<boolean> {
  const result = await tx.execute<{ locked: boolean }>(
    sql`select pg_try_advisory_xact_lock(${AUDIT_SEQUENCER_LOCK_KEY.toString()}::bigint) as locked`,
  );
  const rows = Array.isArray(result) ? result : (result as unknown as { rows: { locked: boolean }[] }).rows;
  return rows[0]?.locked === true;
}

export interface SequencerRun {
  /** False when another sequencer held the lock: this one did nothing. */
  locked: boolean;
  chained: number;
}

/**
 * One sequencer turn: chains everything pending, one committed transaction per batch, so a sequencer
 * killed mid-batch loses only that uncommitted batch and the next turn (here or on any instance)
 * redoes it from the intact head. With `wait`, blocks for the lock (CLI, checkpoints, exports);
 * without, gives up at once when another instance holds it.
 */
export async function chainPendingEntries(
  db: Db,
  input: { wait?: boolean; batchSize?: number; beforeCommit?: () => void } = {},
): Promise<SequencerRun> {
  const batchSize = input.batchSize ?? DEFAULT_SEQUENCER_BATCH;
  let chained = 0;
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      if (input.wait) await lockSequencer(tx);
      else if (!(await tryLockSequencer(tx))) return undefined;
      const linked = await chainPendingBatch(tx, batchSize);
      if (linked > 0) input.beforeCommit?.();
      return linked;
    });
    if (batch === undefined) return { locked: false, chained };
    chained += batch;
    if (batch < batchSize) return { locked: true, chained };
  }
}
