import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTeams, useUsers } from '../admin/queries';
import type { Schemas } from '../api/client';
import { ErrorAlert } from '../ui/alert';
import { Field, SelectField } from '../ui/field';
import { formatDateTime } from '../ui/format';
import { Page } from '../ui/page';
import { StatusChip } from '../ui/status-chip';
import { type AuditAction, auditActions, describeAction } from './actions';
import { ChainStatusCard } from './chain-status';
import { EntryDetails } from './entry-details';
import { type AuditFilters, exportUrl, useAuditLog } from './queries';

const outcomeTone = { success: 'ok', failure: 'warn', denied: 'bad' } as const;
const localToIso = (v: FormDataEntryValue | null) => (v ? new Date(String(v)).toISOString() : undefined);

/** Administrators: who did what, filtered, scrolled endlessly by cursor, exported, with the chain's status. */
export function AccessLogPage() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const log = useAuditLog(filters);
  const users = useUsers();
  const teams = useTeams();
  const [open, setOpen] = useState<Schemas['AuditEntry']>();
  const names = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.name])), [users.data]);
  const teamNames = useMemo(() => new Map((teams.data ?? []).map((t) => [t.id, t.name])), [teams.data]);
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];

  // Endless scrolling: the next page loads when the end of the table comes into view.
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = log;
  useEffect(() => {
    const el = sentinel.current;
    if (!el) return;
    const observer = new IntersectionObserver((seen) => {
      if (seen.some((s) => s.isIntersecting) && hasNextPage && !isFetchingNextPage) void fetchNextPage();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    const text = (name: string) => String(d.get(name) ?? '').trim() || undefined;
    setFilters({
      actor: text('actor'),
      action: text('action') as AuditAction | undefined,
      outcome: text('outcome') as AuditFilters['outcome'],
      team: text('team'),
      target: text('target'),
      from: localToIso(d.get('from')),
      to: localToIso(d.get('to')),
    });
  };

  return (
    <Page title="Access log">
      <ChainStatusCard />
      <form onSubmit={apply} className="card" aria-label="Filter the access log">
        <div className="filters">
          <SelectField label="Actor" name="actor" defaultValue="">
            <option value="">Anyone</option>
            {(users.data ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </SelectField>
          <SelectField label="Action" name="action" defaultValue="">
            <option value="">Any</option>
            {auditActions.map((a) => (
              <option key={a} value={a}>
                {describeAction(a)}
              </option>
            ))}
          </SelectField>
          <SelectField label="Outcome" name="outcome" defaultValue="">
            <option value="">Any</option>
            <option value="success">Success</option>
            <option value="failure">Failure</option>
            <option value="denied">Denied</option>
          </SelectField>
          <SelectField label="Team" name="team" defaultValue="">
            <option value="">Any</option>
            {(teams.data ?? []).map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </SelectField>
          <Field label="Target id" name="target" autoComplete="off" />
          <Field label="From" name="from" type="datetime-local" />
          <Field label="To" name="to" type="datetime-local" />
        </div>
        <div className="actions">
          <button type="submit">Apply filters</button>
          <a className="button secondary" href={exportUrl(filters, 'csv')} download>
            Export CSV
          </a>
          <a className="button secondary" href={exportUrl(filters, 'jsonl')} download>
            Export JSON lines
          </a>
        </div>
      </form>
      <ErrorAlert error={log.error} />
      <table>
        <caption className="hint">Newest first; times in your time zone.</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Outcome</th>
            <th scope="col">Target</th>
            <th scope="col">Team</th>
            <th scope="col">
              <span className="visually-hidden">Details</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq}>
              <td>{formatDateTime(e.at)}</td>
              <td>{(e.actorId && names.get(e.actorId)) ?? e.actorRole}</td>
              <td>{describeAction(e.action)}</td>
              <td>
                <StatusChip
                  text={e.outcome}
                  tone={outcomeTone[e.outcome as keyof typeof outcomeTone] ?? 'info'}
                />
              </td>
              <td className="mono">
                {e.targetType ? `${e.targetType} ${(e.targetId ?? '').slice(0, 8)}` : '—'}
              </td>
              <td>{(e.teamId && teamNames.get(e.teamId)) ?? '—'}</td>
              <td>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setOpen(e)}
                  aria-label={`Details of entry ${e.seq}`}
                >
                  Details
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div ref={sentinel} aria-live="polite" className="hint">
        {log.isFetching
          ? 'Loading…'
          : hasNextPage
            ? ''
            : `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} shown; that is all.`}
      </div>
      {hasNextPage && (
        <button
          type="button"
          className="secondary"
          onClick={() => fetchNextPage()}
          disabled={isFetchingNextPage}
        >
          Load more
        </button>
      )}
      <EntryDetails
        entry={open}
        actorName={open?.actorId ? names.get(open.actorId) : undefined}
        onClose={() => setOpen(undefined)}
      />
    </Page>
  );
}
