import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * First-run setup links: while no administrator exists, `serve` issues one (logged, single use, 1 h)
 * to create the first admin from the browser. Only the SHA-256 of the token is kept.
 */
export const setupTokens = pgTable(
  'setup_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique('setup_tokens_token_hash_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('setup_tokens_expires_at_idx').on(t.expiresAt)],
);
