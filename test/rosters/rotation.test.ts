import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resealRosterEntries } from '../../src/rosters/maintenance.ts';
import { addRosterEntries, loadTeamRoster } from '../../src/rosters/service.ts';
import { rosterEntries } from '../../src/rosters/tables.ts';
import { dependentsOf } from '../../src/vault/key-dependents.ts';
import { generateKekEntry, KeyRing } from '../../src/vault/key-ring.ts';
import { createVault } from '../../src/vault/vault.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganization, createTeam, createUser } from '../support/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('roster entries across a KEK rotation', () => {
  it('still dedupes against entries keyed under the old KEK, and re-sealing frees that KEK', async () => {
    const db = ctx.deps.db;
    const org = await createOrganization(db);
    const team = await createTeam(db, org.id);
    const user = await createUser(db, { organizationId: org.id, role: 'therapist', teamIds: [team.id] });
    // KEK ids are unique per run: dependents are counted over the whole (possibly shared) database.
    const oldKek = generateKekEntry(`old-${crypto.randomUUID().slice(0, 8)}`);
    const newKek = generateKekEntry(`new-${crypto.randomUUID().slice(0, 8)}`);
    const vaultWith = async (active: string, keys: { id: string; key: string }[]) =>
      createVault({ ...ctx.deps.vault, keys: await KeyRing.fromSpec({ active, keys }) });
    const before = await vaultWith(oldKek.id, [oldKek]);
    const after = await vaultWith(newKek.id, [oldKek, newKek]);
    const add = (vault: typeof before, people: string[]) =>
      addRosterEntries(vault, db, {
        teamId: team.id,
        people,
        places: [],
        actorId: user.id,
        now: ctx.clock.now(),
        audit: { at: ctx.clock.now(), actorRole: 'system', organizationId: org.id },
      });

    await add(before, ['Ansel Brook', 'Nadia Fenn']);
    const second = await add(after, ['ANSEL BROOK', 'Rhea Lamb']);
    expect(second.skipped).toBe(1);
    expect(second.counts).toEqual({ people: 3, places: 0 });
    expect(await dependentsOf(db, oldKek.id)).toEqual([{ name: 'roster entries', count: 2 }]);

    // On a shared server other tests' entries (under other rings) are reported as failures; not ours.
    const result = await resealRosterEntries(after, db);
    const rows = await db.select().from(rosterEntries).where(eq(rosterEntries.teamId, team.id));
    expect(result.failed.filter((id) => rows.some((r) => r.id === id))).toEqual([]);
    expect(await dependentsOf(db, oldKek.id)).toEqual([]);
    for (const row of rows) expect(row.sealedValue!.split('.')[1]).toBe(newKek.id);
    expect((await loadTeamRoster(after, db, team.id)).people.sort()).toEqual([
      'Ansel Brook',
      'Nadia Fenn',
      'Rhea Lamb',
    ]);
    // After re-sealing, dedupe works under the new KEK alone.
    expect((await add(after, ['nadia fenn'])).skipped).toBe(1);
  });
});
