import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/db/client.ts';
import { openEmbedded } from '../../src/db/open.ts';
import { openScratchDatabase } from './database.ts';

/**
 * What a `qa-vault serve` child needs to stay out of every other test file's way: a server runs
 * background jobs, so on the shared database it would claim their queued jobs (with keys it does not
 * have) and its upload reconciler would judge their rows — stamped by a test clock — by the real one.
 * So: its own database (a scratch one next to DATABASE_URL, or PGlite under its own DATA_DIR), its
 * own DATA_DIR, and the local blob store even when the suite runs against S3.
 */
export interface IsolatedServer {
  dataDir: string;
  /** Environment for the child (merge over process.env). */
  env: Record<string, string>;
  /** Opens the child's database (after the child exited, for PGlite, which one process owns at a time: see owner-lock.ts). */
  openDatabase(): Promise<Database>;
  close(): Promise<void>;
}

export async function isolatedServer(extra: Record<string, string> = {}): Promise<IsolatedServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'qa-vault-serve-'));
  const scratch = process.env.DATABASE_URL ? await openScratchDatabase() : undefined;
  return {
    dataDir,
    env: {
      DATA_DIR: dataDir,
      PORT: '0',
      DATABASE_URL: scratch?.url ?? '',
      S3_ENDPOINT: '',
      S3_BUCKET: '',
      ...extra,
    },
    async openDatabase() {
      if (scratch) return { ...scratch, close: async () => {} };
      return openEmbedded(dataDir, 'test');
    },
    async close() {
      await scratch?.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ServeChild {
  url: string;
  pid: number;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): void;
  /** Resolves once the process has logged a line matching `pattern`; rejects if it exits first. */
  logged(pattern: RegExp): Promise<void>;
}

/** Starts `qa-vault serve` and resolves once it listens (rejects if it exits first). */
export async function startServe(env: Record<string, string>, timeoutMs = 60_000): Promise<ServeChild> {
  const bin = join(import.meta.dirname, '../../bin/qa-vault.js');
  const child = spawn(process.execPath, [bin, 'serve'], { env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left running behind a failed test, holding its data directory and a port.
      child.kill('SIGKILL');
      reject(new Error(`serve did not start: ${stderr}`));
    }, timeoutMs);
    const check = () => {
      const m = stderr.match(/"url":"(http:\/\/[^"]+)"/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stderr.on('data', check);
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code ?? signal}) before listening: ${stderr}`));
    });
  });
  const logged = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!pattern.test(stderr)) return;
        child.stderr.off('data', check);
        resolve();
      };
      child.stderr.on('data', check);
      exited.then(({ code, signal }) =>
        reject(
          new Error(`serve exited (${code ?? signal}) before logging ${pattern}: ${stderr.slice(-3000)}`),
        ),
      );
      check();
    });
  return {
    url,
    pid: child.pid!,
    stderr: () => stderr,
    exited,
    kill: (signal = 'SIGTERM') => child.kill(signal),
    logged,
  };
}

/**
 * For tests that start `qa-vault` processes, each loading the app and PGlite: about 7 s alone, but
 * over the default 30 s on a shared 2-core machine running both suites side by side, where such tests
 * timed out at several stops while passing alone.
 */
export const spawnedProcessTimeout = 90_000;
