import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTeams } from '../admin/queries';
import { api, unwrap } from '../api/client';
import { useSession } from '../auth/session';
import { ErrorAlert, Notice } from '../ui/alert';
import { SelectField } from '../ui/field';
import { formatDateTime } from '../ui/format';
import { Page } from '../ui/page';

const lines = (text: FormDataEntryValue | null) =>
  String(text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/**
 * A team's roster: the client names and places the scanner must refuse. Entries go in as plain text
 * and never come back: the API answers masked entries only, and the text areas are emptied as soon
 * as the server has them, so the page holds no plain entry after saving.
 */
export function RosterPage() {
  const session = useSession().data!;
  const isAdmin = session.user.role === 'admin';
  const orgTeams = useTeams();
  const teams = isAdmin ? (orgTeams.data ?? []) : session.user.teams;
  const [chosen, setChosen] = useState<string>();
  const teamId = chosen ?? teams[0]?.id;
  const client = useQueryClient();
  const key = ['roster', teamId];
  const roster = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/api/teams/{id}/roster', { params: { path: { id: teamId! } } })),
    enabled: teamId !== undefined,
  });
  const [added, setAdded] = useState<{ added: number; skipped: number }>();
  const add = useMutation({
    mutationFn: (body: { people: string[]; places: string[] }) =>
      unwrap(api.POST('/api/teams/{id}/roster', { params: { path: { id: teamId! } }, body })),
  });
  const remove = useMutation({
    mutationFn: (entryId: string) =>
      unwrap(api.DELETE('/api/teams/{id}/roster/{entryId}', { params: { path: { id: teamId!, entryId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const body = { people: lines(data.get('people')), places: lines(data.get('places')) };
    if (body.people.length + body.places.length === 0) return;
    add.mutate(body, {
      onSuccess: (result) => {
        form.reset();
        setAdded({ added: result.added.length, skipped: result.skipped });
        // The mutation remembers what it sent; drop it so no plain entry stays in the page's memory.
        add.reset();
        client.invalidateQueries({ queryKey: key });
      },
    });
  };

  return (
    <Page title="Roster">
      <p>
        Names of clients and places that identify them. Uploads that mention them are not accepted. Entries
        are stored sealed and shown masked only.
      </p>
      {teams.length > 1 && (
        <SelectField label="Team" value={teamId} onChange={(e) => setChosen(e.currentTarget.value)}>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
      )}
      {teams.length === 0 && !orgTeams.isPending && (
        <Notice>{isAdmin ? 'There are no teams yet.' : 'You belong to no team yet.'}</Notice>
      )}
      {teamId && (
        <>
          <form onSubmit={submit} className="card">
            <h2>Add entries</h2>
            <ErrorAlert error={add.error} />
            <div className="field">
              <label htmlFor="roster-people">People (one per line)</label>
              <textarea id="roster-people" name="people" autoComplete="off" spellCheck={false} />
            </div>
            <div className="field">
              <label htmlFor="roster-places">Places (one per line)</label>
              <textarea id="roster-places" name="places" autoComplete="off" spellCheck={false} />
            </div>
            <button type="submit" disabled={add.isPending}>
              Add to roster
            </button>
          </form>
          <div role="status" aria-live="polite">
            {added && (
              <Notice tone="ok">
                Added {added.added} {added.added === 1 ? 'entry' : 'entries'}
                {added.skipped > 0 ? ` (${added.skipped} already on the roster)` : ''}.
              </Notice>
            )}
          </div>
          <ErrorAlert error={roster.error ?? remove.error} />
          <h2>
            On the roster
            {roster.data && ` (${roster.data.counts.people} people, ${roster.data.counts.places} places)`}
          </h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Entry (masked)</th>
                <th scope="col">Kind</th>
                <th scope="col">Added</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {(roster.data?.entries ?? []).map((entry) => (
                <tr key={entry.id}>
                  <td className="mono">{entry.masked}</td>
                  <td>{entry.kind === 'person' ? 'Person' : 'Place'}</td>
                  <td>{formatDateTime(entry.createdAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      aria-label={`Delete ${entry.masked}`}
                      onClick={() => remove.mutate(entry.id)}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Page>
  );
}
