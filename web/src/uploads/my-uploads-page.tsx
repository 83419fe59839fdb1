import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../ui/alert';
import { CursorPager } from '../ui/cursor-pager';
import { formatBytes, formatDate, formatDateTime, formatDuration } from '../ui/format';
import { Page } from '../ui/page';
import { StatusChip } from '../ui/status-chip';
import { kindNames, statusNames, type UploadKind, type UploadStatus } from './labels';
import { useUploads } from './queries';

const PAGE_SIZE = 20;

/** The therapist's own uploads (the server returns only theirs), newest first, with filters and paging. */
export function MyUploadsPage() {
  const [status, setStatus] = useState<UploadStatus | ''>('');
  const [kind, setKind] = useState<UploadKind | ''>('');
  // Cursor paging: the cursors of the pages before this one, to go back.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors.at(-1);
  const uploads = useUploads({
    status: status || undefined,
    kind: kind || undefined,
    cursor,
    limit: PAGE_SIZE,
  });
  const resetPaging = () => setCursors([undefined]);
  const rows = uploads.data?.uploads ?? [];
  return (
    <Page title="My uploads">
      <fieldset className="filters">
        <legend className="label">Filter uploads</legend>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select
            id="filter-status"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as UploadStatus | '');
              resetPaging();
            }}
          >
            <option value="">Any</option>
            {(Object.keys(statusNames) as UploadStatus[]).map((s) => (
              <option key={s} value={s}>
                {statusNames[s].text}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-kind">Kind</label>
          <select
            id="filter-kind"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as UploadKind | '');
              resetPaging();
            }}
          >
            <option value="">Any</option>
            {(Object.keys(kindNames) as UploadKind[]).map((k) => (
              <option key={k} value={k}>
                {kindNames[k]}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <ErrorAlert error={uploads.error} />
      <table>
        <caption className="hint">
          Your uploads, newest first{uploads.isFetching ? ' (loading…)' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Kind</th>
            <th scope="col">Title</th>
            <th scope="col">Session date</th>
            <th scope="col">Size</th>
            <th scope="col">Duration</th>
            <th scope="col">Uploaded</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr key={u.id}>
              <td>
                <StatusChip {...statusNames[u.status]} />
              </td>
              <td>{u.kind ? kindNames[u.kind] : '—'}</td>
              <td>
                <Link to={`/uploads/${u.id}`}>{u.title ?? 'Untitled'}</Link>
              </td>
              <td>{formatDate(u.sessionDate)}</td>
              <td>{formatBytes(u.size)}</td>
              <td>{u.durationMs === null ? '—' : formatDuration(u.durationMs / 1000)}</td>
              <td>{formatDateTime(u.createdAt)}</td>
            </tr>
          ))}
          {!uploads.isPending && rows.length === 0 && (
            <tr>
              <td colSpan={7}>No uploads{status || kind ? ' match these filters' : ' yet'}.</td>
            </tr>
          )}
        </tbody>
      </table>
      <CursorPager
        label="Pages"
        cursors={cursors}
        nextCursor={uploads.data?.nextCursor}
        onChange={setCursors}
      />
    </Page>
  );
}
