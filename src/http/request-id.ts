import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

const acceptable = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Every response carries X-Request-Id. An id from the load balancer is kept when it looks like one
 * (so logs line up across hops); anything else is replaced, since it ends up in logs and the access log.
 */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const id = incoming && acceptable.test(incoming) ? incoming : crypto.randomUUID();
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    await next();
    // Handlers that build their own Response (streams) bypass c.header; set it on the final one too.
    if (!c.res.headers.has('X-Request-Id')) c.res.headers.set('X-Request-Id', id);
  };
}
