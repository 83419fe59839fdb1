import { and, eq, like, ne, or } from 'drizzle-orm';
import { readAllBytes } from '../bytes.ts';
import type { Db } from '../db/client.ts';
import { openObject, putObject, type StoredObject, shredObject } from '../vault/objects.ts';
import { vaultObjects } from '../vault/tables.ts';
import type { Vault } from '../vault/vault.ts';

/**
 * Where an upload's objects live. Incoming bytes go under quarantine/<upload id>/, everything made
 * from clean bytes (stripped document, normalized audio, peaks, transcript) under uploads/<upload id>/.
 * Keys carry only ids, and the upload id in the key lets the reconciler find what a crash left behind.
 */
export const QUARANTINE_PREFIX = 'quarantine/';
export const ACCEPTED_PREFIX = 'uploads/';
export const quarantinePrefix = (uploadId: string) => `${QUARANTINE_PREFIX}${uploadId}/`;
export const acceptedPrefix = (uploadId: string) => `${ACCEPTED_PREFIX}${uploadId}/`;

/** Decrypts a whole object into memory. Only for objects known to be small (documents, transcripts, peaks). */
export async function readObjectBytes(vault: Vault, db: Db, objectId: string): Promise<Uint8Array> {
  const opened = await openObject(vault, db, objectId);
  return readAllBytes(opened.stream);
}

/** `location`: the team's storage location (src/residency/); omitted → the default one. */
export function putBytes(
  vault: Vault,
  db: Db,
  prefix: string,
  bytes: Uint8Array,
  location?: string | null,
): Promise<StoredObject> {
  return putObject(vault, db, {
    prefix,
    location,
    body: new ReadableStream({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    }),
  });
}

/** Live (not shredded) objects of an upload, in either prefix, referenced by the row or still being written. */
export async function liveUploadObjectIds(db: Db, uploadId: string): Promise<string[]> {
  const rows = await db
    .select({ id: vaultObjects.id })
    .from(vaultObjects)
    .where(
      and(
        ne(vaultObjects.status, 'shredded'),
        or(
          like(vaultObjects.blobKey, `${quarantinePrefix(uploadId)}%`),
          like(vaultObjects.blobKey, `${acceptedPrefix(uploadId)}%`),
        ),
      ),
    );
  return rows.map((r) => r.id).sort();
}

/**
 * Shreds every live object of an upload, wherever it is and whether or not the row refers to it yet
 * (a write still in progress is shredded too; its writer then fails). Deletes blobs before the
 * caller commits, so call it last in a transaction. Returns the ids shredded (one data key each).
 */
export async function shredUploadObjects(vault: Vault, db: Db, uploadId: string): Promise<string[]> {
  const ids = await liveUploadObjectIds(db, uploadId);
  for (const id of ids) await shredObject(vault, db, id);
  return ids;
}

/** Shreds the given objects (ids that are null or already shredded are skipped). */
export async function shredObjects(vault: Vault, db: Db, ids: (string | null | undefined)[]): Promise<void> {
  for (const id of ids) {
    if (!id) continue;
    const [row] = await db
      .select({ status: vaultObjects.status })
      .from(vaultObjects)
      .where(eq(vaultObjects.id, id));
    if (row && row.status !== 'shredded') await shredObject(vault, db, id);
  }
}
