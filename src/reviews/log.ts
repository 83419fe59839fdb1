import type { AuditAction, AuditOutcome } from '../audit/actions.ts';
import { appendAudit } from '../audit/append.ts';
import type { Db } from '../db/client.ts';
import type { Upload } from '../uploads/tables.ts';
import type { AuditBase } from '../uploads/transitions.ts';

/**
 * One access-log entry about an upload's review or comments, in `db` (the caller's transaction when
 * the entry records a change). `detail` holds ids, states and counts — never a word of a comment.
 */
export async function logReviewEntry(
  db: Db,
  input: { upload: Upload; audit: AuditBase },
  action: AuditAction,
  detail: Record<string, unknown>,
  outcome: AuditOutcome = 'success',
): Promise<void> {
  await appendAudit(db, {
    ...input.audit,
    action,
    outcome,
    targetType: 'upload',
    targetId: input.upload.id,
    teamId: input.upload.teamId,
    detail,
  });
}

/** A refused decision or comment (its text had findings): the count of findings, never the text. */
export const logRefusal = (
  db: Db,
  input: { upload: Upload; audit: AuditBase },
  action: AuditAction,
  block: number,
) => logReviewEntry(db, input, action, { reason: 'findings', block }, 'failure');
