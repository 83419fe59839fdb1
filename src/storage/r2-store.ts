import { assertBlobKey, assertBlobPrefix } from './blob-key.ts';
import {
  type BlobInfo,
  BlobNotFoundError,
  type BlobPage,
  type BlobStore,
  type ByteRange,
  InvalidRangeError,
} from './blob-store.ts';

/**
 * The part of a Workers R2 binding this store uses, declared here so the Node typecheck needs no
 * Workers types (the binding object satisfies it structurally).
 */
export interface R2Like {
  put(
    key: string,
    value: Uint8Array,
    options?: { httpMetadata?: { contentType?: string } },
  ): Promise<unknown>;
  get(
    key: string,
    options?: { range?: { offset: number; length?: number } },
  ): Promise<{ body: ReadableStream<Uint8Array>; size: number } | null>;
  head(key: string): Promise<{ key: string; size: number; uploaded: Date } | null>;
  delete(key: string): Promise<void>;
  list(options: { prefix?: string; cursor?: string; limit?: number }): Promise<{
    objects: { key: string; size: number; uploaded: Date }[];
    truncated: boolean;
    cursor?: string;
  }>;
  createMultipartUpload(
    key: string,
    options?: { httpMetadata?: { contentType?: string } },
  ): Promise<R2MultipartLike>;
}

interface R2MultipartLike {
  uploadPart(partNumber: number, value: Uint8Array): Promise<{ partNumber: number; etag: string }>;
  complete(parts: { partNumber: number; etag: string }[]): Promise<unknown>;
  abort(): Promise<void>;
}

/** R2 parts must be at least 5 MiB (except the last) and all the same size. */
export const R2_PART_SIZE = 8 * 1024 * 1024;
const metadata = { httpMetadata: { contentType: 'application/octet-stream' } };

/**
 * R2 through the Workers binding. An R2 put needs a known length, so bodies are cut into fixed
 * parts: one part's worth is held at a time, a body that fits one part is one put, a longer one a
 * multipart upload (aborted when the body fails, so no part outlives a failed write).
 */
export class R2BlobStore implements BlobStore {
  readonly kind = 'r2' as const;
  readonly #bucket: R2Like;
  readonly #partSize: number;

  constructor(bucket: R2Like, partSize = R2_PART_SIZE) {
    this.#bucket = bucket;
    this.#partSize = partSize;
  }

  async put(key: string, body: ReadableStream<Uint8Array>): Promise<{ size: number }> {
    assertBlobKey(key);
    const parts = fixedParts(body, this.#partSize);
    const first = await parts.next();
    const second = first.done ? first : await parts.next();
    if (second.done) {
      const bytes = first.done ? new Uint8Array(0) : first.value;
      await this.#bucket.put(key, bytes, metadata);
      return { size: bytes.byteLength };
    }
    const upload = await this.#bucket.createMultipartUpload(key, metadata);
    try {
      const done = [await upload.uploadPart(1, first.value as Uint8Array)];
      let size = (first.value as Uint8Array).byteLength;
      for (let next: IteratorResult<Uint8Array> = second; !next.done; next = await parts.next()) {
        done.push(await upload.uploadPart(done.length + 1, next.value));
        size += next.value.byteLength;
      }
      await upload.complete(done);
      return { size };
    } catch (err) {
      await upload.abort().catch(() => {});
      await parts.return(undefined).catch(() => {});
      throw err;
    }
  }

  async get(key: string, range?: ByteRange): Promise<ReadableStream<Uint8Array>> {
    assertBlobKey(key);
    if (range && (range.start < 0 || (range.end !== undefined && range.end < range.start))) {
      throw new InvalidRangeError();
    }
    if (range) {
      // R2 answers a range past the end with an error of its own; the object's size decides here.
      const info = await this.#bucket.head(key);
      if (!info) throw new BlobNotFoundError();
      if (range.start >= info.size && !(range.start === 0 && info.size === 0)) throw new InvalidRangeError();
    }
    const object = await this.#bucket.get(
      key,
      range
        ? {
            range: {
              offset: range.start,
              ...(range.end !== undefined ? { length: range.end - range.start + 1 } : {}),
            },
          }
        : undefined,
    );
    if (!object) throw new BlobNotFoundError();
    return object.body;
  }

  async head(key: string): Promise<BlobInfo | null> {
    assertBlobKey(key);
    const info = await this.#bucket.head(key);
    return info ? { key, size: info.size, lastModified: info.uploaded } : null;
  }

  async delete(key: string): Promise<void> {
    assertBlobKey(key);
    await this.#bucket.delete(key);
  }

  async list(prefix: string, options: { cursor?: string; limit?: number } = {}): Promise<BlobPage> {
    assertBlobPrefix(prefix);
    const out = await this.#bucket.list({ prefix, cursor: options.cursor, limit: options.limit ?? 1000 });
    const items = out.objects.map((o) => ({ key: o.key, size: o.size, lastModified: o.uploaded }));
    return out.truncated && out.cursor ? { items, cursor: out.cursor } : { items };
  }

  async check(): Promise<void> {
    await this.#bucket.list({ limit: 1 });
  }
}

/** The body re-cut into parts of exactly `size` bytes (the last may be shorter), one held at a time. */
async function* fixedParts(body: ReadableStream<Uint8Array>, size: number): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let part = new Uint8Array(size);
  let filled = 0;
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      let offset = 0;
      while (offset < value.byteLength) {
        const n = Math.min(size - filled, value.byteLength - offset);
        part.set(value.subarray(offset, offset + n), filled);
        filled += n;
        offset += n;
        if (filled === size) {
          yield part;
          part = new Uint8Array(size);
          filled = 0;
        }
      }
    }
    finished = true;
    if (filled > 0) yield part.subarray(0, filled);
  } finally {
    // Stopped early (the write failed): the rest of the body is not wanted.
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}
