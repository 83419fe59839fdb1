import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { errorFields } from '../logger.ts';
import { assertBlobPrefix } from '../storage/blob-key.ts';
import { BlobNotFoundError, InvalidRangeError } from '../storage/blob-store.ts';
import { decryptingStream } from './decrypt-stream.ts';
import { encryptingStream } from './encrypt-stream.ts';
import {
  assertSegmentSize,
  deriveObjectKeys,
  encodeHeader,
  FORMAT_VERSION,
  NONCE_PREFIX_SIZE,
  planRange,
  segmentCount,
  uuidBytes,
} from './format.ts';
import { DataKeyUnwrapError } from './key-provider.ts';
import { toHex } from './segment-cipher.ts';
import { type VaultObject, vaultObjects } from './tables.ts';
import { integrityFailure, type Vault } from './vault.ts';

export interface PutObjectInput {
  /** Where the blob goes, e.g. "uploads/" — a kind of object, never anything a user typed. */
  prefix: string;
  body: ReadableStream<Uint8Array>;
  /** The storage location to write to (a team's, for residency); default: the default location. */
  location?: string | null;
}

export interface StoredObject {
  objectId: string;
  blobKey: string;
  size: number;
  /** Hex SHA-256 of the plaintext. */
  sha256: string;
}

/**
 * Encrypts `body` into a new object. The record (with the wrapped data key) is written first, so a
 * blob never exists without one; on any failure both are removed and nothing partial remains.
 * Objects keep their key for life: quarantine → accepted is a status in the caller's table, not a move.
 * Pass a plain Db, not a transaction: the write streams for as long as the upload takes.
 */
export async function putObject(vault: Vault, db: Db, input: PutObjectInput): Promise<StoredObject> {
  assertBlobPrefix(input.prefix);
  const objectId = crypto.randomUUID();
  const blobKey = `${input.prefix}${objectId}`;
  const location = input.location ?? vault.locations.defaultName;
  const store = vault.locations.store(location);
  const segmentSize = vault.segmentSize;
  const dataKey = await vault.keys.generateDataKey(objectId);
  const noncePrefix = crypto.getRandomValues(new Uint8Array(NONCE_PREFIX_SIZE));
  const { segmentKey, keyId } = await deriveObjectKeys(dataKey.plaintext);
  const header = encodeHeader({ segmentSize, noncePrefix, keyId });
  await db.insert(vaultObjects).values({
    id: objectId,
    blobKey,
    location,
    formatVersion: FORMAT_VERSION,
    segmentSize,
    noncePrefix,
    kekId: dataKey.keyId,
    wrappedKey: dataKey.wrapped,
    createdAt: vault.clock.now(),
  });
  let abort: ((reason: unknown) => Promise<void>) | undefined;
  try {
    const {
      ciphertext,
      done,
      abort: release,
    } = encryptingStream(input.body, {
      cipher: vault.cipher,
      key: await vault.cipher.importKey(segmentKey),
      header,
      objectId: uuidBytes(objectId),
      noncePrefix,
      segmentSize,
    });
    abort = release;
    await store.put(blobKey, ciphertext);
    const { size, sha256 } = await done;
    const stored = await db
      .update(vaultObjects)
      .set({ status: 'stored', plaintextSize: size, plaintextSha256: sha256, storedAt: vault.clock.now() })
      .where(and(eq(vaultObjects.id, objectId), eq(vaultObjects.status, 'writing')))
      .returning({ id: vaultObjects.id });
    if (stored.length === 0)
      throw new AppError('CONFLICT', 'The object was removed while it was being written');
    return { objectId, blobKey, size, sha256: toHex(sha256) };
  } catch (err) {
    await abort?.(err);
    await abandonWrite(vault, db, objectId, blobKey, location);
    throw err;
  }
}

async function abandonWrite(
  vault: Vault,
  db: Db,
  objectId: string,
  blobKey: string,
  location: string,
): Promise<void> {
  try {
    // The row goes first: without its key, whatever reached the store is unreadable even if it stays.
    await db
      .delete(vaultObjects)
      .where(and(eq(vaultObjects.id, objectId), eq(vaultObjects.status, 'writing')));
    await vault.locations.store(location).delete(blobKey);
  } catch (err) {
    vault.logger.warn('cleaning up a failed vault write failed; the sweep will finish it', {
      objectId,
      ...errorFields(err),
    });
  }
}

/** Inclusive byte range like HTTP's `bytes=a-b` (`end` omitted: to the end), or the last `suffix` bytes. */
export type ObjectRange = { start: number; end?: number } | { suffix: number };

export interface OpenedObject {
  stream: ReadableStream<Uint8Array>;
  /** Plaintext size of the whole object (for Content-Range). */
  size: number;
  /** The inclusive plaintext range the stream carries (end = start - 1 when empty) and its length. */
  start: number;
  end: number;
  length: number;
  sha256: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findStoredObject(db: Db, objectId: string): Promise<VaultObject> {
  const [row] = uuidPattern.test(objectId)
    ? await db.select().from(vaultObjects).where(eq(vaultObjects.id, objectId))
    : [];
  if (row?.status !== 'stored') throw new AppError('NOT_FOUND', 'Object not found');
  return row;
}

function resolveRange(range: ObjectRange | undefined, size: number) {
  if (!range) return { start: 0, end: size - 1 };
  const start = 'suffix' in range ? Math.max(0, size - range.suffix) : range.start;
  const end = 'suffix' in range ? size - 1 : Math.min(range.end ?? size - 1, size - 1);
  const valid = 'suffix' in range ? Number.isSafeInteger(range.suffix) && range.suffix > 0 : true;
  if (
    !valid ||
    !Number.isSafeInteger(start) ||
    !Number.isSafeInteger(end) ||
    start < 0 ||
    start >= size ||
    end < start
  ) {
    throw new AppError('RANGE_NOT_SATISFIABLE', 'Requested range is not satisfiable', {
      headers: { 'Content-Range': `bytes */${size}` },
    });
  }
  return { start, end };
}

/**
 * Opens an object for reading, whole or a byte range. A range decrypts only the segments it touches
 * (seeking to the end of a 4-hour recording reads a segment or two). A full read also checks size and
 * SHA-256 before its last bytes are released. The first segment is decrypted before this returns, so
 * a broken object throws VaultIntegrityError here rather than after a 200 went out; later failures
 * error the stream. Throws AppError NOT_FOUND / RANGE_NOT_SATISFIABLE for caller mistakes.
 */
export async function openObject(
  vault: Vault,
  db: Db,
  objectId: string,
  range?: ObjectRange,
): Promise<OpenedObject> {
  const row = await findStoredObject(db, objectId);
  const size = row.plaintextSize!;
  const { start, end } = resolveRange(range, size);
  if (row.formatVersion !== FORMAT_VERSION) throw new Error(`unsupported vault format ${row.formatVersion}`);
  assertSegmentSize(row.segmentSize);

  let dataKey: Uint8Array<ArrayBuffer>;
  try {
    dataKey = await vault.keys.decryptDataKey({ keyId: row.kekId!, wrapped: row.wrappedKey! }, row.id);
  } catch (err) {
    if (err instanceof DataKeyUnwrapError) throw integrityFailure(vault, row.id, 'data key failed to unwrap');
    throw err;
  }
  const { segmentKey, keyId } = await deriveObjectKeys(dataKey);
  const header = encodeHeader({ segmentSize: row.segmentSize, noncePrefix: row.noncePrefix, keyId });
  // A "range" covering the whole object is a full read, so it gets the size and SHA-256 checks too.
  const full = start === 0 && end === size - 1;
  const plan = full ? null : planRange(start, end, size, row.segmentSize);
  const segments = plan ?? { first: 0, last: segmentCount(size, row.segmentSize) - 1, skip: 0 };

  let blob: ReadableStream<Uint8Array>;
  try {
    blob = await vault.locations
      .store(row.location)
      .get(row.blobKey, plan ? { start: plan.blobStart, end: plan.blobEnd } : undefined);
  } catch (err) {
    if (err instanceof BlobNotFoundError) throw integrityFailure(vault, row.id, 'blob missing');
    if (err instanceof InvalidRangeError) throw integrityFailure(vault, row.id, 'truncated object');
    throw err;
  }

  const stream = await decryptingStream(blob, {
    cipher: vault.cipher,
    key: await vault.cipher.importKey(segmentKey),
    header,
    objectId: uuidBytes(row.id),
    noncePrefix: row.noncePrefix,
    segmentSize: row.segmentSize,
    plaintextSize: size,
    first: segments.first,
    last: segments.last,
    skip: segments.skip,
    length: end - start + 1,
    withHeader: full,
    expectSha256: full ? row.plaintextSha256! : undefined,
    integrityError: (reason, segment) => integrityFailure(vault, row.id, reason, segment),
  });
  return {
    stream,
    size,
    start,
    end,
    length: end - start + 1,
    sha256: toHex(row.plaintextSha256!),
  };
}

/**
 * Crypto-shredding (NIST SP 800-88 cryptographic erase): the wrapped data key is destroyed in the same
 * statement that marks the record shredded, then the blob is deleted. Once the key is gone the blob and
 * every backup of it are unreadable, so a failed blob delete is only logged; the sweep removes it.
 * `db` may be the caller's transaction (e.g. with its access-log row); call this last in it, because
 * the blob is deleted before the caller commits.
 */
export async function shredObject(
  vault: Vault,
  db: Db,
  objectId: string,
): Promise<{ objectId: string; alreadyShredded: boolean; blobDeleted: boolean }> {
  if (!uuidPattern.test(objectId)) throw new AppError('NOT_FOUND', 'Object not found');
  const [row] = await db
    .update(vaultObjects)
    .set({
      status: 'shredded',
      kekId: null,
      wrappedKey: null,
      plaintextSha256: null,
      shreddedAt: vault.clock.now(),
    })
    .where(and(eq(vaultObjects.id, objectId), ne(vaultObjects.status, 'shredded')))
    .returning({ blobKey: vaultObjects.blobKey, location: vaultObjects.location });
  if (!row) {
    const [existing] = await db
      .select({ id: vaultObjects.id })
      .from(vaultObjects)
      .where(eq(vaultObjects.id, objectId));
    if (!existing) throw new AppError('NOT_FOUND', 'Object not found');
    return { objectId, alreadyShredded: true, blobDeleted: false };
  }
  vault.logger.info('vault object shredded', { objectId });
  try {
    await vault.locations.store(row.location).delete(row.blobKey);
    return { objectId, alreadyShredded: false, blobDeleted: true };
  } catch (err) {
    vault.logger.warn('deleting a shredded blob failed; the sweep will remove it', {
      objectId,
      ...errorFields(err),
    });
    return { objectId, alreadyShredded: false, blobDeleted: false };
  }
}
