import { sql } from 'drizzle-orm';
import { check, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../orgs/tables.ts';
import type { ScanPolicy } from '../scan/policy.ts';
import { users } from '../users/tables.ts';

/**
 * An organization's scanner settings: which labels block and which warn, the score threshold, and
 * its allow list (staff names, public agencies). No row means the documented default policy and
 * an empty allow list. The allow list is not client data, but it names staff, so it is never logged.
 */
export const organizationScanSettings = pgTable(
  'organization_scan_settings',
  {
    organizationId: uuid('organization_id')
      .primaryKey()
      .references(() => organizations.id),
    /** Validated with scanPolicySchema on the way in and again on the way out. */
    policy: jsonb('policy').$type<ScanPolicy>().notNull(),
    allowList: text('allow_list').array().notNull().default(sql`'{}'::text[]`),
    /** Null when changed from the command line or a job. */
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // The same limit the API enforces, so no other writer can make every scan slow.
    check('organization_scan_settings_allow_list_size', sql`cardinality(${t.allowList}) <= 1000`),
  ],
);

export type OrganizationScanSettingsRow = typeof organizationScanSettings.$inferSelect;
