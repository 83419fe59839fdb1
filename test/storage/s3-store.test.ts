import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { newBlobKey } from '../../src/storage/blob-key.ts';
import type { S3BlobStore } from '../../src/storage/s3-store.ts';
import { openConfiguredBlobStore, s3Env } from '../support/s3.ts';
import { describeBlobStoreContract } from './blob-store-contract.ts';

// The S3-protocol server the test setup starts, reached through the configuration the service reads
// (bucket, endpoint, path style, server-side encryption) and the store it opens from it.
describeBlobStoreContract('s3', async () => ({
  store: await openConfiguredBlobStore(parseConfig({ NODE_ENV: 'test', ...s3Env() })),
  cleanup: async () => {},
}));

describe('the S3 store the service opens', () => {
  it('asks for server-side encryption on every put when S3_SSE is set', async () => {
    const store = (await openConfiguredBlobStore(
      parseConfig({ NODE_ENV: 'test', ...s3Env() }),
    )) as S3BlobStore;
    const sent: string[] = [];
    store.client.middlewareStack.add(
      (next) => async (args) => {
        const headers = (args.request as { headers?: Record<string, string> }).headers ?? {};
        sent.push(headers['x-amz-server-side-encryption'] ?? '(none)');
        return next(args);
      },
      { step: 'finalizeRequest' },
    );
    await store.put(newBlobKey('sse/'), new Response('ciphertext only').body!);
    expect(sent).toEqual(['AES256']);
  });
});
