import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../api/client';
import { ErrorAlert, Notice } from '../ui/alert';
import { Field } from '../ui/field';
import { Page } from '../ui/page';

export function ChangePasswordPage() {
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      unwrap(api.POST('/api/auth/password', { body })),
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const next = String(form.get('newPassword'));
    setMismatch(next !== String(form.get('confirm')));
    if (next !== String(form.get('confirm'))) return;
    change.mutate(
      { currentPassword: String(form.get('currentPassword')), newPassword: next },
      {
        onSuccess: () => (e.target as HTMLFormElement).reset(),
      },
    );
  };
  return (
    <Page title="Change password">
      <form onSubmit={submit} className="card">
        {change.isSuccess && (
          <Notice tone="ok">Password changed. Your other sessions were signed out.</Notice>
        )}
        {mismatch && <ErrorAlert error={new Error('The two new passwords differ.')} />}
        <ErrorAlert error={change.error} />
        <Field
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
        />
        <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required />
        <Field
          label="Repeat new password"
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
        />
        <button type="submit" disabled={change.isPending}>
          Change password
        </button>
      </form>
    </Page>
  );
}
