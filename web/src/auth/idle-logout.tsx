import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, lastServerActivity } from '../api/client';
import { useSignOut } from './session';

const WARN_BEFORE_MS = 60_000;

/**
 * The server ends a session after `idleMinutes` without a request. A minute before, this dialog
 * offers to stay signed in (one request to the server); when time runs out the page signs out and
 * says why. Only requests count, as on the server: moving the mouse does not keep a session alive.
 */
export function IdleLogout({ idleMinutes }: { idleMinutes: number }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [secondsLeft, setSecondsLeft] = useState<number>();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const idleMs = idleMinutes * 60_000;

  useEffect(() => {
    const tick = () => {
      const left = lastServerActivity() + idleMs - Date.now();
      if (left <= 0) {
        void signOut(`You were signed out after ${idleMinutes} minutes without activity.`).then(() =>
          navigate('/sign-in', { replace: true }),
        );
        return;
      }
      setSecondsLeft(left <= WARN_BEFORE_MS ? Math.ceil(left / 1000) : undefined);
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [idleMs, idleMinutes, signOut, navigate]);

  const warning = secondsLeft !== undefined;
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (warning && !d.open) d.showModal();
    if (!warning && d.open) d.close();
  }, [warning]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="idle-title"
      aria-describedby="idle-text"
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="idle-title">Are you still there?</h2>
      <p id="idle-text">
        For privacy you will be signed out in <span className="mono">{secondsLeft ?? 0}</span> seconds.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void api.GET('/api/auth/me')}>
          Stay signed in
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void signOut('You signed out.').then(() => navigate('/sign-in', { replace: true }))}
        >
          Sign out now
        </button>
      </div>
    </dialog>
  );
}
