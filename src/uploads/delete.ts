import { isNull } from 'drizzle-orm';
import { notFound } from '../authz/not-found.ts';
import type { Db } from '../db/client.ts';
import { eraseReviews } from '../reviews/erase.ts';
import type { Vault } from '../vault/vault.ts';
import { type Upload, uploads } from './tables.ts';
import { type AuditBase, transitionUpload } from './transitions.ts';
import { shredUploadObjects } from './vault-files.ts';

/**
 * DELETE /api/uploads/:id after the route's policy check: every object of the upload is crypto-shredded
 * (its data keys destroyed, then its blobs deleted) in the transaction that turns the row into a
 * tombstone — ids, kind, dates and who, no title, date or findings — and logs `upload.delete`.
 * A job still working on it finds the tombstone and shreds what it was writing. Its review and
 * comments go with it. `beforeReviewOnly` (every caller but an admin) makes "no review has started"
 * part of the conditional update, so a delete racing a reviewer's start cannot win after it.
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
    also: async (tx) => {
      await shredUploadObjects(deps.vault, tx, input.row.id);
      await eraseReviews(tx, input.row.id);
    },
  });
}
