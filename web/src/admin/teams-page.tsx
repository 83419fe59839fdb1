import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../ui/alert';
import { Field } from '../ui/field';
import { formatDateTime } from '../ui/format';
import { Page } from '../ui/page';
import { StatusChip } from '../ui/status-chip';
import { useCreateTeam, useRenameTeam, useTeamStorage, useTeams } from './queries';

/** Data residency: where the team's files are stored, and a move to it still under way. */
function TeamStorage({ id }: { id: string }) {
  const team = useTeamStorage(id);
  if (!team.data) return <>{team.isError ? '—' : 'Loading…'}</>;
  const { storageLocation, pinned, objectsToMove } = team.data;
  return (
    <>
      {storageLocation}
      {pinned ? '' : ' (default)'}
      {objectsToMove > 0 && (
        <div>
          <StatusChip
            text={`Moving: ${objectsToMove} ${objectsToMove === 1 ? 'file' : 'files'} left`}
            tone="info"
          />
        </div>
      )}
    </>
  );
}

/** Administrators: the organization's teams — create and rename (members are set on the Users page). */
export function TeamsPage() {
  const teams = useTeams();
  const create = useCreateTeam();
  const rename = useRenameTeam();
  const [renaming, setRenaming] = useState<string>();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    create.mutate(String(new FormData(form).get('name')), { onSuccess: () => form.reset() });
  };
  const submitRename = (id: string) => (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    rename.mutate(
      { id, name: String(new FormData(e.currentTarget).get('name')) },
      { onSuccess: () => setRenaming(undefined) },
    );
  };
  return (
    <Page title="Teams">
      <ErrorAlert error={teams.error ?? rename.error} />
      <table>
        <caption className="hint">Members are added on the Users page.</caption>
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col">Members</th>
            <th scope="col">Storage location</th>
            <th scope="col">Created</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {(teams.data ?? []).map((t) => (
            <tr key={t.id}>
              <td>
                {renaming === t.id ? (
                  <form onSubmit={submitRename(t.id)} className="actions">
                    <Field
                      label={`New name for ${t.name}`}
                      name="name"
                      defaultValue={t.name}
                      required
                      autoFocus
                    />
                    <button type="submit">Save</button>
                  </form>
                ) : (
                  t.name
                )}
              </td>
              <td>{t.memberCount}</td>
              <td>
                <TeamStorage id={t.id} />
              </td>
              <td>{formatDateTime(t.createdAt)}</td>
              <td>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setRenaming(t.id)}
                  aria-label={`Rename ${t.name}`}
                >
                  Rename
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Add a team</h2>
      <form onSubmit={submit} className="card">
        <ErrorAlert error={create.error} />
        <Field label="Team name" name="name" required />
        <button type="submit" disabled={create.isPending}>
          Add team
        </button>
      </form>
    </Page>
  );
}
