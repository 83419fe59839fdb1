import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dependentsOf } from '../../src/vault/key-dependents.ts';
import { countDataKeysByKek, rewrapDataKeys } from '../../src/vault/maintenance.ts';
import { openObject, putObject } from '../../src/vault/objects.ts';
import { vaultObjects } from '../../src/vault/tables.ts';
import { createVault, type Vault } from '../../src/vault/vault.ts';
import {
  pattern,
  readAll,
  ringSpec,
  SpyBlobStore,
  streamOf,
  useTestDatabase,
  type VaultFixture,
  vaultFixture,
} from './helpers.ts';

// Its own database: rotation re-wraps every data key there is.
const database = useTestDatabase({ scratch: true });

describe('key rotation', () => {
  let f: VaultFixture;
  let objects: { objectId: string; data: Uint8Array }[];
  beforeAll(async () => {
    f = await vaultFixture(database(), { segmentSize: 1024, spec: ringSpec(['k1']) });
  });
  afterAll(() => f.close());
  // Rotation acts on every object in the database, so each test starts from an empty table of its own.
  beforeEach(async () => {
    await f.database.db.delete(vaultObjects);
    objects = [];
    for (let i = 0; i < 7; i++) {
      const data = pattern(3000 + i, i);
      const { objectId } = await putObject(f.vault, f.database.db, {
        prefix: 'uploads/',
        body: streamOf(data),
      });
      objects.push({ objectId, data });
    }
  });

  /** The ring after an operator added k2 and made it active. */
  const rotatedVault = async (blobs = f.vault.blobs): Promise<Vault> => {
    const v = await f.withKeys({ active: 'k2', keys: [...f.spec.keys, ...ringSpec(['k2']).keys] });
    return createVault({ ...v, blobs, segmentSize: 1024 });
  };

  async function expectAllReadable(vault: Vault) {
    for (const o of objects) {
      const got = await readAll((await openObject(vault, f.database.db, o.objectId)).stream);
      expect(Buffer.from(got).equals(Buffer.from(o.data))).toBe(true);
    }
  }

  it('re-wraps every data key to the new KEK without reading or writing any object', async () => {
    const spy = new SpyBlobStore(f.vault.blobs);
    const vault = await rotatedVault(spy);
    const result = await rewrapDataKeys(vault, f.database.db, { batchSize: 3 });
    expect(result).toEqual({ activeKeyId: 'k2', rewrapped: 7, failed: [], remaining: 0 });
    expect(spy.gets).toEqual([]);
    expect(await countDataKeysByKek(f.database.db)).toEqual([{ kekId: 'k2', count: 7 }]);
    await expectAllReadable(vault);
  });

  it('leaves every object readable when interrupted mid-way, and finishes when run again', async () => {
    const vault = await rotatedVault();
    await expect(
      rewrapDataKeys(vault, f.database.db, {
        batchSize: 3,
        onBatch: () => {
          throw new Error('operator pressed ctrl-c');
        },
      }),
    ).rejects.toThrow('operator pressed ctrl-c');
    expect(await countDataKeysByKek(f.database.db)).toEqual([
      { kekId: 'k1', count: 4 },
      { kekId: 'k2', count: 3 },
    ]);
    await expectAllReadable(vault);

    const resumed = await rewrapDataKeys(vault, f.database.db, { batchSize: 3 });
    expect(resumed).toMatchObject({ rewrapped: 4, remaining: 0, failed: [] });
    expect(await countDataKeysByKek(f.database.db)).toEqual([{ kekId: 'k2', count: 7 }]);
    await expectAllReadable(vault);
  });

  it('keeps the old KEK needed until rotation is done, then nothing depends on it', async () => {
    expect(await dependentsOf(f.database.db, 'k1')).toEqual([{ name: 'vault data keys', count: 7 }]);
    await rewrapDataKeys(await rotatedVault(), f.database.db);
    expect(await dependentsOf(f.database.db, 'k1')).toEqual([]);
  });

  it('reports objects written meanwhile under the old KEK as remaining, so the run is repeated', async () => {
    const vault = await rotatedVault();
    const result = await rewrapDataKeys(vault, f.database.db, {
      batchSize: 5,
      // A server that has not yet loaded the new ring keeps wrapping with k1.
      onBatch: async () => {
        await putObject(f.vault, f.database.db, { prefix: 'uploads/', body: streamOf(pattern(10)) });
      },
    });
    expect(result.remaining).toBeGreaterThan(0);
    expect((await rewrapDataKeys(vault, f.database.db)).remaining).toBe(0);
  });

  it('lists a data key that will not unwrap as failed and leaves it as it was', async () => {
    const stranger = await f.withKeys(ringSpec(['k1'])); // same id, different key material
    const { objectId } = await putObject(stranger, f.database.db, {
      prefix: 'uploads/',
      body: streamOf(pattern(5)),
    });
    const result = await rewrapDataKeys(await rotatedVault(), f.database.db);
    expect(result.failed).toEqual([{ objectId, reason: 'wrapped data key failed authentication' }]);
    expect(result).toMatchObject({ rewrapped: 7, remaining: 1 });
  });
});
