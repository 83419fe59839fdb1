import type { Context, MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../http/app-env.ts';
import { AppError } from '../http/errors.ts';

const SAFE = /^(GET|HEAD|OPTIONS)$/;

/** Origins this service answers as: the request URL's, and behind a trusted proxy the public one. */
function ownOrigins(c: Context<AppEnv>): string[] {
  const origins = [new URL(c.req.url).origin];
  if (c.get('deps').config.TRUST_PROXY) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim() ?? c.req.header('host');
    if (proto && host) origins.push(`${proto}://${host}`);
  }
  return origins;
}

const refused = () => new AppError('FORBIDDEN', 'Cross-site request refused');

/**
 * CSRF defence for every state-changing request (sign-in included, against login CSRF). Hono's
 * `csrf()` checks Origin / Sec-Fetch-Site for the form and text content types a page can send
 * without a preflight; on top of it, any request that carries `Sec-Fetch-Site` must be same-origin
 * and any `Origin` must be ours, whatever the content type. Clients that are not browsers send
 * neither header and are not affected (they hold no ambient cookie to abuse).
 */
export function csrfGuard(): MiddlewareHandler<AppEnv> {
  const honoCsrf = csrf({ origin: (origin, c) => ownOrigins(c as Context<AppEnv>).includes(origin) });
  return async (c, next) => {
    if (SAFE.test(c.req.method)) return next();
    try {
      // Run only the check: hono's middleware calls `next` last, so a no-op stands in for it here.
      await honoCsrf(c, async () => {});
    } catch (err) {
      if (err instanceof HTTPException && err.status === 403) throw refused();
      throw err;
    }
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin') throw refused();
    const origin = c.req.header('origin');
    if (origin !== undefined && !ownOrigins(c).includes(origin)) throw refused();
    await next();
  };
}
