import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Session = Schemas['Session'];
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

const sessionWatch: Middleware = {
  onResponse({ request, response }) {
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
