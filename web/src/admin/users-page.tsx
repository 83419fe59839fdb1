import { type FormEvent, useState } from 'react';
import type { Role, Schemas } from '../api/client';
import { ErrorAlert } from '../ui/alert';
import { Dialog } from '../ui/dialog';
import { ChoiceField, Field } from '../ui/field';
import { Page } from '../ui/page';
import { StatusChip } from '../ui/status-chip';
import { OneTimeLink } from './one-time-link';
import { useCreateUser, useResetUser, useTeams, useUpdateUser, useUsers } from './queries';

export const roleNames: Record<Role, string> = {
  therapist: 'Therapist',
  supervisor: 'Supervisor',
  consultant: 'Consultant',
  admin: 'Administrator',
};
type AdminUser = Schemas['AdminUser'];
type Team = Schemas['Team'];

function TeamChoices({ teams, selected, legend }: { teams: Team[]; selected?: string[]; legend: string }) {
  return (
    <fieldset className="field">
      <legend className="label">{legend}</legend>
      {teams.length === 0 && <span className="hint">No teams yet: create one on the Teams page.</span>}
      {teams.map((t) => (
        <div key={t.id} className="checkbox">
          <input
            type="checkbox"
            id={`${legend}-${t.id}`}
            name="teams"
            value={t.id}
            defaultChecked={selected?.includes(t.id)}
          />
          <label htmlFor={`${legend}-${t.id}`}>{t.name}</label>
        </div>
      ))}
    </fieldset>
  );
}

function RoleSelect({ value }: { value?: Role }) {
  return (
    <ChoiceField
      label="Role"
      name="role"
      defaultValue={value}
      choices={(Object.keys(roleNames) as Role[]).map((r) => ({ value: r, label: roleNames[r] }))}
    />
  );
}

/** Administrators: the organization's users — create (invitation link shown once), role, teams, disable, reset. */
export function UsersPage() {
  const users = useUsers();
  const teams = useTeams();
  const create = useCreateUser();
  const update = useUpdateUser();
  const reset = useResetUser();
  const [editing, setEditing] = useState<AdminUser>();
  const [resetFor, setResetFor] = useState<string>();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    create.mutate(
      {
        name: String(data.get('name')),
        email: String(data.get('email')),
        role: String(data.get('role')) as Role,
        teams: data.getAll('teams').map(String),
      },
      { onSuccess: () => form.reset() },
    );
  };
  const saveEdit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!editing) return;
    const data = new FormData(e.currentTarget);
    update.mutate(
      { id: editing.id, role: String(data.get('role')) as Role, teams: data.getAll('teams').map(String) },
      { onSuccess: () => setEditing(undefined) },
    );
  };

  return (
    <Page title="Users">
      <ErrorAlert error={users.error ?? update.error ?? reset.error} />
      {reset.data && resetFor && (
        <OneTimeLink
          token={reset.data.token}
          expiresAt={reset.data.expiresAt}
          what={`Password reset for ${resetFor}.`}
        />
      )}
      <table>
        <caption className="hint">Everyone in your organization</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Teams</th>
            <th scope="col">Two-step</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {(users.data ?? []).map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>{roleNames[u.role]}</td>
              <td>{u.teams.map((t) => t.name).join(', ') || '—'}</td>
              <td>{u.mfaEnrolled ? 'Set up' : 'Not set up'}</td>
              <td>
                {u.disabled ? (
                  <StatusChip text="Disabled" tone="bad" />
                ) : (
                  <StatusChip text="Active" tone="ok" />
                )}
              </td>
              <td>
                <div className="actions">
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setEditing(u)}
                    aria-label={`Edit ${u.name}`}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`${u.disabled ? 'Enable' : 'Disable'} ${u.name}`}
                    onClick={() => update.mutate({ id: u.id, disabled: !u.disabled })}
                  >
                    {u.disabled ? 'Enable' : 'Disable'}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Reset password of ${u.name}`}
                    onClick={() => {
                      setResetFor(u.name);
                      reset.mutate(u.id);
                    }}
                  >
                    Reset password
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Add a user</h2>
      {create.data && (
        <OneTimeLink
          token={create.data.invitation.token}
          expiresAt={create.data.invitation.expiresAt}
          what={`${create.data.user.name} was added.`}
        />
      )}
      <form onSubmit={submit} className="card">
        <ErrorAlert error={create.error} />
        <Field label="Name" name="name" required autoComplete="off" />
        <Field label="Email" name="email" type="email" required autoComplete="off" />
        <RoleSelect />
        <TeamChoices teams={teams.data ?? []} legend="Teams" />
        <button type="submit" disabled={create.isPending}>
          Add user
        </button>
      </form>

      <Dialog
        title={`Edit ${editing?.name ?? ''}`}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
      >
        {editing && (
          <form onSubmit={saveEdit}>
            <RoleSelect value={editing.role} />
            <TeamChoices
              teams={teams.data ?? []}
              selected={editing.teams.map((t) => t.id)}
              legend="Teams of this user"
            />
            <button type="submit" disabled={update.isPending}>
              Save
            </button>
          </form>
        )}
      </Dialog>
    </Page>
  );
}
