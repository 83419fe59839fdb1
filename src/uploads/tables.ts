import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, teams } from '../orgs/tables.ts';
import { users } from '../users/tables.ts';
import { vaultObjects } from '../vault/tables.ts';

export const uploadKinds = [
  'session_recording',
  'supervision_recording',
  'consultation_recording',
  'paperwork',
] as const;
export const uploadKind = pgEnum('upload_kind', uploadKinds);
export type UploadKind = (typeof uploadKinds)[number];

export const isRecordingKind = (kind: UploadKind) => kind !== 'paperwork';

/**
 * receiving: bytes are arriving (a request holds the row; nothing is known about the file yet).
 * transcribing: a recording waits for the speech-to-text job. needs_transcript: it waits for the
 * uploader to attach one. accepted: clean and visible to reviewers (a recording is playable once
 * `content_object_id` is set by the audio job). rejected: findings; the bytes are shredded and only
 * the masked report is kept. failed: could not be completed (interrupted, undecodable, waited too
 * long); nothing readable is kept. deleted: shredded on request; the row is a tombstone.
 */
export const uploadStatuses = [
  'receiving',
  'transcribing',
  'needs_transcript',
  'accepted',
  'rejected',
  'failed',
  'deleted',
] as const;
export const uploadStatus = pgEnum('upload_status', uploadStatuses);
export type UploadStatus = (typeof uploadStatuses)[number];

/** A finding as it is stored and shown: masked excerpt and location, never the matched text itself. */
export interface StoredFinding {
  label: string;
  detector: string;
  /** `block` rejected the upload; `warn` is reported only. */
  action: 'block' | 'warn';
  excerpt: string;
  /** `{page,line[,part]}`, `{startMs,endMs}` or `{field}` (metadata, tags, the title). */
  location: Record<string, unknown>;
  /** Which file the finding is in: the upload, its transcript, or the form's title. */
  source: 'file' | 'transcript' | 'title';
}

export const uploads = pgTable(
  'uploads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** Null only while receiving (the form's fields may arrive after the file). */
    teamId: uuid('team_id').references(() => teams.id),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    kind: uploadKind('kind'),
    status: uploadStatus('status').notNull().default('receiving'),
    /** Scanned like the file; stored only once clean, cleared on rejection and deletion. */
    title: text('title'),
    /** Stored as given; never scanned (a session date is expected) and never shown in findings. */
    sessionDate: date('session_date', { mode: 'string' }),
    /** An earlier rejected or failed upload of the same owner that this one replaces. */
    replacesId: uuid('replaces_id').references((): AnyPgColumn => uploads.id),
    /** Detected by parsing: pdf, docx, text, or an audio container (wav, mp3, m4a, …). */
    format: text('format'),
    /** Bytes of the upload as received. */
    size: bigint('size', { mode: 'number' }),
    /** The bytes as received, under quarantine/<upload id>/. Shredded once a clean copy replaces it. */
    originalObjectId: uuid('original_object_id').references(() => vaultObjects.id),
    /** What reviewers read: metadata-stripped document, or normalized Opus audio. */
    contentObjectId: uuid('content_object_id').references(() => vaultObjects.id),
    contentType: text('content_type'),
    transcriptObjectId: uuid('transcript_object_id').references(() => vaultObjects.id),
    transcriptContentType: text('transcript_content_type'),
    transcriptSource: text('transcript_source', { enum: ['uploaded', 'stt'] }),
    peaksObjectId: uuid('peaks_object_id').references(() => vaultObjects.id),
    durationMs: integer('duration_ms'),
    /**
     * Whether the recording was probed and its tags scanned as it arrived. False when it came in
     * through a runtime without ffmpeg (the Worker): the audio job then inspects it before anything
     * else, and rejects or fails it as the upload would have been.
     */
    audioInspected: boolean('audio_inspected').notNull().default(true),
    /** The masked report of a rejected upload; nothing else of its content remains. */
    findings: jsonb('findings').$type<StoredFinding[]>(),
    /** A code (interrupted, undecodable, too_long, transcript_timeout, …), never a message. */
    failureReason: text('failure_reason'),
    /** Set by reviews; the owner may no longer delete it afterwards. */
    reviewStartedAt: timestamp('review_started_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('uploads_org_created_idx').on(t.organizationId, t.createdAt, t.id),
    index('uploads_team_created_idx').on(t.teamId, t.createdAt, t.id),
    index('uploads_owner_created_idx').on(t.ownerId, t.createdAt, t.id),
    // The reconciler looks for uploads stuck in a state.
    index('uploads_status_updated_idx').on(t.status, t.updatedAt),
    check(
      'uploads_known_after_receiving',
      sql`${t.status} in ('receiving', 'failed') or (${t.teamId} is not null and ${t.kind} is not null)`,
    ),
    check(
      'uploads_accepted_has_content',
      sql`${t.status} <> 'accepted' or ${t.originalObjectId} is not null or ${t.contentObjectId} is not null`,
    ),
  ],
);

export type Upload = typeof uploads.$inferSelect;

/**
 * One row per sign-in session and upload whose content is being read inline. A browser plays a
 * recording with many Range requests; the access log gets one `content.stream` entry per playback
 * session — the first read, and again after PLAYBACK_IDLE_MS without one — not one per request.
 */
export const uploadPlaybacks = pgTable(
  'upload_playbacks',
  {
    sessionId: text('session_id').notNull(),
    uploadId: uuid('upload_id')
      .notNull()
      .references(() => uploads.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    lastReadAt: timestamp('last_read_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('upload_playbacks_session_upload_key').on(t.sessionId, t.uploadId),
    index('upload_playbacks_last_read_idx').on(t.lastReadAt),
  ],
);
