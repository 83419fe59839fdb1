import type { z } from 'zod';

/** The closed set of error codes a client can see, and the one place that maps them to statuses. */
export const errorStatus = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  REQUEST_TIMEOUT: 408,
  CONFLICT: 409,
  /** The upload is under a legal hold: nobody may delete it until the hold is released. */
  LEGAL_HOLD: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RANGE_NOT_SATISFIABLE: 416,
  UNPROCESSABLE: 422,
  UPLOAD_REJECTED: 422,
  COMMENT_REJECTED: 422,
  TOO_MANY_REQUESTS: 429,
  /** Headers past the HTTP parser's 16 KiB (in practice, a browser's piled-up cookies). */
  HEADERS_TOO_LARGE: 431,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/**
 * A domain error. Services throw it; only the HTTP layer turns it into a status. `message` is shown
 * to the client, so it must never carry content, file names, roster entries or other identifiers.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  /** Extra fields merged into the error envelope (e.g. `findings` for UPLOAD_REJECTED). */
  readonly details: Record<string, unknown> | undefined;
  /** Extra response headers (e.g. Retry-After). */
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: Record<string, unknown>; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
    this.headers = options.headers;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

/**
 * The VALIDATION_FAILED error for a failed parse, naming each bad field and the rule it broke, never
 * a value. Zod's own messages hold no received values except for unknown keys, which it lists by
 * name — and a key is input too (a client's name sent as a key), so those are only counted here.
 */
export function invalidRequest(issues: readonly z.core.$ZodIssue[], root = '(body)'): AppError {
  const problems = issues.map((i) => {
    const message =
      i.code === 'unrecognized_keys'
        ? i.keys.length === 1
          ? 'unknown field'
          : `${i.keys.length} unknown fields`
        : i.message;
    return `${i.path.join('.') || root}: ${message}`;
  });
  return new AppError('VALIDATION_FAILED', `Invalid request: ${problems.join('; ')}`);
}
