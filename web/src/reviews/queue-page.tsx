import './reviews.css';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../auth/session';
import { ErrorAlert } from '../ui/alert';
import { formatDateTime, formatDuration } from '../ui/format';
import { Page } from '../ui/page';
import { type QueueFilter, type ReviewState, type UploadKind, useReviewQueue } from './api';
import { kindNames, StateChip, stateNames } from './state-chip';

const states = Object.keys(stateNames) as ReviewState[];
const kinds = Object.keys(kindNames) as UploadKind[];

/**
 * The review queue: what waits for review comes first, oldest first (the server's order), with the
 * number in each state for the current filters. A therapist sees their own uploads' reviews here.
 */
export function ReviewQueuePage() {
  const [filter, setFilter] = useState<QueueFilter>({});
  const queue = useReviewQueue(filter);
  const items = queue.data?.pages.flatMap((p) => p.items) ?? [];
  const counts = queue.data?.pages[0]?.counts;
  const teams = useSession().data?.user.teams ?? [];
  return (
    <Page title="Reviews">
      <div className="filters">
        {teams.length > 1 && (
          <div className="field">
            <label htmlFor="queue-team">Team</label>
            <select
              id="queue-team"
              value={filter.team ?? ''}
              onChange={(e) => setFilter({ ...filter, team: e.target.value || undefined })}
            >
              <option value="">All my teams</option>
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="queue-state">State</label>
          <select
            id="queue-state"
            value={filter.state ?? ''}
            onChange={(e) =>
              setFilter({ ...filter, state: (e.target.value || undefined) as ReviewState | undefined })
            }
          >
            <option value="">All states</option>
            {states.map((s) => (
              <option key={s} value={s}>
                {stateNames[s]}
                {counts ? ` (${counts[s]})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="queue-kind">Kind</label>
          <select
            id="queue-kind"
            value={filter.kind ?? ''}
            onChange={(e) =>
              setFilter({ ...filter, kind: (e.target.value || undefined) as UploadKind | undefined })
            }
          >
            <option value="">All kinds</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {kindNames[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {counts && (
        <p role="status" className="counts">
          {states.map((s) => `${stateNames[s]}: ${counts[s]}`).join(' · ')}
        </p>
      )}
      <ErrorAlert error={queue.error} />
      {queue.isPending ? (
        <p aria-live="polite">Loading…</p>
      ) : items.length === 0 ? (
        <p>Nothing here.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Uploads to review</caption>
          <thead>
            <tr>
              <th scope="col">Upload</th>
              <th scope="col">Kind</th>
              <th scope="col">Therapist</th>
              <th scope="col">Team</th>
              <th scope="col">Length</th>
              <th scope="col">Uploaded</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ upload, review, ownerName, teamName }) => (
              <tr key={upload.id}>
                <td>
                  <Link to={`/reviews/${upload.id}`}>
                    {upload.title ?? kindNames[upload.kind ?? 'paperwork']}
                  </Link>
                  {upload.replacesId && <span className="hint"> · replacement</span>}
                </td>
                <td>{kindNames[upload.kind ?? 'paperwork']}</td>
                <td>{ownerName}</td>
                <td>{teamName}</td>
                <td>{upload.durationMs ? formatDuration(upload.durationMs / 1000) : '—'}</td>
                <td>{formatDateTime(upload.createdAt)}</td>
                <td>
                  <StateChip state={review.state} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {queue.hasNextPage && (
        <button
          type="button"
          className="secondary"
          onClick={() => queue.fetchNextPage()}
          disabled={queue.isFetchingNextPage}
        >
          Show more
        </button>
      )}
    </Page>
  );
}
