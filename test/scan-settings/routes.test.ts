import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { AppError } from '../../src/http/errors.ts';
import { defaultPolicy } from '../../src/scan/policy.ts';
import { getScanSettings, updateScanSettings } from '../../src/scan-settings/service.ts';
import { organizationScanSettings } from '../../src/scan-settings/tables.ts';
import { expectNoCanariesInAuditLog } from '../support/audit.ts';
import { call, signedInUser } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganization, createTeam } from '../support/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

/** Staff names no lexicon or other test holds, so finding one in a log means it leaked. */
const STAFF = 'Thaddeus Quillfeather';
const AGENCY = 'Brindlemoor Juvenile Court';

const allLabels = [...defaultPolicy.block, ...defaultPolicy.warn];
const stricter = {
  block: allLabels,
  warn: [],
  threshold: 0.6,
};

async function adminOfNewOrg() {
  const org = await createOrganization(ctx.deps.db);
  const admin = await signedInUser(ctx, { role: 'admin', organizationId: org.id });
  return { org, admin };
}

const getSettings = (cookie: string) => call(ctx, 'GET', '/api/scan-settings', undefined, cookie);
const putSettings = (cookie: string, body: unknown) => call(ctx, 'PUT', '/api/scan-settings', body, cookie);

const policyChanges = (organizationId: string) =>
  ctx.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.organizationId, organizationId), eq(auditLog.action, 'policy.change')));

describe('GET /api/scan-settings', () => {
  it('returns the documented default policy and an empty allow list until the organization sets one', async () => {
    const { org, admin } = await adminOfNewOrg();
    const res = await getSettings(admin.cookie);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      policy: {
        block: ['PERSON', 'LOCATION', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'ID', 'URL', 'IP'],
        warn: ['ORGANIZATION'],
        threshold: 0.5,
      },
      allowList: [],
      isDefault: true,
      updatedBy: null,
      updatedAt: null,
    });
    const [read] = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organizationId, org.id), eq(auditLog.action, 'policy.read')));
    expect(read).toMatchObject({ outcome: 'success', actorId: admin.user.id, targetId: org.id });
  });
});

describe('PUT /api/scan-settings', () => {
  it('stores the policy and allow list, reads them back, and logs the change with labels and counts only', async () => {
    const { org, admin } = await adminOfNewOrg();
    const res = await putSettings(admin.cookie, {
      policy: stricter,
      allowList: [` ${STAFF} `, AGENCY, STAFF.toUpperCase()],
    });
    expect(res.status).toBe(200);
    const saved = await res.json();
    // Trimmed, and a case-insensitive duplicate dropped (the scanner ignores case anyway).
    expect(saved).toMatchObject({ policy: stricter, allowList: [STAFF, AGENCY], isDefault: false });
    expect(saved.updatedBy).toBe(admin.user.id);

    const back = await (await getSettings(admin.cookie)).json();
    expect(back).toEqual(saved);
    expect(await getScanSettings(ctx.deps.db, org.id)).toEqual(saved);

    const [change] = await policyChanges(org.id);
    expect(change).toMatchObject({ outcome: 'success', actorId: admin.user.id, targetType: 'organization' });
    expect(change!.detail).toEqual({
      settings: 'scan',
      policy: {
        blockAdded: ['ORGANIZATION'],
        warnRemoved: ['ORGANIZATION'],
        threshold: { from: 0.5, to: 0.6 },
      },
      allowList: { before: 0, after: 2, added: 2, removed: 0 },
    });
    await expectNoCanariesInAuditLog(ctx.deps.db, org.id, [STAFF, AGENCY, 'Quillfeather', 'Brindlemoor']);
    expect(ctx.logs.join('\n')).not.toMatch(/quillfeather|brindlemoor/i);
  });

  it('changes only what the body names: an allow list alone keeps the policy, a policy alone keeps the list', async () => {
    const { admin } = await adminOfNewOrg();
    await putSettings(admin.cookie, { policy: stricter });
    const listOnly = await (await putSettings(admin.cookie, { allowList: [AGENCY] })).json();
    expect(listOnly).toMatchObject({ policy: stricter, allowList: [AGENCY] });
    const policyOnly = await (await putSettings(admin.cookie, { policy: defaultPolicy })).json();
    expect(policyOnly).toMatchObject({ policy: defaultPolicy, allowList: [AGENCY] });
    const cleared = await (await putSettings(admin.cookie, { allowList: [] })).json();
    expect(cleared.allowList).toEqual([]);
  });

  const withPolicy = (change: Partial<typeof defaultPolicy>) => ({ policy: { ...defaultPolicy, ...change } });
  const invalid: [string, unknown, RegExp][] = [
    ['an empty body', {}, /give policy, allowList or both/],
    ['an unknown field', { allowList: [], extra: true }, /\(body\): unknown field$/],
    [
      'an unknown label',
      withPolicy({ block: [...defaultPolicy.block, 'NAME' as 'PERSON'] }),
      /policy\.block/,
    ],
    ['a threshold above 1', withPolicy({ threshold: 1.5 }), /policy\.threshold/],
    ['a negative threshold', withPolicy({ threshold: -0.1 }), /policy\.threshold/],
    [
      'PERSON taken out of block',
      withPolicy({
        block: defaultPolicy.block.filter((l) => l !== 'PERSON'),
        warn: ['ORGANIZATION', 'PERSON'],
      }),
      /PERSON must stay in block: QA Vault always refuses files that name people or places/,
    ],
    [
      'LOCATION and PERSON both taken out of block',
      withPolicy({
        block: ['DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'ID', 'URL', 'IP'],
        warn: ['ORGANIZATION', 'PERSON', 'LOCATION'],
      }),
      /PERSON and LOCATION must stay in block/,
    ],
    [
      'a label in both lists',
      withPolicy({ warn: ['ORGANIZATION', 'PHONE'] }),
      /in both block and warn: PHONE/,
    ],
    ['a label in neither list', withPolicy({ warn: [] }), /missing: ORGANIZATION/],
    ['a label listed twice', withPolicy({ block: [...defaultPolicy.block, 'DATE'] }), /lists a label twice/],
    [
      'a policy without a threshold',
      { policy: { block: defaultPolicy.block, warn: defaultPolicy.warn } },
      /threshold/,
    ],
    [
      '1001 allow-list entries',
      { allowList: Array.from({ length: 1001 }, (_, i) => `Staff ${i}`) },
      /at most 1000/,
    ],
    ['an entry of 201 characters', { allowList: [`${STAFF} ${'x'.repeat(201)}`] }, /at most 200 characters/],
    ['an empty entry', { allowList: ['   '] }, /must not be empty/],
    ['an entry with a control character', { allowList: [`${STAFF}\u0007`] }, /control characters/],
    ['an allow list that is not an array', { allowList: STAFF }, /allowList/],
  ];
  for (const [what, body, message] of invalid) {
    it(`refuses ${what} with 400 and changes nothing`, async () => {
      const { org, admin } = await adminOfNewOrg();
      await putSettings(admin.cookie, { allowList: [AGENCY] });
      const before = await getScanSettings(ctx.deps.db, org.id);
      const res = await putSettings(admin.cookie, body);
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.message).toMatch(message);
      // The message names the rule, never the entry.
      expect(error.message).not.toMatch(/quillfeather/i);
      expect(await getScanSettings(ctx.deps.db, org.id)).toEqual(before);
      expect(await policyChanges(org.id)).toHaveLength(1);
    });
  }

  it('accepts exactly 1000 entries of 200 characters', async () => {
    const { admin } = await adminOfNewOrg();
    const entries = Array.from({ length: 1000 }, (_, i) => `${i}`.padStart(200, 'x'));
    const res = await putSettings(admin.cookie, { allowList: entries });
    expect(res.status).toBe(200);
    expect((await res.json()).allowList).toHaveLength(1000);
  });

  it('refuses invalid settings from callers that are not routes too', async () => {
    const { org } = await adminOfNewOrg();
    const attempt = updateScanSettings(ctx.deps.db, {
      organizationId: org.id,
      actorId: null,
      change: { policy: { ...defaultPolicy, block: ['DATE'], warn: [] } },
      audit: { at: ctx.clock.now(), actorRole: 'system', organizationId: org.id },
    });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toThrow(/PERSON and LOCATION must stay in block/);
    expect(
      await ctx.deps.db
        .select()
        .from(organizationScanSettings)
        .where(eq(organizationScanSettings.organizationId, org.id)),
    ).toEqual([]);
  });
});

describe('who may read and change scan settings', () => {
  for (const role of ['therapist', 'supervisor', 'consultant'] as const) {
    it(`refuses a ${role} with 403 and logs the attempt as denied`, async () => {
      const org = await createOrganization(ctx.deps.db);
      const team = await createTeam(ctx.deps.db, org.id);
      const user = await signedInUser(ctx, { role, organizationId: org.id, teamIds: [team.id] });
      expect((await getSettings(user.cookie)).status).toBe(403);
      expect((await putSettings(user.cookie, { allowList: [STAFF] })).status).toBe(403);
      expect((await getScanSettings(ctx.deps.db, org.id)).isDefault).toBe(true);
      const denied = await ctx.deps.db
        .select({ action: auditLog.action, outcome: auditLog.outcome })
        .from(auditLog)
        .where(and(eq(auditLog.organizationId, org.id), eq(auditLog.actorId, user.user.id)));
      expect(denied).toEqual(
        expect.arrayContaining([
          { action: 'policy.read', outcome: 'denied' },
          { action: 'policy.change', outcome: 'denied' },
        ]),
      );
    });
  }

  it("keeps each organization's settings to its own admins", async () => {
    const a = await adminOfNewOrg();
    const b = await adminOfNewOrg();
    await putSettings(a.admin.cookie, { policy: stricter, allowList: [STAFF] });
    const seenByB = await (await getSettings(b.admin.cookie)).json();
    expect(seenByB).toMatchObject({ isDefault: true, allowList: [] });
    await putSettings(b.admin.cookie, { allowList: [AGENCY] });
    expect(await getScanSettings(ctx.deps.db, a.org.id)).toMatchObject({
      policy: stricter,
      allowList: [STAFF],
    });
    expect(await getScanSettings(ctx.deps.db, b.org.id)).toMatchObject({
      policy: defaultPolicy,
      allowList: [AGENCY],
    });
    // B's change is in B's log, not A's.
    expect(await policyChanges(a.org.id)).toHaveLength(1);
    expect(await policyChanges(b.org.id)).toHaveLength(1);
  });

  it('refuses anonymous callers with 401', async () => {
    expect((await call(ctx, 'GET', '/api/scan-settings')).status).toBe(401);
    expect((await call(ctx, 'PUT', '/api/scan-settings', { allowList: [] })).status).toBe(401);
  });
});
