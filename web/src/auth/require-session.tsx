import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../api/client';
import { useSession } from './session';

/** Lets a page render only for a full session of one of `roles`; otherwise back to sign-in. */
export function RequireSession({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <p aria-live="polite">Loading…</p>;
  const s = session.data;
  if (s?.mfa !== 'none') {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  // The server refuses anyway; this only avoids showing a page that could not load.
  if (roles && !roles.includes(s.user.role)) return <Navigate to="/" replace />;
  return children;
}
