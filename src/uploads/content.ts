import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { type ObjectRange, type OpenedObject, openObject } from '../vault/objects.ts';
import type { Vault } from '../vault/vault.ts';
import { logRead } from './read.ts';
import { type Upload, uploadPlaybacks } from './tables.ts';
import type { AuditBase } from './transitions.ts';

/**
 * A playback session ends after this long without a read of the same upload in the same sign-in
 * session. Shorter than the sign-in idle timeout, so a reviewer who pauses and comes back later
 * (their session kept alive elsewhere) is logged again.
 */
export const PLAYBACK_IDLE_MS = 10 * 60_000;

export type ContentPart = 'content' | 'transcript' | 'peaks';

/** Which stored object a part is, and its type; 409 while a recording is still being processed. */
function objectOf(row: Upload, part: ContentPart): { objectId: string; contentType: string } {
  if (row.status !== 'accepted') throw new AppError('NOT_FOUND', 'This upload has no content to read.');
  const pending = () =>
    new AppError('CONFLICT', 'The recording is still being processed; try again shortly.', {
      details: { status: row.status, ready: false },
    });
  switch (part) {
    case 'content':
      if (!row.contentObjectId || !row.contentType) throw pending();
      return { objectId: row.contentObjectId, contentType: row.contentType };
    case 'transcript':
      if (!row.transcriptObjectId || !row.transcriptContentType)
        throw new AppError('NOT_FOUND', 'This upload has no transcript.');
      return { objectId: row.transcriptObjectId, contentType: row.transcriptContentType };
    case 'peaks':
      if (!row.peaksObjectId) {
        if (row.kind === 'paperwork') throw new AppError('NOT_FOUND', 'Documents have no waveform.');
        throw pending();
      }
      return { objectId: row.peaksObjectId, contentType: 'application/json' };
  }
}

/**
 * Whether this read starts a playback session: the first read of the upload in this sign-in
 * session, or the first after PLAYBACK_IDLE_MS without one. A player's many Range requests share
 * one session, so they share one access-log entry. Concurrent first requests are serialized by the
 * unique (session, upload) row: one inserts, the others find it.
 */
async function startsPlayback(
  tx: Db,
  input: { sessionId: string; uploadId: string; now: Date },
): Promise<boolean> {
  const inserted = await tx
    .insert(uploadPlaybacks)
    .values({
      sessionId: input.sessionId,
      uploadId: input.uploadId,
      startedAt: input.now,
      lastReadAt: input.now,
    })
    .onConflictDoNothing()
    .returning({ uploadId: uploadPlaybacks.uploadId });
  if (inserted.length > 0) return true;
  const key = and(
    eq(uploadPlaybacks.sessionId, input.sessionId),
    eq(uploadPlaybacks.uploadId, input.uploadId),
  );
  const restarted = await tx
    .update(uploadPlaybacks)
    .set({ startedAt: input.now, lastReadAt: input.now })
    .where(and(key, lt(uploadPlaybacks.lastReadAt, new Date(input.now.getTime() - PLAYBACK_IDLE_MS))))
    .returning({ uploadId: uploadPlaybacks.uploadId });
  if (restarted.length > 0) return true;
  await tx
    .update(uploadPlaybacks)
    .set({ lastReadAt: input.now })
    .where(and(key, lt(uploadPlaybacks.lastReadAt, lastReadStale(input.now))));
  return false;
}

/**
 * Last read moves at most once a minute (as a session's activity does): a player's Range requests
 * then cost no write and no commit flush. A new playback may so start up to a minute early, which
 * logs a read more, never one less.
 */
const lastReadStale = (now: Date) => new Date(now.getTime() - Math.min(60_000, PLAYBACK_IDLE_MS / 4));

/**
 * A Range request inside a playback whose last read was moved within the minute: nothing to write
 * and nothing to log (the playback's entry covers it), so one read answers it instead of a
 * transaction of three statements.
 */
async function continuesPlayback(db: Db, input: { sessionId: string; uploadId: string; now: Date }) {
  const [row] = await db
    .select({ lastReadAt: uploadPlaybacks.lastReadAt })
    .from(uploadPlaybacks)
    .where(and(eq(uploadPlaybacks.sessionId, input.sessionId), eq(uploadPlaybacks.uploadId, input.uploadId)));
  return row !== undefined && row.lastReadAt >= lastReadStale(input.now);
}

export interface ReadContentInput {
  row: Upload;
  part: ContentPart;
  range?: ObjectRange;
  /** A download (an attachment) rather than reading in place. */
  download: boolean;
  sessionId: string;
  audit: AuditBase;
  grantId?: string;
}

export interface ContentRead {
  opened: OpenedObject;
  contentType: string;
}

/**
 * Opens a part of an accepted upload for the caller the route has authorized, and logs the read in
 * one transaction before any byte is sent: if the entry cannot be written, nothing is served. The
 * object is opened (its first segment decrypted and authenticated) first, so a damaged object is an
 * error, not a logged read. Streams of content read in place: `content.stream` once per playback
 * session; downloads, transcripts and peaks: one entry per request.
 */
export async function readUploadContent(
  deps: { vault: Vault; db: Db },
  input: ReadContentInput,
): Promise<ContentRead> {
  const { objectId, contentType } = objectOf(input.row, input.part);
  const opened = await openObject(deps.vault, deps.db, objectId, input.range);
  const playback = { sessionId: input.sessionId, uploadId: input.row.id, now: input.audit.at };
  try {
    if (input.part === 'content' && !input.download) {
      if (!(await continuesPlayback(deps.db, playback))) {
        await deps.db.transaction(async (tx) => {
          if (await startsPlayback(tx, playback)) await logRead(tx, { ...input, action: 'content.stream' });
        });
      }
    } else {
      const action =
        input.part === 'transcript'
          ? 'content.transcript'
          : input.part === 'peaks'
            ? 'content.peaks'
            : 'content.download';
      // One INSERT is its own transaction: no BEGIN/COMMIT round trips around it.
      const detail = input.range ? { range: `${opened.start}-${opened.end}` } : {};
      await logRead(deps.db, { ...input, action, detail });
    }
  } catch (err) {
    await opened.stream.cancel().catch(() => {});
    throw err;
  }
  return { opened, contentType };
}
