import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Clock } from '../../src/clock.ts';
import { parseConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import { createJsonLogger } from '../../src/logger.ts';
import type { BlobStore, ByteRange } from '../../src/storage/blob-store.ts';
import { LocalBlobStore } from '../../src/storage/local-store.ts';
import { generateKekEntry, KeyRing, type KeyRingSpec } from '../../src/vault/key-ring.ts';
import { nodeCipher } from '../../src/vault/node-segment-cipher.ts';
import type { SegmentCipher } from '../../src/vault/segment-cipher.ts';
import { createVault, type Vault } from '../../src/vault/vault.ts';
import { openScratchDatabase, openTestDatabase } from '../support/database.ts';
import { openConfiguredBlobStore, s3Env } from '../support/s3.ts';

/** Wall-clock time plus a manual offset: blob stores stamp real times, the sweep compares against these. */
export class OffsetClock implements Clock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export function ringSpec(ids: string[], active = ids.at(-1)!): KeyRingSpec {
  return { active, keys: ids.map((id) => generateKekEntry(id)) };
}

/** Deterministic, position-dependent bytes: a misplaced segment never matches by accident. */
export function pattern(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = seed * 2654435761;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** The body as a stream of odd-sized chunks, so segment boundaries never line up with chunk boundaries. */
export function streamOf(data: Uint8Array, chunk = 1000): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= data.length) return controller.close();
      controller.enqueue(data.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
}

export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Records the ranges read from a store (to show a ranged read skips the rest of the object). */
export class SpyBlobStore implements BlobStore {
  readonly gets: { key: string; range?: ByteRange }[] = [];
  readonly inner: BlobStore;
  constructor(inner: BlobStore) {
    this.inner = inner;
  }
  get kind() {
    return this.inner.kind;
  }
  put: BlobStore['put'] = (key, body, options) => this.inner.put(key, body, options);
  get: BlobStore['get'] = (key, range) => {
    this.gets.push({ key, range });
    return this.inner.get(key, range);
  };
  head: BlobStore['head'] = (key) => this.inner.head(key);
  delete: BlobStore['delete'] = (key) => this.inner.delete(key);
  list: BlobStore['list'] = (prefix, options) => this.inner.list(prefix, options);
  check: BlobStore['check'] = () => this.inner.check();
}

/** Both stores, every run: the local directory and the S3-protocol server the test setup started. */
export function storeKinds(): ('local' | 's3')[] {
  return ['local', 's3'];
}

export interface VaultFixture {
  vault: Vault;
  database: Database;
  dataDir: string;
  logs: string[];
  clock: OffsetClock;
  spec: KeyRingSpec;
  /** A vault over the same store and database with another key ring or cipher. */
  withKeys(spec: KeyRingSpec, cipher?: SegmentCipher): Promise<Vault>;
  close(): Promise<void>;
}

/**
 * One database for the whole test file (opening one and migrating takes seconds). `scratch` gives the
 * file a database of its own, for rotation, verify and sweep, which act on every object there is.
 * Call at the top of the file, before any describe.
 */
export function useTestDatabase(options: { scratch?: boolean } = {}): () => Database {
  let database: Database | undefined;
  beforeAll(async () => {
    database = options.scratch ? await openScratchDatabase() : await openTestDatabase();
  });
  afterAll(() => database?.close());
  return () => database!;
}

export async function vaultFixture(
  database: Database,
  options: {
    store?: 'local' | 's3';
    segmentSize?: number;
    cipher?: SegmentCipher;
    spec?: KeyRingSpec;
  } = {},
): Promise<VaultFixture> {
  const dataDir = await mkdtemp(join(tmpdir(), 'qa-vault-vault-'));
  const blobs: BlobStore =
    options.store === 's3'
      ? await openConfiguredBlobStore(parseConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, ...s3Env() }))
      : new LocalBlobStore(join(dataDir, 'blobs'));
  const logs: string[] = [];
  const logger = createJsonLogger('debug', (line) => logs.push(line));
  const clock = new OffsetClock();
  const spec = options.spec ?? ringSpec(['k1']);
  const make = async (s: KeyRingSpec, cipher = options.cipher ?? nodeCipher) =>
    createVault({
      blobs,
      keys: await KeyRing.fromSpec(s),
      logger,
      clock,
      cipher,
      segmentSize: options.segmentSize,
    });
  return {
    vault: await make(spec),
    database,
    dataDir,
    logs,
    clock,
    spec,
    withKeys: make,
    async close() {
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
