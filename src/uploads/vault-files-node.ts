import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Db } from '../db/client.ts';
import { openObject, putObject, type StoredObject } from '../vault/objects.ts';
import type { Vault } from '../vault/vault.ts';
import { readableToWeb } from './streams.ts';

/** Node-only: vault objects to and from files, for the ffmpeg and speech-to-text jobs. */

/**
 * Decrypts an object into `path`, which must be inside a private temp directory (media.withTempDir)
 * that the caller removes in `finally`: plaintext exists there only while ffmpeg or ffprobe needs it.
 */
export async function decryptToFile(vault: Vault, db: Db, objectId: string, path: string): Promise<void> {
  const opened = await openObject(vault, db, objectId);
  // pipeline reads the web stream as the file takes it (WritableStream adapters queue by chunk count).
  await pipeline(opened.stream, createWriteStream(path, { mode: 0o600, flags: 'wx' }));
}

/** `location`: the team's storage location (src/residency/); omitted → the default one. */
export function putFile(
  vault: Vault,
  db: Db,
  prefix: string,
  path: string,
  location?: string | null,
): Promise<StoredObject> {
  return putObject(vault, db, {
    prefix,
    location,
    body: readableToWeb(createReadStream(path)),
  });
}
