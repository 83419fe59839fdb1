import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRosterEntries } from '../../src/rosters/service.ts';
import { defaultPolicy } from '../../src/scan/policy.ts';
import { call, signedInUser } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { expectNothingStored, postUpload, teamWithUser, uploadForm, uploadRow } from '../support/uploads.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const CLEAN = 'The session reviewed the weekly routine and the homework plan.';
const STAFF = 'Dana Whitfield';
const WITH_STAFF = `${CLEAN}\nSupervisor ${STAFF} reviewed the weekly routine with the therapist.\n`;
const AGENCY = 'Brindlemoor Juvenile Court';
const WITH_AGENCY = `${CLEAN}\nThe family was referred by the ${AGENCY} last spring.\n`;
const WITH_PHONE = `${CLEAN}\nCall the program office at 555-867-5309 to schedule.\n`;

/** A therapist on a team of a new organization, and that organization's admin. */
async function program() {
  const who = await teamWithUser(ctx);
  const admin = await signedInUser(ctx, { role: 'admin', organizationId: who.org.id });
  const settings = async (body: unknown) => {
    const res = await call(ctx, 'PUT', '/api/scan-settings', body, admin.cookie);
    expect(res.status).toBe(200);
  };
  const upload = (text: string) =>
    postUpload(ctx, who.cookie, uploadForm({ kind: 'paperwork', file: { bytes: text } }));
  return { ...who, admin, settings, upload };
}

describe('uploads under the organization’s scan settings', () => {
  it('accepts a document naming allow-listed staff and a public agency, which the default refuses', async () => {
    const p = await program();
    const refused = await p.upload(WITH_STAFF);
    expect(refused.status).toBe(422);
    const { error } = await refused.json();
    expect(error.findings).toEqual([expect.objectContaining({ label: 'PERSON', action: 'block' })]);
    expect((await p.upload(WITH_AGENCY)).status).toBe(422);

    await p.settings({ allowList: [STAFF, AGENCY] });
    for (const text of [WITH_STAFF, WITH_AGENCY]) {
      const res = await p.upload(text);
      expect(res.status).toBe(201);
      const body = await res.json();
      // Accepted uploads carry no report: allowed findings are not stored, so nothing shows them.
      expect(body).toMatchObject({ status: 'accepted', findingCounts: null });
      expect(body.findings).toBeUndefined();
    }
  });

  it('still rejects a roster name that is also on the allow list', async () => {
    const p = await program();
    await addRosterEntries(ctx.deps.vault, ctx.deps.db, {
      teamId: p.team.id,
      people: [STAFF],
      places: [],
      actorId: p.user.id,
      now: ctx.clock.now(),
      audit: { at: ctx.clock.now(), actorRole: 'system', organizationId: p.org.id },
    });
    await p.settings({ allowList: [STAFF] });
    const res = await p.upload(WITH_STAFF);
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe('UPLOAD_REJECTED');
    expect(error.findings).toEqual([
      expect.objectContaining({ label: 'PERSON', detector: 'roster', action: 'block' }),
    ]);
    expect(JSON.stringify(error)).not.toContain('Whitfield');
    await expectNothingStored(ctx, error.id);
  });

  it('accepts a document whose only finding has a warn-only label', async () => {
    const p = await program();
    expect((await p.upload(WITH_PHONE)).status).toBe(422);
    await p.settings({
      policy: {
        block: defaultPolicy.block.filter((l) => l !== 'PHONE'),
        warn: [...defaultPolicy.warn, 'PHONE'],
        threshold: defaultPolicy.threshold,
      },
    });
    const res = await p.upload(WITH_PHONE);
    expect(res.status).toBe(201);
    const body = await res.json();
    // A warning does not stop the upload; only its count is kept, never the phone number.
    expect(body).toMatchObject({ status: 'accepted' });
    expect((await uploadRow(ctx, body.id)).status).toBe('accepted');
    expect(JSON.stringify(body)).not.toContain('867-5309');
  });

  it("ignores detections scoring below the organization's threshold", async () => {
    const p = await program();
    // A phone number pattern scores 0.95: reported at the default 0.5, below a threshold of 0.99.
    await p.settings({ policy: { ...defaultPolicy, threshold: 0.99 } });
    const res = await p.upload(WITH_PHONE);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'accepted', findingCounts: null });
    expect((await uploadRow(ctx, body.id)).status).toBe('accepted');
  });

  it("does not apply another organization's allow list", async () => {
    const mine = await program();
    const theirs = await program();
    await theirs.settings({ allowList: [STAFF] });
    const accepted = await theirs.upload(WITH_STAFF);
    expect(accepted.status).toBe(201);
    expect(await accepted.json()).toMatchObject({ status: 'accepted', findingCounts: null });
    const refused = await mine.upload(WITH_STAFF);
    expect(refused.status).toBe(422);
    const { error } = await refused.json();
    expect(error.findings).toEqual([expect.objectContaining({ label: 'PERSON', action: 'block' })]);
    await expectNothingStored(ctx, error.id);
  });
});
