import { useState } from 'react';

/** Copies text to the clipboard and says so (in a polite live region). */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        className="secondary"
        onClick={async () => {
          await navigator.clipboard.writeText(text);
          setCopied(true);
        }}
      >
        {label}
      </button>
      <span aria-live="polite" className="hint">
        {copied ? 'Copied' : ''}
      </span>
    </>
  );
}
