import { Suspense } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import type { Me } from '../api/client';
import { useSignOut } from '../auth/session';
import { navFor } from './routes';
import { SessionBanners } from './session-banners';

const roleNames = {
  therapist: 'Therapist',
  supervisor: 'Supervisor',
  consultant: 'Consultant',
  admin: 'Administrator',
};

/** The signed-in frame: one navigation by role, who is signed in, and the page. */
export function Shell({ session }: { session: Me }) {
  const nav = navFor(session.user.role);
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SessionBanners session={session} />
      <nav className="shell-nav" aria-label="Main">
        <div className="shell-brand">QA Vault</div>
        {nav.main.length > 0 && (
          <ul>
            {nav.main.map((r) => (
              <li key={r.path}>
                <NavLink to={r.path} end>
                  {r.title}
                </NavLink>
              </li>
            ))}
          </ul>
        )}
        {nav.admin.length > 0 && (
          <>
            <h2 className="nav-heading" id="nav-admin">
              Administration
            </h2>
            <ul aria-labelledby="nav-admin">
              {nav.admin.map((r) => (
                <li key={r.path}>
                  <NavLink to={r.path}>{r.title}</NavLink>
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="shell-user">
          <div>{session.user.name}</div>
          <div>{roleNames[session.user.role]}</div>
          <div className="actions">
            <Link to="/account/password">Change password</Link>
            <button
              type="button"
              className="link"
              onClick={async () => {
                await signOut('You signed out.');
                navigate('/sign-in', { replace: true });
              }}
            >
              Sign out
            </button>
          </div>
        </div>
      </nav>
      <main id="main" className="shell-main">
        <Suspense fallback={<p aria-live="polite">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
