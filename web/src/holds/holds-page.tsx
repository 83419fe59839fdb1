import { type FormEvent, useMemo, useState } from 'react';
import { useTeams, useUsers } from '../admin/queries';
import { ErrorAlert, Notice } from '../ui/alert';
import { Dialog } from '../ui/dialog';
import { ChoiceField } from '../ui/field';
import { formatDate, formatDateTime } from '../ui/format';
import { Page } from '../ui/page';
import { ReasonField } from '../ui/reason-field';
import { StatusChip } from '../ui/status-chip';
import { kindNames } from '../uploads/labels';
import { useUploads } from '../uploads/queries';
import { type HoldScope, type LegalHold, useHolds, usePlaceHold, useReleaseHold } from './queries';

/** The server's minimum for hold and release reasons (src/holds/service.ts). */
const MIN_REASON = 20;

const scopeNames: Record<HoldScope, string> = {
  upload: 'One upload',
  user: 'Every upload of a person',
  team: 'Every upload of a team',
};

/**
 * Administrators: legal holds. A held upload is neither disposed of nor deletable by anyone until the
 * hold is released; holds and releases are in the access log, their reasons only here.
 */
export function HoldsPage() {
  const holds = useHolds();
  const users = useUsers();
  const teams = useTeams();
  const place = usePlaceHold();
  const release = useReleaseHold();
  const [scope, setScope] = useState<HoldScope>('upload');
  const [show, setShow] = useState<'active' | 'released'>('active');
  const [releasing, setReleasing] = useState<LegalHold>();
  // A new key remounts the form after a hold is placed: fields and the reason's count start afresh.
  const [formKey, setFormKey] = useState(0);
  const userNames = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.name])), [users.data]);
  const teamNames = useMemo(() => new Map((teams.data ?? []).map((t) => [t.id, t.name])), [teams.data]);
  const target = (h: LegalHold) =>
    h.scope === 'upload'
      ? `Upload ${h.targetId}`
      : `${h.scope === 'user' ? 'Person' : 'Team'}: ${(h.scope === 'user' ? userNames : teamNames).get(h.targetId) ?? h.targetId}`;
  const listed = (holds.data ?? []).filter((h) => h.active === (show === 'active'));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    place.mutate(
      { scope, targetId: String(d.get('targetId')).trim(), reason: String(d.get('reason')).trim() },
      {
        onSuccess: () => {
          setFormKey((k) => k + 1);
          setShow('active');
        },
      },
    );
  };
  const submitRelease = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!releasing) return;
    release.mutate(
      { id: releasing.id, reason: String(new FormData(e.currentTarget).get('reason')).trim() },
      { onSuccess: () => setReleasing(undefined) },
    );
  };

  return (
    <Page title="Legal holds">
      <section aria-labelledby="holds-heading">
        <h2 id="holds-heading">Holds</h2>
        <fieldset className="filters">
          <legend className="visually-hidden">Which holds</legend>
          {(['active', 'released'] as const).map((v) => (
            <div className="checkbox" key={v}>
              <input
                type="radio"
                id={`holds-show-${v}`}
                name="show"
                checked={show === v}
                onChange={() => setShow(v)}
              />
              <label htmlFor={`holds-show-${v}`}>{v === 'active' ? 'Active' : 'Released'}</label>
            </div>
          ))}
        </fieldset>
        <ErrorAlert error={holds.error ?? users.error ?? teams.error} />
        <table>
          <thead>
            <tr>
              <th scope="col">What is held</th>
              <th scope="col">Reason</th>
              <th scope="col">Placed</th>
              <th scope="col">Status</th>
              <th scope="col">{show === 'active' ? 'Actions' : 'Released'}</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((h) => (
              <tr key={h.id}>
                <td className="break">{target(h)}</td>
                <td>{h.reason}</td>
                <td>
                  {formatDateTime(h.createdAt)} by {userNames.get(h.createdBy) ?? 'an administrator'}
                </td>
                <td>
                  {h.active ? (
                    <StatusChip text="Active" tone="warn" />
                  ) : (
                    <StatusChip text="Released" tone="info" />
                  )}
                </td>
                <td>
                  {h.active ? (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => {
                        release.reset();
                        setReleasing(h);
                      }}
                      aria-label={`Release the hold on ${target(h)}`}
                    >
                      Release
                    </button>
                  ) : (
                    <>
                      {formatDateTime(h.releasedAt)} by{' '}
                      {(h.releasedBy && userNames.get(h.releasedBy)) ?? 'an administrator'}: {h.releaseReason}
                    </>
                  )}
                </td>
              </tr>
            ))}
            {holds.data && listed.length === 0 && (
              <tr>
                <td colSpan={5}>{show === 'active' ? 'No hold is active.' : 'No hold has been released.'}</td>
              </tr>
            )}
          </tbody>
        </table>
      </section>

      <form key={formKey} onSubmit={submit} className="card" aria-labelledby="place-heading">
        <h2 id="place-heading">Place a hold</h2>
        <Notice tone="warn">
          While a hold is active, what it covers is kept past its retention rule and nobody — its owner and
          administrators included — can delete it.
        </Notice>
        <ErrorAlert error={place.error} />
        <fieldset className="field">
          <legend className="label">Hold</legend>
          {(Object.keys(scopeNames) as HoldScope[]).map((s) => (
            <div className="checkbox" key={s}>
              <input
                type="radio"
                id={`hold-scope-${s}`}
                name="scope"
                checked={scope === s}
                onChange={() => setScope(s)}
              />
              <label htmlFor={`hold-scope-${s}`}>{scopeNames[s]}</label>
            </div>
          ))}
        </fieldset>
        {scope === 'upload' && <UploadPicker />}
        {scope === 'user' && (
          <ChoiceField
            label="Person"
            name="targetId"
            choices={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
          />
        )}
        {scope === 'team' && (
          <ChoiceField
            label="Team"
            name="targetId"
            choices={(teams.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
          />
        )}
        <ReasonField
          label="Reason"
          min={MIN_REASON}
          hint="Why it must be preserved (a notice, a request, a case), kept with the hold."
        />
        <button type="submit" disabled={place.isPending}>
          Place hold
        </button>
      </form>

      <Dialog
        title="Release this hold?"
        open={releasing !== undefined}
        onClose={() => setReleasing(undefined)}
      >
        {releasing && (
          <form onSubmit={submitRelease}>
            <p>
              {target(releasing)}. Once released, retention applies again from the next daily run and its
              owner can delete it.
            </p>
            <ErrorAlert error={release.error} />
            <ReasonField label="Reason for release" min={MIN_REASON} hint="Kept with the hold." />
            <button type="submit" disabled={release.isPending}>
              Release hold
            </button>
          </form>
        )}
      </Dialog>
    </Page>
  );
}

/** An upload id typed, or picked from the latest accepted uploads (metadata only: kind, team, date). */
function UploadPicker() {
  const uploads = useUploads({ status: 'accepted', limit: 50 });
  const teams = useTeams();
  const teamNames = new Map((teams.data ?? []).map((t) => [t.id, t.name]));
  return (
    <div className="field">
      <label htmlFor="hold-upload">Upload id</label>
      <input
        id="hold-upload"
        name="targetId"
        required
        autoComplete="off"
        list="hold-upload-choices"
        className="mono"
        aria-describedby="hold-upload-hint"
      />
      <span id="hold-upload-hint" className="hint">
        Type or paste an id, or pick one of the latest accepted uploads (the Settings page lists them all).
      </span>
      <datalist id="hold-upload-choices">
        {(uploads.data?.uploads ?? []).map((u) => (
          <option key={u.id} value={u.id}>
            {`${u.kind ? kindNames[u.kind] : 'Upload'} · ${teamNames.get(u.teamId ?? '') ?? 'no team'} · ${formatDate(u.sessionDate ?? u.createdAt)}`}
          </option>
        ))}
      </datalist>
    </div>
  );
}
