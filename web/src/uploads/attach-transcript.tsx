import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { apiErrorFrom, markServerContact, notifyUnauthorized } from '../api/client';
import { ErrorAlert } from '../ui/alert';
import type { Upload } from './labels';
import type { UploadAnswer } from './send-upload';

/** PUT /api/uploads/:id/transcript: a recording waiting for its transcript gets one, and is checked. */
async function attach(id: string, file: File): Promise<UploadAnswer> {
  const form = new FormData();
  form.append('transcript', file);
  const res = await fetch(`/api/uploads/${encodeURIComponent(id)}/transcript`, { method: 'PUT', body: form });
  if (res.status === 401) notifyUnauthorized();
  else markServerContact();
  const body = await res.json().catch(() => null);
  if (res.ok) return { kind: 'stored', upload: body as Upload };
  const error = body?.error ?? {};
  if (res.status === 422 && error.code === 'UPLOAD_REJECTED') {
    return { kind: 'rejected', id, message: error.message, findings: error.findings ?? [] };
  }
  throw apiErrorFrom(res.status, body);
}

export function AttachTranscript({
  uploadId,
  onAnswer,
}: {
  uploadId: string;
  onAnswer: (a: UploadAnswer) => void;
}) {
  const client = useQueryClient();
  const send = useMutation({
    mutationFn: (file: File) => attach(uploadId, file),
    onSuccess: (answer) => {
      client.invalidateQueries({ queryKey: ['upload', uploadId] });
      onAnswer(answer);
    },
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const file = new FormData(e.currentTarget).get('transcript');
    if (file instanceof File && file.size > 0) send.mutate(file);
  };
  return (
    <form onSubmit={submit}>
      <ErrorAlert error={send.error} />
      <div className="field">
        <label htmlFor="attach-transcript">Transcript</label>
        <input id="attach-transcript" name="transcript" type="file" accept=".vtt,.srt,.json,.txt" required />
        <span className="hint">WebVTT, SRT or plain text.</span>
      </div>
      <button type="submit" disabled={send.isPending}>
        Attach transcript
      </button>
    </form>
  );
}
