import { count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { readChainHead } from './append.ts';
import { readLatestCheckpoint } from './checkpoint.ts';
import type { AuditSigner } from './signer.ts';
import { auditLog } from './tables.ts';
import { checkpointMacValid } from './verify-chain.ts';

export interface ChainStatus {
  /** The newest chained entry's seq (0 before the first). */
  headSeq: number;
  /** Entries recorded but not chained yet (the sequencer links them within about a second). */
  pending: number;
  /** The latest signed checkpoint and whether it still holds, or null before the first one. */
  checkpoint: {
    seq: number;
    at: string;
    /** Its MAC verifies under the vault key ring and the entry at its seq still has the signed hash. */
    verified: boolean;
    /** Entries written after it, chained or pending, not yet covered by a signature. */
    entriesSince: number;
  } | null;
}

/**
 * The access log's integrity at a glance, cheap enough for a page load: the latest checkpoint is
 * checked (signature, and that its entry was not rewritten) without walking the whole chain, which
 * `qa-vault audit verify` does.
 */
export async function readChainStatus(db: Db, signer: AuditSigner): Promise<ChainStatus> {
  const headSeq = (await readChainHead(db))?.seq ?? 0;
  const [unchained] = await db.select({ n: count() }).from(auditLog).where(isNull(auditLog.seq));
  const pending = unchained?.n ?? 0;
  const cp = await readLatestCheckpoint(db);
  if (!cp) return { headSeq, pending, checkpoint: null };
  const [entry] = await db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.seq, cp.seq));
  const verified = entry?.hash === cp.hash && (await checkpointMacValid(signer, cp));
  return {
    headSeq,
    pending,
    checkpoint: { seq: cp.seq, at: cp.at.toISOString(), verified, entriesSince: headSeq - cp.seq + pending },
  };
}
