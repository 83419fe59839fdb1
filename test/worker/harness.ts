import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';

/**
 * The Worker as deployed, run locally on workerd: bundled by `wrangler deploy --dry-run` from
 * wrangler.toml (build command included), then started by Miniflare with a local R2 bucket and
 * Hyperdrive pointing at a PostgreSQL database on this machine. No network is used.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export async function bundleWorker(): Promise<{ dir: string; output: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'qa-vault-worker-'));
  const env = {
    ...process.env,
    // The build command runs `node`: the one running the tests.
    PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    WRANGLER_SEND_METRICS: 'false',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  };
  const wrangler = join(root, 'node_modules/.bin/wrangler');
  const args = ['deploy', '--dry-run', '--outdir', dir, '--metafile', join(dir, 'meta.json')];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(wrangler, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`wrangler failed:\n${text}`)),
    );
  });
  return { dir, output, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export function startWorker(
  bundleDir: string,
  options: { databaseUrl: string; vars: Record<string, string>; assetsDir?: string },
): Miniflare {
  // Hyperdrive requires a password in its connection string; trust auth ignores it.
  const url = new URL(options.databaseUrl);
  if (!url.password) url.password = 'local';
  // The options in Miniflare 4's documented shape, which Miniflare 5 converts.
  return new Miniflare(
    convertV4MiniflareOptions({
      cf: false,
      workers: [
        {
          name: 'qa-vault',
          modulesRoot: bundleDir,
          modules: [
            { type: 'ESModule', path: join(bundleDir, 'worker.js') },
            ...readdirSync(bundleDir)
              .filter((f) => f.endsWith('.gz'))
              .map((f) => ({ type: 'Data' as const, path: join(bundleDir, f) })),
          ],
          compatibilityDate: '2026-11-17',
          compatibilityFlags: ['nodejs_compat'],
          r2Buckets: ['BLOBS'],
          hyperdrives: { HYPERDRIVE: url.toString() },
          bindings: options.vars,
          ...(options.assetsDir
            ? {
                assets: {
                  directory: options.assetsDir,
                  binding: 'ASSETS',
                  run_worker_first: true,
                  routerConfig: { has_user_worker: true },
                  assetConfig: { not_found_handling: 'single-page-application' },
                },
              }
            : {}),
        },
      ],
    }),
  );
}
