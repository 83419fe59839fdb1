import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newBlobKey } from '../../src/storage/blob-key.ts';
import { BlobNotFoundError, type BlobStore, InvalidRangeError } from '../../src/storage/blob-store.ts';

export function streamOf(...chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(typeof c === 'string' ? enc.encode(c) : c);
      controller.close();
    },
  });
}

export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

/** The behaviour every BlobStore must have; run once per implementation. */
export function describeBlobStoreContract(
  name: string,
  setup: () => Promise<{ store: BlobStore; cleanup(): Promise<void> }>,
) {
  describe(`${name} blob store`, () => {
    let store: BlobStore;
    let cleanup: () => Promise<void>;
    // Each run writes under its own prefix, so runs against a shared bucket do not see each other.
    const prefix = `contract-${crypto.randomUUID()}/`;

    beforeAll(async () => {
      ({ store, cleanup } = await setup());
    });
    afterAll(async () => cleanup?.());

    it('stores a streamed body and returns it byte for byte', async () => {
      const key = newBlobKey(prefix);
      const body = Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251));
      const { size } = await store.put(key, streamOf(body.subarray(0, 1000), body.subarray(1000)));
      expect(size).toBe(body.length);
      expect(await readAll(await store.get(key))).toEqual(body);
      expect((await store.head(key))?.size).toBe(body.length);
    });

    it('stores an empty object', async () => {
      const key = newBlobKey(prefix);
      expect((await store.put(key, streamOf())).size).toBe(0);
      expect((await readAll(await store.get(key))).length).toBe(0);
      expect((await store.head(key))?.size).toBe(0);
    });

    it('returns an inclusive byte range, and the tail when the end is omitted', async () => {
      const key = newBlobKey(prefix);
      await store.put(key, streamOf('0123456789'));
      expect((await readAll(await store.get(key, { start: 2, end: 5 }))).toString()).toBe('2345');
      expect((await readAll(await store.get(key, { start: 7 }))).toString()).toBe('789');
      expect((await readAll(await store.get(key, { start: 9, end: 100 }))).toString()).toBe('9');
    });

    it('refuses a range that starts past the end', async () => {
      const key = newBlobKey(prefix);
      await store.put(key, streamOf('abc'));
      await expect(store.get(key, { start: 10 })).rejects.toBeInstanceOf(InvalidRangeError);
    });

    it('replaces an object written twice', async () => {
      const key = newBlobKey(prefix);
      await store.put(key, streamOf('first version'));
      await store.put(key, streamOf('second'));
      expect((await readAll(await store.get(key))).toString()).toBe('second');
    });

    it('reports a missing object as not found, and deleting it twice is fine', async () => {
      const key = newBlobKey(prefix);
      await expect(store.get(key)).rejects.toBeInstanceOf(BlobNotFoundError);
      expect(await store.head(key)).toBeNull();
      await store.put(key, streamOf('x'));
      await store.delete(key);
      await store.delete(key);
      expect(await store.head(key)).toBeNull();
    });

    it('lists keys under a prefix in order, a page at a time', async () => {
      const listPrefix = `${prefix}list-${crypto.randomUUID().slice(0, 8)}/`;
      const keys = [];
      for (let i = 0; i < 5; i++) {
        const key = newBlobKey(listPrefix);
        keys.push(key);
        await store.put(key, streamOf(`object ${i}`));
      }
      await store.put(newBlobKey(`${prefix}elsewhere/`), streamOf('not listed'));
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.list(listPrefix, { cursor, limit: 2 });
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((i) => i.key));
        cursor = page.cursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual([...keys].sort());
    });

    it('refuses keys that are not server-generated shapes', async () => {
      for (const bad of ['../etc/passwd', '/abs', 'Report.pdf', 'a//b', 'a/../b', 'with space', '']) {
        await expect(store.put(bad, streamOf('x'))).rejects.toThrow(/invalid blob key/);
      }
    });

    it('answers its health check', async () => {
      await expect(store.check()).resolves.toBeUndefined();
    });

    it('is left with nothing when the body stream fails midway', async () => {
      const key = newBlobKey(prefix);
      const failing = new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(new Uint8Array(1024));
          controller.error(new Error('client went away'));
        },
      });
      await expect(store.put(key, failing)).rejects.toThrow();
      expect(await store.head(key)).toBeNull();
    });
  });
}
