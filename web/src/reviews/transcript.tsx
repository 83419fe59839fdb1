import { useEffect, useMemo, useRef } from 'react';
import { type Cue, clock, cueAt } from './cues';

/**
 * The transcript beside the player: the cue being played is highlighted and kept in view; a click
 * on a cue seeks there. Each cue is a button, so it is reachable and named for keyboard users.
 */
export function TranscriptPane({
  cues,
  positionMs,
  onSeek,
}: {
  cues: Cue[];
  positionMs: number;
  onSeek: (ms: number) => void;
}) {
  const current = useMemo(() => cueAt(cues, positionMs), [cues, positionMs]);
  const list = useRef<HTMLOListElement>(null);
  // Runs when the current cue changes: the highlighted one is scrolled into view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `current` is the trigger, read through the DOM
  useEffect(() => {
    const el = list.current?.querySelector<HTMLElement>('[aria-current="true"]');
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);
  if (cues.length === 0) return <p className="hint">This recording has no transcript.</p>;
  return (
    <section className="transcript" aria-label="Transcript">
      <h2>Transcript</h2>
      <ol ref={list}>
        {cues.map((cue, i) => (
          // Cues are parsed once per transcript and never reordered.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i}>
            <button
              type="button"
              className="cue"
              aria-current={i === current ? 'true' : undefined}
              onClick={() => onSeek(cue.startMs)}
            >
              <span className="mono">{clock(cue.startMs)}</span> {cue.text}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
