import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { readLatestCheckpoint } from './checkpoint.ts';
import type { AuditSigner } from './signer.ts';
import { auditLog } from './tables.ts';
import { checkpointMacValid } from './verify-chain.ts';

export interface ChainStatus {
  /** The newest entry's seq (0 for an empty log). */
  headSeq: number;
  /** The latest signed checkpoint and whether it still holds, or null before the first one. */
  checkpoint: {
    seq: number;
    at: string;
    /** Its MAC verifies under the vault key ring and the entry at its seq still has the signed hash. */
    verified: boolean;
    /** Entries written after it, not yet covered by a signature. */
    entriesSince: number;
  } | null;
}

/**
 * The access log's integrity at a glance, cheap enough for a page load: the latest checkpoint is
 * checked (signature, and that its entry was not rewritten) without walking the whole chain, which
 * `qa-vault audit verify` does.
 */
export async function readChainStatus(db: Db, signer: AuditSigner): Promise<ChainStatus> {
  const [head] = await db.select({ seq: auditLog.seq }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const headSeq = head?.seq ?? 0;
  const cp = await readLatestCheckpoint(db);
  if (!cp) return { headSeq, checkpoint: null };
  const [entry] = await db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.seq, cp.seq));
  const verified = entry?.hash === cp.hash && (await checkpointMacValid(signer, cp));
  return {
    headSeq,
    checkpoint: { seq: cp.seq, at: cp.at.toISOString(), verified, entriesSince: headSeq - cp.seq },
  };
}
