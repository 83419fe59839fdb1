import { Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireSession } from '../auth/require-session';
import { ResetPage } from '../auth/reset-page';
import { useSession } from '../auth/session';
import { SetupPage } from '../auth/setup-page';
import { SignInPage } from '../auth/sign-in-page';
import { homeFor, pageRoutes } from './routes';
import { Shell } from './shell';

function SignedInShell() {
  const session = useSession().data;
  return <RequireSession>{session && <Shell session={session} />}</RequireSession>;
}

function Home() {
  const session = useSession().data;
  return session ? <Navigate to={homeFor(session.user.role)} replace /> : null;
}

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
    </>
  );
}

/** Pages anyone may open: signing in and the links sent by the service (first run, invitations). */
const publicRoutes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/setup', element: <SetupPage /> },
  { path: '/reset', element: <ResetPage /> },
];

export function createAppRouter() {
  return createBrowserRouter([
    ...publicRoutes.map((r) => ({
      ...r,
      element: <Suspense fallback={<p aria-live="polite">Loading…</p>}>{r.element}</Suspense>,
    })),
    {
      element: <SignedInShell />,
      children: [
        { index: true, element: <Home /> },
        ...pageRoutes.map(({ path, roles, page: Page }) => ({
          path,
          element: (
            <RequireSession roles={roles}>
              <Page />
            </RequireSession>
          ),
        })),
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
