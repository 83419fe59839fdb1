import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { apiErrorFrom } from '../api/client';
import { ErrorAlert } from '../ui/alert';
import type { Upload } from './api';

/**
 * The therapist's answer to a returned review: a new file that `replaces` this upload, so reviewers
 * see the two linked. It goes through the same gate as any upload (scanned, accepted or refused).
 */
export function ReplaceForm({ upload }: { upload: Upload }) {
  const client = useQueryClient();
  const [done, setDone] = useState<Upload>();
  const send = useMutation({
    mutationFn: async (form: FormData) => {
      const res = await fetch('/api/uploads', { method: 'POST', body: form, credentials: 'same-origin' });
      const body = await res.json().catch(() => undefined);
      if (!res.ok) throw apiErrorFrom(res.status, body);
      return body as Upload;
    },
    onSuccess: (created) => {
      setDone(created);
      void client.invalidateQueries({ queryKey: ['reviews'] });
    },
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fields = new FormData(e.currentTarget);
    const picked = fields.get('file');
    const transcript = fields.get('transcript');
    const form = new FormData();
    // Text fields first: the server reads the form as a stream and checks them before the file.
    form.append('kind', upload.kind ?? 'paperwork');
    if (upload.teamId) form.append('team', upload.teamId);
    if (upload.title) form.append('title', upload.title);
    form.append('replaces', upload.id);
    if (transcript instanceof File && transcript.size > 0)
      form.append('transcript', transcript, transcript.name);
    if (picked instanceof File) form.append('file', picked, picked.name);
    send.mutate(form);
  };
  if (done) {
    return (
      <div role="status" className="alert ok">
        You uploaded a replacement ({done.status === 'accepted' ? 'accepted' : done.status}).{' '}
        <Link to={`/reviews/${done.id}`}>Open the replacement</Link>
      </div>
    );
  }
  return (
    <form onSubmit={submit} className="card">
      <h2>Upload a replacement</h2>
      <div className="field">
        <label htmlFor="replacement-file">Replacement file</label>
        <input id="replacement-file" name="file" type="file" required />
      </div>
      {upload.kind !== 'paperwork' && (
        <div className="field">
          <label htmlFor="replacement-transcript">Transcript (optional)</label>
          <input id="replacement-transcript" name="transcript" type="file" accept=".vtt,.srt,.txt,.json" />
        </div>
      )}
      <ErrorAlert error={send.error} />
      <button type="submit" disabled={send.isPending}>
        Upload replacement
      </button>
    </form>
  );
}
