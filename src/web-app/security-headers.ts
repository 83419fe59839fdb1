import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env.ts';

/**
 * The page may load script, style, images and media only from this origin, never inline script, and
 * may not be framed (clickjacking). `blob:` is for playing an own recording fetched by the page;
 * `data:` images are none of ours but browsers use them for form controls.
 */
export const CONTENT_SECURITY_POLICY = [
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

/**
 * Headers every response carries. A route that sets its own CSP (decrypted content is served
 * sandboxed) keeps it. No referrer leaves the app: setup and reset links carry tokens in the URL.
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    if (!h.has('content-security-policy')) h.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('X-Frame-Options', 'DENY');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
  };
}
