import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { eraseReviews } from '../reviews/erase.ts';
import type { Vault } from '../vault/vault.ts';
import { type Upload, uploadPlaybacks } from './tables.ts';
import { shredUploadObjects } from './vault-files.ts';

/**
 * What goes with an upload when it is deleted or disposed, besides its objects: rows of other
 * features that belong to it (playback sessions, the review with its scores and comments — add one
 * step per feature here). Each step runs in the transaction that turns the upload into a
 * tombstone, so the upload and everything of it go together or not at all.
 */
export type UploadCleanupStep = (tx: Db, upload: Upload) => Promise<void>;

export const uploadCleanupSteps: UploadCleanupStep[] = [
  async (tx, upload) => {
    await tx.delete(uploadPlaybacks).where(eq(uploadPlaybacks.uploadId, upload.id));
  },
  // The review, its scores and every comment (plain text, scanned before it was stored).
  (tx, upload) => eraseReviews(tx, upload.id),
];

/**
 * Runs every cleanup step, then crypto-shreds every live object of the upload and returns their ids
 * (each object has its own data key, so these are the data keys destroyed). Shredding deletes blobs
 * before the caller commits, so call this last in the transaction.
 */
export async function cleanUpUpload(deps: { vault: Vault }, tx: Db, upload: Upload): Promise<string[]> {
  for (const step of uploadCleanupSteps) await step(tx, upload);
  return shredUploadObjects(deps.vault, tx, upload.id);
}
