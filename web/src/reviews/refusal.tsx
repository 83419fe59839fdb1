import { ErrorAlert } from '../ui/alert';
import { RefusedError } from './api';

const kinds: Record<string, string> = {
  PERSON: 'a name',
  LOCATION: 'a place',
  ADDRESS: 'an address',
  PHONE: 'a phone number',
  EMAIL: 'an email address',
  DATE: 'a date',
};

/**
 * Why the reviewer's text was not saved, in plain words, with the masked excerpts the server sent.
 * The words typed stay in the field for fixing; nothing of them is echoed here.
 */
export function SaveError({ error }: { error: unknown }) {
  if (!(error instanceof RefusedError) || error.findings.length === 0) return <ErrorAlert error={error} />;
  return (
    <div role="alert" className="alert error">
      <p>Not saved: remove what could identify a client and try again.</p>
      <ul>
        {error.findings.map((f, i) => (
          // Findings have no id; the list is shown once and never reordered.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i}>
            {kinds[f.label] ?? 'an identifier'} — line {f.location.line}:{' '}
            <span className="mono">{f.excerpt}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
