import './reviews.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../auth/session';
import { ErrorAlert } from '../ui/alert';
import { Page } from '../ui/page';
import {
  type Comment,
  type Review,
  type Upload,
  useComments,
  usePeaks,
  useReview,
  useTranscript,
  useUpload,
} from './api';
import { type Anchor, CommentForm, CommentList } from './comments';
import { parseCues } from './cues';
import { DecisionPanel, ScoresView } from './decision';
import { DocumentView } from './document-view';
import { Player } from './player';
import { ReplaceForm } from './replace-form';
import { kindNames, StateChip } from './state-chip';
import { TranscriptPane } from './transcript';

/**
 * One upload under review. Reviewers (supervisors, consultants of its team) get the player or the
 * document, the transcript, comments and the decision panel; the therapist gets what was sent back
 * (comments at their times, scores, summary) and, when returned, a way to upload a replacement.
 * Consultants never see a download control: the API refuses them downloads anyway.
 */
export function ReviewPage() {
  const { id = '' } = useParams();
  const upload = useUpload(id);
  const review = useReview(id);
  const session = useSession().data;
  if (upload.isError || review.isError) {
    return (
      <Page title="Review">
        <ErrorAlert error={upload.error ?? review.error} />
      </Page>
    );
  }
  if (!upload.data || !review.data || !session) return <p aria-live="polite">Loading…</p>;
  const role = session.user.role;
  const reviewer =
    (role === 'supervisor' || role === 'consultant') && upload.data.ownerId !== session.user.id;
  return (
    <ReviewBody
      upload={upload.data}
      review={review.data}
      reviewer={reviewer}
      canDownload={role !== 'consultant' && role !== 'admin'}
    />
  );
}

function ReviewBody({
  upload,
  review,
  reviewer,
  canDownload,
}: {
  upload: Upload;
  review: Review;
  reviewer: boolean;
  canDownload: boolean;
}) {
  const comments = useComments(upload.id);
  const list: Comment[] = comments.data ?? [];
  const title = upload.title ?? `${kindNames[upload.kind ?? 'paperwork']}`;
  const writable = reviewer && review.state === 'in_review';
  // The therapist may answer once the review came back to them (the API enforces the same).
  const canReply = writable || (!reviewer && (review.state === 'returned' || review.state === 'reviewed'));
  return (
    <Page
      title={title}
      actions={
        <>
          <StateChip state={review.state} />
          {canDownload && upload.ready && (
            <a className="button secondary" href={`/api/uploads/${upload.id}/content?download=1`}>
              Download
            </a>
          )}
          <Link to="/reviews">Back to the queue</Link>
        </>
      }
    >
      {upload.replacesId && (
        <p>
          This upload replaces <Link to={`/reviews/${upload.replacesId}`}>an earlier one</Link> that was
          returned.
        </p>
      )}
      {review.replacedBy && (
        <p>
          Replaced by <Link to={`/reviews/${review.replacedBy}`}>a newer upload</Link>.
        </p>
      )}
      <div className="review-layout">
        <div className="review-main">
          {!upload.ready ? (
            <p aria-live="polite">This upload is still being processed.</p>
          ) : upload.playable ? (
            <RecordingReview upload={upload} comments={list} writable={writable} canReply={canReply} />
          ) : (
            <DocumentReview upload={upload} comments={list} writable={writable} canReply={canReply} />
          )}
        </div>
        <aside className="review-side">
          {reviewer ? (
            <DecisionPanel
              key={`${review.state}-${review.rubric?.versionId ?? ''}`}
              uploadId={upload.id}
              review={review}
              kind={upload.kind ?? 'paperwork'}
            />
          ) : (
            <TherapistOutcome upload={upload} review={review} />
          )}
        </aside>
      </div>
    </Page>
  );
}

function TherapistOutcome({ upload, review }: { upload: Upload; review: Review }) {
  if (review.state !== 'returned' && review.state !== 'reviewed') {
    return (
      <section className="card" aria-label="Review">
        <h2>Review</h2>
        <p>{review.state === 'unreviewed' ? 'Not reviewed yet.' : 'Your supervisor is reviewing this.'}</p>
      </section>
    );
  }
  return (
    <>
      <section className="card" aria-label="Review">
        <h2>{review.state === 'returned' ? 'Returned to you' : 'Review complete'}</h2>
        <ScoresView review={review} />
      </section>
      {review.replacedBy ? (
        <p role="status" className="alert ok">
          You uploaded a replacement. <Link to={`/reviews/${review.replacedBy}`}>Open the replacement</Link>
        </p>
      ) : (
        review.state === 'returned' && <ReplaceForm upload={upload} />
      )}
    </>
  );
}

interface PaneProps {
  upload: Upload;
  comments: Comment[];
  writable: boolean;
  canReply: boolean;
}

function RecordingReview({ upload, comments, writable, canReply }: PaneProps) {
  const audio = useRef<HTMLAudioElement>(null);
  const peaks = usePeaks(upload.id, upload.peaks);
  const transcript = useTranscript(upload.id, upload.transcript !== null);
  const cues = useMemo(
    () => (transcript.data ? parseCues(transcript.data.text, transcript.data.contentType) : []),
    [transcript.data],
  );
  const [position, setPosition] = useState(0);
  const [anchor, setAnchor] = useState<Anchor>();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const durationMs = upload.durationMs ?? 0;
  const seek = useCallback((ms: number) => {
    if (audio.current) audio.current.currentTime = ms / 1000;
  }, []);
  const startComment = useCallback(
    (ms: number) => {
      if (!writable) return;
      const startMs = Math.floor(ms / 1000) * 1000;
      setAnchor({ kind: 'time', startMs, endMs: Math.min(durationMs || startMs + 10_000, startMs + 10_000) });
      // After React has rendered the form.
      requestAnimationFrame(() => textarea.current?.focus());
    },
    [writable, durationMs],
  );
  const regions = comments
    .filter((c) => c.startMs !== null && !c.deleted)
    .map((c) => ({ id: c.id, startMs: c.startMs!, endMs: c.endMs ?? c.startMs!, label: c.body ?? '' }));
  return (
    <>
      <Player
        audio={audio}
        src={`/api/uploads/${upload.id}/content`}
        peaks={peaks.data}
        durationMs={durationMs}
        regions={regions}
        onComment={startComment}
        onPosition={setPosition}
      />
      <div className="review-columns">
        <TranscriptPane cues={cues} positionMs={position} onSeek={seek} />
        <section aria-label="Comments" className="comments-pane">
          <h2>Comments</h2>
          {writable && anchor?.kind === 'time' && (
            <CommentForm
              uploadId={upload.id}
              anchor={anchor}
              textarea={textarea}
              onDone={() => setAnchor(undefined)}
            />
          )}
          {writable && !anchor && (
            <p className="hint">Press C (or “Comment here”) to comment at the current time.</p>
          )}
          <CommentList
            uploadId={upload.id}
            comments={comments}
            onSeek={seek}
            emptyText="No comments yet."
            canReply={canReply}
          />
        </section>
      </div>
    </>
  );
}

function DocumentReview({ upload, comments, writable, canReply }: PaneProps) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [page, setPage] = useState<number>();
  const renderPage = (n: number) => {
    const here = comments.filter((c) => c.page === n || (n === 1 && c.page === null && c.startMs === null));
    return (
      <div className="page-comments">
        <CommentList
          uploadId={upload.id}
          comments={here}
          emptyText={`No comments on page ${n}.`}
          canReply={canReply}
        />
        {writable &&
          (page === n ? (
            <CommentForm
              uploadId={upload.id}
              anchor={{ kind: 'page', page: n }}
              textarea={textarea}
              onDone={() => setPage(undefined)}
            />
          ) : (
            <button type="button" className="secondary" onClick={() => setPage(n)}>
              Comment on page {n}
            </button>
          ))}
      </div>
    );
  };
  return (
    <DocumentView
      uploadId={upload.id}
      contentType={upload.contentType ?? ''}
      comments={comments}
      renderPage={renderPage}
    />
  );
}
