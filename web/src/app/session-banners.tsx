import { BreakglassBanner } from '../admin/breakglass-banner';
import type { Me } from '../api/client';
import { IdleLogout } from '../auth/idle-logout';

/**
 * What runs across every signed-in page: the idle-logout warning and, for an administrator, the red
 * banner while they hold a break-glass grant.
 */
export function SessionBanners({ session }: { session: Me }) {
  return (
    <>
      <IdleLogout idleMinutes={session.idleMinutes} />
      {session.user.role === 'admin' && <BreakglassBanner userId={session.user.id} />}
    </>
  );
}
