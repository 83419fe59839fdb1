import type { UploadProgress } from './send-upload';

function timeLeft(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return 'estimating time left';
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

/** Percent, speed and time left of the running upload, with Cancel. */
export function UploadProgressBar({
  progress,
  onCancel,
}: {
  progress: UploadProgress;
  onCancel: () => void;
}) {
  const percent = progress.total > 0 ? Math.floor((progress.loaded / progress.total) * 100) : 0;
  const mbps = progress.rate / (1024 * 1024);
  return (
    <div className="card" data-testid="upload-progress">
      <label htmlFor="upload-progress-bar">Uploading</label>
      <progress id="upload-progress-bar" max={100} value={percent} aria-valuetext={`${percent}%`} />
      <p>
        {percent}% · {mbps.toFixed(1)} MB/s ·{' '}
        {percent >= 100 ? 'checking for names and places…' : timeLeft(progress.secondsLeft)}
      </p>
      <button type="button" className="secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
