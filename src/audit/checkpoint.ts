import { desc } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { appendAudit, lockAuditChain, readChainHead } from './append.ts';
import { type AuditSigner, checkpointMessage } from './signer.ts';
import { type AuditCheckpoint, auditCheckpoints } from './tables.ts';

export interface CheckpointResult {
  /** False when the head was already signed: nothing happened since the last checkpoint. */
  written: boolean;
  checkpoint: AuditCheckpoint;
}

export async function readLatestCheckpoint(db: Db): Promise<AuditCheckpoint | undefined> {
  const [latest] = await db.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.seq)).limit(1);
  return latest;
}

/**
 * Signs the chain head. The checkpoint first appends its own `audit.checkpoint` entry and then signs
 * that entry, so the log shows when checkpoints were taken and an idle log is not re-signed on every
 * tick (the head is then already the signed checkpoint entry). Several instances may run this at
 * the same moment: the chain lock makes all but one of them find the head already signed.
 */
export async function writeAuditCheckpoint(
  db: Db,
  input: { signer: AuditSigner; at: Date },
): Promise<CheckpointResult> {
  return db.transaction(async (tx) => {
    await lockAuditChain(tx);
    const head = await readChainHead(tx);
    const latest = await readLatestCheckpoint(tx);
    if (head && latest && latest.seq === head.seq) return { written: false, checkpoint: latest };
    const entry = await appendAudit(tx, {
      at: input.at,
      actorRole: 'system',
      action: 'audit.checkpoint',
      outcome: 'success',
      detail: { previousCheckpointSeq: latest?.seq ?? null },
    });
    const { keyId, mac } = await input.signer.sign(checkpointMessage(entry.seq, entry.hash));
    const [checkpoint] = await tx
      .insert(auditCheckpoints)
      .values({ seq: entry.seq, hash: entry.hash, keyId, mac, at: input.at })
      .returning();
    return { written: true, checkpoint: checkpoint! };
  });
}
