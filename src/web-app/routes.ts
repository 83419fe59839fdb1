import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Context, NotFoundHandler } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import { staticCacheControl } from '../http/static-headers.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** A file under `root` for a URL path, or undefined (missing, a directory, or outside `root`). */
async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = resolve(root, `.${decoded}`);
  if (!file.startsWith(root + sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? file : undefined;
}

/**
 * The built web app (web/dist) for every GET or HEAD that no route claimed outside /api: a file when
 * one matches, else index.html so client-side routes survive a reload. It answers from the not-found
 * handler rather than as a catch-all route, so any route registered later still wins; /api paths, other
 * methods and missing hashed assets get `fallback` (the JSON 404).
 */
export function serveWebApp(distDir: string, fallback: NotFoundHandler<AppEnv>): NotFoundHandler<AppEnv> {
  const root = resolve(distDir);
  return async (c: Context<AppEnv>) => {
    const path = c.req.path;
    if (!['GET', 'HEAD'].includes(c.req.method) || path === '/api' || path.startsWith('/api/'))
      return fallback(c);
    const file = await fileFor(root, path);
    if (file && !file.endsWith(`${sep}index.html`)) {
      const body = await readFile(file);
      return c.body(body, 200, {
        'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': staticCacheControl(path),
      });
    }
    // A missing hashed asset is a 404, never the HTML page under a script's name.
    if (path.startsWith('/assets/')) return fallback(c);
    const index = await readFile(resolve(root, 'index.html')).catch(() => undefined);
    if (!index) {
      return c.text('The web app is not built. Run `npm run build:web` (npm start does it for you).', 503, {
        'Cache-Control': 'no-store',
      });
    }
    return c.body(index, 200, { 'Content-Type': contentTypes['.html']!, 'Cache-Control': 'no-store' });
  };
}
