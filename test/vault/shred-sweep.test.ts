import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlobStore } from '../../src/storage/blob-store.ts';
import { sweepVault } from '../../src/vault/maintenance.ts';
import { openObject, putObject, shredObject } from '../../src/vault/objects.ts';
import { vaultObjects } from '../../src/vault/tables.ts';
import { createVault } from '../../src/vault/vault.ts';
import {
  pattern,
  readAll,
  storeKinds,
  streamOf,
  useTestDatabase,
  type VaultFixture,
  vaultFixture,
} from './helpers.ts';

// Its own database: the sweep removes every abandoned write there is.
const database = useTestDatabase({ scratch: true });

const HOUR = 60 * 60 * 1000;

describe.each(storeKinds())('crypto-shredding and the sweep (%s store)', (store) => {
  let f: VaultFixture;
  // Its own prefix: the S3 bucket is shared with other test files, and the sweep must not see theirs.
  const prefix = `sweep-${crypto.randomUUID().slice(0, 8)}/`;
  beforeAll(async () => {
    f = await vaultFixture(database(), { store });
  });
  afterAll(() => f.close());

  const db = () => f.database.db;
  const put = () => putObject(f.vault, db(), { prefix, body: streamOf(pattern(70_000)) });

  it('destroys the wrapped key with the record change, deletes the blob, and the object is gone', async () => {
    const { objectId, blobKey } = await put();
    const raw = await readAll(await f.vault.blobs.get(blobKey)); // a backup taken before the shred
    expect(await shredObject(f.vault, db(), objectId)).toEqual({
      objectId,
      alreadyShredded: false,
      blobDeleted: true,
    });
    const [row] = await db().select().from(vaultObjects).where(eq(vaultObjects.id, objectId));
    expect(row).toMatchObject({ status: 'shredded', kekId: null, wrappedKey: null, plaintextSha256: null });
    expect(row!.shreddedAt).toBeInstanceOf(Date);
    expect(await f.vault.blobs.head(blobKey)).toBeNull();
    await expect(openObject(f.vault, db(), objectId)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Restoring the blob from a backup brings nothing back: its key no longer exists anywhere.
    await f.vault.blobs.put(blobKey, streamOf(raw));
    await expect(openObject(f.vault, db(), objectId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await f.vault.blobs.delete(blobKey);
  });

  it('treats shredding twice as done, and an unknown object as not found', async () => {
    const { objectId } = await put();
    await shredObject(f.vault, db(), objectId);
    expect(await shredObject(f.vault, db(), objectId)).toMatchObject({ alreadyShredded: true });
    await expect(shredObject(f.vault, db(), crypto.randomUUID())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('still destroys the key when the blob cannot be deleted, and the sweep removes the blob later', async () => {
    const { objectId, blobKey } = await put();
    const failingDeletes: BlobStore = Object.assign(Object.create(f.vault.blobs), {
      delete: async () => {
        throw new Error('store unavailable');
      },
    });
    const vault = createVault({ ...f.vault, blobs: failingDeletes });
    expect(await shredObject(vault, db(), objectId)).toMatchObject({ blobDeleted: false });
    const [row] = await db().select().from(vaultObjects).where(eq(vaultObjects.id, objectId));
    expect(row!.wrappedKey).toBeNull();
    expect(await f.vault.blobs.head(blobKey)).not.toBeNull();

    f.clock.advance(25 * HOUR);
    try {
      const result = await sweepVault(f.vault, db(), { prefix });
      expect(result.orphanBlobsDeleted).toBeGreaterThanOrEqual(1);
    } finally {
      f.clock.advance(-25 * HOUR);
    }
    expect(await f.vault.blobs.head(blobKey)).toBeNull();
  });

  it('sweeps blobs with no key record and abandoned writes once past the grace period, and nothing live', async () => {
    const live = await put();
    const orphanKey = `${prefix}${crypto.randomUUID()}`;
    await f.vault.blobs.put(orphanKey, streamOf(pattern(100)));
    const foreignKey = `${prefix}not-a-vault-object`;
    await f.vault.blobs.put(foreignKey, streamOf(pattern(100)));
    // A writer that crashed after recording its key and writing part of its blob.
    const crashedId = crypto.randomUUID();
    await db()
      .insert(vaultObjects)
      .values({
        id: crashedId,
        blobKey: `${prefix}${crashedId}`,
        formatVersion: 1,
        segmentSize: 65536,
        noncePrefix: new Uint8Array(8),
        kekId: 'k1',
        wrappedKey: new Uint8Array(61),
        createdAt: f.clock.now(),
      });
    await f.vault.blobs.put(`${prefix}${crashedId}`, streamOf(pattern(50)));

    const early = await sweepVault(f.vault, db(), { prefix });
    expect(early).toMatchObject({ abandonedWrites: 0, orphanBlobsDeleted: 0 });

    f.clock.advance(25 * HOUR);
    try {
      const result = await sweepVault(f.vault, db(), { prefix });
      expect(result).toMatchObject({ abandonedWrites: 1, orphanBlobsDeleted: 1 });
    } finally {
      f.clock.advance(-25 * HOUR);
    }
    expect(await f.vault.blobs.head(orphanKey)).toBeNull();
    expect(await f.vault.blobs.head(`${prefix}${crashedId}`)).toBeNull();
    expect(await db().select().from(vaultObjects).where(eq(vaultObjects.id, crashedId))).toEqual([]);
    expect(await f.vault.blobs.head(foreignKey)).not.toBeNull();
    const stillThere = await readAll((await openObject(f.vault, db(), live.objectId)).stream);
    expect(stillThere.length).toBe(70_000);
  });
});
