import type { AppDeps } from '../deps.ts';
import { PermanentJobError } from '../jobs/errors.ts';
import type { JobRunner } from '../jobs/runner.ts';
import { MOVE_TEAM_JOB, moveTeamObjects } from './move.ts';

/** Moving a team's objects to its new storage location (enqueued by PATCH /api/teams/:id). */
export function registerResidencyJobs(runner: JobRunner, deps: AppDeps): void {
  runner.register(MOVE_TEAM_JOB, async (payload, { logger }) => {
    if (typeof payload.teamId !== 'string') throw new PermanentJobError('bad_payload');
    const { moved } = await moveTeamObjects(deps, { teamId: payload.teamId, now: () => deps.clock.now() });
    logger.info('team storage move finished', { teamId: payload.teamId, moved });
  });
}
