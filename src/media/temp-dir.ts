import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs `fn` with a fresh directory only this process's user can enter (0700), removed afterwards
 * whatever happens. Decrypted audio lives here while ffmpeg works on it, so removal is in `finally`;
 * files inside are named by role ("input", "normalized.ogg"), never after the uploader's file.
 */
export async function withPrivateTempDir<T>(
  fn: (dir: string) => Promise<T>,
  options: { parent?: string } = {},
): Promise<T> {
  const dir = await mkdtemp(join(options.parent ?? tmpdir(), 'qa-vault-media-'));
  try {
    await chmod(dir, 0o700);
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}
