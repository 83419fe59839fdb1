import { useEffect, useRef, useState } from 'react';
import { CopyButton } from '../ui/copy-button';

/** The recovery codes, shown this once: copy or download them, then confirm before going on. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [saved, setSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const text = `${codes.join('\n')}\n`;
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'qa-vault-recovery-codes.txt';
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section aria-labelledby="recovery-heading">
      <h1 id="recovery-heading" ref={heading} tabIndex={-1}>
        Save your recovery codes
      </h1>
      <p>
        Each code signs you in once if you lose your authenticator. They are shown only now: keep them
        somewhere safe.
      </p>
      <ul className="codes" aria-label="Recovery codes">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <div className="actions">
        <CopyButton text={text} label="Copy codes" />
        <button type="button" className="secondary" onClick={download}>
          Download codes
        </button>
      </div>
      <div className="checkbox">
        <input id="saved" type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} />
        <label htmlFor="saved">I have saved them</label>
      </div>
      <button type="button" disabled={!saved} onClick={onDone}>
        Continue
      </button>
    </section>
  );
}
