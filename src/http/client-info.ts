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
  const { TRUST_PROXY: trustProxy, TRUST_PROXY_HOPS: hops } = c.get('deps').config;
  const env = c.env as
    | { incoming?: { socket?: { remoteAddress?: string; encrypted?: boolean } } }
    | undefined;
  const socket = env?.incoming?.socket;
  const forwardedFor = trustProxy ? forwardedClient(c.req.header('x-forwarded-for'), hops) : undefined;
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

/**
 * The client address in X-Forwarded-For: `hops` entries from the right, since each of our proxies
 * appends the address it saw and anything further left came from the client itself (the leftmost
 * entry is whatever a client wants it to be: taking it would let anyone dodge IP throttling). With
 * fewer entries than hops, the leftmost one is the nearest to the client that a proxy of ours wrote.
 */
export function forwardedClient(header: string | undefined, hops: number): string | undefined {
  if (!header) return undefined;
  const entries = header
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  return entries[Math.max(0, entries.length - hops)];
}
