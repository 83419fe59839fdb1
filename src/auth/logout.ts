import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append.ts';
import type { Db } from '../db/client.ts';
import type { AuditBase } from './context.ts';
import type { AuthSession } from './middleware.ts';
import { sessions } from './tables.ts';

/** Ends one session; recorded once even if two logouts race. */
export async function signOut(db: Db, input: { session: AuthSession; audit: AuditBase }): Promise<void> {
  const { session } = input;
  await db.transaction(async (tx) => {
    const gone = await tx.delete(sessions).where(eq(sessions.id, session.id)).returning({ id: sessions.id });
    if (gone.length === 0) return;
    await appendAudit(tx, {
      ...input.audit,
      organizationId: session.user.organizationId,
      actorId: session.user.id,
      actorRole: session.user.role,
      action: 'auth.logout',
      outcome: 'success',
      targetType: 'user',
      targetId: session.user.id,
      detail: { partial: session.mfaPending !== null },
    });
  });
}
