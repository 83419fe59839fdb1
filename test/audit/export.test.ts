import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/append.ts';
import { writeAuditCheckpoint } from '../../src/audit/checkpoint.ts';
import { openAuditExport } from '../../src/audit/export.ts';
import { csvField } from '../../src/audit/export-format.ts';
import { chainPendingEntries } from '../../src/audit/sequencer.ts';
import type { AuditSigner } from '../../src/audit/signer.ts';
import { verifyAuditExport } from '../../src/audit/verify-export.ts';
import type { Database } from '../../src/db/client.ts';
import { createTestAuditSigner } from '../support/audit.ts';
import { openScratchDatabase } from '../support/database.ts';
import { createOrganization } from '../support/factories.ts';

// A complete export is the whole chain: a database of its own, so the test knows what that is.
let database: Database;
let signer: AuditSigner;
let orgA: string;
beforeAll(async () => {
  database = await openScratchDatabase();
  signer = await createTestAuditSigner();
  orgA = (await createOrganization(database.db)).id;
  const orgB = (await createOrganization(database.db)).id;
  const at = new Date('2026-03-01T08:00:00Z');
  for (let i = 0; i < 7; i++) {
    await appendAudit(database.db, {
      at,
      organizationId: i % 2 ? orgB : orgA,
      actorRole: 'admin',
      action: 'user.update',
      outcome: 'success',
      detail: { i },
    });
    if (i === 3) await writeAuditCheckpoint(database.db, { signer, at });
  }
  await chainPendingEntries(database.db);
});
afterAll(() => database.close());

async function exportLines(filter = {}, batchSize = 3): Promise<string[]> {
  const stream = await openAuditExport(database.db, { filter, format: 'jsonl', batchSize });
  return (await new Response(stream).text()).trimEnd().split('\n');
}

describe('JSON Lines export', () => {
  it('verifies end to end when unfiltered: one chain from genesis, checkpoints and their MACs included', async () => {
    const lines = await exportLines();
    const report = await verifyAuditExport(lines, { signer });
    expect(report).toMatchObject({
      ok: true,
      entries: 8,
      firstSeq: 1,
      runs: 1,
      startsAtGenesis: true,
      checkpoints: { matched: 1, macChecked: true },
      end: { entries: 8, throughSeq: 8, contiguous: true, complete: true },
    });
    expect(JSON.parse(lines[5]!)).toEqual({ checkpoint: expect.objectContaining({ seq: 5 }) });
  });

  it("verifies an organization's export stretch by stretch", async () => {
    const report = await verifyAuditExport(await exportLines({ organizationId: orgA }));
    expect(report).toMatchObject({
      ok: true,
      entries: 4,
      runs: 4,
      end: { contiguous: false, complete: false },
    });
  });

  it('ends with an end line even when nothing matches, or the batch size divides the count', async () => {
    expect(await exportLines({ actorId: crypto.randomUUID() })).toEqual([
      JSON.stringify({ end: { entries: 0, throughSeq: 8, contiguous: false, complete: false } }),
    ]);
    expect((await verifyAuditExport(await exportLines({}, 4), { signer })).ok).toBe(true);
  });

  const tampered: [string, (lines: string[]) => string[], RegExp, number][] = [
    [
      'an edited entry',
      (l) => l.map((x, i) => (i === 2 ? x.replace('"i":2', '"i":9') : x)),
      /changed after it was written/,
      3,
    ],
    ['a removed entry', (l) => l.filter((_, i) => i !== 2), /seq 4 follows seq 2 in an unfiltered export/, 3],
    [
      'a removed entry of a filtered export',
      (l) =>
        l
          .filter((_, i) => i !== 2)
          .map((x) => x.replace('"contiguous":true,"complete":true', '"contiguous":false,"complete":false')),
      /end line counts 8 entries but the file holds 7/,
      9,
    ],
    [
      'entries removed from the end, count fixed up',
      (l) => [...l.slice(0, 6), l.at(-1)!.replace('"entries":8', '"entries":5')],
      /claims the whole chain through seq 8, but .* stops early/,
      7,
    ],
    ['two swapped entries', (l) => [l[0]!, l[2]!, l[1]!, ...l.slice(3)], /out of order/, 3],
    ['a file cut short', (l) => l.slice(0, 4), /without its end line/, 5],
    [
      'a forged checkpoint MAC',
      (l) => l.map((x) => x.replace(/"mac":"[0-9a-f]+"/, `"mac":"${'0'.repeat(64)}"`)),
      /no valid MAC/,
      6,
    ],
    ['a line that is not JSON', (l) => ['{"seq":', ...l], /not a JSON line/, 1],
  ];
  for (const [what, damage, message, line] of tampered) {
    it(`names the line of ${what}`, async () => {
      const report = await verifyAuditExport(damage(await exportLines()), { signer });
      expect(report.ok).toBe(false);
      expect(report.problem).toMatchObject({ line, message: expect.stringMatching(message) });
    });
  }
});

describe('CSV export', () => {
  it('has one line per entry plus the header, oldest first', async () => {
    const stream = await openAuditExport(database.db, {
      filter: { organizationId: orgA },
      format: 'csv',
      batchSize: 3,
    });
    const rows = (await new Response(stream).text()).split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(5);
    expect(rows.slice(1).map((r) => Number(r.split(',')[0]))).toEqual([1, 3, 6, 8]);
  });

  it('quotes separators and neutralizes anything a spreadsheet would evaluate', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(42)).toBe('42');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '|cmd', '%x']) {
      expect(csvField(formula).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  });
});
