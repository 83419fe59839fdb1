import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { BlobStore } from './blob-store.ts';
import { LocalBlobStore } from './local-store.ts';
import { DEFAULT_LOCATION, type StorageLocations, storageLocations } from './locations.ts';
import type { StorageLocationSpec } from './locations-setting.ts';
import { S3BlobStore } from './s3-store.ts';

/** Node-only: S3 when S3_BUCKET is set, otherwise a directory under DATA_DIR. */
export function openBlobStore(config: Config): BlobStore {
  if (config.S3_BUCKET) {
    return new S3BlobStore({
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
export function openStorageLocations(config: Config): StorageLocations {
  const spec = config.STORAGE_LOCATIONS;
  if (!spec) return storageLocations({ [DEFAULT_LOCATION]: openBlobStore(config) }, DEFAULT_LOCATION);
  const stores = Object.fromEntries(
    Object.entries(spec.locations).map(([name, location]) => [name, openLocation(config, location)]),
  );
  return storageLocations(stores, spec.default);
}

function openLocation(config: Config, location: StorageLocationSpec): BlobStore {
  if (location.kind === 'local') return new LocalBlobStore(location.directory);
  return new S3BlobStore({
    bucket: location.bucket,
    region: location.region,
    endpoint: location.endpoint,
    forcePathStyle: location.forcePathStyle ?? config.S3_FORCE_PATH_STYLE,
    sse: config.S3_SSE,
    sseKmsKeyId: config.S3_SSE_KMS_KEY_ID,
  });
}
