import { AppError } from '../http/errors.ts';

/** Someone else decided first (deleted it, say): nothing left to do. */
export function ignoreConflict(err: unknown): void {
  if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err;
}
