import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { BlobStore } from './blob-store.ts';
import { LocalBlobStore } from './local-store.ts';
import { DEFAULT_LOCATION, type StorageLocations, storageLocations } from './locations.ts';
import type { StorageLocationSpec } from './locations-setting.ts';
import type { S3StoreOptions } from './s3-store.ts';

/**
 * The AWS SDK costs ~35 MiB of resident memory once imported, so a server on local directories
 * never loads it.
 */
async function openS3(options: S3StoreOptions): Promise<BlobStore> {
  const { S3BlobStore } = await import('./s3-store.ts');
  return new S3BlobStore(options);
}

/** Node-only: S3 when S3_BUCKET is set, otherwise a directory under DATA_DIR. */
export async function openBlobStore(config: Config): Promise<BlobStore> {
  if (config.S3_BUCKET) {
    return openS3({
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      sse: config.S3_SSE,
      sseKmsKeyId: config.S3_SSE_KMS_KEY_ID,
    });
  }
  return new LocalBlobStore(join(config.DATA_DIR, 'blobs'));
}

/** Node-only: one store per STORAGE_LOCATIONS entry (S3 ones share S3_SSE), or the single store as "default". */
export async function openStorageLocations(config: Config): Promise<StorageLocations> {
  const spec = config.STORAGE_LOCATIONS;
  if (!spec) return storageLocations({ [DEFAULT_LOCATION]: await openBlobStore(config) }, DEFAULT_LOCATION);
  const stores = Object.fromEntries(
    await Promise.all(
      Object.entries(spec.locations).map(async ([name, location]) => [
        name,
        await openLocation(config, location),
      ]),
    ),
  );
  return storageLocations(stores, spec.default);
}

async function openLocation(config: Config, location: StorageLocationSpec): Promise<BlobStore> {
  if (location.kind === 'local') return new LocalBlobStore(location.directory);
  return openS3({
    bucket: location.bucket,
    region: location.region,
    endpoint: location.endpoint,
    forcePathStyle: location.forcePathStyle ?? config.S3_FORCE_PATH_STYLE,
    sse: config.S3_SSE,
    sseKmsKeyId: config.S3_SSE_KMS_KEY_ID,
  });
}
