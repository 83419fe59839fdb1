import { type FormEvent, useState } from 'react';
import { useSession } from '../auth/session';
import { ErrorAlert, Notice } from '../ui/alert';
import { ChoiceField, Field } from '../ui/field';
import { formatDateTime } from '../ui/format';
import { Page } from '../ui/page';
import { useGrants, useOpenGrant, useRevokeGrant } from './breakglass-queries';
import { useTeams } from './queries';

/**
 * Break-glass: an administrator opens time-boxed access to a team's (or named uploads') content,
 * with a reason every admin sees. Active grants of all admins are listed; any admin may revoke one.
 */
export function BreakGlassPage() {
  const session = useSession().data!;
  const grants = useGrants();
  const teams = useTeams();
  const open = useOpenGrant();
  const revoke = useRevokeGrant();
  const [scope, setScope] = useState<'team' | 'uploads'>('team');
  const active = (grants.data ?? []).filter((g) => g.active);
  const teamName = (id: string | null) => teams.data?.find((t) => t.id === id)?.name ?? 'a team';

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const d = new FormData(form);
    const uploadIds = String(d.get('uploadIds') ?? '')
      .split(/[\s,]+/)
      .filter(Boolean);
    open.mutate(
      {
        reason: String(d.get('reason')),
        minutes: Number(d.get('minutes')),
        ...(scope === 'team' ? { teamId: String(d.get('teamId')) } : { uploadIds }),
      },
      { onSuccess: () => form.reset() },
    );
  };

  return (
    <Page title="Break-glass">
      <Notice tone="warn">
        Emergency access lets you read content you otherwise cannot. Every grant and every read is in the
        access log, and every administrator sees open grants.
      </Notice>
      <form onSubmit={submit} className="card">
        <h2>Open a grant</h2>
        <ErrorAlert error={open.error} />
        <div className="field">
          <label htmlFor="bg-reason">Reason</label>
          <textarea
            id="bg-reason"
            name="reason"
            required
            minLength={20}
            maxLength={2000}
            aria-describedby="bg-reason-hint"
          />
          <span id="bg-reason-hint" className="hint">
            Why access is needed now, in a sentence or two (at least 20 characters).
          </span>
        </div>
        <fieldset className="field">
          <legend className="label">Scope</legend>
          <div className="checkbox">
            <input
              type="radio"
              id="bg-scope-team"
              name="scope"
              checked={scope === 'team'}
              onChange={() => setScope('team')}
            />
            <label htmlFor="bg-scope-team">A team’s uploads</label>
          </div>
          <div className="checkbox">
            <input
              type="radio"
              id="bg-scope-uploads"
              name="scope"
              checked={scope === 'uploads'}
              onChange={() => setScope('uploads')}
            />
            <label htmlFor="bg-scope-uploads">Named uploads</label>
          </div>
        </fieldset>
        {scope === 'team' ? (
          <ChoiceField
            label="Team"
            name="teamId"
            choices={(teams.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
          />
        ) : (
          <div className="field">
            <label htmlFor="bg-uploads">Upload ids</label>
            <textarea id="bg-uploads" name="uploadIds" required aria-describedby="bg-uploads-hint" />
            <span id="bg-uploads-hint" className="hint">
              One per line (from the upload list on the Settings page).
            </span>
          </div>
        )}
        <Field label="Minutes" name="minutes" type="number" min={1} max={240} defaultValue={60} required />
        <button type="submit" className="danger" disabled={open.isPending}>
          Open grant
        </button>
      </form>

      <h2>Active grants</h2>
      <ErrorAlert error={grants.error ?? revoke.error} />
      <table>
        <thead>
          <tr>
            <th scope="col">Administrator</th>
            <th scope="col">Reason</th>
            <th scope="col">Scope</th>
            <th scope="col">Opened</th>
            <th scope="col">Ends</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {active.map((g) => (
            <tr key={g.id}>
              <td>
                {g.admin.name}
                {g.admin.id === session.user.id ? ' (you)' : ''}
              </td>
              <td>{g.reason}</td>
              <td>{g.teamId ? teamName(g.teamId) : `${g.uploadIds.length} upload(s)`}</td>
              <td>{formatDateTime(g.createdAt)}</td>
              <td>{formatDateTime(g.expiresAt)}</td>
              <td>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => revoke.mutate(g.id)}
                  aria-label={`Revoke the grant of ${g.admin.name}`}
                >
                  Revoke
                </button>
              </td>
            </tr>
          ))}
          {grants.data && active.length === 0 && (
            <tr>
              <td colSpan={6}>No grant is open.</td>
            </tr>
          )}
        </tbody>
      </table>
    </Page>
  );
}
