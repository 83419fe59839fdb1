import type { Schemas } from '../api/client';
import { Dialog } from '../ui/dialog';
import { formatDateTime } from '../ui/format';
import { describeAction } from './actions';

type Entry = Schemas['AuditEntry'];

/** One entry in full, in a side drawer. */
export function EntryDetails({
  entry,
  actorName,
  onClose,
}: {
  entry?: Entry;
  actorName?: string;
  onClose: () => void;
}) {
  return (
    <Dialog
      title={entry ? `Entry #${entry.seq}` : 'Entry'}
      open={entry !== undefined}
      onClose={onClose}
      className="drawer"
    >
      {entry && (
        <dl className="card">
          <dt>When</dt>
          <dd>{formatDateTime(entry.at)}</dd>
          <dt>Who</dt>
          <dd>
            {actorName ?? entry.actorId ?? '—'} ({entry.actorRole})
          </dd>
          <dt>Action</dt>
          <dd>{describeAction(entry.action)}</dd>
          <dt>Outcome</dt>
          <dd>{entry.outcome}</dd>
          <dt>Target</dt>
          <dd className="mono">{entry.targetType ? `${entry.targetType} ${entry.targetId ?? ''}` : '—'}</dd>
          <dt>Team</dt>
          <dd className="mono">{entry.teamId ?? '—'}</dd>
          <dt>Client</dt>
          <dd>{[entry.clientIp, entry.userAgent].filter(Boolean).join(' · ') || '—'}</dd>
          <dt>Request</dt>
          <dd className="mono">{entry.requestId ?? '—'}</dd>
          <dt>Details</dt>
          <dd>
            <pre className="mono">{JSON.stringify(entry.detail, null, 2)}</pre>
          </dd>
          <dt>Hash</dt>
          <dd className="mono break">{entry.hash}</dd>
        </dl>
      )}
    </Dialog>
  );
}
