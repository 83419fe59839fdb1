import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/http/errors.ts';
import { ciphertextSize, DEFAULT_SEGMENT_SIZE, segmentOffset } from '../../src/vault/format.ts';
import { openObject, putObject } from '../../src/vault/objects.ts';
import { webCryptoCipher } from '../../src/vault/segment-cipher.ts';
import { vaultObjects } from '../../src/vault/tables.ts';
import { createVault } from '../../src/vault/vault.ts';
import {
  pattern,
  readAll,
  SpyBlobStore,
  storeKinds,
  streamOf,
  useTestDatabase,
  type VaultFixture,
  vaultFixture,
} from './helpers.ts';

const database = useTestDatabase();

const S = DEFAULT_SEGMENT_SIZE;

describe.each(storeKinds())('vault round trip (%s store)', (store) => {
  let f: VaultFixture;
  beforeAll(async () => {
    f = await vaultFixture(database(), { store });
  });
  afterAll(() => f.close());

  it.each([
    ['empty', 0],
    ['one byte', 1],
    ['one byte short of a segment', S - 1],
    ['exactly one segment', S],
    ['one byte past a segment', S + 1],
    ['many segments', 9 * S + 4321],
    ['an exact multiple of segments', 3 * S],
  ])('returns %s object byte for byte, with its size and SHA-256', async (_name, size) => {
    const data = pattern(size, size);
    const stored = await putObject(f.vault, f.database.db, {
      prefix: 'uploads/',
      body: streamOf(data, 7777),
    });
    expect(stored.size).toBe(size);
    expect(stored.sha256).toBe(Buffer.from(await crypto.subtle.digest('SHA-256', data)).toString('hex'));
    expect(stored.blobKey).toBe(`uploads/${stored.objectId}`);
    expect((await f.vault.blobs.head(stored.blobKey))?.size).toBe(ciphertextSize(size, S));

    const opened = await openObject(f.vault, f.database.db, stored.objectId);
    expect(opened).toMatchObject({ size, start: 0, end: size - 1, length: size, sha256: stored.sha256 });
    expect(Buffer.from(await readAll(opened.stream)).equals(Buffer.from(data))).toBe(true);

    const [row] = await f.database.db.select().from(vaultObjects).where(eq(vaultObjects.id, stored.objectId));
    expect(row).toMatchObject({ status: 'stored', plaintextSize: size, kekId: 'k1', segmentSize: S });
    expect(row!.wrappedKey!.length).toBe(61);
  });

  it('keeps no plaintext in the store: a canary written through the vault is nowhere in its bytes', async () => {
    const canary = `CANARY-${crypto.randomUUID()}`;
    const body = new TextEncoder().encode(`Session notes for ${canary}. `.repeat(5000));
    const stored = await putObject(f.vault, f.database.db, {
      prefix: 'uploads/',
      body: streamOf(body, 4096),
    });
    const raw = Buffer.from(await readAll(await f.vault.blobs.get(stored.blobKey)));
    expect(raw.includes(canary)).toBe(false);
    expect(raw.includes('Session notes')).toBe(false);
    if (store === 'local') {
      for (const file of await readdir(f.dataDir, { recursive: true, withFileTypes: true })) {
        if (!file.isFile()) continue;
        expect((await readFile(join(file.parentPath, file.name))).includes(canary)).toBe(false);
      }
    }
    expect(f.logs.join('').includes(canary)).toBe(false);
  });
});

describe('vault ranged reads', () => {
  const seg = 256;
  const size = 4 * seg + 17;
  const data = pattern(size, 99);
  let f: VaultFixture;
  let objectId: string;
  beforeAll(async () => {
    f = await vaultFixture(database(), { segmentSize: seg });
    ({ objectId } = await putObject(f.vault, f.database.db, { prefix: 'media/', body: streamOf(data, 100) }));
  });
  afterAll(() => f.close());

  it('returns exactly the requested bytes for ranges starting and ending at every segment boundary', async () => {
    const points = new Set<number>([0, 1, size - 2, size - 1]);
    for (let k = 1; k * seg < size; k++) for (const d of [-1, 0, 1]) points.add(k * seg + d);
    const sorted = [...points].sort((a, b) => a - b);
    for (const start of sorted) {
      for (const end of sorted.filter((e) => e >= start)) {
        const opened = await openObject(f.vault, f.database.db, objectId, { start, end });
        expect(opened).toMatchObject({ start, end, length: end - start + 1, size });
        const got = await readAll(opened.stream);
        expect(Buffer.from(got).equals(Buffer.from(data.subarray(start, end + 1))), `${start}-${end}`).toBe(
          true,
        );
      }
    }
  });

  it('reads to the end when the range is open, and serves suffix ranges', async () => {
    const open = await openObject(f.vault, f.database.db, objectId, { start: 3 * seg + 5 });
    expect(Buffer.from(await readAll(open.stream)).equals(Buffer.from(data.subarray(3 * seg + 5)))).toBe(
      true,
    );
    const suffix = await openObject(f.vault, f.database.db, objectId, { suffix: 20 });
    expect(suffix).toMatchObject({ start: size - 20, end: size - 1 });
    expect(Buffer.from(await readAll(suffix.stream)).equals(Buffer.from(data.subarray(size - 20)))).toBe(
      true,
    );
    const clamped = await openObject(f.vault, f.database.db, objectId, { start: size - 3, end: size + 100 });
    expect(clamped.end).toBe(size - 1);
  });

  it('reads only the segments a range needs, so the end of a long object is reached without its start', async () => {
    const spy = new SpyBlobStore(f.vault.blobs);
    const vault = createVault({ ...f.vault, blobs: spy, segmentSize: seg });
    const opened = await openObject(vault, f.database.db, objectId, { start: size - 10, end: size - 1 });
    await readAll(opened.stream);
    expect(spy.gets).toHaveLength(1);
    expect(spy.gets[0]!.range).toEqual({ start: segmentOffset(4, seg), end: ciphertextSize(size, seg) - 1 });
  });

  it('lets a reader hang up midway without reporting an integrity failure', async () => {
    const stored = await putObject(createVault({ ...f.vault, segmentSize: S }), f.database.db, {
      prefix: 'media/',
      body: streamOf(pattern(10 * S), S),
    });
    // A store that hands over the first four segments (what opening needs) and then stalls, as a slow
    // network does: the hang-up finds the next segment's read waiting, which then ends short —
    // exactly what a truncated object looks like, so only the cancellation tells the two apart.
    let sourceCancelled = false;
    let stall!: () => void;
    const stalled = new Promise<void>((resolve) => {
      stall = resolve;
    });
    const stalling = new SpyBlobStore(f.vault.blobs);
    stalling.get = async (key) => {
      const bytes = await readAll(await f.vault.blobs.get(key));
      return new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.subarray(0, segmentOffset(4, S)));
        },
        pull() {
          stall();
          return new Promise<void>(() => {});
        },
        cancel() {
          sourceCancelled = true;
        },
      });
    };
    const vault = createVault({ ...f.vault, blobs: stalling, segmentSize: S });
    const opened = await openObject(vault, f.database.db, stored.objectId);
    const reader = opened.stream.getReader();
    expect((await reader.read()).value).toHaveLength(S);
    await stalled;
    await reader.cancel();
    expect(sourceCancelled).toBe(true);
    // The cut-short read settles in microtasks (the source is in memory): one turn of the event loop
    // runs them all, so any report it would make is in the log by now.
    await new Promise((resolve) => setImmediate(resolve));
    expect(f.logs.filter((l) => l.includes('vault integrity failure'))).toEqual([]);
  });

  it('refuses ranges outside the object as not satisfiable, naming its size', async () => {
    for (const range of [{ start: size }, { start: 5, end: 4 }, { start: -1 }, { suffix: 0 }]) {
      const err = await openObject(f.vault, f.database.db, objectId, range).catch((e) => e);
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({
        code: 'RANGE_NOT_SATISFIABLE',
        headers: { 'Content-Range': `bytes */${size}` },
      });
    }
    const empty = await putObject(f.vault, f.database.db, {
      prefix: 'media/',
      body: streamOf(new Uint8Array(0)),
    });
    await expect(openObject(f.vault, f.database.db, empty.objectId, { start: 0 })).rejects.toMatchObject({
      code: 'RANGE_NOT_SATISFIABLE',
    });
  });

  it('answers not found for an unknown or malformed object id', async () => {
    for (const id of [crypto.randomUUID(), 'not-a-uuid']) {
      await expect(openObject(f.vault, f.database.db, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('reads with WebCrypto what node:crypto wrote, and the other way round (one format)', async () => {
    const web = createVault({ ...f.vault, cipher: webCryptoCipher, segmentSize: seg });
    const byWeb = await putObject(web, f.database.db, { prefix: 'media/', body: streamOf(data, 300) });
    const viaNode = await readAll((await openObject(f.vault, f.database.db, byWeb.objectId)).stream);
    expect(Buffer.from(viaNode).equals(Buffer.from(data))).toBe(true);
    const viaWeb = await openObject(web, f.database.db, objectId, { start: seg - 3, end: 3 * seg + 2 });
    expect(
      Buffer.from(await readAll(viaWeb.stream)).equals(Buffer.from(data.subarray(seg - 3, 3 * seg + 3))),
    ).toBe(true);
  });
});

describe('vault writes that fail', () => {
  let f: VaultFixture;
  beforeAll(async () => {
    f = await vaultFixture(database());
  });
  afterAll(() => f.close());

  it('leaves no record and no blob when the body fails midway', async () => {
    let sent = 0;
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 5) controller.enqueue(new Uint8Array(50_000));
        else controller.error(new Error('client went away'));
      },
    });
    const prefix = `failed-${crypto.randomUUID().slice(0, 8)}/`;
    await expect(putObject(f.vault, f.database.db, { prefix, body: failing })).rejects.toThrow(
      'client went away',
    );
    expect((await f.vault.blobs.list(prefix)).items).toEqual([]);
    const rows = await f.database.db.select().from(vaultObjects);
    expect(rows.filter((r) => r.blobKey.startsWith(prefix))).toEqual([]);
  });

  it('leaves no record and releases the body when the store refuses the write', async () => {
    const refusing = Object.assign(Object.create(f.vault.blobs), {
      put: async () => {
        throw new Error('bucket unavailable');
      },
    });
    const vault = createVault({ ...f.vault, blobs: refusing });
    const prefix = `refused-${crypto.randomUUID().slice(0, 8)}/`;
    let released = false;
    const body = new ReadableStream<Uint8Array>({
      pull: (c) => c.enqueue(new Uint8Array(10)),
      cancel: () => {
        released = true;
      },
    });
    await expect(putObject(vault, f.database.db, { prefix, body })).rejects.toThrow('bucket unavailable');
    expect(released).toBe(true); // the upload's request body is not left hanging
    const rows = await f.database.db.select().from(vaultObjects);
    expect(rows.filter((r) => r.blobKey.startsWith(prefix))).toEqual([]);
  });

  it('refuses a prefix that is not a server-generated key shape', async () => {
    await expect(
      putObject(f.vault, f.database.db, { prefix: '../etc/', body: streamOf(new Uint8Array(1)) }),
    ).rejects.toThrow(/invalid blob key prefix/);
  });
});
