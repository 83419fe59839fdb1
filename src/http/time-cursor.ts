import { and, type Column, eq, lt, or, type SQL } from 'drizzle-orm';
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

/** The rows after `cursor` in a newest-first (time, id) order; no condition without a cursor. */
export function afterTimeCursor(time: Column, id: Column, cursor: string | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const after = decodeTimeCursor(cursor);
  return or(lt(time, after.at), and(eq(time, after.at), lt(id, after.id)));
}
