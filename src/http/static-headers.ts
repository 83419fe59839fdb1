/**
 * Headers for the web app's static files (web/dist), one policy for every runtime that serves them
 * (the Worker's static assets now; the Node server's static route uses the same function). The app
 * loads only its own scripts and styles, plays audio from blob: URLs it builds, and talks only to /api.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Vite names built assets by content hash under /assets/: they never change, so cache them for a year. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

export function staticAssetHeaders(pathname: string): Record<string, string> {
  return {
    'Content-Security-Policy': WEB_APP_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    // Everything else (index.html above all) is revalidated, so a deploy shows at the next load.
    'Cache-Control': HASHED_ASSET.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
}
