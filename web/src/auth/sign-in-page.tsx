import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { api, unwrap } from '../api/client';
import { homeFor } from '../app/routes';
import { ErrorAlert, Notice } from '../ui/alert';
import { Field } from '../ui/field';
import { EnrollSecondFactor } from './enroll-second-factor';
import { takeSignedOutReason, useSession, useSessionChanged } from './session';

/** Sign-in: email and password, then the authentication code (or enrolment when none is set up). */
export function SignInPage() {
  const session = useSession();
  const location = useLocation();
  const [reason] = useState(takeSignedOutReason);
  useEffect(() => {
    document.title = 'Sign in · QA Vault';
  }, []);
  if (session.isPending) return <p aria-live="polite">Loading…</p>;
  const s = session.data;
  if (s && s.mfa === 'none') {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from !== '/sign-in' ? from : homeFor(s.user.role)} replace />;
  }
  return (
    <main className="centered">
      {s?.mfa === 'enroll' ? (
        <EnrollSecondFactor />
      ) : s?.mfa === 'required' ? (
        <SecondFactorStep />
      ) : (
        <PasswordStep reason={reason} />
      )}
    </main>
  );
}

function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

function PasswordStep({ reason }: { reason?: string }) {
  const sessionChanged = useSessionChanged();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const signIn = useMutation({
    mutationFn: (body: { email: string; password: string }) => unwrap(api.POST('/api/auth/login', { body })),
    onSuccess: sessionChanged,
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    signIn.mutate({ email: String(form.get('email')), password: String(form.get('password')) });
  };
  return (
    <form onSubmit={submit}>
      <h1 ref={heading} tabIndex={-1}>
        Sign in to QA Vault
      </h1>
      {reason && <Notice>{reason}</Notice>}
      <ErrorAlert error={signIn.error} />
      <Field label="Email" name="email" type="email" autoComplete="username" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <button type="submit" disabled={signIn.isPending}>
        Sign in
      </button>
    </form>
  );
}

function SecondFactorStep() {
  const sessionChanged = useSessionChanged();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [recovery, setRecovery] = useState(false);
  const verify = useMutation({
    mutationFn: (body: { code: string } | { recoveryCode: string }) =>
      unwrap(api.POST('/api/auth/mfa/verify', { body })),
    onSuccess: sessionChanged,
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get('code')).trim();
    verify.mutate(recovery ? { recoveryCode: value } : { code: value.replace(/\s/g, '') });
  };
  return (
    <form onSubmit={submit} key={recovery ? 'recovery' : 'code'}>
      <h1 ref={heading} tabIndex={-1}>
        Two-step verification
      </h1>
      <ErrorAlert error={verify.error} />
      {recovery ? (
        <Field label="Recovery code" name="code" autoComplete="off" required autoFocus />
      ) : (
        <Field
          label="Authentication code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="\s*(\d\s*){6}"
          hint="The 6-digit code from your authenticator app."
          required
        />
      )}
      <div className="actions">
        <button type="submit" disabled={verify.isPending}>
          Verify
        </button>
        <button type="button" className="link" onClick={() => setRecovery(!recovery)}>
          {recovery ? 'Use the authenticator app instead' : 'Use a recovery code'}
        </button>
      </div>
    </form>
  );
}
