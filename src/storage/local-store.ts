import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertBlobKey, assertBlobPrefix } from './blob-key.ts';
import {
  type BlobInfo,
  BlobNotFoundError,
  type BlobPage,
  type BlobStore,
  type ByteRange,
  InvalidRangeError,
} from './blob-store.ts';

const TMP_DIR = '.tmp';

/**
 * Blobs as files under `root`. Writes go to a temp file that is fsynced and renamed into place, so
 * a reader (or a crash) never sees half an object. Keys pass the blob-key grammar before they
 * become paths, so a key cannot escape `root`.
 */
export class LocalBlobStore implements BlobStore {
  readonly kind = 'local' as const;
  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  private pathOf(key: string): string {
    assertBlobKey(key);
    return join(this.root, ...key.split('/'));
  }

  async put(key: string, body: ReadableStream<Uint8Array>): Promise<{ size: number }> {
    const target = this.pathOf(key);
    const tmp = join(this.root, TMP_DIR, crypto.randomUUID());
    await mkdir(dirname(tmp), { recursive: true });
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(
        Readable.fromWeb(body as import('node:stream/web').ReadableStream),
        counter,
        createWriteStream(tmp, { flush: true, mode: 0o600 }),
      );
      await mkdir(dirname(target), { recursive: true });
      await rename(tmp, target);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
    return { size };
  }

  async get(key: string, range?: ByteRange): Promise<ReadableStream<Uint8Array>> {
    const path = this.pathOf(key);
    const info = await this.head(key);
    if (!info) throw new BlobNotFoundError();
    let start = 0;
    let end = info.size - 1;
    if (range) {
      end = Math.min(range.end ?? info.size - 1, info.size - 1);
      if (range.start < 0 || range.start > end) throw new InvalidRangeError();
      start = range.start;
    }
    return readFileRange(path, start, end);
  }

  async head(key: string): Promise<BlobInfo | null> {
    try {
      const s = await stat(this.pathOf(key));
      return s.isFile() ? { key, size: s.size, lastModified: s.mtime } : null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async list(prefix: string, options: { cursor?: string; limit?: number } = {}): Promise<BlobPage> {
    assertBlobPrefix(prefix);
    const limit = options.limit ?? 1000;
    const keys: string[] = [];
    await this.collectKeys(join(this.root, ...prefix.split('/').filter(Boolean)), keys);
    keys.sort();
    const after = options.cursor;
    const page = (after ? keys.filter((k) => k > after) : keys).slice(0, limit + 1);
    const items: BlobInfo[] = [];
    for (const key of page.slice(0, limit)) {
      const info = await this.head(key);
      if (info) items.push(info);
    }
    return page.length > limit ? { items, cursor: page[limit - 1] } : { items };
  }

  private async collectKeys(dir: string, out: string[]): Promise<void> {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue; // temp files are not objects
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await this.collectKeys(full, out);
      else if (entry.isFile()) out.push(relative(this.root, full).split(sep).join('/'));
    }
  }

  async sweepPartialWrites(olderThan: Date): Promise<number> {
    const dir = join(this.root, TMP_DIR);
    const names = await readdir(dir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const path = join(dir, name);
      // A write in progress keeps moving its file's mtime; only files idle past the cutoff go.
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile() || info.mtime >= olderThan) continue;
      await rm(path, { force: true });
      removed++;
    }
    return removed;
  }

  async check(): Promise<void> {
    const probe = join(this.root, TMP_DIR, `health-${crypto.randomUUID()}`);
    await mkdir(dirname(probe), { recursive: true });
    await writeFile(probe, '');
    await unlink(probe);
  }
}

const READ_CHUNK = 256 * 1024;

/**
 * Reads [start, end] of a file as a pull-driven stream: a chunk is read only when the consumer asks for
 * one, so streaming a long recording to a slow client holds one chunk, not the file (Readable.toWeb
 * queues by chunk count and reads ahead). It is a byte stream: a BYOB reader (the vault's decryption)
 * has the file read straight into its own reused buffer, where a default reader gets a fresh chunk.
 */
function readFileRange(path: string, start: number, end: number): ReadableStream<Uint8Array> {
  let position = start;
  let handle: import('node:fs/promises').FileHandle | undefined;
  const close = async () => {
    const h = handle;
    handle = undefined;
    await h?.close();
  };
  return new ReadableStream(
    {
      type: 'bytes',
      autoAllocateChunkSize: READ_CHUNK,
      async pull(controller) {
        const request = controller.byobRequest!;
        try {
          handle ??= await open(path, 'r');
          const view = request.view!;
          const want = Math.min(view.byteLength, end - position + 1);
          if (want <= 0) {
            await close();
            controller.close();
            request.respond(0);
            return;
          }
          const { bytesRead } = await handle.read(view as Uint8Array, 0, want, position);
          if (bytesRead === 0) {
            await close();
            controller.error(new Error('blob ended early'));
            return;
          }
          position += bytesRead;
          request.respond(bytesRead);
        } catch (err) {
          await close().catch(() => {});
          controller.error(err);
        }
      },
      cancel: close,
    },
    { highWaterMark: 0 },
  ) as ReadableStream<Uint8Array>;
}
