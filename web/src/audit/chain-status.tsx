import { ErrorAlert } from '../ui/alert';
import { formatDateTime } from '../ui/format';
import { useChainStatus } from './queries';

/** The log's integrity: the latest signed checkpoint and whether it still verifies. */
export function ChainStatusCard() {
  const status = useChainStatus();
  const cp = status.data?.checkpoint;
  return (
    <section className="card" aria-labelledby="chain-heading">
      <h2 id="chain-heading">Chain status</h2>
      <ErrorAlert error={status.error} />
      {status.data && !cp && (
        <p>No signed checkpoint yet: the first is written within minutes of the first entries.</p>
      )}
      {cp && (
        <p className={cp.verified ? undefined : 'alert error'}>
          {cp.verified ? 'Last verified checkpoint' : 'Checkpoint does not verify'}: entry #{cp.seq}, signed{' '}
          {formatDateTime(cp.at)}. {cp.entriesSince} {cp.entriesSince === 1 ? 'entry' : 'entries'} since.
          {!cp.verified && ' The log may have been altered: run `qa-vault audit verify`.'}
        </p>
      )}
    </section>
  );
}
