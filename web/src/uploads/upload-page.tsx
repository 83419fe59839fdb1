import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, type FormEvent, useRef, useState } from 'react';
import { useSession } from '../auth/session';
import { ErrorAlert, Notice } from '../ui/alert';
import { ChoiceField, Field } from '../ui/field';
import { Page } from '../ui/page';
import { kindNames, type UploadKind } from './labels';
import { sendUpload, type UploadAnswer, type UploadProgress } from './send-upload';
import { UploadAnswerView } from './upload-answer';
import { UploadProgressBar } from './upload-progress';

/** Upload a recording or paperwork: the file is encrypted and checked for names and places by the server. */
export function UploadPage() {
  const session = useSession().data!;
  const teams = session.user.teams;
  const client = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<UploadProgress>();
  const [sending, setSending] = useState<AbortController>();
  const [answer, setAnswer] = useState<UploadAnswer>();
  const [error, setError] = useState<unknown>();
  const [replaces, setReplaces] = useState<string>();
  const [dragOver, setDragOver] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    // Text fields first, then the files: the server can refuse before reading the file.
    const body = new FormData();
    for (const name of ['kind', 'team', 'title', 'sessionDate']) {
      const v = data.get(name);
      if (typeof v === 'string' && v.trim() !== '') body.append(name, v.trim());
    }
    if (replaces) body.append('replaces', replaces);
    const transcript = data.get('transcript');
    if (transcript instanceof File && transcript.size > 0) body.append('transcript', transcript);
    body.append('file', data.get('file') as File);
    const abort = new AbortController();
    setSending(abort);
    setAnswer(undefined);
    setError(undefined);
    setProgress({ loaded: 0, total: 1, rate: 0 });
    try {
      const result = await sendUpload(body, setProgress, abort.signal);
      setAnswer(result);
      if (result.kind === 'stored') {
        setReplaces(undefined);
        form.current?.reset();
      }
      client.invalidateQueries({ queryKey: ['uploads'] });
    } catch (err) {
      setError(
        err instanceof DOMException && err.name === 'AbortError' ? new Error('Upload cancelled.') : err,
      );
    } finally {
      setSending(undefined);
      setProgress(undefined);
    }
  };

  const fixAndRetry = (rejectedId: string | undefined) => {
    setReplaces(rejectedId);
    setAnswer(undefined);
    if (fileInput.current) fileInput.current.value = '';
    fileInput.current?.focus();
  };

  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragOver(false);
    if (fileInput.current && e.dataTransfer.files.length > 0) fileInput.current.files = e.dataTransfer.files;
  };

  return (
    <Page title="Upload">
      <form ref={form} onSubmit={submit} className="card" aria-describedby="upload-intro">
        <p id="upload-intro" className="hint">
          Recordings and paperwork are encrypted and checked for client names and places before they are kept.
        </p>
        {replaces && (
          <Notice tone="warn">
            Choose the corrected file. It will replace the upload that was not accepted.
          </Notice>
        )}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the File input inside is the keyboard way */}
        <div
          className={dragOver ? 'drop-zone over' : 'drop-zone'}
          onDragOver={(e) => {
            e.preventDefault();
            setDragOver(true);
          }}
          onDragLeave={() => setDragOver(false)}
          onDrop={drop}
        >
          <div className="field">
            <label htmlFor="upload-file">File</label>
            <input
              ref={fileInput}
              id="upload-file"
              name="file"
              type="file"
              required
              aria-describedby="file-hint"
            />
            <span id="file-hint" className="hint">
              Drop a file here or choose one. Recordings: audio files. Paperwork: PDF, Word (DOCX), RTF or
              text.
            </span>
          </div>
        </div>
        <ChoiceField
          label="Kind"
          name="kind"
          choices={(Object.keys(kindNames) as UploadKind[]).map((k) => ({ value: k, label: kindNames[k] }))}
        />
        {teams.length > 1 && (
          <ChoiceField
            label="Team"
            name="team"
            choices={teams.map((t) => ({ value: t.id, label: t.name }))}
          />
        )}
        <Field label="Title" name="title" maxLength={200} hint="No client names: the title is checked too." />
        <Field label="Session date" name="sessionDate" type="date" />
        <div className="field">
          <label htmlFor="upload-transcript">Transcript</label>
          <input
            id="upload-transcript"
            name="transcript"
            type="file"
            accept=".vtt,.srt,.json,.txt"
            aria-describedby="transcript-hint"
          />
          <span id="transcript-hint" className="hint">
            Optional, for recordings: WebVTT, SRT or plain text.
          </span>
        </div>
        <button type="submit" disabled={sending !== undefined}>
          Upload
        </button>
      </form>
      {progress && sending && <UploadProgressBar progress={progress} onCancel={() => sending.abort()} />}
      <ErrorAlert error={error} />
      <div role="status" aria-live="polite" aria-label="Upload result">
        {answer && <UploadAnswerView answer={answer} onFixAndRetry={fixAndRetry} onAnswer={setAnswer} />}
      </div>
    </Page>
  );
}
