import { z } from '@hono/zod-openapi';
import type { ReviewComment } from './tables.ts';

/** The author may edit or delete a comment for this long after writing it. */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60_000;
export const MAX_COMMENT_CHARS = 5000;

export const CommentInputSchema = z
  .object({
    body: z.string().trim().min(1).max(MAX_COMMENT_CHARS),
    startMs: z.number().int().min(0).optional(),
    endMs: z.number().int().min(0).optional(),
    page: z.number().int().min(1).optional(),
    parentId: z.uuid().optional(),
  })
  .strict()
  .refine((c) => c.endMs === undefined || (c.startMs !== undefined && c.endMs >= c.startMs), {
    message: 'endMs needs a startMs at or before it',
    path: ['endMs'],
  })
  .refine((c) => c.page === undefined || c.startMs === undefined, {
    message: 'a comment is at a time or on a page, not both',
    path: ['page'],
  })
  .openapi('CommentInput');
export type CommentInput = z.infer<typeof CommentInputSchema>;

export const CommentEditSchema = z
  .object({ body: z.string().trim().min(1).max(MAX_COMMENT_CHARS) })
  .strict()
  .openapi('CommentEdit');

export const CommentSchema = z
  .object({
    id: z.uuid(),
    uploadId: z.uuid(),
    parentId: z.uuid().nullable(),
    authorId: z.uuid(),
    authorName: z.string(),
    authorRole: z.string(),
    body: z
      .string()
      .nullable()
      .openapi({ description: 'null once deleted (kept so replies keep their place)' }),
    startMs: z.number().nullable(),
    endMs: z.number().nullable(),
    page: z.number().nullable(),
    createdAt: z.string(),
    editedAt: z.string().nullable(),
    deleted: z.boolean(),
    /** Until when the caller may still edit or delete it; null when they may not. */
    editableUntil: z.string().nullable(),
  })
  .openapi('Comment');
export type CommentView = z.infer<typeof CommentSchema>;

export const editableUntil = (row: ReviewComment) =>
  new Date(row.createdAt.getTime() + COMMENT_EDIT_WINDOW_MS);

export function commentView(
  row: ReviewComment,
  authorName: string,
  viewer: { userId: string; now: Date },
): CommentView {
  const until = editableUntil(row);
  const mine = row.authorId === viewer.userId && !row.deletedAt && until > viewer.now;
  return {
    id: row.id,
    uploadId: row.uploadId,
    parentId: row.parentId,
    authorId: row.authorId,
    authorName,
    authorRole: row.authorRole,
    body: row.deletedAt ? null : row.body,
    startMs: row.startMs,
    endMs: row.endMs,
    page: row.page,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt ? row.editedAt.toISOString() : null,
    deleted: row.deletedAt !== null,
    editableUntil: mine ? until.toISOString() : null,
  };
}
