import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../bin/qa-vault.js');
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function envWithDataDir() {
  const dir = await mkdtemp(join(tmpdir(), 'qa-vault-worker-cli-'));
  dirs.push(dir);
  return {
    ...process.env,
    DATA_DIR: dir,
    DATABASE_URL: '',
    S3_BUCKET: '',
    VAULT_KEYS: '',
    LOG_LEVEL: 'info',
  };
}

describe('qa-vault worker', () => {
  it('with --once runs the due recurring jobs and exits 0, serving nothing', async () => {
    const r = spawnSync(process.execPath, [bin, 'worker', '--once'], {
      env: await envWithDataDir(),
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    // Due on a fresh database: job pruning, the access-log checkpoint, access-log retention, the
    // retention run and the upload reconciler.
    expect(r.stdout).toBe('ran 5 jobs\n');
    expect(r.stderr).not.toMatch(/listening/);
  }, 120_000); // a whole Node runtime (embedded database, migrations, word lists) in a child process
});
