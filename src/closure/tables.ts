import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../orgs/tables.ts';
import { users } from '../users/tables.ts';

/**
 * An organization's closures: while one is open (not reopened), only admins sign in, nobody uploads,
 * and every upload is kept until max(its rule, 365 days after the closure) and then disposed. History
 * is kept: reopening sets `reopened_at`. The reason is kept here, not in the access log.
 */
export const organizationClosures = pgTable(
  'organization_closures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    closedAt: timestamp('closed_at', { withTimezone: true }).notNull(),
    closedBy: uuid('closed_by')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
    reopenedBy: uuid('reopened_by').references(() => users.id),
  },
  (t) => [
    // At most one open closure per organization.
    uniqueIndex('organization_closures_open_key').on(t.organizationId).where(sql`${t.reopenedAt} is null`),
    index('organization_closures_org_idx').on(t.organizationId, t.closedAt),
  ],
);

export type OrganizationClosure = typeof organizationClosures.$inferSelect;
