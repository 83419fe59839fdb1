import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_SIZE, segmentOffset, TAG_SIZE } from '../../src/vault/format.ts';
import { UnknownKeyError } from '../../src/vault/key-provider.ts';
import { verifyObjects } from '../../src/vault/maintenance.ts';
import { openObject, putObject } from '../../src/vault/objects.ts';
import { vaultObjects } from '../../src/vault/tables.ts';
import { VaultIntegrityError } from '../../src/vault/vault.ts';
import {
  pattern,
  readAll,
  ringSpec,
  storeKinds,
  streamOf,
  useTestDatabase,
  type VaultFixture,
  vaultFixture,
} from './helpers.ts';

// Its own database: `vault verify` reads every object there is.
const database = useTestDatabase({ scratch: true });

const seg = 512;
const size = 5 * seg + 100; // segments 0..5, the last one short

/** What a reader received before the stream ended, and how it ended. */
async function drain(stream: ReadableStream<Uint8Array>) {
  const chunks: Uint8Array[] = [];
  let error: unknown = null;
  try {
    for await (const c of stream) chunks.push(c);
  } catch (err) {
    error = err;
  }
  return { bytes: Buffer.concat(chunks), error };
}

describe.each(storeKinds())('vault integrity (%s store)', (store) => {
  let f: VaultFixture;
  const data = pattern(size, 7);
  beforeAll(async () => {
    f = await vaultFixture(database(), { store, segmentSize: seg, spec: ringSpec(['k0', 'k1']) });
  });
  afterAll(() => f.close());

  const db = () => f.database.db;
  const put = (bytes = data) => putObject(f.vault, db(), { prefix: 'uploads/', body: streamOf(bytes, 333) });
  const rawOf = async (key: string) => Buffer.from(await readAll(await f.vault.blobs.get(key)));
  const rewrite = async (key: string, change: (raw: Buffer) => Buffer) =>
    f.vault.blobs.put(key, streamOf(change(await rawOf(key))));

  /** A full read must fail with `reason`, having released only bytes from before the damaged segment. */
  async function expectFullReadFails(objectId: string, reason: RegExp, intactPrefix = 0) {
    let result: Awaited<ReturnType<typeof drain>>;
    try {
      result = await drain((await openObject(f.vault, db(), objectId)).stream);
    } catch (err) {
      result = { bytes: Buffer.alloc(0), error: err };
    }
    expect(result.error).toBeInstanceOf(VaultIntegrityError);
    expect((result.error as VaultIntegrityError).reason).toMatch(reason);
    expect(result.bytes.length).toBeLessThanOrEqual(intactPrefix);
    expect(result.bytes.equals(Buffer.from(data.subarray(0, result.bytes.length)))).toBe(true);
  }

  it('aborts on a flipped byte inside a segment, releasing nothing from that segment on', async () => {
    const { objectId, blobKey } = await put();
    await rewrite(blobKey, (raw) => {
      raw[segmentOffset(3, seg) + 10]! ^= 0x01;
      return raw;
    });
    await expectFullReadFails(objectId, /segment failed authentication/, 3 * seg);
    await expect(
      openObject(f.vault, db(), objectId, { start: 3 * seg, end: 3 * seg + 5 }),
    ).rejects.toBeInstanceOf(VaultIntegrityError);
    // Segments that were not touched still read: damage is contained to what it hit.
    const before = await openObject(f.vault, db(), objectId, { start: 0, end: 2 * seg });
    expect(Buffer.from(await readAll(before.stream)).equals(Buffer.from(data.subarray(0, 2 * seg + 1)))).toBe(
      true,
    );
  });

  it('aborts on a flipped byte in the last tag before releasing the final bytes', async () => {
    const { objectId, blobKey } = await put();
    await rewrite(blobKey, (raw) => {
      raw[raw.length - 1]! ^= 0x80;
      return raw;
    });
    await expectFullReadFails(objectId, /segment failed authentication/, 5 * seg);
  });

  it('aborts on a changed header byte', async () => {
    const { objectId, blobKey } = await put();
    await rewrite(blobKey, (raw) => {
      raw[10]! ^= 0x01; // nonce prefix
      return raw;
    });
    await expectFullReadFails(objectId, /header does not match/);
  });

  it('detects a truncated object, whether the final segment or a few bytes are missing', async () => {
    const dropLast = await put();
    await rewrite(dropLast.blobKey, (raw) => raw.subarray(0, segmentOffset(5, seg)));
    await expectFullReadFails(dropLast.objectId, /truncated/, 5 * seg);
    await expect(openObject(f.vault, db(), dropLast.objectId, { suffix: 10 })).rejects.toMatchObject({
      reason: expect.stringMatching(/truncated/),
    });

    const clipped = await put();
    await rewrite(clipped.blobKey, (raw) => raw.subarray(0, raw.length - 3));
    await expectFullReadFails(clipped.objectId, /truncated/, 5 * seg);
  });

  it('detects bytes appended after the final segment', async () => {
    const { objectId, blobKey } = await put();
    await rewrite(blobKey, (raw) => Buffer.concat([raw, Buffer.alloc(TAG_SIZE + 1)]));
    await expectFullReadFails(objectId, /trailing data/, 5 * seg);
  });

  it('detects two objects swapped in the store', async () => {
    const a = await put();
    const b = await put();
    const rawB = await rawOf(b.blobKey);
    await f.vault.blobs.put(a.blobKey, streamOf(rawB));
    await expectFullReadFails(a.objectId, /wrong data key id/);
    await expect(openObject(f.vault, db(), a.objectId, { start: seg, end: seg + 1 })).rejects.toBeInstanceOf(
      VaultIntegrityError,
    );
  });

  it('detects segments reordered within an object', async () => {
    const { objectId, blobKey } = await put();
    await rewrite(blobKey, (raw) => {
      const one = Buffer.from(raw.subarray(segmentOffset(1, seg), segmentOffset(2, seg)));
      raw.copy(raw, segmentOffset(1, seg), segmentOffset(2, seg), segmentOffset(3, seg));
      one.copy(raw, segmentOffset(2, seg));
      return raw;
    });
    await expectFullReadFails(objectId, /segment failed authentication/, seg);
  });

  it('detects a wrong data key id in the header', async () => {
    const { objectId, blobKey } = await put();
    await rewrite(blobKey, (raw) => {
      raw[HEADER_SIZE - 1]! ^= 0x01;
      return raw;
    });
    await expectFullReadFails(objectId, /wrong data key id/);
  });

  it("refuses another object's wrapped key, or a key relabelled with another KEK id", async () => {
    const a = await put();
    const b = await put();
    const [rowB] = await db().select().from(vaultObjects).where(eq(vaultObjects.id, b.objectId));
    await db()
      .update(vaultObjects)
      .set({ wrappedKey: rowB!.wrappedKey })
      .where(eq(vaultObjects.id, a.objectId));
    await expectFullReadFails(a.objectId, /data key failed to unwrap/);

    const c = await put();
    await db().update(vaultObjects).set({ kekId: 'k0' }).where(eq(vaultObjects.id, c.objectId));
    await expectFullReadFails(c.objectId, /data key failed to unwrap/);

    const d = await put();
    await db().update(vaultObjects).set({ kekId: 'retired-key' }).where(eq(vaultObjects.id, d.objectId));
    await expect(openObject(f.vault, db(), d.objectId)).rejects.toBeInstanceOf(UnknownKeyError);
  });

  it('fails a full read whose plaintext does not match the recorded SHA-256, withholding the end', async () => {
    const { objectId } = await put();
    await db()
      .update(vaultObjects)
      .set({ plaintextSha256: new Uint8Array(32) })
      .where(eq(vaultObjects.id, objectId));
    await expectFullReadFails(objectId, /SHA-256 mismatch/, 5 * seg);
  });

  it('reports every integrity failure in the log by object id and reason, with no content', async () => {
    const canary = new TextEncoder().encode(`CANARY-${crypto.randomUUID()}`.repeat(200));
    const { objectId, blobKey } = await put(canary);
    await rewrite(blobKey, (raw) => {
      raw[segmentOffset(1, seg) + 1]! ^= 0x01;
      return raw;
    });
    await drain((await openObject(f.vault, db(), objectId)).stream);
    const line = f.logs.find((l) => l.includes('vault integrity failure') && l.includes(objectId));
    expect(JSON.parse(line!)).toMatchObject({
      level: 'error',
      objectId,
      reason: 'segment failed authentication',
      segment: 1,
    });
    expect(f.logs.join('')).not.toContain('CANARY-');
  });

  it('vault verify reports damaged objects and passes intact ones', async () => {
    await db().delete(vaultObjects); // the damaged objects of the tests above
    const good = await put();
    const bad = await put();
    await rewrite(bad.blobKey, (raw) => {
      raw[segmentOffset(2, seg)]! ^= 1;
      return raw;
    });
    const result = await verifyObjects(f.vault, db());
    expect(result.checked).toBe(2);
    expect(result.failures).toEqual([{ objectId: bad.objectId, reason: 'segment failed authentication' }]);
    const sampled = await verifyObjects(f.vault, db(), { sample: 1 });
    expect(sampled.checked).toBe(1);
    await f.vault.blobs.delete(bad.blobKey);
    expect((await verifyObjects(f.vault, db())).failures).toEqual([
      { objectId: bad.objectId, reason: 'blob missing' },
    ]);
    expect(good.objectId).not.toBe(bad.objectId);
  });
});
