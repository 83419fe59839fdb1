import { Link } from 'react-router';
import { AttachTranscript } from './attach-transcript';
import { countSentence, FindingsReport, whereOf } from './findings-report';
import { isRecording, type Upload } from './labels';
import { useUpload } from './queries';
import type { UploadAnswer } from './send-upload';

/** "page 1, line 4; page 2, line 9" */
function spots(findings: NonNullable<Upload['findings']>): string {
  const seen = new Set<string>();
  for (const f of findings.filter((x) => x.action === 'block')) {
    const w = whereOf(f);
    seen.add(w.spot ? `${w.group.toLowerCase()}, ${w.spot}` : w.group.toLowerCase());
  }
  return [...seen].join('; ');
}

/** What the server did with an upload, in a therapist's words. Rendered inside the role="status" region. */
export function UploadAnswerView({
  answer,
  onFixAndRetry,
  onAnswer,
}: {
  answer: UploadAnswer;
  onFixAndRetry: (rejectedId: string | undefined) => void;
  onAnswer: (a: UploadAnswer) => void;
}) {
  if (answer.kind === 'rejected') {
    const blocking = answer.findings.filter((f) => f.action === 'block');
    return (
      <div className="alert error">
        <p>
          <strong>Not accepted:</strong> {countSentence(blocking)} — {spots(answer.findings)}. Remove them and
          upload again.
        </p>
        <FindingsReport findings={answer.findings} />
        <button type="button" onClick={() => onFixAndRetry(answer.id)}>
          Fix and upload again
        </button>
      </div>
    );
  }
  return <StoredUpload upload={answer.upload} onAnswer={onAnswer} />;
}

function StoredUpload({ upload: first, onAnswer }: { upload: Upload; onAnswer: (a: UploadAnswer) => void }) {
  const polled = useUpload(first.id);
  const upload = polled.data ?? first;
  if (upload.status === 'needs_transcript') {
    return (
      <div className="alert warn">
        <p>
          <strong>Needs transcript:</strong> Encrypted · Waiting for a transcript to check for names and
          places.
        </p>
        <AttachTranscript uploadId={upload.id} onAnswer={onAnswer} />
      </div>
    );
  }
  if (upload.status === 'transcribing' || upload.status === 'receiving') {
    return (
      <div className="alert info">
        <p>Encrypted · Transcribing and checking for names and places…</p>
      </div>
    );
  }
  if (upload.status === 'accepted') {
    const recording = isRecording(upload.kind);
    return (
      <div className="alert ok">
        <p>
          <strong>Accepted:</strong> Encrypted · Checked for names and places · Accepted.
        </p>
        {recording && !upload.playable && (
          <p>Processing the recording… It can be played when this finishes.</p>
        )}
        {(!recording || upload.playable) && (
          <p>
            {recording ? 'Ready to play. ' : ''}
            <Link to={`/uploads/${upload.id}`}>Open it</Link>
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="alert error">
      <p>
        <strong>Failed:</strong> {upload.failureReason ?? 'The upload could not be processed.'}
      </p>
    </div>
  );
}
