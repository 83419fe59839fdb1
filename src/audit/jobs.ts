import type { Clock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import type { JobRunner } from '../jobs/runner.ts';
import { writeAuditCheckpoint } from './checkpoint.ts';
import { pruneAuditLog } from './prune.ts';
import type { AuditSigner } from './signer.ts';

export const AUDIT_CHECKPOINT_KIND = 'audit.checkpoint';
export const AUDIT_PRUNE_KIND = 'audit.prune';
const DAY_MS = 86_400_000;

/**
 * Signs the chain head once per `everyMs` slot (AUDIT_CHECKPOINT_MINUTES), as a scheduled job: the
 * runner starts with `serve` only, and of several instances one runs each slot. A tick that finds the
 * head already signed writes nothing; a failed one is logged by the runner and the next slot retries.
 */
export function registerAuditJobs(
  runner: JobRunner,
  deps: { db: Db; clock: Clock; signer: AuditSigner; everyMs: number },
): void {
  runner.register(AUDIT_CHECKPOINT_KIND, async (_payload, { logger }) => {
    const { written, checkpoint } = await writeAuditCheckpoint(deps.db, {
      signer: deps.signer,
      at: deps.clock.now(),
    });
    if (written) logger.info('audit checkpoint written', { seq: checkpoint.seq, keyId: checkpoint.keyId });
  });
  runner.schedule(AUDIT_CHECKPOINT_KIND, deps.everyMs);
}

/** Access-log retention (AUDIT_RETENTION_DAYS), daily: whole checkpoint intervals only (prune.ts). */
export function registerAuditRetentionJob(
  runner: JobRunner,
  deps: { db: Db; clock: Clock; signer: AuditSigner; retentionDays: number },
): void {
  runner.register(AUDIT_PRUNE_KIND, async (_payload, { logger }) => {
    const result = await pruneAuditLog(deps.db, {
      signer: deps.signer,
      now: deps.clock.now(),
      retentionDays: deps.retentionDays,
    });
    if (result.cutSeq) logger.info('access log pruned', { ...result });
  });
  runner.schedule(AUDIT_PRUNE_KIND, DAY_MS);
}
