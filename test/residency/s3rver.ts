import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { S3BlobStore } from '../../src/storage/s3-store.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * s3rver in a child process on a free loopback port, as .ci/run and the vault bench start it (its
 * listings need OpenSSL's legacy provider), with the buckets named created. s3rver accepts any
 * signature from its default account, so the AWS SDK's credentials are set to those.
 */
export async function startS3rver(
  dir: string,
  buckets: string[],
): Promise<{ endpoint: string; child: ChildProcess }> {
  const port = await freePort();
  const bin = join(import.meta.dirname, '../../node_modules/s3rver/bin/s3rver.js');
  const child = spawn(process.execPath, [bin, '-d', dir, '-a', '127.0.0.1', '-p', String(port), '--silent'], {
    env: { ...process.env, NODE_OPTIONS: '--openssl-legacy-provider' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('listening') && resolve());
    child.once('exit', (code) => reject(new Error(`s3rver exited ${code}`)));
  });
  process.env.AWS_ACCESS_KEY_ID ??= 'S3RVER';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'S3RVER';
  const endpoint = `http://127.0.0.1:${port}`;
  for (const bucket of buckets) {
    const store = new S3BlobStore({ bucket, region: 'us-east-1', endpoint, forcePathStyle: true });
    await store.client.send(new CreateBucketCommand({ Bucket: bucket }));
  }
  return { endpoint, child };
}
