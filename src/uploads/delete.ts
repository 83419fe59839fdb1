import { isNull } from 'drizzle-orm';
import { notFound } from '../authz/not-found.ts';
import type { Db } from '../db/client.ts';
import { isUploadHeld, lockHolds } from '../holds/service.ts';
import { AppError } from '../http/errors.ts';
import type { Vault } from '../vault/vault.ts';
import { cleanUpUpload } from './cleanup.ts';
import { type Upload, uploads } from './tables.ts';
import { type AuditBase, transitionUpload } from './transitions.ts';

/**
 * DELETE /api/uploads/:id after the route's policy check: every object of the upload is crypto-shredded
 * (its data keys destroyed, then its blobs deleted) in the transaction that turns the row into a
 * tombstone — ids, kind, dates and who, no title, date or findings — and logs `upload.delete`.
 * A job still working on it finds the tombstone and shreds what it was writing. Its review and
 * comments go with it (cleanup.ts). `beforeReviewOnly` (every caller but an admin) makes "no review
 * has started" part of the conditional update, so a delete racing a reviewer's start cannot win
 * after it. An upload under a legal hold is refused (409 LEGAL_HOLD) whoever asks; the hold lock
 * makes the check and the deletion one step against a hold placed meanwhile.
 */
export async function deleteUpload(
  deps: { vault: Vault; db: Db },
  input: { row: Upload; audit: AuditBase; grantId?: string; beforeReviewOnly: boolean },
): Promise<Upload> {
  if (input.row.status === 'deleted') throw notFound('upload');
  return transitionUpload(deps.db, {
    uploadId: input.row.id,
    from: ['transcribing', 'needs_transcript', 'accepted', 'rejected', 'failed'],
    where: input.beforeReviewOnly ? isNull(uploads.reviewStartedAt) : undefined,
    set: { status: 'deleted', deletedAt: input.audit.at, title: null, sessionDate: null, findings: null },
    audit: input.audit,
    log: [
      {
        action: 'upload.delete',
        outcome: 'success',
        detail: { previousStatus: input.row.status, ...(input.grantId ? { grantId: input.grantId } : {}) },
      },
    ],
    before: async (tx) => {
      await lockHolds(tx, input.row.organizationId, 'shared');
      if (await isUploadHeld(tx, input.row.id)) {
        throw new AppError('LEGAL_HOLD', 'This upload is under a legal hold and cannot be deleted.');
      }
    },
    also: async (tx, row) => {
      await cleanUpUpload(deps, tx, row);
    },
  });
}
