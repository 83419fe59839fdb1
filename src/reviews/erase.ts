import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { reviewComments, reviews } from './tables.ts';

/**
 * Removes an upload's review and every comment on it, in the caller's transaction (the upload's
 * deletion, or a disposal). Comments are reviewers' words about the recording: they go with it.
 * One statement per table, so replies and their parents go together.
 */
export async function eraseReviews(tx: Db, uploadId: string): Promise<void> {
  await tx.delete(reviewComments).where(eq(reviewComments.uploadId, uploadId));
  await tx.delete(reviews).where(eq(reviews.uploadId, uploadId));
}
