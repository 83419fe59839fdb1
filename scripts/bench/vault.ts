/**
 * Vault throughput and memory: `node --expose-gc scripts/bench/vault.ts [--sizes 1,2] [--stores local,s3]`.
 *
 * For each store and size (GiB) it writes and reads the same synthetic bytes through the vault
 * (putObject / openObject with the SHA-256 check) and straight into the BlobStore (unencrypted), and
 * prints MB/s for both, their ratio (target >= 0.85), the CPU time both took, the peak RSS growth
 * (target <= 64 MiB) and the time to first byte of a 1 MiB ranged read at the end of the object.
 * Each measurement runs in a fresh child process, so one run's heap, garbage and allocator high-water
 * mark cannot flatter or burden the next. The S3 store is s3rver, started here on a free loopback port
 * as .ci/run does. First it compares the two SegmentCipher implementations on bare segments.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { openPglite, openPostgres } from '../../src/db/open.ts';
import { createJsonLogger } from '../../src/logger.ts';
import type { BlobStore } from '../../src/storage/blob-store.ts';
import { LocalBlobStore } from '../../src/storage/local-store.ts';
import { S3BlobStore } from '../../src/storage/s3-store.ts';
import { segmentAad, segmentNonce } from '../../src/vault/format.ts';
import { generateKekEntry, KeyRing } from '../../src/vault/key-ring.ts';
import { nodeCipher } from '../../src/vault/node-segment-cipher.ts';
import { openObject, putObject } from '../../src/vault/objects.ts';
import { type SegmentCipher, webCryptoCipher } from '../../src/vault/segment-cipher.ts';
import { createVault } from '../../src/vault/vault.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,2' },
    stores: { type: 'string', default: 'local,s3' },
    // Internal: one measurement, run by the parent in a child process.
    child: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const stores = values.stores.split(',');
const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(7);

/** Incompressible bytes in 256,000-byte chunks (not a multiple of the segment size, as uploads are not). */
function synthetic(size: number): ReadableStream<Uint8Array> {
  const pool = randomBytes(8 * MiB);
  const chunk = 256_000;
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      const n = Math.min(chunk, size - sent);
      const at = sent % (pool.length - chunk);
      controller.enqueue(pool.subarray(at, at + n));
      sent += n;
    },
  });
}

async function drain(stream: ReadableStream<Uint8Array>): Promise<number> {
  let n = 0;
  for await (const c of stream) n += c.length;
  return n;
}

/** Runs `work` while sampling RSS every 10 ms; returns its wall time, CPU time and peak RSS. */
async function measured<T>(
  work: () => Promise<T>,
): Promise<{ ms: number; cpuMs: number; peakRss: number; value: T }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, peakRss: peak, value };
  } finally {
    clearInterval(timer);
  }
}

async function timeToFirstByte(open: () => Promise<ReadableStream<Uint8Array>>): Promise<number> {
  const start = performance.now();
  const reader = (await open()).getReader();
  await reader.read();
  const ms = performance.now() - start;
  await reader.cancel();
  return ms;
}

async function cipherMicrobench() {
  const segment = randomBytes(64 * 1024);
  const total = 512 * MiB;
  const count = total / segment.length;
  const header = new Uint8Array(33);
  const objectId = new Uint8Array(16);
  const prefix = new Uint8Array(8);
  console.log('\nSegment crypto on bare 64 KiB segments (512 MiB, MB/s):');
  for (const cipher of [webCryptoCipher, nodeCipher] as SegmentCipher[]) {
    const key = await cipher.importKey(crypto.getRandomValues(new Uint8Array(32)));
    let start = performance.now();
    for (let i = 0; i < count; i += 4) {
      // Four in flight, as the stream pipeline keeps them.
      await Promise.all(
        [0, 1, 2, 3].map((j) =>
          cipher.seal(key, segmentNonce(prefix, i + j), segmentAad(header, objectId, i + j, false), segment),
        ),
      );
    }
    const seal = mbps(total, performance.now() - start);
    start = performance.now();
    const hash = cipher.createSha256();
    for (let i = 0; i < count; i++) hash.update(segment);
    hash.digest();
    const sha = mbps(total, performance.now() - start);
    console.log(`  ${cipher.name.padEnd(10)} AES-256-GCM seal ${fmt(seal)}   SHA-256 ${fmt(sha)}`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** s3rver in a child process, as .ci/run starts it (its listings need OpenSSL's legacy provider). */
async function startS3rver(dir: string): Promise<{ endpoint: string; child: ChildProcess }> {
  const port = await freePort();
  const bin = join(import.meta.dirname, '../../node_modules/s3rver/bin/s3rver.js');
  const child = spawn(process.execPath, [bin, '-d', dir, '-a', '127.0.0.1', '-p', String(port), '--silent'], {
    env: { ...process.env, NODE_OPTIONS: '--openssl-legacy-provider' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('listening') && resolve());
    child.once('exit', (code) => reject(new Error(`s3rver exited ${code}`)));
  });
  // Children inherit these; s3rver accepts any signature from its default account.
  process.env.AWS_ACCESS_KEY_ID ??= 'S3RVER';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'S3RVER';
  const endpoint = `http://127.0.0.1:${port}`;
  const store = new S3BlobStore({ bucket: 'bench', region: 'us-east-1', endpoint, forcePathStyle: true });
  await store.client.send(new CreateBucketCommand({ Bucket: 'bench' }));
  return { endpoint, child };
}

interface Measurement {
  writeMs: number;
  readMs: number;
  cpuMs: number;
  rssGrowth: number;
  ttfbMs: number;
}

/** One measurement in this (child) process: `mode` is plain, vault or vault-web. */
interface Job {
  store: string;
  gib: number;
  mode: string;
  dir: string;
  endpoint?: string;
  /** A throwaway database on the server at DATABASE_URL, made by the parent; else in-process PGlite. */
  databaseUrl?: string;
}

async function measureOnce(job: Job) {
  const blobs: BlobStore =
    job.store === 'local'
      ? new LocalBlobStore(join(job.dir, 'blobs'))
      : new S3BlobStore({
          bucket: 'bench',
          region: 'us-east-1',
          endpoint: job.endpoint,
          forcePathStyle: true,
        });
  const size = job.gib * GiB;
  const database =
    job.mode === 'plain'
      ? null
      : job.databaseUrl
        ? await openPostgres(job.databaseUrl, 2)
        : await openPglite();
  try {
    if (database?.kind === 'pglite') await database.migrate();
    const keys = await KeyRing.fromSpec({ active: 'bench', keys: [generateKekEntry('bench')] });
    const logger = createJsonLogger('warn', (l) => process.stderr.write(l));
    const cipher = job.mode === 'vault-web' ? webCryptoCipher : nodeCipher;
    const vault = createVault({ blobs, keys, logger, clock: { now: () => new Date() }, cipher });
    const db = database?.db;
    globalThis.gc?.();
    const baseline = process.memoryUsage.rss();
    let write: Awaited<ReturnType<typeof measured>>;
    let read: Awaited<ReturnType<typeof measured>>;
    let ttfbMs: number;
    if (db) {
      write = await measured(() => putObject(vault, db, { prefix: 'bench/', body: synthetic(size) }));
      const { objectId, blobKey } = write.value as Awaited<ReturnType<typeof putObject>>;
      read = await measured(async () => drain((await openObject(vault, db, objectId)).stream));
      if (read.value !== size) throw new Error('vault read returned the wrong size');
      ttfbMs = await timeToFirstByte(
        async () => (await openObject(vault, db, objectId, { start: size - MiB })).stream,
      );
      await blobs.delete(blobKey);
    } else {
      const key = `bench/plain-${crypto.randomUUID()}`;
      write = await measured(() => blobs.put(key, synthetic(size)));
      read = await measured(() => blobs.get(key).then(drain));
      ttfbMs = await timeToFirstByte(() => blobs.get(key, { start: size - MiB }));
      await blobs.delete(key);
    }
    const result: Measurement = {
      writeMs: write.ms,
      readMs: read.ms,
      cpuMs: write.cpuMs + read.cpuMs,
      rssGrowth: Math.max(write.peakRss, read.peakRss) - baseline,
      ttfbMs,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await database?.close();
  }
}

async function createBenchDatabase(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const { default: postgres } = await import('postgres');
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const name = `qa_vault_bench_${Date.now()}`;
  await admin.unsafe(`create database "${name}"`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openPostgres(target.toString(), 1);
  await database.migrate();
  await database.close();
  return {
    url: target.toString(),
    async drop() {
      await admin.unsafe(`drop database "${name}" with (force)`);
      await admin.end();
    },
  };
}

function inChild(job: Job) {
  return new Promise<Measurement>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', import.meta.filename, '--child', JSON.stringify(job)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.once('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').at(-1)!))
        : reject(new Error(`child exited ${code}`)),
    );
  });
}

async function benchStore(label: string, base: Omit<Job, 'gib' | 'mode'>, modes = ['vault', 'plain']) {
  console.log(`\n${label}`);
  console.log(
    '  size  | write MB/s plain   vault  ratio | read MB/s plain   vault  ratio | CPU s/GiB plain  vault | RSS growth MiB plain vault | ranged TTFB ms plain vault',
  );
  for (const gib of sizes) {
    const results: Record<string, Measurement> = {};
    for (const mode of modes) results[mode] = await inChild({ ...base, gib, mode });
    const v = results[modes[0]!]!;
    const p = results.plain!;
    const size = gib * GiB;
    const w = [mbps(size, p.writeMs), mbps(size, v.writeMs)];
    const r = [mbps(size, p.readMs), mbps(size, v.readMs)];
    console.log(
      `  ${gib} GiB |     ${fmt(w[0]!)} ${fmt(w[1]!)} ${fmt(w[1]! / w[0]!, 2)} |    ${fmt(r[0]!)} ${fmt(r[1]!)} ${fmt(r[1]! / r[0]!, 2)} |` +
        `      ${fmt(p.cpuMs / 1000 / gib, 1)} ${fmt(v.cpuMs / 1000 / gib, 1)} |` +
        `          ${fmt(p.rssGrowth / MiB, 1)} ${fmt(v.rssGrowth / MiB, 1)} |            ${fmt(p.ttfbMs, 1)} ${fmt(v.ttfbMs, 1)}`,
    );
  }
}

if (values.child) {
  await measureOnce(JSON.parse(values.child));
} else {
  const work = await mkdtemp(join(tmpdir(), 'qa-vault-bench-'));
  let s3: ChildProcess | undefined;
  const server = process.env.DATABASE_URL ? await createBenchDatabase(process.env.DATABASE_URL) : undefined;
  const databaseUrl = server?.url;
  try {
    console.log(
      `database: ${server ? 'PostgreSQL server (throwaway database)' : 'PGlite in the same process'}`,
    );
    await cipherMicrobench();
    for (const store of stores) {
      if (store === 'local') {
        await benchStore('local store (node:crypto cipher)', { store: 'local', dir: work, databaseUrl });
        if (sizes.includes(1)) {
          const saved = sizes.splice(0, sizes.length, 1);
          const base = { store: 'local', dir: work, databaseUrl };
          await benchStore('local store, WebCrypto cipher', base, ['vault-web', 'plain']);
          sizes.splice(0, sizes.length, ...saved);
        }
      } else if (store === 's3') {
        const started = await startS3rver(join(work, 's3rver'));
        s3 = started.child;
        const base = { store: 's3', dir: work, endpoint: started.endpoint, databaseUrl };
        await benchStore('s3 store (s3rver on loopback, node:crypto cipher)', base);
      }
    }
    console.log(`\nnode ${process.version}, ${cpus().length} CPUs`);
  } finally {
    s3?.kill();
    await server?.drop();
    await rm(work, { recursive: true, force: true });
  }
}
