import { AppError } from './errors.ts';

/**
 * The cursor of a newest-first list ordered by (time, id): the last row's pair, opaque to clients.
 * The next page is what sorts strictly after it: (time < at) or (time = at and id < id).
 */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const encodeTimeCursor = (at: Date, id: string) =>
  Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');

export function decodeTimeCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (Number.isNaN(date.getTime()) || !id || !uuidPattern.test(id)) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Invalid request: cursor: must be a nextCursor from a previous page',
    );
  }
  return { at: date, id };
}
