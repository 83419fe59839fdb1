import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { BlobStore } from './blob-store.ts';
import { LocalBlobStore } from './local-store.ts';
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
