// Builds the web app into web/dist when it is missing or older than its sources (npm start's prestart
// and the test suite's global setup call this), and prints the initial JavaScript a browser downloads.
// `node scripts/build-web.ts --force` always builds.
import { spawnSync } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const web = join(root, 'web');
const dist = join(web, 'dist');
/** The budget from the web-app issue: what the first page load fetches, gzipped. */
export const INITIAL_JS_LIMIT_KB = 250;

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, entry)));
  return newest;
}

export async function webBuildIsStale(): Promise<boolean> {
  const built = (await stat(join(dist, 'index.html')).catch(() => undefined))?.mtimeMs ?? 0;
  if (built === 0) return true;
  const sources = ['index.html', 'vite.config.ts', 'tsconfig.json', 'src', 'public'].map((p) => join(web, p));
  sources.push(join(root, 'package-lock.json'));
  for (const s of sources) if ((await newestMtime(s)) > built) return true;
  return false;
}

/** Gzipped bytes of the scripts index.html loads up front (entry and its module preloads). */
export async function initialJsGzipBytes(): Promise<number> {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g),
  ];
  let total = 0;
  for (const [, src] of srcs) total += gzipSync(await readFile(join(dist, src!))).length;
  return total;
}

export async function buildWeb(): Promise<void> {
  // A child process with NODE_ENV=production: under vitest (NODE_ENV=test) Vite would bundle React's
  // development build.
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const run = spawnSync(
    process.execPath,
    [vite, 'build', '--config', join(web, 'vite.config.ts'), '--logLevel', 'warn'],
    {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (run.status !== 0) throw new Error(`vite build failed (${run.status ?? run.signal})`);
  const kb = (await initialJsGzipBytes()) / 1024;
  console.log(`web: initial JavaScript ${kb.toFixed(1)} KB gzipped (limit ${INITIAL_JS_LIMIT_KB} KB)`);
  if (kb > INITIAL_JS_LIMIT_KB)
    throw new Error(`initial JavaScript exceeds ${INITIAL_JS_LIMIT_KB} KB gzipped`);
}

export async function buildWebIfStale(): Promise<boolean> {
  if (!(await webBuildIsStale())) return false;
  await buildWeb();
  return true;
}

if (import.meta.main) {
  if (process.argv.includes('--force')) await buildWeb();
  else if (!(await buildWebIfStale())) console.log('web: web/dist is up to date');
}
