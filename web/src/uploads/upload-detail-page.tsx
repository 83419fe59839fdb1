import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useSession } from '../auth/session';
import { ErrorAlert } from '../ui/alert';
import { formatBytes, formatDate, formatDateTime, formatDuration } from '../ui/format';
import { Page } from '../ui/page';
import { StatusChip } from '../ui/status-chip';
import { DeleteUpload } from './delete-upload';
import { FindingsReport } from './findings-report';
import { isRecording, kindNames, statusNames, type Upload } from './labels';
import { useUpload } from './queries';

/** What DELETE /api/uploads/:id takes (one still arriving is finished or refused first; a tombstone is gone). */
const deletable: readonly Upload['status'][] = [
  'transcribing',
  'needs_transcript',
  'accepted',
  'rejected',
  'failed',
];

const contentUrl = (id: string) => `/api/uploads/${encodeURIComponent(id)}/content`;

/** One upload: its details, and for its owner the recording to play or the document to read. */
export function UploadDetailPage() {
  const { id } = useParams();
  const session = useSession().data!;
  const upload = useUpload(id);
  const u = upload.data;
  return (
    <Page title={u?.title ?? 'Upload'}>
      <ErrorAlert error={upload.error} />
      {u && (
        <>
          <dl className="card">
            <dt>Status</dt>
            <dd>
              <StatusChip {...statusNames[u.status]} />
            </dd>
            <dt>Kind</dt>
            <dd>{u.kind ? kindNames[u.kind] : '—'}</dd>
            <dt>Session date</dt>
            <dd>{formatDate(u.sessionDate)}</dd>
            <dt>Size</dt>
            <dd>{formatBytes(u.size)}</dd>
            {u.durationMs !== null && (
              <>
                <dt>Duration</dt>
                <dd>{formatDuration(u.durationMs / 1000)}</dd>
              </>
            )}
            <dt>Uploaded</dt>
            <dd>{formatDateTime(u.createdAt)}</dd>
          </dl>
          {u.status === 'rejected' && u.findings && <FindingsReport findings={u.findings} />}
          {u.status === 'accepted' && u.ownerId === session.user.id && <OwnContent upload={u} />}
          {u.ownerId === session.user.id && deletable.includes(u.status) && <DeleteUpload upload={u} />}
        </>
      )}
    </Page>
  );
}

function OwnContent({ upload }: { upload: Upload }) {
  if (isRecording(upload.kind)) {
    if (!upload.playable)
      return <p aria-live="polite">Processing the recording… It can be played when this finishes.</p>;
    return (
      <section aria-labelledby="player-heading">
        <h2 id="player-heading">Recording</h2>
        {/* biome-ignore lint/a11y/useMediaCaption: the transcript is the caption, and it is checked, not shown, here */}
        <audio controls preload="metadata" src={contentUrl(upload.id)} aria-label="Recording player" />
      </section>
    );
  }
  return <DocumentView upload={upload} />;
}

function DocumentView({ upload }: { upload: Upload }) {
  const text = upload.contentType?.startsWith('text/');
  const body = useQuery({
    queryKey: ['upload-text', upload.id],
    queryFn: async () => {
      const res = await fetch(contentUrl(upload.id));
      if (!res.ok) throw new Error('The document could not be opened.');
      return res.text();
    },
    enabled: !!text,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return (
    <section aria-labelledby="doc-heading">
      <h2 id="doc-heading">Document</h2>
      <div className="actions">
        <a className="button secondary" href={contentUrl(upload.id)} target="_blank" rel="noreferrer">
          Open document
        </a>
        <a className="button secondary" href={`${contentUrl(upload.id)}?download=1`}>
          Download
        </a>
      </div>
      <ErrorAlert error={body.error} />
      {body.data !== undefined && (
        <pre className="card document-text" data-testid="document-text">
          {body.data}
        </pre>
      )}
    </section>
  );
}
