import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { ErrorAlert, Notice } from '../ui/alert';
import { Field } from '../ui/field';
import { Page } from '../ui/page';

/** `/reset?token=…`: an invitation or a password reset from an administrator sets the password here. */
export function ResetPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [mismatch, setMismatch] = useState(false);
  const reset = useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      unwrap(api.POST('/api/auth/password/reset', { body })),
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const password = String(form.get('password'));
    const differs = password !== String(form.get('confirm'));
    setMismatch(differs);
    if (!differs) reset.mutate({ token, password });
  };
  return (
    <main className="centered">
      <Page title="Set your password">
        {reset.isSuccess ? (
          <Notice tone="ok">
            Your password is set. <Link to="/sign-in">Sign in</Link>
          </Notice>
        ) : token === '' ? (
          <div role="alert" className="alert error">
            This link has no token. Use the whole link your administrator sent.
          </div>
        ) : (
          <form onSubmit={submit}>
            {mismatch && <ErrorAlert error={new Error('The two passwords differ.')} />}
            <ErrorAlert error={reset.error} />
            <Field
              label="New password"
              name="password"
              type="password"
              autoComplete="new-password"
              hint="At least 12 characters; a phrase of several words is easiest."
              required
            />
            <Field
              label="Repeat new password"
              name="confirm"
              type="password"
              autoComplete="new-password"
              required
            />
            <button type="submit" disabled={reset.isPending}>
              Set password
            </button>
          </form>
        )}
      </Page>
    </main>
  );
}
