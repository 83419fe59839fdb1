/**
 * Vault throughput and memory: `node --expose-gc scripts/bench/vault.ts [--sizes 1,2] [--stores local,s3]`.
 *
 * For each store and size (GiB) it writes and reads the same synthetic bytes twice in one run: straight
 * into the BlobStore (unencrypted) and through the vault (putObject / openObject with SHA-256 check),
 * and prints MB/s for both, their ratio (target >= 0.85), the peak RSS growth over the level before
 * each step (target <= 64 MiB) and the time to first byte of a 1 MiB ranged read at the end of the
 * object. The S3 store is s3rver, started here on a free loopback port as CI does. Before that it
 * compares the two SegmentCipher implementations on bare segments, which is why Node uses node:crypto.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { openPglite } from '../../src/db/open.ts';
import { createJsonLogger } from '../../src/logger.ts';
import type { BlobStore } from '../../src/storage/blob-store.ts';
import { LocalBlobStore } from '../../src/storage/local-store.ts';
import { S3BlobStore } from '../../src/storage/s3-store.ts';
import { segmentAad, segmentNonce } from '../../src/vault/format.ts';
import { generateKekEntry, KeyRing } from '../../src/vault/key-ring.ts';
import { nodeCipher } from '../../src/vault/node-segment-cipher.ts';
import { openObject, putObject } from '../../src/vault/objects.ts';
import { type SegmentCipher, webCryptoCipher } from '../../src/vault/segment-cipher.ts';
import { createVault, type Vault } from '../../src/vault/vault.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1,2' }, stores: { type: 'string', default: 'local,s3' } },
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

/** Runs `work` while sampling RSS every 10 ms; returns its time and the peak growth over the start. */
async function measured<T>(work: () => Promise<T>): Promise<{ ms: number; rssGrowth: number; value: T }> {
  globalThis.gc?.();
  const base = process.memoryUsage.rss();
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  const start = performance.now();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { ms: performance.now() - start, rssGrowth: peak - base, value };
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
async function startS3rver(dir: string): Promise<{ store: S3BlobStore; child: ChildProcess }> {
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
  process.env.AWS_ACCESS_KEY_ID ??= 'S3RVER';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'S3RVER';
  const store = new S3BlobStore({
    bucket: 'bench',
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
  });
  await store.client.send(new CreateBucketCommand({ Bucket: 'bench' }));
  return { store, child };
}

async function benchStore(name: string, blobs: BlobStore, vault: Vault, db: Parameters<typeof putObject>[1]) {
  console.log(`\n${name} store`);
  console.log(
    '   size  | write MB/s plain  vault  ratio | read MB/s plain  vault  ratio | RSS growth MiB plain vault | ranged TTFB ms plain vault',
  );
  for (const gib of sizes) {
    const size = gib * GiB;
    const rawKey = `bench/raw-${crypto.randomUUID()}`;
    const rawWrite = await measured(() => blobs.put(rawKey, synthetic(size)));
    const rawRead = await measured(() => blobs.get(rawKey).then(drain));
    const rawTtfb = await timeToFirstByte(() => blobs.get(rawKey, { start: size - MiB }));
    await blobs.delete(rawKey);

    const encWrite = await measured(() => putObject(vault, db, { prefix: 'bench/', body: synthetic(size) }));
    const { objectId, blobKey } = encWrite.value;
    const encRead = await measured(async () => drain((await openObject(vault, db, objectId)).stream));
    if (encRead.value !== size) throw new Error('vault read returned the wrong size');
    const encTtfb = await timeToFirstByte(
      async () => (await openObject(vault, db, objectId, { start: size - MiB })).stream,
    );
    await blobs.delete(blobKey);

    const w = [mbps(size, rawWrite.ms), mbps(size, encWrite.ms)] as const;
    const r = [mbps(size, rawRead.ms), mbps(size, encRead.ms)] as const;
    const rss = Math.max(encWrite.rssGrowth, encRead.rssGrowth) / MiB;
    const rawRss = Math.max(rawWrite.rssGrowth, rawRead.rssGrowth) / MiB;
    console.log(
      `  ${gib} GiB  |     ${fmt(w[0])} ${fmt(w[1])} ${fmt(w[1] / w[0], 2)} |    ${fmt(r[0])} ${fmt(r[1])} ${fmt(r[1] / r[0], 2)} |` +
        `          ${fmt(rawRss, 1)} ${fmt(rss, 1)} |            ${fmt(rawTtfb, 1)} ${fmt(encTtfb, 1)}`,
    );
  }
}

const work = await mkdtemp(join(tmpdir(), 'qa-vault-bench-'));
const database = await openPglite();
let s3: { store: S3BlobStore; child: ChildProcess } | undefined;
try {
  await database.migrate();
  await cipherMicrobench();
  const keys = await KeyRing.fromSpec({ active: 'bench', keys: [generateKekEntry('bench')] });
  const logger = createJsonLogger('warn', (l) => process.stderr.write(l));
  const clock = { now: () => new Date() };
  for (const store of stores) {
    if (store === 'local') {
      const blobs = new LocalBlobStore(join(work, 'blobs'));
      await benchStore(
        'local',
        blobs,
        createVault({ blobs, keys, logger, clock, cipher: nodeCipher }),
        database.db,
      );
      if (sizes.includes(1)) {
        const saved = sizes.splice(0, sizes.length, 1);
        await benchStore(
          'local, WebCrypto cipher',
          blobs,
          createVault({ blobs, keys, logger, clock }),
          database.db,
        );
        sizes.splice(0, 1, ...saved);
      }
    } else if (store === 's3') {
      s3 = await startS3rver(join(work, 's3rver'));
      const blobs = s3.store;
      await benchStore(
        's3 (s3rver)',
        blobs,
        createVault({ blobs, keys, logger, clock, cipher: nodeCipher }),
        database.db,
      );
    }
  }
  console.log(`\nnode ${process.version}, ${(await import('node:os')).cpus().length} CPUs`);
} finally {
  s3?.child.kill();
  await database.close();
  await rm(work, { recursive: true, force: true });
}
