import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { teams } from '../orgs/tables.ts';
import { users } from '../users/tables.ts';

export const rosterEntryKind = pgEnum('roster_entry_kind', ['person', 'place']);
export type RosterEntryKind = (typeof rosterEntryKind.enumValues)[number];

/**
 * A team's client roster, one row per name or place. The value itself exists only sealed
 * (AES-256-GCM under a vault purpose key, bound to team, entry and kind: see crypto.ts); `masked`
 * is the only form ever shown. `match_key` is an HMAC of the normalized value under another purpose
 * key, so duplicates are found without opening anything. Deleting keeps the row as a tombstone (the
 * access log refers to its id) but destroys both the sealed value and the match key.
 */
export const rosterEntries = pgTable(
  'roster_entries',
  {
    /** Generated before sealing, since it is bound into the ciphertext's associated data. */
    id: uuid('id').primaryKey(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    kind: rosterEntryKind('kind').notNull(),
    /** `v1.<KEK id>.<base64>` (src/auth/secret-box.ts); null once deleted. */
    sealedValue: text('sealed_value'),
    masked: text('masked').notNull(),
    /** Hex HMAC-SHA-256 of team, kind and normalized value; null once deleted. */
    matchKey: text('match_key'),
    /** The KEK the match key's HMAC key was derived from (dedupe recomputes under each one in use). */
    matchKeyId: text('match_key_id'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    deletedBy: uuid('deleted_by').references(() => users.id),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('roster_entries_team_idx').on(t.teamId, t.createdAt).where(sql`${t.deletedAt} is null`),
    // Two concurrent adds of one name: the second insert does nothing instead of duplicating it.
    uniqueIndex('roster_entries_team_match_key')
      .on(t.teamId, t.kind, t.matchKey)
      .where(sql`${t.deletedAt} is null`),
    check(
      'roster_entries_secret_matches_state',
      sql`(${t.deletedAt} is null) = (${t.sealedValue} is not null and ${t.matchKey} is not null and ${t.matchKeyId} is not null)`,
    ),
  ],
);

export type RosterEntryRow = typeof rosterEntries.$inferSelect;
