import { and, eq, inArray } from 'drizzle-orm';
import { appendAudit } from '../audit/append.ts';
import type { Db } from '../db/client.ts';
import { lockHolds } from '../holds/service.ts';
import { cleanUpUpload, liveUploadObjectIds } from '../uploads/cleanup.ts';
import { uploads } from '../uploads/tables.ts';
import type { Vault } from '../vault/vault.ts';
import { dueReportsQuery, dueUploadsQuery, type PlanConfig } from './plan.ts';
import { retentionDisposals } from './tables.ts';

export interface DisposeDeps {
  db: Db;
  vault: Vault;
  config: PlanConfig;
}

export type DisposeOutcome = 'disposed' | 'skipped';

/**
 * Disposes one due upload in one transaction: re-checks under the hold lock and a row lock that it is
 * still accepted, due and unheld (SKIP LOCKED: another instance disposing it now is left to it), turns
 * it into a tombstone, records the certificate line and the `upload.dispose` entry, and crypto-shreds
 * every object of it last. Anything else — already disposed, held, no longer due — is skipped, so
 * running twice, or on several instances at once, disposes each upload once.
 */
export async function disposeUpload(
  deps: DisposeDeps,
  input: { runId: string; organizationId: string; uploadId: string; now: Date },
): Promise<DisposeOutcome> {
  return deps.db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    await lockHolds(tx, input.organizationId, 'shared');
    const [due] = await dueUploadsQuery(tx, {
      organizationId: input.organizationId,
      horizon: input.now,
      minDays: deps.config.RETENTION_MIN_DAYS,
      uploadId: input.uploadId,
    }).for('update', { of: uploads, skipLocked: true });
    if (!due || due.held) return 'skipped';
    const [row] = await tx
      .update(uploads)
      .set({
        status: 'deleted',
        deletedAt: input.now,
        updatedAt: input.now,
        title: null,
        sessionDate: null,
        findings: null,
      })
      .where(and(eq(uploads.id, input.uploadId), eq(uploads.status, 'accepted')))
      .returning();
    if (!row) return 'skipped';
    const dataKeyIds = await liveUploadObjectIds(tx, row.id);
    await tx.insert(retentionDisposals).values({
      uploadId: row.id,
      runId: input.runId,
      kind: row.kind!,
      teamId: row.teamId!,
      acceptedAt: due.acceptedAt!,
      disposedAt: input.now,
      dataKeyIds,
    });
    await appendAudit(tx, {
      at: input.now,
      organizationId: row.organizationId,
      actorRole: 'system',
      action: 'upload.dispose',
      outcome: 'success',
      targetType: 'upload',
      targetId: row.id,
      teamId: row.teamId,
      detail: { runId: input.runId, reason: 'retention_due', dataKeysDestroyed: dataKeyIds.length },
    });
    await cleanUpUpload(deps, tx, row);
    return 'disposed';
  });
}

/**
 * A rejected or failed upload whose report has been kept long enough becomes a tombstone: the masked
 * findings and title go (its bytes were shredded when it was refused; anything left is shredded now).
 */
export async function expireReport(
  deps: DisposeDeps,
  input: { runId: string; organizationId: string; uploadId: string; now: Date },
): Promise<DisposeOutcome> {
  return deps.db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    await lockHolds(tx, input.organizationId, 'shared');
    const [due] = await dueReportsQuery(tx, {
      organizationId: input.organizationId,
      horizon: input.now,
      reportDays: deps.config.REJECTED_REPORT_DAYS,
      uploadId: input.uploadId,
    }).for('update', { skipLocked: true });
    if (!due || due.held) return 'skipped';
    const [row] = await tx
      .update(uploads)
      .set({
        status: 'deleted',
        deletedAt: input.now,
        updatedAt: input.now,
        title: null,
        sessionDate: null,
        findings: null,
      })
      .where(and(eq(uploads.id, input.uploadId), inArray(uploads.status, ['rejected', 'failed'])))
      .returning();
    if (!row) return 'skipped';
    await appendAudit(tx, {
      at: input.now,
      organizationId: row.organizationId,
      actorRole: 'system',
      action: 'upload.dispose',
      outcome: 'success',
      targetType: 'upload',
      targetId: row.id,
      teamId: row.teamId,
      detail: { runId: input.runId, reason: 'report_expired', previousStatus: due.status },
    });
    await cleanUpUpload(deps, tx, row);
    return 'disposed';
  });
}
