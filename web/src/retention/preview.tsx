import { type FormEvent, useMemo, useState } from 'react';
import { useTeams } from '../admin/queries';
import { ErrorAlert } from '../ui/alert';
import { Field } from '../ui/field';
import { formatDate, formatDateTime } from '../ui/format';
import { StatusChip } from '../ui/status-chip';
import { kindNames } from '../uploads/labels';
import { type RetentionPreview, useRetentionPreview } from './queries';

/** Policy: a due item is disposed within 60 days; an unheld upload due longer ago means runs are stuck. */
const OVERDUE_DAYS = 60;
const DAY_MS = 86_400_000;

type Item = RetentionPreview['uploads'][number];

function stateOf(item: Item, asOf: number) {
  const due = new Date(item.dueAt).getTime();
  if (item.held) return { text: 'Held', tone: 'info' as const };
  if (due < asOf - OVERDUE_DAYS * DAY_MS) return { text: 'Overdue', tone: 'bad' as const };
  if (due <= asOf) return { text: 'Due now', tone: 'warn' as const };
  return { text: 'Due soon', tone: 'ok' as const };
}

/** What the disposal run would take within N days: counts and the uploads, oldest due first. */
export function RetentionPreviewCard() {
  const [within, setWithin] = useState(30);
  const preview = useRetentionPreview(within);
  const teams = useTeams();
  const teamNames = useMemo(() => new Map((teams.data ?? []).map((t) => [t.id, t.name])), [teams.data]);
  const data = preview.data;
  const asOf = data ? new Date(data.asOf).getTime() : 0;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setWithin(Number(new FormData(e.currentTarget).get('within')));
  };

  return (
    <section className="card" aria-labelledby="preview-heading">
      <h2 id="preview-heading">What becomes due</h2>
      <form onSubmit={submit} className="filters" aria-label="Preview window">
        <Field
          label="Due within (days)"
          name="within"
          type="number"
          min={0}
          max={3650}
          required
          defaultValue={within}
          className="days"
        />
        <div className="field">
          <button type="submit">Show</button>
        </div>
      </form>
      <ErrorAlert error={preview.error} />
      {data && (
        <>
          <ul className="counts" aria-label="Counts">
            <li>
              <strong>{data.counts.due}</strong> due by {formatDate(data.horizon)}
            </li>
            <li>
              <strong>{data.counts.held}</strong> under a legal hold
            </li>
            <li>
              <strong>{data.counts.toDispose}</strong> to dispose of
            </li>
            <li>
              <strong>{data.counts.overdue}</strong> overdue (more than {OVERDUE_DAYS} days)
            </li>
            <li>
              <strong>{data.counts.reports}</strong> refusal reports expiring
            </li>
          </ul>
          {data.counts.overdue > 0 && (
            <p className="alert error">
              Some uploads are more than {OVERDUE_DAYS} days past their due date: the daily run is not
              disposing of them. Check the runs below and the service's log.
            </p>
          )}
          <table>
            <caption className="hint">
              As of {formatDateTime(data.asOf)}; ids only — titles and content are never shown here.
            </caption>
            <thead>
              <tr>
                <th scope="col">Upload</th>
                <th scope="col">Kind</th>
                <th scope="col">Team</th>
                <th scope="col">Accepted</th>
                <th scope="col">Due</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {data.uploads.map((u) => {
                const state = stateOf(u, asOf);
                return (
                  <tr key={u.id} className={state.text === 'Overdue' ? 'overdue' : undefined}>
                    <td className="mono break">{u.id}</td>
                    <td>{kindNames[u.kind]}</td>
                    <td>{teamNames.get(u.teamId) ?? '—'}</td>
                    <td>{formatDate(u.acceptedAt)}</td>
                    <td>{formatDate(u.dueAt)}</td>
                    <td>
                      <StatusChip {...state} />
                    </td>
                  </tr>
                );
              })}
              {data.uploads.length === 0 && (
                <tr>
                  <td colSpan={6}>Nothing becomes due within {data.within} days.</td>
                </tr>
              )}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
