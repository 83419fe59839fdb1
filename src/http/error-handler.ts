import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from '../logger.ts';
import { errorFields } from '../logger.ts';
import type { AppEnv } from './app-env.ts';
import { AppError, type ErrorCode } from './errors.ts';

export function errorBody(
  c: Context<AppEnv>,
  code: ErrorCode,
  message: string,
  extra?: Record<string, unknown>,
) {
  return { error: { code, message, requestId: c.get('requestId'), ...extra } };
}

function codeForHttpStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 405:
      return 'METHOD_NOT_ALLOWED';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'TOO_MANY_REQUESTS';
    case 503:
      return 'UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
  }
}

/** The one error handler: AppError, Hono's HTTPException, and everything unexpected. */
export function handleError(logger: () => Logger): ErrorHandler<AppEnv> {
  return (err, c) => {
    if (err instanceof AppError) {
      for (const [name, value] of Object.entries(err.headers ?? {})) c.header(name, value);
      return c.json(errorBody(c, err.code, err.message, err.details), err.status as ContentfulStatusCode);
    }
    if (err instanceof HTTPException && err.status < 500) {
      // Hono's own messages ("Malformed JSON in request body", …) name the problem without echoing input.
      const code = codeForHttpStatus(err.status);
      return c.json(errorBody(c, code, err.message || code), err.status as ContentfulStatusCode);
    }
    logger().error('unhandled error', { requestId: c.get('requestId'), ...errorFields(err) });
    return c.json(errorBody(c, 'INTERNAL', 'Internal server error'), 500);
  };
}

export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  c.json(errorBody(c, 'NOT_FOUND', `No route for ${c.req.method} ${new URL(c.req.url).pathname}`), 404);
