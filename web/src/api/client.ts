import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Session = Schemas['Session'];
/** The session as GET /api/auth/me tells it, with the idle limit. */
export type Me = Schemas['Me'];
export type User = Schemas['User'];
export type Role = User['role'];

/** The service's one error envelope, thrown by `unwrap` so TanStack Query sees a real error. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Envelope = { error?: { code?: string; message?: string; details?: unknown } };

export function apiErrorFrom(status: number, body: unknown): ApiError {
  const e = (body as Envelope | undefined)?.error;
  return new ApiError(status, e?.code ?? 'ERROR', e?.message ?? `Request failed (${status})`, e?.details);
}

/** Listeners for "the server says we are no longer signed in" (any 401 outside the sign-in steps). */
const unauthorizedListeners = new Set<() => void>();
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}
export function notifyUnauthorized(): void {
  for (const l of unauthorizedListeners) l();
}

// The sign-in steps answer 401 for a wrong password or code; that is not a lost session.
const signInPaths = /\/api\/auth\/(login|mfa\/verify|me|password\/reset)$/;

/**
 * When the server last counted this session as active. It refreshes its mark only when the last one is
 * older than min(60 s, idle / 4) (src/auth/sessions.ts), so the page mirrors that rule rather than
 * trusting every response: otherwise it could warn up to a minute after the session already ended.
 */
let serverActiveAt = Date.now();
let idleMs = 15 * 60_000;
export function setIdleMinutes(minutes: number): void {
  idleMs = minutes * 60_000;
}
export function markServerContact(at = Date.now()): void {
  if (at - serverActiveAt >= Math.min(60_000, idleMs / 4)) serverActiveAt = at;
}
export function resetServerContact(at = Date.now()): void {
  serverActiveAt = at;
}
export const lastServerActivity = () => serverActiveAt;

const sessionWatch: Middleware = {
  onResponse({ request, response }) {
    if (response.ok) markServerContact();
    if (response.status === 401 && !signInPaths.test(new URL(request.url).pathname)) notifyUnauthorized();
    return response;
  },
};

/** Same-origin client: the session cookie rides along, and no token is ever kept in script. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(sessionWatch);

/** Unwraps an openapi-fetch result: data on success, ApiError otherwise. */
export async function unwrap<T>(
  promise: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await promise;
  if (!response.ok) throw apiErrorFrom(response.status, error);
  return data as T;
}
