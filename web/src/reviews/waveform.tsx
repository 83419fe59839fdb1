import { type KeyboardEvent, type MouseEvent, useEffect, useRef } from 'react';
import type { Peaks } from './api';
import { clock } from './cues';

export interface WaveRegion {
  id: string;
  startMs: number;
  endMs: number;
  label: string;
}

/**
 * The recording's waveform drawn from the server's peaks (audiowaveform JSON: signed min/max pairs
 * per `samples_per_pixel` samples), with the played part shaded, the playhead, and comments as
 * regions. Drawn on a canvas rather than with wavesurfer.js: the app's CSP forbids inline styles,
 * and wavesurfer's shadow DOM brings its own <style> element. Clicking seeks; so does a region.
 */
export function Waveform({
  peaks,
  durationMs,
  positionMs,
  regions,
  onSeek,
}: {
  peaks: Peaks;
  durationMs: number;
  positionMs: number;
  regions: WaveRegion[];
  onSeek: (ms: number) => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const width = el.clientWidth * devicePixelRatio;
    const height = el.clientHeight * devicePixelRatio;
    el.width = width;
    el.height = height;
    const styles = getComputedStyle(el);
    const wave = styles.getPropertyValue('--wave').trim() || '#8a94a6';
    const played = styles.getPropertyValue('--wave-played').trim() || '#1f5fbf';
    const pairs = peaks.length;
    const scale = peaks.bits === 16 ? 32768 : 128;
    const playedX = durationMs > 0 ? (positionMs / durationMs) * width : 0;
    ctx.clearRect(0, 0, width, height);
    const mid = height / 2;
    for (let x = 0; x < width; x++) {
      // The loudest pair under this pixel column.
      const from = Math.floor((x / width) * pairs);
      const to = Math.max(from + 1, Math.floor(((x + 1) / width) * pairs));
      let lo = 0;
      let hi = 0;
      for (let i = from; i < to && i < pairs; i++) {
        lo = Math.min(lo, peaks.data[2 * i] ?? 0);
        hi = Math.max(hi, peaks.data[2 * i + 1] ?? 0);
      }
      ctx.fillStyle = x <= playedX ? played : wave;
      const top = mid - (hi / scale) * mid;
      const bottom = mid - (lo / scale) * mid;
      ctx.fillRect(x, top, 1, Math.max(1, bottom - top));
    }
    ctx.fillStyle = played;
    ctx.fillRect(Math.min(playedX, width - 2), 0, 2 * devicePixelRatio, height);
  }, [peaks, durationMs, positionMs]);

  const seekTo = (e: MouseEvent<HTMLElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    onSeek(Math.max(0, Math.min(1, (e.clientX - box.left) / box.width)) * durationMs);
  };
  const keys = (e: KeyboardEvent<HTMLElement>) => {
    // The slider's own keys: the page-wide hotkeys handle ←/→ too, so only Home/End here.
    if (e.key === 'Home') onSeek(0);
    if (e.key === 'End') onSeek(durationMs);
  };
  const pct = (ms: number) => `${durationMs > 0 ? Math.min(100, (ms / durationMs) * 100) : 0}%`;

  return (
    <div className="waveform">
      <canvas
        ref={canvas}
        role="slider"
        tabIndex={0}
        aria-label="Position in the recording"
        aria-valuemin={0}
        aria-valuemax={Math.round(durationMs / 1000)}
        aria-valuenow={Math.round(positionMs / 1000)}
        aria-valuetext={`${clock(positionMs)} of ${clock(durationMs)}`}
        onClick={seekTo}
        onKeyDown={keys}
      />
      {regions.map((r) => (
        <button
          key={r.id}
          type="button"
          className="wave-region"
          style={{ left: pct(r.startMs), width: `max(4px, calc(${pct(r.endMs)} - ${pct(r.startMs)}))` }}
          title={r.label}
          aria-label={`Comment at ${clock(r.startMs)}: play from there`}
          onClick={() => onSeek(r.startMs)}
        />
      ))}
    </div>
  );
}
