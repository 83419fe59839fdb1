import { type FormEvent, type RefObject, useState } from 'react';
import { formatDateTime } from '../ui/format';
import { type Comment, useAddComment, useDeleteComment, useEditComment } from './api';
import { clock, parseClock } from './cues';
import { SaveError } from './refusal';

/** Where a new comment goes: a time range of a recording, or a page of a document. */
export type Anchor = { kind: 'time'; startMs: number; endMs: number } | { kind: 'page'; page: number };

function placeOf(c: Comment): string {
  if (c.startMs !== null)
    return c.endMs !== null && c.endMs !== c.startMs
      ? `${clock(c.startMs)}–${clock(c.endMs)}`
      : clock(c.startMs);
  if (c.page !== null) return `Page ${c.page}`;
  return 'Whole upload';
}

/** The comments, in order of where they are, replies under their parent. */
export function CommentList({
  uploadId,
  comments,
  onSeek,
  emptyText,
  canReply = false,
}: {
  uploadId: string;
  comments: Comment[];
  onSeek?: (ms: number) => void;
  emptyText: string;
  /** Whether the caller may answer (the server decides; this only hides what it would refuse). */
  canReply?: boolean;
}) {
  const roots = comments.filter((c) => !c.parentId || !comments.some((p) => p.id === c.parentId));
  if (comments.length === 0) return <p className="hint">{emptyText}</p>;
  return (
    <ol className="comments" aria-label="Comments">
      {roots.map((c) => (
        <CommentItem
          key={c.id}
          uploadId={uploadId}
          comment={c}
          all={comments}
          onSeek={onSeek}
          canReply={canReply}
        />
      ))}
    </ol>
  );
}

function CommentItem({
  uploadId,
  comment,
  all,
  onSeek,
  canReply,
}: {
  uploadId: string;
  comment: Comment;
  all: Comment[];
  onSeek?: (ms: number) => void;
  canReply: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [replying, setReplying] = useState(false);
  const reply = useAddComment(uploadId);
  const edit = useEditComment(uploadId);
  const remove = useDeleteComment(uploadId);
  const replies = all.filter((c) => c.parentId === comment.id);
  const start = comment.startMs;
  return (
    <li className="comment">
      <div className="comment-head">
        {start !== null && onSeek ? (
          <button
            type="button"
            className="link mono"
            onClick={() => onSeek(start)}
            aria-label={`${placeOf(comment)}, play from here`}
          >
            {placeOf(comment)}
          </button>
        ) : (
          <span className="mono">{placeOf(comment)}</span>
        )}{' '}
        <span>{comment.authorName}</span> <span className="hint">{formatDateTime(comment.createdAt)}</span>
        {comment.editedAt && <span className="hint"> · edited</span>}
      </div>
      {comment.deleted ? (
        <p className="hint">Comment deleted.</p>
      ) : editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const body = String(new FormData(e.currentTarget).get('body') ?? '');
            edit.mutate({ commentId: comment.id, body }, { onSuccess: () => setEditing(false) });
          }}
        >
          <label htmlFor={`edit-${comment.id}`}>Edit comment</label>
          <textarea id={`edit-${comment.id}`} name="body" defaultValue={comment.body ?? ''} required />
          <SaveError error={edit.error} />
          <div className="actions">
            <button type="submit" disabled={edit.isPending}>
              Save
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <p className="comment-body">{comment.body}</p>
      )}
      {!editing && (comment.editableUntil || (canReply && !comment.deleted)) && (
        <div className="actions">
          {comment.editableUntil && (
            <>
              <button type="button" className="link" onClick={() => setEditing(true)}>
                Edit
              </button>
              <button type="button" className="link" onClick={() => remove.mutate(comment.id)}>
                Delete
              </button>
            </>
          )}
          {canReply && !comment.deleted && !replying && (
            <button type="button" className="link" onClick={() => setReplying(true)}>
              Reply
            </button>
          )}
        </div>
      )}
      {replying && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const body = String(new FormData(e.currentTarget).get('body') ?? '');
            reply.mutate({ body, parentId: comment.id }, { onSuccess: () => setReplying(false) });
          }}
        >
          <label htmlFor={`reply-${comment.id}`}>Reply</label>
          <textarea id={`reply-${comment.id}`} name="body" required maxLength={5000} />
          <SaveError error={reply.error} />
          <div className="actions">
            <button type="submit" disabled={reply.isPending}>
              Send reply
            </button>
            <button type="button" className="secondary" onClick={() => setReplying(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {replies.length > 0 && (
        <ol className="replies">
          {replies.map((r) => (
            <CommentItem
              key={r.id}
              uploadId={uploadId}
              comment={r}
              all={all}
              onSeek={onSeek}
              canReply={canReply}
            />
          ))}
        </ol>
      )}
    </li>
  );
}

/**
 * The new-comment form. For a recording the range starts where the player was when C (or "Comment
 * here") was pressed and runs 10 s on; both ends can be typed as m:ss.
 */
export function CommentForm({
  uploadId,
  anchor,
  textarea,
  onDone,
}: {
  uploadId: string;
  anchor: Anchor;
  textarea: RefObject<HTMLTextAreaElement | null>;
  onDone?: () => void;
}) {
  const add = useAddComment(uploadId);
  const [invalid, setInvalid] = useState<string>();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const body = String(data.get('body') ?? '');
    let place: { startMs?: number; endMs?: number; page?: number } = {};
    if (anchor.kind === 'time') {
      const startMs = parseClock(String(data.get('from') ?? ''));
      const endMs = parseClock(String(data.get('to') ?? ''));
      if (startMs === undefined || endMs === undefined || endMs < startMs) {
        setInvalid('Give the time range as m:ss, the end at or after the start.');
        return;
      }
      place = { startMs, endMs };
    } else place = { page: anchor.page };
    setInvalid(undefined);
    add.mutate(
      { body, ...place },
      {
        onSuccess: () => {
          form.reset();
          onDone?.();
        },
      },
    );
  };
  const key = anchor.kind === 'time' ? `${anchor.startMs}-${anchor.endMs}` : `p${anchor.page}`;
  return (
    <form className="comment-form" onSubmit={submit} key={key}>
      {anchor.kind === 'time' ? (
        <div className="inline-fields">
          <div className="field">
            <label htmlFor={`from-${uploadId}`}>From</label>
            <input id={`from-${uploadId}`} name="from" defaultValue={clock(anchor.startMs)} size={8} />
          </div>
          <div className="field">
            <label htmlFor={`to-${uploadId}`}>To</label>
            <input id={`to-${uploadId}`} name="to" defaultValue={clock(anchor.endMs)} size={8} />
          </div>
        </div>
      ) : (
        <p className="hint">On page {anchor.page}</p>
      )}
      <div className="field">
        <label htmlFor={`comment-${uploadId}-${key}`}>Comment</label>
        <textarea ref={textarea} id={`comment-${uploadId}-${key}`} name="body" required maxLength={5000} />
      </div>
      {invalid && (
        <div role="alert" className="alert error">
          {invalid}
        </div>
      )}
      <SaveError error={add.error} />
      <button type="submit" disabled={add.isPending}>
        Add comment
      </button>
    </form>
  );
}
