import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor.ts';
import { notFound } from '../authz/not-found.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { findReview, replacementOf } from '../reviews/review.ts';
import { uploads } from './tables.ts';

/**
 * An upload may name the one it replaces: an earlier upload of the same person that was rejected or
 * failed, or an accepted one whose review was returned to them (once: a returned upload that already
 * has a live replacement is not replaced again). Anything else is refused; another person's upload is
 * "not found", as everywhere.
 */
export async function checkReplaces(db: Db, actor: Actor, replacesId: string): Promise<string> {
  const [row] = await db
    .select({ ownerId: uploads.ownerId, status: uploads.status })
    .from(uploads)
    .where(eq(uploads.id, replacesId));
  if (!row || row.ownerId !== actor.userId) throw notFound('upload');
  if (row.status === 'rejected' || row.status === 'failed') return replacesId;
  if (row.status === 'accepted' && (await findReview(db, replacesId))?.state === 'returned') {
    if (await replacementOf(db, replacesId)) {
      throw new AppError('CONFLICT', 'This upload has already been replaced.');
    }
    return replacesId;
  }
  throw new AppError(
    'CONFLICT',
    'Only a rejected or failed upload, or one whose review was returned to you, can be replaced.',
  );
}
