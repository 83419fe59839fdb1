import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditAction, AuditOutcome } from '../../src/audit/actions.ts';
import { appendAudit } from '../../src/audit/append.ts';
import { chainPendingEntries } from '../../src/audit/sequencer.ts';
import { auditLog } from '../../src/audit/tables.ts';
import { verifyAuditExport } from '../../src/audit/verify-export.ts';
import { expectNoCanariesInAuditLog } from '../support/audit.ts';
import { type SignedIn, signedInUser } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganization, createTeam, createUser } from '../support/factories.ts';

let ctx: TestContext;
let orgId: string;
let admin: SignedIn;
let therapistId: string;
let supervisorId: string;
let teamA: string;
let teamB: string;
const target1 = crypto.randomUUID();
const target2 = crypto.randomUUID();
/** Insertion id of each seeded entry, by name (the list's order and cursor). */
const seeded: Record<string, number> = {};

const get = (path: string, cookie?: string) => ctx.app.request(path, { headers: cookie ? { cookie } : {} });

async function seed(
  name: string,
  e: {
    actorId?: string;
    action: AuditAction;
    targetId?: string;
    teamId?: string;
    outcome: AuditOutcome;
    at: string;
  },
  extra: {
    userAgent?: string;
    clientIp?: string;
    detail?: Record<string, unknown>;
    organizationId?: string;
  } = {},
) {
  const row = await appendAudit(ctx.deps.db, {
    organizationId: orgId,
    actorRole: 'therapist',
    targetType: 'upload',
    ...e,
    ...extra,
    at: new Date(e.at),
  });
  seeded[name] = row.id;
}

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = (await createOrganization(ctx.deps.db)).id;
  teamA = (await createTeam(ctx.deps.db, orgId)).id;
  teamB = (await createTeam(ctx.deps.db, orgId)).id;
  admin = await signedInUser(ctx, { role: 'admin', organizationId: orgId });
  therapistId = (
    await createUser(ctx.deps.db, { organizationId: orgId, role: 'therapist', teamIds: [teamA] })
  ).id;
  supervisorId = (
    await createUser(ctx.deps.db, { organizationId: orgId, role: 'supervisor', teamIds: [teamA] })
  ).id;
  const t = therapistId;
  await seed('view', {
    actorId: t,
    action: 'upload.view',
    targetId: target1,
    teamId: teamA,
    outcome: 'success',
    at: '2025-12-01T10:00:00Z',
  });
  await seed('stream', {
    actorId: supervisorId,
    action: 'content.stream',
    targetId: target1,
    teamId: teamA,
    outcome: 'denied',
    at: '2025-12-02T10:00:00Z',
  });
  await seed('delete', {
    actorId: t,
    action: 'upload.delete',
    targetId: target2,
    teamId: teamB,
    outcome: 'failure',
    at: '2025-12-03T10:00:00Z',
  });
  await seed('view2', {
    actorId: t,
    action: 'upload.view',
    targetId: target2,
    teamId: teamB,
    outcome: 'success',
    at: '2025-12-04T10:00:00Z',
  });
  await seed(
    'hostile',
    {
      actorId: t,
      action: 'upload.view',
      targetId: target2,
      teamId: teamB,
      outcome: 'success',
      at: '2025-12-05T10:00:00Z',
    },
    { userAgent: '=HYPERLINK("http://evil.example","x")', clientIp: '+1-555', detail: { note: 'a,"b"\nc' } },
  );
  // Another organization's entry, interleaved in the same chain.
  const other = await createOrganization(ctx.deps.db);
  await seed(
    'foreign',
    { action: 'upload.view', targetId: target1, outcome: 'success', at: '2025-12-02T12:00:00Z' },
    {
      organizationId: other.id,
    },
  );
  // What the running service's sequencer would do within a second.
  await chainPendingEntries(ctx.deps.db, { wait: true });
});
afterAll(() => ctx.close());

interface Page {
  entries: {
    id: number;
    seq: number | null;
    organizationId: string;
    action: string;
    hash: string;
    prevHash: string;
  }[];
  nextCursor: string | null;
}

async function page(query: string, cookie = admin.cookie): Promise<Page> {
  const res = await get(`/api/audit?${query}`, cookie);
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
}

const ids = (p: Page) => p.entries.map((e) => e.id);

describe('GET /api/audit', () => {
  it("lists the organization's entries newest first, with chain hashes, and nothing of another organization", async () => {
    const body = await page('limit=500');
    expect(body.entries.length).toBeGreaterThanOrEqual(5);
    expect(ids(body)).toEqual([...ids(body)].sort((a, b) => b - a));
    expect(body.entries.every((e) => e.organizationId === orgId)).toBe(true);
    expect(ids(body)).not.toContain(seeded.foreign);
    expect(body.entries.find((e) => e.id === seeded.view)).toMatchObject({
      action: 'upload.view',
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('pages through every matching entry exactly once, following nextCursor', async () => {
    const collected: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const body: Page = await page(`actor=${therapistId}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      collected.push(...ids(body));
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    expect(collected).toEqual([seeded.hostile, seeded.view2, seeded.delete, seeded.view]);
  });

  it('narrows by actor, action, target, team, outcome and time range', async () => {
    const cases: [string, number[]][] = [
      [`actor=${supervisorId}`, [seeded.stream!]],
      [`actor=${therapistId}&action=upload.delete`, [seeded.delete!]],
      [`target=${target1}`, [seeded.stream!, seeded.view!]],
      [`team=${teamB}&outcome=success`, [seeded.hostile!, seeded.view2!]],
      [`outcome=denied&action=content.stream`, [seeded.stream!]],
      [`from=2025-12-02&to=2025-12-04T10:00:00Z`, [seeded.delete!, seeded.stream!]],
      [`from=2025-12-04T10:00:00.000Z&to=2025-12-05`, [seeded.view2!]],
    ];
    for (const [query, expected] of cases) expect(ids(await page(query)), query).toEqual(expected);
  });

  it('records each read as audit.read with its filters, in the same transaction as the page', async () => {
    const res = await get(`/api/audit?team=${teamA}&limit=1`, admin.cookie);
    expect(res.status).toBe(200);
    const requestId = res.headers.get('x-request-id');
    const [entry] = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organizationId, orgId), eq(auditLog.requestId, requestId!)));
    expect(entry).toMatchObject({
      action: 'audit.read',
      actorId: admin.user.id,
      actorRole: 'admin',
      outcome: 'success',
      targetType: 'audit_log',
      detail: { filter: { teamId: teamA }, cursor: null, returned: 1 },
    });
  });

  it('answers 400 naming the parameter for bad input, and records no read', async () => {
    const before = await countOf('audit.read');
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['limit=ten', 'limit'],
      ['cursor=abc', 'cursor'],
      ['cursor=-5', 'cursor'],
      ['from=yesterday', 'from'],
      ['from=2026-01-02&to=2026-01-01', 'to'],
      ['action=upload.rename', 'action'],
      ['actor=not-a-uuid', 'actor'],
      ['outcome=maybe', 'outcome'],
      [`target=${'x'.repeat(201)}`, 'target'],
    ]) {
      const res = await get(`/api/audit?${query}`, admin.cookie);
      expect(res.status, query).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.message).toContain(field);
    }
    expect(await countOf('audit.read')).toBe(before);
  });

  it('does not record a target filter that is not an id (it could be a file name)', async () => {
    const canary = 'Smith family session 3.mp3';
    expect((await page(`target=${encodeURIComponent(canary)}`)).entries).toEqual([]);
    await expectNoCanariesInAuditLog(ctx.deps.db, orgId, [canary, 'Smith family']);
  });
});

async function countOf(action: AuditAction) {
  const rows = await ctx.deps.db
    .select({ seq: auditLog.seq })
    .from(auditLog)
    .where(and(eq(auditLog.organizationId, orgId), eq(auditLog.action, action)));
  return rows.length;
}

describe('who may read the access log', () => {
  it('answers 401 without a session', async () => {
    expect((await get('/api/audit')).status).toBe(401);
    expect((await get('/api/audit/export')).status).toBe(401);
  });

  it('refuses therapists, supervisors and consultants with 403 and records each attempt as denied', async () => {
    for (const role of ['therapist', 'supervisor', 'consultant'] as const) {
      const user = await signedInUser(ctx, { role, organizationId: orgId, teamIds: [teamA] });
      for (const [path, action] of [
        ['/api/audit', 'audit.read'],
        ['/api/audit/export?format=csv', 'audit.export'],
      ] as const) {
        const res = await get(path, user.cookie);
        expect(res.status, `${role} ${path}`).toBe(403);
        const denied = await ctx.deps.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.actorId, user.user.id), eq(auditLog.action, action)));
        expect(denied).toMatchObject([{ outcome: 'denied', actorRole: role }]);
      }
    }
  });

  it("shows an administrator only their own organization's entries", async () => {
    const otherAdmin = await signedInUser(ctx, { role: 'admin' });
    const body = await page(`target=${target1}`, otherAdmin.cookie);
    expect(body.entries).toEqual([]);
  });
});

describe('GET /api/audit/export', () => {
  async function download(query: string) {
    const res = await get(`/api/audit/export?${query}`, admin.cookie);
    expect(res.status).toBe(200);
    return { res, text: await res.text() };
  }

  it('streams JSON Lines oldest first that verify offline, and records the export', async () => {
    const { res, text } = await download('format=jsonl');
    expect(res.headers.get('content-type')).toMatch(/^application\/jsonl/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="access-log-.*\.jsonl"$/);
    const lines = text.trimEnd().split('\n');
    const end = JSON.parse(lines.at(-1)!);
    const entries = lines.slice(0, -1).map((l) => JSON.parse(l));
    expect(end).toEqual({
      end: { entries: entries.length, throughSeq: expect.any(Number), contiguous: false, complete: false },
    });
    expect(entries.every((e) => e.organizationId === orgId)).toBe(true);
    expect(entries.map((e) => e.seq)).toEqual([...entries.map((e) => e.seq)].sort((a, b) => a - b));
    expect(entries.at(-1)).toMatchObject({
      action: 'audit.export',
      actorId: admin.user.id,
      detail: { format: 'jsonl' },
    });
    const report = await verifyAuditExport(lines);
    expect(report).toMatchObject({ ok: true, entries: entries.length, checkpoints: { matched: 0 } });
    // The other organization's entry sits between two of ours: the file is not one run.
    expect(report.runs).toBeGreaterThan(1);
  });

  it('applies the same filters', async () => {
    const { text } = await download(`format=jsonl&team=${teamB}&outcome=success`);
    const got = text
      .trimEnd()
      .split('\n')
      .slice(0, -1)
      .map((l) => JSON.parse(l).at);
    // The two seeded entries of team B that succeeded (an export shows seqs; `seeded` holds ids).
    expect(got).toEqual(['2025-12-04T10:00:00.000Z', '2025-12-05T10:00:00.000Z']);
  });

  it('streams CSV with a header, RFC 4180 quoting and spreadsheet formulas neutralized', async () => {
    const { res, text } = await download(`format=csv&target=${target2}&team=${teamB}&outcome=success`);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, , hostile] = text.split('\r\n');
    expect(header).toBe(
      'seq,at,organization_id,actor_id,actor_role,action,target_type,target_id,team_id,outcome,client_ip,user_agent,request_id,detail,prev_hash,hash',
    );
    expect(hostile).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(hostile).toContain(",'+1-555,");
    expect(hostile).toContain('"{""note"":""a,\\""b\\""\\nc""}"');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('answers 400 for an unknown format', async () => {
    const res = await get('/api/audit/export?format=xml', admin.cookie);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('format');
  });
});
