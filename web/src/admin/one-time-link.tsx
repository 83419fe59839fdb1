import { CopyButton } from '../ui/copy-button';
import { formatDateTime } from '../ui/format';

/** An invitation or reset link, shown this once (the server keeps only its hash). */
export function OneTimeLink({ token, expiresAt, what }: { token: string; expiresAt: string; what: string }) {
  const link = `${window.location.origin}/reset?token=${encodeURIComponent(token)}`;
  return (
    <div className="alert ok" role="status">
      <p>
        <strong>{what}</strong> Send this link to the person; it is shown only now and works once, until{' '}
        {formatDateTime(expiresAt)}.
      </p>
      <p>
        <code className="mono" data-testid="one-time-link">
          {link}
        </code>
      </p>
      <CopyButton text={link} label="Copy link" />
    </div>
  );
}
