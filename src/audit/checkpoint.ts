import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { appendAudit, readChainHead } from './append.ts';
import { chainPendingBatch, DEFAULT_SEQUENCER_BATCH, lockSequencer } from './sequencer.ts';
import { type AuditSigner, checkpointMessage } from './signer.ts';
import { type AuditCheckpoint, auditCheckpoints, auditLog } from './tables.ts';

export interface CheckpointResult {
  /** False when the head was already signed: nothing happened since the last checkpoint. */
  written: boolean;
  checkpoint: AuditCheckpoint;
}

export async function readLatestCheckpoint(db: Db): Promise<AuditCheckpoint | undefined> {
  const [latest] = await db.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.seq)).limit(1);
  return latest;
}

/** Chains everything pending inside the caller's transaction (which holds the sequencer lock). */
async function drain(tx: Db): Promise<void> {
  while ((await chainPendingBatch(tx)) === DEFAULT_SEQUENCER_BATCH) {}
}

/**
 * Signs the chain. A checkpoint is the sequencer's work: under its lock it chains what is pending,
 * appends its own `audit.checkpoint` entry, chains that, and signs that entry's seq and hash — so
 * the log shows when checkpoints were taken and an idle log is not re-signed on every tick (the head
 * is then already the signed checkpoint entry). Entries that commit meanwhile may be chained right
 * after the checkpoint entry: they belong to the next interval. Several instances may run this at
 * the same moment: the lock makes all but one of them find the head already signed.
 */
export async function writeAuditCheckpoint(
  db: Db,
  input: { signer: AuditSigner; at: Date },
): Promise<CheckpointResult> {
  return db.transaction(async (tx) => {
    await lockSequencer(tx);
    await drain(tx);
    const head = await readChainHead(tx);
    const latest = await readLatestCheckpoint(tx);
    if (head && latest && latest.seq === head.seq) return { written: false, checkpoint: latest };
    const { id } = await appendAudit(tx, {
      at: input.at,
      actorRole: 'system',
      action: 'audit.checkpoint',
      outcome: 'success',
      detail: { previousCheckpointSeq: latest?.seq ?? null },
    });
    await drain(tx);
    const [entry] = await tx
      .select({ seq: auditLog.seq, hash: auditLog.hash })
      .from(auditLog)
      .where(eq(auditLog.id, id));
    const seq = entry!.seq!;
    const hash = entry!.hash!;
    const { keyId, mac } = await input.signer.sign(checkpointMessage(seq, hash));
    const [checkpoint] = await tx
      .insert(auditCheckpoints)
      .values({ seq, hash, keyId, mac, at: input.at })
      .returning();
    return { written: true, checkpoint: checkpoint! };
  });
}
