import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useGrants } from './breakglass-queries';

function remaining(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * While the signed-in admin holds an active grant: a red banner with the time left, on every page.
 * Expiry is known from the grant, so the countdown runs locally; the list is re-read every few
 * minutes (and whenever a grant is opened or revoked here) to notice a revocation by someone else.
 */
export function BreakglassBanner({ userId }: { userId: string }) {
  const grants = useGrants({ refetchInterval: 5 * 60_000 });
  // Re-render each second only while a grant is held (the effect below).

  // Read the time at each render; the tick below only asks for a render each second.
  const [, setTick] = useState(0);
  const now = Date.now();
  const mine = (grants.data ?? [])
    .filter((g) => g.active && g.admin.id === userId && new Date(g.expiresAt).getTime() > now)
    .sort((a, b) => b.expiresAt.localeCompare(a.expiresAt))[0];
  const mineId = mine?.id;
  useEffect(() => {
    if (!mineId) return;
    const timer = setInterval(() => setTick((t) => t + 1), 1000);
    return () => clearInterval(timer);
  }, [mineId]);
  if (!mine) return null;
  return (
    <section className="banner-breakglass" aria-label="Emergency access">
      Emergency access is open: you can read content this grant covers. It ends in{' '}
      <span className="mono">{remaining(new Date(mine.expiresAt).getTime() - now)}</span>.{' '}
      <Link to="/admin/break-glass" className="banner-link">
        Manage grants
      </Link>
    </section>
  );
}
