import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
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
import { rubricVersions } from '../rubrics/tables.ts';
import { uploads } from '../uploads/tables.ts';
import { roleEnum, users } from '../users/tables.ts';

/**
 * `unreviewed` is the absence of a row: an accepted upload nobody has started. A reviewer's start
 * inserts the row (`in_review`); complete → `reviewed`, return → `returned`; reopen → `in_review`.
 */
export const storedReviewStates = ['in_review', 'reviewed', 'returned'] as const;
export const reviewStates = ['unreviewed', ...storedReviewStates] as const;
export type ReviewState = (typeof reviewStates)[number];
export const reviewState = pgEnum('review_state', storedReviewStates);

export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    uploadId: uuid('upload_id')
      .notNull()
      .references(() => uploads.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    state: reviewState('state').notNull(),
    /** Who started it, and who made the latest decision. */
    startedBy: uuid('started_by')
      .notNull()
      .references(() => users.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    /** The rubric version the scores belong to; kept when the rubric gets a new version. */
    rubricVersionId: uuid('rubric_version_id').references(() => rubricVersions.id),
    /** Item id → score on the item's scale. */
    scores: jsonb('scores').$type<Record<string, number>>(),
    /** The reviewer's closing words, scanned clean before they were stored. */
    summary: text('summary'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /**
     * The latest return or completion: the therapist sees comments written up to it. A reopened
     * review keeps it, so what was already shown stays shown and new drafts stay hidden.
     */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('reviews_upload_key').on(t.uploadId),
    index('reviews_team_state_idx').on(t.teamId, t.state),
    index('reviews_org_completed_idx').on(t.organizationId, t.completedAt),
  ],
);

export type Review = typeof reviews.$inferSelect;

/**
 * A comment on an upload: at a time range of a recording, on a page of a document, or on the whole
 * thing; a reply names its parent. Deleting keeps the row without its body so replies keep their place.
 */
export const reviewComments = pgTable(
  'review_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    uploadId: uuid('upload_id')
      .notNull()
      .references(() => uploads.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    authorRole: roleEnum('author_role').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => reviewComments.id),
    /** Scanned clean before it was stored; null once deleted. */
    body: text('body'),
    startMs: integer('start_ms'),
    endMs: integer('end_ms'),
    page: integer('page'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('review_comments_upload_created_idx').on(t.uploadId, t.createdAt, t.id),
    check('review_comments_start_ms', sql`${t.startMs} is null or ${t.startMs} >= 0`),
    check(
      'review_comments_end_ms',
      sql`${t.endMs} is null or (${t.startMs} is not null and ${t.endMs} >= ${t.startMs})`,
    ),
    check('review_comments_page', sql`${t.page} is null or ${t.page} >= 1`),
    check('review_comments_body', sql`${t.deletedAt} is not null or ${t.body} is not null`),
  ],
);

export type ReviewComment = typeof reviewComments.$inferSelect;
