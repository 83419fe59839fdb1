import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { startUpload } from '../../src/uploads/transitions.ts';
import { signedInUser } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganization, createTeam, createUser } from '../support/factories.ts';

/**
 * An id of another organization must be indistinguishable from an id that does not exist: the same
 * answer, and nothing in the caller's access log that a random id would not leave — above all none
 * of the other organization's ids.
 */

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const entriesOf = (actorId: string) =>
  ctx.deps.db.select().from(auditLog).where(eq(auditLog.actorId, actorId));

describe("another organization's ids", () => {
  it('answers an upload of another organization exactly as a random id, logging nothing of it', async () => {
    const theirs = await createOrganization(ctx.deps.db);
    const theirTeam = await createTeam(ctx.deps.db, theirs.id);
    const owner = await createUser(ctx.deps.db, {
      organizationId: theirs.id,
      role: 'therapist',
      teamIds: [theirTeam.id],
    });
    const foreignUpload = await startUpload(ctx.deps.db, {
      organizationId: theirs.id,
      ownerId: owner.id,
      now: ctx.clock.now(),
    });
    const ours = await createOrganization(ctx.deps.db);
    const admin = await signedInUser(ctx, { role: 'admin', organizationId: ours.id });
    const answer = async (id: string) => {
      const before = (await entriesOf(admin.user.id)).length;
      const res = await ctx.app.request(`/api/uploads/${id}`, { headers: { cookie: admin.cookie } });
      const body = await res.json();
      return {
        status: res.status,
        code: body.error.code,
        message: body.error.message,
        newEntries: (await entriesOf(admin.user.id)).length - before,
      };
    };
    const foreign = await answer(foreignUpload);
    const random = await answer(crypto.randomUUID());
    expect(foreign).toEqual(random);
    expect(foreign.status).toBe(404);
    const log = JSON.stringify(await entriesOf(admin.user.id));
    expect(log).not.toContain(theirTeam.id);
    expect(log).not.toContain(foreignUpload);
    expect(log).not.toContain(theirs.id);
  });
});
