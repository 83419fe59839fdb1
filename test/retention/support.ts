import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/audit/tables.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { createJsonLogger } from '../../src/logger.ts';
import { registerRetentionJobs, retentionDeps } from '../../src/retention/jobs.ts';
import { runRetention } from '../../src/retention/run.ts';
import { signedInUser } from '../support/auth.ts';
import type { TestContext } from '../support/context.ts';
import { createOrganization, createTeam, createUser } from '../support/factories.ts';
import { insertAcceptedUpload } from '../support/uploads.ts';

export const DAY = 86_400_000;
export const HOLD_REASON = 'Litigation notice received from counsel, preserve all';

/**
 * A fresh organization with a team, a therapist on it, and a signed-in admin. Sessions end after
 * 15 idle minutes, and these tests move the clock by years: `adminCookie()` signs a new admin in now.
 */
export async function retentionWorld(ctx: TestContext) {
  const org = await createOrganization(ctx.deps.db);
  const team = await createTeam(ctx.deps.db, org.id);
  const therapist = await createUser(ctx.deps.db, {
    organizationId: org.id,
    role: 'therapist',
    teamIds: [team.id],
  });
  const admin = await signedInUser(ctx, { role: 'admin', organizationId: org.id });
  const upload = (kind: Parameters<typeof insertAcceptedUpload>[1]['kind'] = 'session_recording') =>
    insertAcceptedUpload(ctx, { organizationId: org.id, teamId: team.id, ownerId: therapist.id, kind });
  const adminCookie = async () => (await signedInUser(ctx, { role: 'admin', organizationId: org.id })).cookie;
  return { org, team, therapist, admin, adminCookie, upload };
}

/** One disposal run for the organization at the test clock's now. */
export function runNow(ctx: TestContext, organizationId: string, dryRun = false) {
  return runRetention(retentionDeps(ctx.deps), { organizationId, now: ctx.clock.now(), dryRun });
}

/** Enqueues today's daily run (as a serving instance would), then runs retention jobs until none is left. */
export async function runRetentionJobs(ctx: TestContext) {
  const runner = new JobRunner({
    db: ctx.deps.db,
    logger: createJsonLogger('error', () => {}),
    clock: ctx.clock,
  });
  registerRetentionJobs(runner, ctx.deps);
  await runner.tickSchedules();
  return runner.runUntilIdle();
}

export function entriesFor(ctx: TestContext, action: Parameters<typeof eq>[1], targetId: string) {
  return ctx.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action as string), eq(auditLog.targetId, targetId)));
}
