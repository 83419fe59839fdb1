import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { userTokens } from './tables.ts';
import { randomToken, sha256Hex } from './tokens.ts';

export const ONE_TIME_TOKEN_TTL_MS = 24 * 3_600_000;
export type TokenPurpose = 'invite' | 'reset';

/**
 * Issues an invitation or reset token. Returned once (to the admin or the CLI) and stored only as a
 * SHA-256 hash; issuing a new one voids the user's earlier unused ones.
 */
export async function issueUserToken(
  db: Db,
  input: { userId: string; purpose: TokenPurpose; createdBy: string | null; now: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken(32);
  const expiresAt = new Date(input.now.getTime() + ONE_TIME_TOKEN_TTL_MS);
  await db
    .update(userTokens)
    .set({ usedAt: input.now })
    .where(and(eq(userTokens.userId, input.userId), isNull(userTokens.usedAt)));
  await db.insert(userTokens).values({
    userId: input.userId,
    purpose: input.purpose,
    tokenHash: await sha256Hex(token),
    createdBy: input.createdBy,
    createdAt: input.now,
    expiresAt,
  });
  return { token, expiresAt };
}

/** Spends a token (conditional update, so it works once even under races); undefined when unusable. */
export async function consumeUserToken(db: Db, token: string, now: Date) {
  if (token.length > 128) return undefined;
  const [row] = await db
    .update(userTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(userTokens.tokenHash, await sha256Hex(token)),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, now),
      ),
    )
    .returning();
  return row;
}
