import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { inject } from 'vitest';
import type { Config } from '../../src/config.ts';
import type { BlobStore } from '../../src/storage/blob-store.ts';
import { openBlobStore } from '../../src/storage/open.ts';
import { S3BlobStore } from '../../src/storage/s3-store.ts';
import { S3RVER_CREDENTIALS } from './s3-server.ts';

// The S3 client takes credentials from the standard AWS chain, which reads the environment; the
// test server accepts only its own, whatever the machine running the tests has configured.
Object.assign(process.env, S3RVER_CREDENTIALS);

/**
 * Service configuration for the S3-protocol server the test setup started, as an operator would
 * write it — server-side encryption included — with a bucket of the caller's own.
 */
export function s3Env(): Record<string, string> {
  return {
    S3_ENDPOINT: inject('s3Endpoint'),
    S3_BUCKET: `qa-vault-${crypto.randomUUID().slice(0, 13)}`,
    S3_REGION: 'us-east-1',
    S3_FORCE_PATH_STYLE: 'true',
    S3_SSE: 'AES256',
  };
}

/**
 * The blob store the service would open for `config` (src/storage/open.ts), with the bucket created
 * first when it is S3: operators create buckets; tests make one each.
 */
export async function openConfiguredBlobStore(config: Config): Promise<BlobStore> {
  const store = await openBlobStore(config);
  if (store instanceof S3BlobStore) {
    await store.client.send(new CreateBucketCommand({ Bucket: config.S3_BUCKET }));
  }
  return store;
}
