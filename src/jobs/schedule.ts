import type { Db } from '../db/client.ts';
import { enqueueJob } from './queue.ts';
import type { JobPayload } from './tables.ts';

export interface Schedule {
  kind: string;
  everyMs: number;
  payload: JobPayload;
  /** The last slot this process enqueued, so an idle poll costs no query. */
  lastSlot?: number;
}

/** Wall-clock time cut into `everyMs` slots since the epoch, the same on every instance. */
export function scheduleSlot(schedule: Pick<Schedule, 'everyMs'>, now: Date): number {
  return Math.floor(now.getTime() / schedule.everyMs);
}

/** The dedupe key of a slot; the interval is part of it, so changing the interval starts fresh slots. */
export function scheduleDedupeKey(schedule: Pick<Schedule, 'everyMs'>, now: Date): string {
  return `every:${schedule.everyMs}:${scheduleSlot(schedule, now)}`;
}

/**
 * Enqueues the slot's job unless an instance already did. One attempt only: a failed run is not
 * retried, the next slot runs again — retries would pile onto the next slot's run.
 */
export async function tickSchedule(db: Db, schedule: Schedule, now: Date): Promise<boolean> {
  const { created } = await enqueueJob(db, {
    kind: schedule.kind,
    payload: schedule.payload,
    dedupeKey: scheduleDedupeKey(schedule, now),
    maxAttempts: 1,
  });
  return created;
}
