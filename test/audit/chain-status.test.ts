import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/append.ts';
import { readChainStatus } from '../../src/audit/chain-status.ts';
import { writeAuditCheckpoint } from '../../src/audit/checkpoint.ts';
import { chainPendingEntries } from '../../src/audit/sequencer.ts';
import { keyRingAuditSigner } from '../../src/audit/signer.ts';
import { createTestAuditSigner } from '../support/audit.ts';
import { call, signedInUser } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { openScratchDatabase } from '../support/database.ts';
import { createOrganization } from '../support/factories.ts';

// Checkpoints cover the whole log, so this file has a log of its own.
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({}, { database: await openScratchDatabase() });
});
afterAll(() => ctx.close());

describe('GET /api/audit/chain', () => {
  it('reports no checkpoint before the first one, then the latest one as verified', async () => {
    const org = await createOrganization(ctx.deps.db);
    const { cookie } = await signedInUser(ctx, { role: 'admin', organizationId: org.id });
    const before = await (await call(ctx, 'GET', '/api/audit/chain', undefined, cookie)).json();
    expect(before.checkpoint).toBeNull();
    // Signing in was recorded: chained already or waiting for the sequencer.
    expect(before.headSeq + before.pending).toBeGreaterThan(0);

    const signer = keyRingAuditSigner(ctx.deps.vault.keys);
    const { checkpoint } = await writeAuditCheckpoint(ctx.deps.db, { signer, at: ctx.clock.now() });
    await appendAudit(ctx.deps.db, {
      at: ctx.clock.now(),
      actorRole: 'system',
      action: 'key.status',
      outcome: 'success',
    });
    const pending = await (await call(ctx, 'GET', '/api/audit/chain', undefined, cookie)).json();
    expect(pending).toMatchObject({ headSeq: checkpoint.seq, pending: 1, checkpoint: { entriesSince: 1 } });
    await chainPendingEntries(ctx.deps.db);
    const res = await call(ctx, 'GET', '/api/audit/chain', undefined, cookie);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      headSeq: checkpoint.seq + 1,
      pending: 0,
      checkpoint: { seq: checkpoint.seq, verified: true, entriesSince: 1, at: checkpoint.at.toISOString() },
    });
  });

  it('reports a checkpoint as not verified when its signature does not check under the key ring', async () => {
    const stranger = await createTestAuditSigner();
    const status = await readChainStatus(ctx.deps.db, stranger);
    expect(status.checkpoint?.verified).toBe(false);
  });
});

describe('GET /api/vault/keys', () => {
  it('lists key ids and data-key counts, never key material', async () => {
    const org = await createOrganization(ctx.deps.db);
    const { cookie } = await signedInUser(ctx, { role: 'admin', organizationId: org.id });
    const res = await call(ctx, 'GET', '/api/vault/keys', undefined, cookie);
    expect(res.status).toBe(200);
    const body = await res.json();
    const active = ctx.deps.vault.keys.activeKeyId();
    expect(body.activeKeyId).toBe(active);
    expect(body.keys).toContainEqual({ id: active, active: true, dataKeys: expect.any(Number) });
    expect(Object.keys(body.keys[0]).sort()).toEqual(['active', 'dataKeys', 'id']);
  });
});
