import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { teams } from '../orgs/tables.ts';
import type { Vault } from '../vault/vault.ts';

/**
 * The storage location a team's uploads are written to: the team's pinned one, or the default.
 * Every write of an upload's objects asks this with the upload's team, so objects never land outside
 * it. A name the configuration no longer has falls to the store lookup, which refuses it.
 */
export async function teamLocation(
  deps: { db: Db; vault: Vault },
  teamId: string | null | undefined,
): Promise<string> {
  if (!teamId) return deps.vault.locations.defaultName;
  const [team] = await deps.db
    .select({ location: teams.storageLocation })
    .from(teams)
    .where(eq(teams.id, teamId));
  return team?.location ?? deps.vault.locations.defaultName;
}
