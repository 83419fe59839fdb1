import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** s3rver's built-in credentials: it refuses requests signed with any other access key. */
export const S3RVER_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };

export interface S3Server {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * Starts s3rver (an S3-protocol server in Node) on a free loopback port, in a child process of its
 * own so its legacy-OpenSSL need (it signs listing cursors with DES) stays out of the test workers.
 * Rejects with its output when it is not listening within `timeoutMs`.
 */
export async function startS3Server(timeoutMs = 30_000): Promise<S3Server> {
  const dir = await mkdtemp(join(tmpdir(), 'qa-vault-s3rver-'));
  const bin = createRequire(import.meta.url).resolve('s3rver/bin/s3rver.js');
  const child = spawn(
    process.execPath,
    ['--openssl-legacy-provider', bin, '-d', dir, '-a', '127.0.0.1', '-p', '0', '--silent'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (d: Buffer) => {
    output += d;
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const stop = async () => {
    await kill(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`S3 server (s3rver) not listening after ${timeoutMs} ms:\n${output}`)),
        timeoutMs,
      );
      child.stdout!.on('data', () => {
        const m = output.match(/listening on [^:\s]+:(\d+)/);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`S3 server (s3rver) exited (${code ?? signal}) before listening:\n${output}`));
      });
    });
    return { endpoint: `http://127.0.0.1:${port}`, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
