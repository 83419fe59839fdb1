/**
 * Why a transcription did not come back. Stable codes: the job queue stores `SttError:<code>` as
 * `last_error` (src/jobs/errors.ts errorReason), tests and operators branch on them.
 */
export type SttErrorCode =
  | 'unauthorized' // 401/403: the API key is missing or wrong
  | 'rejected' // another 4xx: the server will not take this request as it is
  | 'too_large' // 413: the file is over the server's upload limit
  | 'rate_limited' // 429
  | 'server_error' // 5xx
  | 'network' // connection refused, reset, DNS…
  | 'timeout' // STT_TIMEOUT_SECONDS passed before the answer was complete
  | 'invalid_response'; // 2xx, but not a JSON transcript (or far larger than any transcript)

/**
 * A failed transcription. `permanent` is what src/jobs reads (any error with `permanent === true`
 * fails the job at once); retryable failures go back to the queue with its backoff. Messages carry
 * the status and code only — never the server's body, which may echo the transcript.
 */
export abstract class SttError extends Error {
  readonly code: SttErrorCode;
  abstract readonly permanent: boolean;
  /** The HTTP status, when the server answered. */
  readonly status: number | undefined;
  /** From a 429/503 Retry-After header: how long the server asked us to wait. */
  readonly retryAfterMs: number | undefined;

  constructor(
    code: SttErrorCode,
    message: string,
    options: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }

  get retryable(): boolean {
    return !this.permanent;
  }
}

/** Worth trying again later: 5xx, 429, network failures, timeouts. */
export class SttRetryableError extends SttError {
  readonly permanent = false;
  override readonly name = 'SttRetryableError';
}

/** Retrying the same request cannot help: a wrong key, a refused file, an answer that is not a transcript. */
export class SttPermanentError extends SttError {
  readonly permanent = true;
  override readonly name = 'SttPermanentError';
}

/** Classifies a non-2xx answer. */
export function errorForStatus(status: number, retryAfter: string | null, now = Date.now()): SttError {
  const retryAfterMs = parseRetryAfter(retryAfter, now);
  const message = `speech-to-text service answered ${status}`;
  if (status === 429) return new SttRetryableError('rate_limited', message, { status, retryAfterMs });
  if (status >= 500 || status === 408) {
    return new SttRetryableError('server_error', message, { status, retryAfterMs });
  }
  if (status === 401 || status === 403) return new SttPermanentError('unauthorized', message, { status });
  if (status === 413) return new SttPermanentError('too_large', message, { status });
  return new SttPermanentError('rejected', message, { status });
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 10.2.3); anything else is ignored. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{1,9}$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
