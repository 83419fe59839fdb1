/**
 * Thrown by a handler when retrying cannot help (the input is bad, the record is gone): the job
 * goes straight to `failed`. Any error with `permanent === true` counts too, so feature errors
 * (e.g. media that cannot be decoded) can say so without depending on this module.
 */
export class PermanentJobError extends Error {
  readonly permanent = true;
  readonly reason: string;
  constructor(reason: string, options: { cause?: unknown } = {}) {
    super(reason, options);
    this.name = 'PermanentJobError';
    this.reason = reason;
  }
}

export function isPermanentError(err: unknown): boolean {
  return err instanceof PermanentJobError || (err as { permanent?: unknown } | null)?.permanent === true;
}

const codeLike = /^[A-Za-z0-9_.:-]{1,64}$/;

/**
 * A reason safe to store and log: the error's class name and its `reason`/`code` when that looks like
 * a code. Never the message — driver and parser messages can quote the data they choked on.
 */
export function errorReason(err: unknown): string {
  if (!(err instanceof Error)) return 'non_error_thrown';
  const e = err as Error & { reason?: unknown; code?: unknown };
  const code = [e.reason, e.code].find((v) => typeof v === 'string' && codeLike.test(v)) as
    | string
    | undefined;
  const name = codeLike.test(e.name) ? e.name : 'Error';
  return code ? `${name}:${code}` : name;
}

/** Stack frames without the first line (which repeats the message), for operators' logs. */
export function errorFrames(err: unknown): string | undefined {
  if (!(err instanceof Error) || !err.stack) return undefined;
  return err.stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .join('\n');
}
