import { join } from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import type { BlobStore } from '../../src/storage/blob-store.ts';
import { LocalBlobStore } from '../../src/storage/local-store.ts';
import { S3BlobStore } from '../../src/storage/s3-store.ts';

/** The S3-protocol server at S3_ENDPOINT when set (CI's s3rver), otherwise a directory of the test's own. */
export async function openTestBlobStore(dataDir: string): Promise<BlobStore> {
  const endpoint = process.env.S3_ENDPOINT;
  if (!endpoint) return new LocalBlobStore(join(dataDir, 'blobs'));
  const bucket = process.env.S3_BUCKET ?? 'qa-vault-test';
  const store = new S3BlobStore({
    bucket,
    region: process.env.S3_REGION ?? 'us-east-1',
    endpoint,
    forcePathStyle: true,
    partSize: 5 * 1024 * 1024,
  });
  await store.client.send(new CreateBucketCommand({ Bucket: bucket })).catch((err) => {
    if (!/BucketAlreadyOwnedByYou|BucketAlreadyExists/.test(String(err?.name))) throw err;
  });
  return store;
}
