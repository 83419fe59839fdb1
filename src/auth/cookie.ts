import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../http/app-env.ts';
import { clientInfo } from '../http/client-info.ts';

/**
 * The session cookie. Over HTTPS (or with COOKIE_SECURE) it is `__Host-qa_session`: the prefix makes
 * browsers insist on Secure, Path=/ and no Domain, so a sibling subdomain cannot plant or read it.
 */
export const SESSION_COOKIE = 'qa_session';

function secure(c: Context<AppEnv>): boolean {
  return c.get('deps').config.COOKIE_SECURE || clientInfo(c).secure;
}

/**
 * With COOKIE_SECURE only `__Host-qa_session` is read: an unprefixed cookie can be planted by a
 * sibling subdomain or over plain HTTP, which is what the prefix exists to rule out.
 */
export function readSessionCookie(c: Context<AppEnv>): string | undefined {
  const host = getCookie(c, SESSION_COOKIE, 'host');
  if (c.get('deps').config.COOKIE_SECURE) return host;
  return host ?? getCookie(c, SESSION_COOKIE);
}

export function writeSessionCookie(c: Context<AppEnv>, token: string, expiresAt: Date): void {
  const now = c.get('deps').clock.now();
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  const options = { httpOnly: true, sameSite: 'Lax', path: '/', maxAge } as const;
  if (secure(c)) setCookie(c, SESSION_COOKIE, token, { ...options, secure: true, prefix: 'host' });
  else setCookie(c, SESSION_COOKIE, token, options);
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  if (getCookie(c, SESSION_COOKIE, 'host') !== undefined) {
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true, prefix: 'host' });
  }
  if (getCookie(c, SESSION_COOKIE) !== undefined) deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
