import { describe, it } from 'vitest';
import { openTestBlobStore } from '../support/blob-store.ts';
import { describeBlobStoreContract } from './blob-store-contract.ts';

// Runs against a real S3-protocol server when one is configured (.ci/run starts s3rver on loopback).
if (process.env.S3_ENDPOINT) {
  describeBlobStoreContract('s3', async () => ({
    store: await openTestBlobStore(''),
    cleanup: async () => {},
  }));
} else {
  describe('s3 blob store', () => {
    it.todo('runs when S3_ENDPOINT points at an S3-protocol server');
  });
}
