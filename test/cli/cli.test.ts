import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isolatedServer, spawnedProcessTimeout, startServe } from '../support/serve.ts';

const bin = join(import.meta.dirname, '../../bin/qa-vault.js');
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function freshDataDir() {
  const dir = await mkdtemp(join(tmpdir(), 'qa-vault-cli-'));
  dirs.push(dir);
  return dir;
}

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
}

describe('qa-vault CLI', { timeout: spawnedProcessTimeout }, () => {
  it('lists its commands with --help', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/serve/);
    expect(r.stdout).toMatch(/migrate/);
  });

  it('prints usage for every subcommand with --help', () => {
    for (const name of ['serve', 'migrate']) {
      const r = run([name, '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`qa-vault ${name}`);
    }
  });

  it('exits 2 on an unknown command or option', () => {
    expect(run(['frobnicate']).status).toBe(2);
    expect(run(['migrate', '--frob']).status).toBe(2);
  });

  it('reports an unexpected failure by its class and code, never its message', () => {
    const r = run(['migrate'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:9/canary_db_name' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^qa-vault migrate: unexpected \S+/);
    expect(r.stderr).not.toContain('canary_db_name');
    expect(r.stderr).not.toContain('127.0.0.1:9');
  });

  it('lists every bad variable when the configuration is invalid', () => {
    const r = run(['migrate'], {
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      S3_SSE: 'aws:kms',
      S3_BUCKET: 'b',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/PORT/);
    expect(r.stderr).toMatch(/DATABASE_URL/);
    expect(r.stderr).toMatch(/S3_SSE_KMS_KEY_ID/);
  });

  it('applies migrations to the embedded database', async () => {
    const r = run(['migrate'], { DATA_DIR: await freshDataDir(), DATABASE_URL: '' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/migrations applied/);
  });

  it('serves /healthz and stops cleanly on SIGTERM', async () => {
    // Its own database and data directory: a serving process runs jobs (test/support/serve.ts).
    const server = await isolatedServer();
    dirs.push(server.dataDir);
    const child = spawn(process.execPath, [bin, 'serve'], { env: { ...process.env, ...server.env } });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d) => {
        stderr += d;
        const m = stderr.match(/"url":"(http:\/\/[^"]+)"/);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok', storage: 'ok' });
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(stderr).toContain('"msg":"stopped"');
    await server.close();
  }, 60_000);

  it('stops cleanly on a SIGTERM that lands while it is still starting', async () => {
    // Right after "listening" it still enqueues the start-up reconcile and opens its admin socket; an
    // orchestrator's SIGTERM then must wait for start-up, not kill it half-built (exit code null).
    const server = await isolatedServer();
    dirs.push(server.dataDir);
    const child = await startServe(server.env);
    child.kill('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(child.stderr()).toContain('"msg":"stopped"');
    await server.close();
  }, 60_000);
});
