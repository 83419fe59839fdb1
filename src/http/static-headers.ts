import { CONTENT_SECURITY_POLICY } from '../web-app/security-headers.ts';

/**
 * Headers for the web app's static files (web/dist), one policy for every runtime that serves them:
 * the Node server (web-app/routes.ts) and the Worker's static assets (worker.ts).
 */

/** Vite names built assets by content hash under /assets/: they never change, so cache them for a year. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{6,}\.[a-z0-9]+$/;

/**
 * index.html (served for `/` and for every client route) names the current hashed assets, so it is
 * never cached; other unhashed files (the favicon) for an hour.
 */
export function staticCacheControl(pathname: string): string {
  if (HASHED_ASSET.test(pathname)) return 'public, max-age=31536000, immutable';
  const ext = /\.([a-z0-9]+)$/i.exec(pathname)?.[1]?.toLowerCase();
  return ext === undefined || ext === 'html' ? 'no-store' : 'public, max-age=3600';
}

export function staticAssetHeaders(pathname: string): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': staticCacheControl(pathname),
  };
}
