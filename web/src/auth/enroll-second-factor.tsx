import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../api/client';
import { ErrorAlert } from '../ui/alert';
import { Field } from '../ui/field';
import { QrCode } from '../ui/qr-code';
import { RecoveryCodes } from './recovery-codes';
import { useSessionChanged } from './session';

/**
 * TOTP enrolment: scan the QR code (or type the setup key), confirm with a code, then keep the
 * recovery codes. The session only counts as complete in the page once the codes are acknowledged.
 */
export function EnrollSecondFactor() {
  const client = useQueryClient();
  // A query, not an effect: started once even when React renders twice, never refetched.
  const enrollment = useQuery({
    queryKey: ['mfa-enrollment'],
    queryFn: () => unwrap(api.POST('/api/auth/mfa/enroll')),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });
  const sessionChanged = useSessionChanged();
  const [verified, setVerified] = useState(false);
  const verify = useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/auth/mfa/verify', { body: { code } })),
    onSuccess: () => setVerified(true),
  });

  if (enrollment.isPending) return <p aria-live="polite">Preparing your authenticator setup…</p>;
  if (enrollment.error) return <ErrorAlert error={enrollment.error} />;
  const { secret, uri, recoveryCodes } = enrollment.data;

  if (verified) {
    return (
      <RecoveryCodes
        codes={recoveryCodes}
        onDone={() => {
          client.removeQueries({ queryKey: ['mfa-enrollment'] });
          void sessionChanged();
        }}
      />
    );
  }
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    verify.mutate(String(new FormData(e.currentTarget).get('code')).replace(/\s/g, ''));
  };
  return (
    <form onSubmit={submit}>
      <h1>Set up two-step verification</h1>
      <p>Scan this code with an authenticator app (for example on your phone).</p>
      <QrCode value={uri} label="QR code for your authenticator app" />
      <p>
        Or enter this setup key by hand:
        <br />
        <code className="mono" data-testid="setup-key">
          {secret}
        </code>
      </p>
      <ErrorAlert error={verify.error} />
      <Field
        label="Authentication code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        hint="The 6-digit code the app shows now."
        required
      />
      <button type="submit" disabled={verify.isPending}>
        Verify
      </button>
    </form>
  );
}
