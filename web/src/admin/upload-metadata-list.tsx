import { useState } from 'react';
import { ErrorAlert } from '../ui/alert';
import { CursorPager } from '../ui/cursor-pager';
import { formatBytes, formatDate, formatDateTime } from '../ui/format';
import { StatusChip } from '../ui/status-chip';
import { kindNames, statusNames } from '../uploads/labels';
import { useUploads } from '../uploads/queries';
import { useTeams } from './queries';

/**
 * Every upload in the organization as metadata. Administrators read no content here; a break-glass
 * grant (by team or by these ids) is the only way, and it is logged.
 */
export function UploadMetadataList() {
  const teams = useTeams();
  const [team, setTeam] = useState('');
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const uploads = useUploads({ team: team || undefined, cursor: cursors.at(-1), limit: 20 });
  const teamName = (id: string | null) => teams.data?.find((t) => t.id === id)?.name ?? '—';
  return (
    <section className="card" aria-labelledby="uploads-heading">
      <h2 id="uploads-heading">Uploads (metadata)</h2>
      <div className="field">
        <label htmlFor="uploads-team">Team</label>
        <select
          id="uploads-team"
          value={team}
          onChange={(e) => {
            setTeam(e.target.value);
            setCursors([undefined]);
          }}
        >
          <option value="">All teams</option>
          {(teams.data ?? []).map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <ErrorAlert error={uploads.error} />
      <table>
        <thead>
          <tr>
            <th scope="col">Id</th>
            <th scope="col">Status</th>
            <th scope="col">Kind</th>
            <th scope="col">Team</th>
            <th scope="col">Session date</th>
            <th scope="col">Size</th>
            <th scope="col">Uploaded</th>
          </tr>
        </thead>
        <tbody>
          {(uploads.data?.uploads ?? []).map((u) => (
            <tr key={u.id}>
              <td className="mono break">{u.id}</td>
              <td>
                <StatusChip {...statusNames[u.status]} />
              </td>
              <td>{u.kind ? kindNames[u.kind] : '—'}</td>
              <td>{teamName(u.teamId)}</td>
              <td>{formatDate(u.sessionDate)}</td>
              <td>{formatBytes(u.size)}</td>
              <td>{formatDateTime(u.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CursorPager
        label="Upload pages"
        cursors={cursors}
        nextCursor={uploads.data?.nextCursor}
        onChange={setCursors}
      />
    </section>
  );
}
