import { bigint, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/tables.ts';

/**
 * Sign-in sessions (Lucia's design). The cookie carries `id.secret`; only SHA-256(secret) is kept, so a
 * copy of this table cannot be replayed. `mfa_pending` set means a partial session: the password was
 * right but the second factor is still owed ('required': verify a code; 'enroll': set one up first).
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    secretHash: text('secret_hash').notNull(),
    mfaPending: text('mfa_pending', { enum: ['required', 'enroll'] }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Moves forward as the user works (sliding renewal); idle timeout counts from here. */
    lastActiveAt: timestamp('last_active_at', { withTimezone: true }).notNull(),
    /** Absolute end of the session, however active it is. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Failed sign-in counters, one row per throttled key ("account:<email>", "ip:<address>",
 * "mfa:<user id>"). In the database so every instance sees the same counts.
 */
export const authThrottles = pgTable('auth_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/**
 * A user's TOTP factor. The secret is sealed (AES-256-GCM) — never stored in plaintext. Until
 * `confirmed_at` is set the enrollment is pending and can be restarted. `last_used_step` refuses
 * a code's reuse inside its window.
 */
export const mfaFactors = pgTable('mfa_factors', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  sealedSecret: text('sealed_secret').notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  lastUsedStep: bigint('last_used_step', { mode: 'number' }).notNull().default(-1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** Single-use recovery codes; only their SHA-256 is stored (they are long random strings). */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('recovery_codes_user_hash_key').on(t.userId, t.codeHash)],
);

/** One-time invitation and password-reset tokens; only SHA-256 of the token is stored. */
export const userTokens = pgTable(
  'user_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    purpose: text('purpose', { enum: ['invite', 'reset'] }).notNull(),
    tokenHash: text('token_hash').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('user_tokens_hash_key').on(t.tokenHash), index('user_tokens_user_idx').on(t.userId)],
);

export type SessionRow = typeof sessions.$inferSelect;
export type MfaFactor = typeof mfaFactors.$inferSelect;
