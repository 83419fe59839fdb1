import { asc, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/append.ts';
import { entryHash, GENESIS_HASH } from '../../src/audit/chain.ts';
import { chainPendingEntries } from '../../src/audit/sequencer.ts';
import { auditLog, type ChainedAuditRow } from '../../src/audit/tables.ts';
import type { Database } from '../../src/db/client.ts';
import { openTestDatabase } from '../support/database.ts';
import { createOrganization } from '../support/factories.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('appendAudit', () => {
  it('links every entry to the one before it once chained, even with 50 concurrent writers', async () => {
    const org = await createOrganization(database.db);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        appendAudit(database.db, {
          at: new Date(),
          organizationId: org.id,
          actorRole: 'system',
          action: 'audit.checkpoint',
          outcome: 'success',
          detail: { writer: i },
        }),
      ),
    );
    await chainPendingEntries(database.db, { wait: true });
    const rows = (await database.db
      .select()
      .from(auditLog)
      .where(isNotNull(auditLog.seq))
      .orderBy(asc(auditLog.seq))) as ChainedAuditRow[];
    expect(rows.filter((r) => r.organizationId === org.id)).toHaveLength(50);
    let prev = rows[0]!.seq === 1 ? GENESIS_HASH : rows[0]!.prevHash;
    for (const [i, row] of rows.entries()) {
      if (i > 0) expect(row.seq).toBe(rows[i - 1]!.seq + 1);
      expect(row.prevHash).toBe(prev);
      const { hash, prevHash, id: _id, ...rest } = row;
      expect(entryHash(prevHash, rest)).toBe(hash);
      prev = hash;
    }
  });

  it('writes nothing when the surrounding transaction rolls back', async () => {
    const org = await createOrganization(database.db);
    await expect(
      database.db.transaction(async (tx) => {
        await appendAudit(tx as never, {
          at: new Date(),
          organizationId: org.id,
          actorRole: 'system',
          action: 'audit.checkpoint',
          outcome: 'success',
        });
        throw new Error('action failed');
      }),
    ).rejects.toThrow('action failed');
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.organizationId, org.id));
    expect(rows).toHaveLength(0);
  });
});
