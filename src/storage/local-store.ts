import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
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
    let options: { start?: number; end?: number } = {};
    if (range) {
      const end = Math.min(range.end ?? info.size - 1, info.size - 1);
      if (range.start < 0 || range.start > end) throw new InvalidRangeError();
      options = { start: range.start, end };
    }
    return Readable.toWeb(createReadStream(path, options)) as ReadableStream<Uint8Array>;
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

  async check(): Promise<void> {
    const probe = join(this.root, TMP_DIR, `health-${crypto.randomUUID()}`);
    await mkdir(dirname(probe), { recursive: true });
    await writeFile(probe, '');
    await unlink(probe);
  }
}
