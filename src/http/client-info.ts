import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
  /** Whether the client reached us over HTTPS (directly, or per the trusted proxy). */
  secure: boolean;
}

/**
 * Who is calling, for the access log, throttling and cookie flags. Forwarded headers are believed only
 * with TRUST_PROXY, since any client can send them. The socket address comes from the Node adapter's
 * `incoming` binding; other runtimes (and app.request in tests) may not have one.
 */
export function clientInfo(c: Context<AppEnv>): ClientInfo {
  const trustProxy = c.get('deps').config.TRUST_PROXY;
  const env = c.env as
    | { incoming?: { socket?: { remoteAddress?: string; encrypted?: boolean } } }
    | undefined;
  const socket = env?.incoming?.socket;
  const forwardedFor = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  const ip =
    // header('') would return every header as an object, hence the explicit undefined.
    forwardedFor ||
    (trustProxy ? c.req.header('cf-connecting-ip') : undefined) ||
    socket?.remoteAddress ||
    null;
  const proto = trustProxy ? c.req.header('x-forwarded-proto') : undefined;
  const secure = proto
    ? proto === 'https'
    : Boolean(socket?.encrypted) || new URL(c.req.url).protocol === 'https:';
  const userAgent = c.req.header('user-agent')?.slice(0, 512) ?? null;
  return { ip, userAgent, secure };
}
