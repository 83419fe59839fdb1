import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, teams } from '../orgs/tables.ts';
import { users } from '../users/tables.ts';

/**
 * Emergency (break-glass) access: an admin may read named uploads, or a team's uploads, for a short
 * time, with a stated reason that every other admin can see. Grants are never deleted; revoking one
 * sets `revoked_at`. Exactly one scope: a team, or a non-empty list of uploads.
 */
export const breakglassGrants = pgTable(
  'breakglass_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    adminId: uuid('admin_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    teamId: uuid('team_id').references(() => teams.id),
    uploadIds: uuid('upload_ids').array(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id),
  },
  (t) => [
    index('breakglass_grants_org_created_idx').on(t.organizationId, t.createdAt),
    index('breakglass_grants_admin_idx').on(t.adminId, t.expiresAt),
    check(
      'breakglass_grants_one_scope',
      sql`(${t.teamId} is null) <> (${t.uploadIds} is null or cardinality(${t.uploadIds}) = 0)`,
    ),
    check('breakglass_grants_reason_length', sql`char_length(${t.reason}) >= 20`),
  ],
);

export type BreakglassGrantRow = typeof breakglassGrants.$inferSelect;
