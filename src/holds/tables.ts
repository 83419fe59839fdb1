import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../orgs/tables.ts';
import { users } from '../users/tables.ts';

export const legalHoldScopes = ['upload', 'user', 'team'] as const;
export const legalHoldScope = pgEnum('legal_hold_scope', legalHoldScopes);
export type LegalHoldScope = (typeof legalHoldScopes)[number];

/**
 * Legal holds: while one is active (not released) on an upload, its owner or its team, the upload is
 * neither disposed nor deleted. The reasons stay here, never in the access log: people under
 * pressure type names into free text. Holds are never deleted; releasing one sets `released_at`.
 */
export const legalHolds = pgTable(
  'legal_holds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    scope: legalHoldScope('scope').notNull(),
    targetId: uuid('target_id').notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    releasedBy: uuid('released_by').references(() => users.id),
    releaseReason: text('release_reason'),
  },
  (t) => [
    index('legal_holds_active_target_idx').on(t.targetId).where(sql`${t.releasedAt} is null`),
    index('legal_holds_org_created_idx').on(t.organizationId, t.createdAt),
    check('legal_holds_reason_length', sql`char_length(${t.reason}) >= 20`),
    check(
      'legal_holds_release_complete',
      sql`(${t.releasedAt} is null) = (${t.releasedBy} is null and ${t.releaseReason} is null)`,
    ),
  ],
);

export type LegalHold = typeof legalHolds.$inferSelect;
