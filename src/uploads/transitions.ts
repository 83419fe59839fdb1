import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { AuditAction, AuditOutcome } from '../audit/actions.ts';
import { type AuditEntry, appendAudit } from '../audit/append.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import type { Vault } from '../vault/vault.ts';
import { type Upload, type UploadStatus, uploads } from './tables.ts';
import { shredUploadObjects } from './vault-files.ts';

/**
 * Every state change of an upload is one transaction: a conditional update (`where status in …`,
 * so zero rows is a conflict, never a silent success), its access-log entries, and whatever must
 * commit with it (a job, a shred). The decision, the key records and the log commit together or not
 * at all; a crash between transactions leaves a state the reconciler knows how to finish.
 */

/** Who and from where, as written to the access log (auditFieldsFrom(c), or `system` for jobs). */
export type AuditBase = Pick<
  AuditEntry,
  'at' | 'organizationId' | 'actorId' | 'actorRole' | 'clientIp' | 'userAgent' | 'requestId'
>;

export const systemAudit = (at: Date, organizationId: string): AuditBase => ({
  at,
  organizationId,
  actorId: null,
  actorRole: 'system',
});

export interface LogEntry {
  action: AuditAction;
  outcome: AuditOutcome;
  detail?: Record<string, unknown>;
}

export interface TransitionInput {
  uploadId: string;
  from: readonly UploadStatus[];
  /** Further conditions the row must meet (e.g. no review started); unmet is the same 409. */
  where?: SQL;
  set: Partial<typeof uploads.$inferInsert>;
  audit: AuditBase;
  log: LogEntry[];
  /** Runs in the transaction before the update; throwing refuses the change (a legal hold). */
  before?: (tx: Db) => Promise<void>;
  /** Runs in the transaction after the update (enqueue a job, shred objects). */
  also?: (tx: Db, row: Upload) => Promise<void>;
}

export async function transitionUpload(db: Db, input: TransitionInput): Promise<Upload> {
  return db.transaction(async (tx) => {
    await input.before?.(tx);
    const [row] = await tx
      .update(uploads)
      .set({ ...input.set, updatedAt: input.audit.at })
      .where(and(eq(uploads.id, input.uploadId), inArray(uploads.status, [...input.from]), input.where))
      .returning();
    if (!row) throw new AppError('CONFLICT', 'The upload changed meanwhile; reload it and try again.');
    await input.also?.(tx, row);
    for (const entry of input.log) {
      await appendAudit(tx, {
        ...input.audit,
        organizationId: row.organizationId,
        action: entry.action,
        outcome: entry.outcome,
        targetType: 'upload',
        targetId: row.id,
        teamId: row.teamId,
        detail: entry.detail ?? {},
      });
    }
    return row;
  });
}

/** A new upload, receiving. It holds nothing but who is uploading until the form has arrived. */
export async function startUpload(
  db: Db,
  input: { organizationId: string; ownerId: string; now: Date },
): Promise<string> {
  const [row] = await db
    .insert(uploads)
    .values({
      organizationId: input.organizationId,
      ownerId: input.ownerId,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .returning({ id: uploads.id });
  return row!.id;
}

/**
 * An upload refused before any decision (bad form, wrong type, over a limit, unreadable, not
 * allowed): the row goes and every object written for it is shredded, in one transaction with the
 * access-log entry (`upload.receive`, failure, with the reason code). Does nothing when the upload
 * has already left `receiving` — a decision that committed is never undone here.
 */
export async function abandonUpload(
  deps: { vault: Vault; db: Db },
  input: { uploadId: string; audit: AuditBase; reason: string; status: number; log: boolean },
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(uploads)
      .where(and(eq(uploads.id, input.uploadId), eq(uploads.status, 'receiving')))
      .returning();
    if (!row) return;
    await shredUploadObjects(deps.vault, tx, input.uploadId);
    if (!input.log) return;
    await appendAudit(tx, {
      ...input.audit,
      organizationId: row.organizationId,
      action: 'upload.receive',
      outcome: 'failure',
      targetType: 'upload',
      targetId: row.id,
      teamId: row.teamId,
      detail: { reason: input.reason, status: input.status },
    });
  });
}
