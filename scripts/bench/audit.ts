/**
 * Access-log speed and memory: `node --expose-gc scripts/bench/audit.ts [rows]` (default 200,000), on an
 * in-memory PGlite, or with DATABASE_URL on a throwaway database created next to that one (and
 * dropped). Prints append rates (one writer, 50 concurrent), then for the loaded log: full-chain
 * verification, unfiltered JSON Lines and one-organization CSV exports, and offline verification of
 * the export file — each with rows/s and the peak heap above the level before it started, which
 * should not grow with the row count (run it with two sizes to see).
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import { appendAudit, readChainHead } from '../../src/audit/append.ts';
import { entryHash, GENESIS_HASH } from '../../src/audit/chain.ts';
import { writeAuditCheckpoint } from '../../src/audit/checkpoint.ts';
import { openAuditExport } from '../../src/audit/export.ts';
import { keyRingAuditSigner } from '../../src/audit/signer.ts';
import { auditLog } from '../../src/audit/tables.ts';
import { verifyAuditChain } from '../../src/audit/verify-chain.ts';
import { verifyAuditExport } from '../../src/audit/verify-export.ts';
import type { Database } from '../../src/db/client.ts';
import { openPglite, openPostgres } from '../../src/db/open.ts';
import { organizations } from '../../src/orgs/tables.ts';
import { generateKekEntry, KeyRing } from '../../src/vault/key-ring.ts';

const ROWS = Number(process.argv[2] ?? 200_000);
const ORGS = 10;

async function openBenchDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openPglite();
    await database.migrate();
    return { database, drop: () => database.close() };
  }
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const name = `qa_vault_bench_${Date.now()}`;
  await admin.unsafe(`create database "${name}"`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openPostgres(target.toString(), 4);
  await database.migrate();
  return {
    database,
    async drop() {
      await database.close();
      await admin.unsafe(`drop database "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** Runs `work`, sampling the heap; returns the time and the peak above the heap before it began. */
async function measure(label: string, rows: number, work: () => Promise<unknown>) {
  globalThis.gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  // With --expose-gc each sample is taken after a collection, so it shows what is live, not garbage.
  const sampler = setInterval(() => {
    globalThis.gc?.();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 100);
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  clearInterval(sampler);
  const rate = Math.round(rows / (ms / 1000)).toLocaleString('en-US');
  console.log(
    `${label.padEnd(44)} ${(ms / 1000).toFixed(2).padStart(7)} s ${rate.padStart(11)} rows/s   peak live heap +${((peak - base) / 2 ** 20).toFixed(1)} MiB`,
  );
}

const { database, drop } = await openBenchDatabase();
const db = database.db;
const ring = await KeyRing.fromSpec({ active: 'bench', keys: [generateKekEntry('bench')] });
const signer = keyRingAuditSigner(ring);
const dir = await mkdtemp(join(tmpdir(), 'qa-vault-audit-bench-'));
try {
  console.log(`Access log on ${database.kind}, ${ROWS.toLocaleString('en-US')} rows\n`);
  const orgIds = (
    await db
      .insert(organizations)
      .values(Array.from({ length: ORGS }, (_, i) => ({ name: `Bench ${i}` })))
      .returning()
  ).map((o) => o.id);

  const entry = (i: number) => ({
    at: new Date(),
    organizationId: orgIds[i % ORGS]!,
    actorId: crypto.randomUUID(),
    actorRole: 'supervisor',
    action: 'content.stream' as const,
    targetType: 'upload',
    targetId: crypto.randomUUID(),
    teamId: crypto.randomUUID(),
    outcome: 'success' as const,
    clientIp: '203.0.113.7',
    userAgent: 'Mozilla/5.0 (bench)',
    requestId: crypto.randomUUID(),
    detail: { playbackSession: i, rangeCount: 3 },
  });
  await measure('appendAudit, one writer', 1000, async () => {
    for (let i = 0; i < 1000; i++) await appendAudit(db, entry(i));
  });
  await measure('appendAudit, 50 concurrent writers', 1000, async () => {
    await Promise.all(
      Array.from({ length: 50 }, async (_, w) => {
        for (let i = 0; i < 20; i++) await appendAudit(db, entry(w * 20 + i));
      }),
    );
  });

  // Bulk load through the same hashing, far faster than one transaction per row.
  const load = async (count: number) => {
    const head = await readChainHead(db);
    let seq = head?.seq ?? 0;
    let prevHash = head?.hash ?? GENESIS_HASH;
    for (let done = 0; done < count; done += 1000) {
      const batch = [];
      for (let i = 0; i < Math.min(1000, count - done); i++) {
        const row = { ...entry(seq), seq: ++seq };
        const hash = entryHash(prevHash, row);
        batch.push({ ...row, prevHash, hash });
        prevHash = hash;
      }
      await db.insert(auditLog).values(batch);
    }
  };
  await measure('bulk load (hashing + insert), 2 checkpoints', ROWS, async () => {
    await load(ROWS / 2);
    await writeAuditCheckpoint(db, { signer, at: new Date() });
    await load(ROWS / 2);
    await writeAuditCheckpoint(db, { signer, at: new Date() });
  });
  const total = (await readChainHead(db))!.seq;

  await measure('verify the whole chain + checkpoints', total, async () => {
    const report = await verifyAuditChain(db, { signer });
    if (!report.ok) throw new Error(`bench chain broken: ${report.problem?.message}`);
  });
  const file = join(dir, 'export.jsonl');
  await measure('export JSON Lines, unfiltered, to a file', total, async () => {
    const stream = await openAuditExport(db, { filter: {}, format: 'jsonl' });
    await pipeline(Readable.fromWeb(stream as never), createWriteStream(file));
  });
  console.log(`${''.padEnd(44)} ${((await stat(file)).size / 2 ** 20).toFixed(0)} MiB written`);
  await measure('export CSV, one organization, discarded', total / ORGS, async () => {
    const stream = await openAuditExport(db, { filter: { organizationId: orgIds[0] }, format: 'csv' });
    for await (const _ of stream);
  });
  await measure('verify the export file offline (with MACs)', total, async () => {
    const handle = await open(file);
    const lines = createInterface({
      input: handle.createReadStream({ encoding: 'utf8' }),
      crlfDelay: Infinity,
    });
    const report = await verifyAuditExport(lines, { signer });
    await handle.close();
    if (!report.ok || !report.end?.complete)
      throw new Error(`export did not verify: ${report.problem?.message}`);
  });
} finally {
  await rm(dir, { recursive: true, force: true });
  await drop();
}
