import type { FormEvent } from 'react';
import { ErrorAlert, Notice } from '../ui/alert';
import { Field } from '../ui/field';
import { formatDate, formatDateTime } from '../ui/format';
import { Page } from '../ui/page';
import { ReasonField } from '../ui/reason-field';
import { StatusChip } from '../ui/status-chip';
import { useCloseOrganization, useOrganization, useReopenOrganization } from './queries';

/** The server's minimum for a closure reason (src/closure/service.ts). */
const MIN_REASON = 20;

/** A code from the authenticator app, asked again on the spot: closing and reopening want a fresh second factor. */
function CodeField() {
  return (
    <Field
      label="Authentication code"
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="\d{6}"
      maxLength={6}
      required
      hint="The 6-digit code your authenticator app shows now."
    />
  );
}

/** Administrators: whether the organization is open, and closing or reopening it. */
export function OrganizationPage() {
  const org = useOrganization();
  const close = useCloseOrganization();
  const reopen = useReopenOrganization();
  const o = org.data;

  const submitClose = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    close.mutate({ reason: String(d.get('reason')).trim(), code: String(d.get('code')).trim() });
  };
  const submitReopen = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    reopen.mutate({ code: String(new FormData(e.currentTarget).get('code')).trim() });
  };

  return (
    <Page title="Organization">
      <ErrorAlert error={org.error} />
      {o && (
        <>
          <dl className="card" aria-label="Status">
            <dt>Name</dt>
            <dd>{o.name}</dd>
            <dt>Status</dt>
            <dd>
              {o.closed ? <StatusChip text="Closed" tone="bad" /> : <StatusChip text="Open" tone="ok" />}
            </dd>
            {o.closed && (
              <>
                <dt>Closed since</dt>
                <dd>{formatDateTime(o.closedAt)}</dd>
                <dt>Kept at least until</dt>
                <dd>{formatDate(o.keepUntil)}</dd>
                <dt>Reason</dt>
                <dd>{o.closeReason}</dd>
              </>
            )}
          </dl>
          {o.closed ? (
            <form onSubmit={submitReopen} className="card" aria-labelledby="reopen-heading">
              <h2 id="reopen-heading">Reopen the organization</h2>
              <p>
                Everyone can sign in and upload again, and each kind of upload is kept by its own rule again
                (closure keeps everything until {formatDate(o.keepUntil)} at least).
              </p>
              <ErrorAlert error={reopen.error} />
              <CodeField />
              <button type="submit" disabled={reopen.isPending}>
                Reopen organization
              </button>
            </form>
          ) : (
            <form onSubmit={submitClose} className="card" aria-labelledby="close-heading">
              <h2 id="close-heading">Close the organization</h2>
              <Notice tone="warn">
                <p>
                  <strong>Closing stops the program's use of QA Vault at once.</strong> Everyone but
                  administrators is signed out and can no longer sign in, and nobody can upload.
                </p>
                <p>
                  Everything stored is kept for at least 365 days, or longer where its retention rule says so,
                  and then disposed of by the daily run. Reopening before then restores everything.
                </p>
              </Notice>
              <ErrorAlert error={close.error} />
              <ReasonField
                label="Reason"
                min={MIN_REASON}
                hint="Why the organization closes (for example, the program ended), kept with the closure."
              />
              <CodeField />
              <button type="submit" className="danger" disabled={close.isPending}>
                Close organization
              </button>
            </form>
          )}
        </>
      )}
    </Page>
  );
}
