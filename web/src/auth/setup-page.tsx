import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { ErrorAlert } from '../ui/alert';
import { Field } from '../ui/field';
import { Page } from '../ui/page';
import { useSessionChanged } from './session';

/**
 * First run (`/setup?token=…`, the link `serve` logs while there is no administrator): create the
 * first admin, then go straight on to setting up two-step verification.
 */
export function SetupPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const sessionChanged = useSessionChanged();
  const [mismatch, setMismatch] = useState(false);
  const check = useQuery({
    queryKey: ['setup-check', token],
    queryFn: () => unwrap(api.POST('/api/setup/check', { body: { token } })),
    enabled: token !== '',
    retry: false,
  });
  const create = useMutation({
    mutationFn: (body: { token: string; name: string; email: string; password: string }) =>
      unwrap(api.POST('/api/setup', { body })),
    onSuccess: sessionChanged,
  });
  if (create.isSuccess) return <Navigate to="/sign-in" replace />;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const password = String(form.get('password'));
    const differs = password !== String(form.get('confirm'));
    setMismatch(differs);
    if (differs) return;
    create.mutate({ token, name: String(form.get('name')), email: String(form.get('email')), password });
  };
  return (
    <main className="centered">
      <Page title="Set up QA Vault">
        {token === '' || check.data?.usable === false ? (
          <div role="alert" className="alert error">
            This setup link is invalid, used or expired. Restart <code>qa-vault serve</code> for a new link
            while no administrator exists, or ask your administrator for an invitation.
          </div>
        ) : check.isPending ? (
          <p aria-live="polite">Checking the setup link…</p>
        ) : (
          <form onSubmit={submit}>
            <p>Create the first administrator. You will set up two-step verification next.</p>
            {mismatch && <ErrorAlert error={new Error('The two passwords differ.')} />}
            <ErrorAlert error={check.error ?? create.error} />
            <Field label="Name" name="name" autoComplete="name" required />
            <Field label="Email" name="email" type="email" autoComplete="username" required />
            <Field
              label="Password"
              name="password"
              type="password"
              autoComplete="new-password"
              hint="At least 12 characters; a phrase of several words is easiest."
              required
            />
            <Field
              label="Repeat password"
              name="confirm"
              type="password"
              autoComplete="new-password"
              required
            />
            <button type="submit" disabled={create.isPending}>
              Create administrator
            </button>
          </form>
        )}
      </Page>
    </main>
  );
}
