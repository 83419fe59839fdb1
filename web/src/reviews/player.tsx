import { type RefObject, useCallback, useEffect, useState } from 'react';
import type { Peaks } from './api';
import { clock } from './cues';
import { Waveform, type WaveRegion } from './waveform';

export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** Keys typed into a field are the field's, not the player's. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The recording player. The <audio> element reads /content itself with Range requests, so playback
 * starts after the first bytes and seeking fetches only the part needed — a 3-hour session is never
 * downloaded whole. Speed keeps the pitch (preservesPitch). Hotkeys: space play/pause, J/L ∓10 s,
 * ←/→ ∓5 s, [ and ] slower/faster, C comment at the current time.
 */
export function Player({
  audio,
  src,
  peaks,
  durationMs,
  regions,
  onComment,
  onPosition,
}: {
  audio: RefObject<HTMLAudioElement | null>;
  src: string;
  peaks: Peaks | undefined;
  durationMs: number;
  regions: WaveRegion[];
  onComment: (ms: number) => void;
  /** Told the playback position as it changes (media events do not bubble to a parent). */
  onPosition?: (ms: number) => void;
}) {
  const [positionMs, setPosition] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(1);

  useEffect(() => {
    const el = audio.current;
    if (!el) return;
    const tick = () => {
      setPosition(el.currentTime * 1000);
      onPosition?.(el.currentTime * 1000);
    };
    const play = () => setPlaying(true);
    const pause = () => setPlaying(false);
    el.addEventListener('timeupdate', tick);
    el.addEventListener('seeked', tick);
    el.addEventListener('play', play);
    el.addEventListener('pause', pause);
    return () => {
      el.removeEventListener('timeupdate', tick);
      el.removeEventListener('seeked', tick);
      el.removeEventListener('play', play);
      el.removeEventListener('pause', pause);
    };
  }, [audio, onPosition]);

  const seek = useCallback(
    (ms: number) => {
      const el = audio.current;
      if (!el) return;
      const clamped = Math.max(0, Math.min(ms, durationMs || ms));
      el.currentTime = clamped / 1000;
      setPosition(clamped);
    },
    [audio, durationMs],
  );
  const skip = useCallback(
    (deltaMs: number) => seek((audio.current?.currentTime ?? 0) * 1000 + deltaMs),
    [audio, seek],
  );
  const toggle = useCallback(() => {
    const el = audio.current;
    if (!el) return;
    if (el.paused) void el.play();
    else el.pause();
  }, [audio]);
  const changeSpeed = useCallback(
    (rate: number) => {
      const el = audio.current;
      if (el) {
        el.preservesPitch = true;
        el.playbackRate = rate;
      }
      setSpeed(rate);
    },
    [audio],
  );
  const stepSpeed = useCallback(
    (step: 1 | -1) => {
      const i = SPEEDS.indexOf(speed as (typeof SPEEDS)[number]);
      const next = SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, (i < 0 ? 2 : i) + step))]!;
      changeSpeed(next);
    },
    [speed, changeSpeed],
  );

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const actions: Record<string, () => void> = {
        ' ': toggle,
        j: () => skip(-10_000),
        l: () => skip(10_000),
        ArrowLeft: () => skip(-5_000),
        ArrowRight: () => skip(5_000),
        '[': () => stepSpeed(-1),
        ']': () => stepSpeed(1),
        c: () => onComment((audio.current?.currentTime ?? 0) * 1000),
      };
      const action = actions[e.key.length === 1 ? e.key.toLowerCase() : e.key];
      if (!action) return;
      // Space on a focused button would press it as well; the hotkey wins.
      e.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [toggle, skip, stepSpeed, onComment, audio]);

  return (
    <section className="player" aria-label="Player">
      {/* biome-ignore lint/a11y/useMediaCaption: the transcript pane beside the player is the text alternative */}
      <audio ref={audio} src={src} preload="metadata" />
      {peaks ? (
        <Waveform
          peaks={peaks}
          durationMs={durationMs}
          positionMs={positionMs}
          regions={regions}
          onSeek={seek}
        />
      ) : (
        <p className="hint">Loading the waveform…</p>
      )}
      <div className="player-controls">
        <button type="button" onClick={() => skip(-10_000)}>
          Back 10 s
        </button>
        <button type="button" onClick={toggle}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={() => skip(10_000)}>
          Forward 10 s
        </button>
        <output className="mono" aria-label="Time">
          {clock(positionMs)} / {clock(durationMs)}
        </output>
        <label className="inline">
          Speed{' '}
          <select value={speed} onChange={(e) => changeSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="secondary" onClick={() => onComment(positionMs)}>
          Comment here
        </button>
      </div>
      <p className="hint">
        Keys: Space play/pause · J/L −/+10 s · ←/→ −/+5 s · [ ] speed · C comment at the current time
      </p>
    </section>
  );
}
