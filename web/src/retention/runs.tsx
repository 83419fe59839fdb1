import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../ui/alert';
import { CursorPager } from '../ui/cursor-pager';
import { Dialog } from '../ui/dialog';
import { formatDateTime } from '../ui/format';
import { StatusChip } from '../ui/status-chip';
import { type RetentionRun, useConfirmRun, useRetentionRuns } from './queries';

const statusNames: Record<RetentionRun['status'], { text: string; tone: 'ok' | 'warn' | 'bad' | 'info' }> = {
  running: { text: 'Running', tone: 'info' },
  awaiting_confirmation: { text: 'Waiting for confirmation', tone: 'bad' },
  confirmed: { text: 'Confirmed, disposing', tone: 'info' },
  completed: { text: 'Completed', tone: 'ok' },
  superseded: { text: 'Replaced by a later run', tone: 'warn' },
};

/** Disposal runs, newest first; a run the safety net stopped waits here for an admin's confirmation. */
export function RetentionRuns() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const runs = useRetentionRuns({ cursor: cursors.at(-1), limit: 20 });
  const confirm = useConfirmRun();
  const [confirming, setConfirming] = useState<RetentionRun>();
  const rows = runs.data?.runs ?? [];

  return (
    <section className="card" aria-labelledby="runs-heading">
      <h2 id="runs-heading">Disposal runs</h2>
      <ErrorAlert error={runs.error} />
      <table>
        <caption className="hint">
          The run is daily. One that finds more due than the safety limit disposes nothing until confirmed.
        </caption>
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Status</th>
            <th scope="col">Due</th>
            <th scope="col">Limit</th>
            <th scope="col">Disposed</th>
            <th scope="col">Reports expired</th>
            <th scope="col">Certificate</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const certificateId = r.certificateId;
            return (
              <tr key={r.id}>
                <td>{formatDateTime(r.startedAt)}</td>
                <td>
                  <StatusChip {...statusNames[r.status]} />
                  {r.status === 'awaiting_confirmation' && (
                    <div className="actions">
                      <button
                        type="button"
                        className="danger"
                        onClick={() => {
                          confirm.reset();
                          setConfirming(r);
                        }}
                        aria-label={`Confirm the run of ${formatDateTime(r.startedAt)}`}
                      >
                        Confirm
                      </button>
                    </div>
                  )}
                </td>
                <td>{r.dueCount}</td>
                <td>{r.maxPerRun}</td>
                <td>{r.disposedCount}</td>
                <td>{r.reportsExpired}</td>
                <td>
                  {certificateId ? (
                    <Link to={`/admin/certificates/${certificateId}`}>View certificate</Link>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
          {runs.data && rows.length === 0 && (
            <tr>
              <td colSpan={7}>No run yet.</td>
            </tr>
          )}
        </tbody>
      </table>
      <CursorPager
        label="Run pages"
        cursors={cursors}
        nextCursor={runs.data?.nextCursor}
        onChange={setCursors}
      />

      <Dialog
        title="Confirm this disposal run?"
        open={confirming !== undefined}
        onClose={() => setConfirming(undefined)}
      >
        {confirming && (
          <>
            <p>
              The safety net stopped this run: {confirming.dueCount} uploads were due, more than the limit of{' '}
              {confirming.maxPerRun} per run. Nothing has been disposed of yet.
            </p>
            <p>
              Confirming disposes of the {confirming.planned} uploads it planned that are still due and not
              under a legal hold: their encryption keys are destroyed and they{' '}
              <strong>cannot be recovered</strong>. Each gets an entry in the access log, and the run ends
              with a signed certificate.
            </p>
            <p className="hint">
              A server clock that jumped ahead is the usual cause of too many uploads falling due at once. If
              the dates on the Retention page look wrong, do not confirm: the next daily run replaces this
              one.
            </p>
            <ErrorAlert error={confirm.error} />
            <button
              type="button"
              className="danger"
              disabled={confirm.isPending}
              onClick={() => confirm.mutate(confirming.id, { onSuccess: () => setConfirming(undefined) })}
            >
              Dispose of {confirming.planned} uploads
            </button>
          </>
        )}
      </Dialog>
    </section>
  );
}
