import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalBlobStore } from '../../src/storage/local-store.ts';
import { describeBlobStoreContract, streamOf } from './blob-store-contract.ts';

describeBlobStoreContract('local', async () => {
  const root = await mkdtemp(join(tmpdir(), 'qa-vault-blobs-'));
  return { store: new LocalBlobStore(root), cleanup: () => rm(root, { recursive: true, force: true }) };
});

describe('local blob store on disk', () => {
  it('leaves no temp file behind after a failed write', async () => {
    const root = await mkdtemp(join(tmpdir(), 'qa-vault-blobs-'));
    const store = new LocalBlobStore(root);
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(10));
        controller.error(new Error('aborted'));
      },
    });
    await expect(store.put('objects/abc', failing)).rejects.toThrow();
    expect(await readdir(join(root, '.tmp'))).toEqual([]);
    await rm(root, { recursive: true, force: true });
  });

  it('sweeps the temp files of writes a crash interrupted once idle past the cutoff, and no newer one', async () => {
    const root = await mkdtemp(join(tmpdir(), 'qa-vault-blobs-'));
    const store = new LocalBlobStore(root);
    await mkdir(join(root, '.tmp'), { recursive: true });
    const idleSince = new Date('2026-01-01T00:00:00Z');
    await writeFile(join(root, '.tmp', 'left-by-kill-9'), 'partial ciphertext');
    await utimes(join(root, '.tmp', 'left-by-kill-9'), idleSince, idleSince);
    await writeFile(join(root, '.tmp', 'still-writing'), 'partial ciphertext');
    await store.put('objects/kept', streamOf('x'));
    expect(await store.sweepPartialWrites(new Date(idleSince.getTime() - 1000))).toBe(0);
    expect(await store.sweepPartialWrites(new Date(idleSince.getTime() + 60_000))).toBe(1);
    expect(await readdir(join(root, '.tmp'))).toEqual(['still-writing']);
    expect(await store.head('objects/kept')).not.toBeNull();
    await rm(root, { recursive: true, force: true });
  });

  it('keeps every object inside its root directory', async () => {
    const root = await mkdtemp(join(tmpdir(), 'qa-vault-blobs-'));
    const store = new LocalBlobStore(root);
    await store.put('objects/nested/abc', streamOf('x'));
    expect(await readdir(join(root, 'objects', 'nested'))).toEqual(['abc']);
    await expect(store.put('objects/../../escape', streamOf('x'))).rejects.toThrow(/invalid blob key/);
    await rm(root, { recursive: true, force: true });
  });

  it("reads a range into a BYOB reader's own buffer and then reports the end", async () => {
    const root = await mkdtemp(join(tmpdir(), 'qa-vault-blobs-'));
    const store = new LocalBlobStore(root);
    await store.put('objects/abc', streamOf('0123456789'));
    const reader = (await store.get('objects/abc', { start: 2, end: 8 })).getReader({ mode: 'byob' });
    const first = await reader.read(new Uint8Array(4));
    expect(new TextDecoder().decode(first.value)).toBe('2345');
    const second = await reader.read(new Uint8Array(first.value!.buffer));
    expect(new TextDecoder().decode(second.value)).toBe('678');
    expect((await reader.read(new Uint8Array(4))).done).toBe(true);
    await rm(root, { recursive: true, force: true });
  });
});
