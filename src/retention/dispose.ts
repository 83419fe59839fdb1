import { and, eq, inArray } from 'drizzle-orm';
import { appendAudit } from '../audit/append.ts';
import type { Db } from '../db/client.ts';
import { lockHolds } from '../holds/service.ts';
import { cleanUpUpload } from '../uploads/cleanup.ts';
import { type Upload, type UploadStatus, uploads } from '../uploads/tables.ts';
import { liveUploadObjectIds } from '../uploads/vault-files.ts';
import type { Vault } from '../vault/vault.ts';
import { dueReportsQuery, dueUploadsQuery, type PlanConfig } from './plan.ts';
import { retentionDisposals } from './tables.ts';

export interface DisposeDeps {
  db: Db;
  vault: Vault;
  config: PlanConfig;
}

export type DisposeOutcome = 'disposed' | 'skipped';

interface DisposeInput {
  runId: string;
  organizationId: string;
  uploadId: string;
  now: Date;
}

/**
 * The part both kinds of disposal share, inside their transaction: the row becomes a tombstone
 * (conditional on its status), `record` adds what must commit with it, the `upload.dispose` entry
 * is written, and the cleanup steps and the crypto-shredding of its objects run last.
 */
async function tombstone(
  deps: DisposeDeps,
  tx: Db,
  input: DisposeInput & {
    from: UploadStatus[];
    detail: Record<string, unknown>;
    record?: (row: Upload) => Promise<Record<string, unknown>>;
  },
): Promise<DisposeOutcome> {
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
    .where(and(eq(uploads.id, input.uploadId), inArray(uploads.status, input.from)))
    .returning();
  if (!row) return 'skipped';
  const extra = (await input.record?.(row)) ?? {};
  await appendAudit(tx, {
    at: input.now,
    organizationId: row.organizationId,
    actorRole: 'system',
    action: 'upload.dispose',
    outcome: 'success',
    targetType: 'upload',
    targetId: row.id,
    teamId: row.teamId,
    detail: { runId: input.runId, ...input.detail, ...extra },
  });
  await cleanUpUpload(deps, tx, row);
  return 'disposed';
}

/**
 * Disposes one due upload in one transaction: re-checks under the hold lock and a row lock that it is
 * still accepted, due and unheld (SKIP LOCKED: another instance disposing it now is left to it), turns
 * it into a tombstone, records the certificate line and the `upload.dispose` entry, and crypto-shreds
 * every object of it last. Anything else — already disposed, held, no longer due — is skipped, so
 * running twice, or on several instances at once, disposes each upload once.
 */
export async function disposeUpload(deps: DisposeDeps, input: DisposeInput): Promise<DisposeOutcome> {
  return deps.db.transaction(async (tx) => {
    await lockHolds(tx, input.organizationId, 'shared');
    const [due] = await dueUploadsQuery(tx, {
      organizationId: input.organizationId,
      horizon: input.now,
      minDays: deps.config.RETENTION_MIN_DAYS,
      uploadId: input.uploadId,
    }).for('update', { of: uploads, skipLocked: true });
    if (!due || due.held) return 'skipped';
    return tombstone(deps, tx, {
      ...input,
      from: ['accepted'],
      detail: { reason: 'retention_due' },
      async record(row) {
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
        return { dataKeysDestroyed: dataKeyIds.length };
      },
    });
  });
}

/**
 * A rejected or failed upload whose report has been kept long enough becomes a tombstone: the masked
 * findings and title go (its bytes were shredded when it was refused; anything left is shredded now).
 */
export async function expireReport(deps: DisposeDeps, input: DisposeInput): Promise<DisposeOutcome> {
  return deps.db.transaction(async (tx) => {
    await lockHolds(tx, input.organizationId, 'shared');
    const [due] = await dueReportsQuery(tx, {
      organizationId: input.organizationId,
      horizon: input.now,
      reportDays: deps.config.REJECTED_REPORT_DAYS,
      uploadId: input.uploadId,
    }).for('update', { skipLocked: true });
    if (!due || due.held) return 'skipped';
    return tombstone(deps, tx, {
      ...input,
      from: ['rejected', 'failed'],
      detail: { reason: 'report_expired', previousStatus: due.status },
    });
  });
}
