import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSocketPath } from '../../src/cli/admin-socket.ts';
import { acquireOwnerLock, OwnerLockError } from '../../src/db/owner-lock.ts';
import {
  type IsolatedServer,
  isolatedServer,
  type ServeChild,
  spawnedProcessTimeout,
  startServe,
} from '../support/serve.ts';

/**
 * The embedded database has one owner: a running `serve`. A second serve and any CLI command that
 * would open the same database are refused at once, naming the server's pid; user commands are sent
 * to the server over DATA_DIR/admin.sock instead, so what they do is what the server sees.
 */

const bin = join(import.meta.dirname, '../../bin/qa-vault.js');
const PASSWORD = 'owner test passphrase 2026';
const embedded = !process.env.DATABASE_URL;

function cli(env: Record<string, string>, args: string[], input = '') {
  return new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
    child.stdin.end(input);
  });
}

async function signIn(url: string, email: string) {
  return fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
}

let server: IsolatedServer;
let child: ServeChild;
beforeAll(async () => {
  server = await isolatedServer({ NODE_ENV: 'test', LOG_LEVEL: 'info' });
  child = await startServe(server.env);
}, 120_000);
afterAll(async () => {
  child?.kill('SIGTERM');
  await child?.exited;
  await server?.close();
});

describe.runIf(embedded)('one owner for the embedded database', () => {
  it('runs `user add` inside the running server: the new user signs in to that server', async () => {
    const email = `owner-${crypto.randomUUID().slice(0, 8)}@example.test`;
    const added = await cli(
      server.env,
      ['user', 'add', '--email', email, '--name', 'Pat Owner', '--role', 'therapist', '--team', 'North'],
      `${PASSWORD}\n`,
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^[0-9a-f-]{36}\n$/);
    expect((await signIn(child.url, email)).status).toBe(200);
    const reset = await cli(server.env, ['user', 'reset', '--email', email]);
    expect(reset.code).toBe(0);
    const disabled = await cli(server.env, ['user', 'disable', '--email', email]);
    expect(disabled.code).toBe(0);
    expect((await signIn(child.url, email)).status).toBe(401);
  });

  it('refuses a second serve on the same DATA_DIR at once, naming the running pid', async () => {
    const second = await cli({ ...server.env }, ['serve']);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`pid ${child.pid}`);
    expect(second.stderr).toContain('kill -TERM');
    expect(second.ms).toBeLessThan(15_000);
    // The first server is unharmed.
    expect((await fetch(`${child.url}/healthz`)).status).toBe(200);
  });

  it('refuses CLI commands that would open the database beside the server, naming its pid', async () => {
    for (const args of [['migrate'], ['audit', 'verify'], ['vault', 'sweep']]) {
      const res = await cli(server.env, args);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr, args.join(' ')).toContain(`in use by qa-vault serve (pid ${child.pid}`);
    }
  });

  it('keeps the admin socket private to its owner (mode 0600)', async () => {
    const info = await stat(adminSocketPath(server.dataDir));
    expect(info.isSocket()).toBe(true);
    expect(info.mode & 0o777).toBe(0o600);
  });

  it('lets a new server start at once after the owner was killed with SIGKILL', async () => {
    child.kill('SIGKILL');
    await child.exited;
    const started = Date.now();
    child = await startServe(server.env);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect((await fetch(`${child.url}/healthz`)).status).toBe(200);
  });
});

describe('the owner lock', { timeout: spawnedProcessTimeout }, () => {
  it('refuses a second holder in the same process and frees the directory on release', async () => {
    const dir = join(server.dataDir, 'lock-test');
    const first = await acquireOwnerLock(dir, 'serve');
    const second = await acquireOwnerLock(dir, 'user').catch((err: unknown) => err);
    expect(second).toBeInstanceOf(OwnerLockError);
    expect((second as OwnerLockError).owner?.pid).toBe(process.pid);
    await first.release();
    const third = await acquireOwnerLock(dir, 'user');
    await third.release();
  });
});
