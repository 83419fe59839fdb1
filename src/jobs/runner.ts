import { type Clock, systemClock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { errorFrames, errorReason, isPermanentError } from './errors.ts';
import {
  type Backoff,
  type ClaimedJob,
  claimJob,
  completeJob,
  defaultBackoff,
  extendJobLease,
  failJob,
  releaseJob,
  sweepExpiredLeases,
} from './queue.ts';
import { type Schedule, scheduleSlot, tickSchedule } from './schedule.ts';
import type { JobPayload } from './tables.ts';

export interface JobContext {
  job: { id: string; kind: string; attempt: number; maxAttempts: number };
  /** Aborted when the lease was lost or shutdown ran out of patience: stop work (kill ffmpeg, …). */
  signal: AbortSignal;
  logger: Logger;
}

/**
 * Does one job. Delivery is at-least-once (a worker can die after the work but before recording it),
 * so a handler must be idempotent: check the state it is about to change, use conditional updates.
 */
export type JobHandler = (payload: JobPayload, ctx: JobContext) => Promise<void>;

export interface JobRunnerOptions {
  db: Db;
  logger: Logger;
  /** How often an idle runner looks for due jobs. */
  pollMs?: number;
  /** Jobs run at once by this instance (ffmpeg work is CPU-bound: keep it at 1–2). */
  concurrency?: number;
  /** How long a claim lasts without renewal; renewed every third of it while the handler runs. */
  leaseMs?: number;
  backoff?: Backoff;
  /** Wall clock for schedule slots. */
  clock?: Clock;
  /** When the idle loop polls again and when leases are renewed; tests trigger both by hand. */
  timers?: RunnerTimers;
}

/** The runner's two timers, behind one seam so a test decides when a poll or a renewal happens. */
export interface RunnerTimers {
  /** Resolves after `ms`, or at once when `wake` is called. */
  sleep(ms: number): { done: Promise<void>; wake(): void };
  /** Calls `fn` every `ms` until the returned function is called. */
  every(ms: number, fn: () => unknown): () => void;
}

export const realTimers: RunnerTimers = {
  sleep(ms) {
    let wake!: () => void;
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    return { done, wake };
  },
  every(ms, fn) {
    const timer = setInterval(fn, ms);
    return () => clearInterval(timer);
  },
};

/**
 * Claims and runs jobs for the kinds registered on it. Any number of instances can run one against
 * the same database; the Node entry starts it on `serve` and stops it on SIGTERM.
 */
export class JobRunner {
  private readonly db: Db;
  private readonly logger: Logger;
  private readonly pollMs: number;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly backoff: Backoff;
  private readonly clock: Clock;
  private readonly timers: RunnerTimers;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly schedules: Schedule[] = [];
  private readonly active = new Set<Promise<void>>();
  private readonly shutdown = new AbortController();
  private loop: Promise<void> | undefined;
  private stopping = false;
  private wake: (() => void) | undefined;

  constructor(options: JobRunnerOptions) {
    this.db = options.db;
    this.logger = options.logger;
    this.pollMs = options.pollMs ?? 1000;
    this.concurrency = Math.max(1, options.concurrency ?? 1);
    this.leaseMs = options.leaseMs ?? 60_000;
    this.backoff = options.backoff ?? defaultBackoff;
    this.clock = options.clock ?? systemClock;
    this.timers = options.timers ?? realTimers;
  }

  /** One handler per kind; a kind's jobs are claimed only by runners that registered it. */
  register(kind: string, handler: JobHandler): this {
    if (this.handlers.has(kind)) throw new Error(`job kind already registered: ${kind}`);
    this.handlers.set(kind, handler);
    return this;
  }

  /**
   * Enqueues `kind` once per `everyMs` slot of wall-clock time. Every instance does this; the slot's
   * dedupe key makes it one job. A run may overlap the previous slot's if it takes longer than
   * `everyMs` — handlers that must not overlap take an advisory lock.
   */
  schedule(kind: string, everyMs: number, payload: JobPayload = {}): this {
    if (!Number.isInteger(everyMs) || everyMs < 1)
      throw new Error('schedule interval must be a positive integer');
    this.schedules.push({ kind, everyMs, payload });
    return this;
  }

  get kinds(): string[] {
    return [...this.handlers.keys()];
  }

  start(): void {
    if (this.loop) return;
    this.loop = this.run();
  }

  /**
   * Stops claiming, lets running jobs finish for up to `graceMs`, then aborts them; an aborted job
   * is handed back to the queue without counting the attempt.
   */
  async stop(options: { graceMs?: number } = {}): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    const settled = Promise.allSettled([...this.active]);
    if (this.active.size > 0 && (await raceTimeout(settled, options.graceMs ?? 20_000))) {
      this.logger.warn('jobs still running at shutdown; aborting them', { running: this.active.size });
      this.shutdown.abort();
      if (await raceTimeout(settled, 5_000))
        this.logger.warn('aborted jobs did not stop; their leases will expire');
    }
  }

  /** Enqueues the current slot of every schedule not yet enqueued by this runner. Returns jobs created. */
  async tickSchedules(now = this.clock.now()): Promise<number> {
    let created = 0;
    for (const schedule of this.schedules) {
      const slot = scheduleSlot(schedule, now);
      if (schedule.lastSlot === slot) continue;
      if (await tickSchedule(this.db, schedule, now)) created++;
      schedule.lastSlot = slot;
    }
    return created;
  }

  /** Sweeps expired leases, then claims and runs at most one job. For tests and one-shot commands. */
  async runOnce(): Promise<boolean> {
    await sweepExpiredLeases(this.db, { kinds: this.kinds, backoff: this.backoff });
    const job = await claimJob(this.db, { kinds: this.kinds, leaseMs: this.leaseMs });
    if (!job) return false;
    await this.execute(job);
    return true;
  }

  /** Runs due jobs one at a time until none is left (or `max` ran). Returns how many ran. */
  async runUntilIdle(max = 1000): Promise<number> {
    let ran = 0;
    while (ran < max && (await this.runOnce())) ran++;
    return ran;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.tickSchedules();
        await sweepExpiredLeases(this.db, { kinds: this.kinds, backoff: this.backoff });
        while (!this.stopping && this.active.size < this.concurrency) {
          const job = await claimJob(this.db, { kinds: this.kinds, leaseMs: this.leaseMs });
          if (!job) break;
          const running: Promise<void> = this.execute(job).finally(() => {
            this.active.delete(running);
            this.wake?.(); // a free slot: look for the next job now rather than after the poll interval
          });
          this.active.add(running);
        }
      } catch (err) {
        // The database may be briefly unreachable; keep polling rather than dying.
        this.logger.warn('job poll failed', { reason: errorReason(err) });
      }
      if (!this.stopping) await this.sleep();
    }
  }

  private sleep(): Promise<void> {
    const { done, wake } = this.timers.sleep(this.pollMs);
    this.wake = wake;
    return done;
  }

  /** Runs one claimed job to its recorded outcome. Never throws. */
  private async execute(job: ClaimedJob): Promise<void> {
    const handler = this.handlers.get(job.kind);
    const fields = { jobId: job.id, kind: job.kind, attempt: job.attempts };
    const controller = new AbortController();
    let leaseLost = false;
    const onShutdown = () => controller.abort(new Error('shutdown'));
    this.shutdown.signal.addEventListener('abort', onShutdown);
    let renewing = false;
    const stopHeartbeat = this.timers.every(Math.max(10, Math.floor(this.leaseMs / 3)), async () => {
      if (renewing) return;
      renewing = true;
      try {
        if (!(await extendJobLease(this.db, job, this.leaseMs))) {
          leaseLost = true;
          controller.abort(new Error('lease lost'));
        }
      } catch (err) {
        this.logger.warn('job lease renewal failed', { ...fields, reason: errorReason(err) });
      } finally {
        renewing = false;
      }
    });
    const started = performance.now();
    try {
      if (!handler) throw new Error(`no handler for ${job.kind}`);
      await handler(job.payload, {
        job: { id: job.id, kind: job.kind, attempt: job.attempts, maxAttempts: job.maxAttempts },
        signal: controller.signal,
        logger: this.logger,
      });
      stopHeartbeat();
      const ms = Math.round(performance.now() - started);
      if (await completeJob(this.db, job)) this.logger.info('job succeeded', { ...fields, ms });
      else this.logger.warn('job finished after its lease was lost; another run owns it', { ...fields, ms });
    } catch (err) {
      stopHeartbeat();
      await this.recordFailure(job, err, { leaseLost, fields });
    } finally {
      stopHeartbeat();
      this.shutdown.signal.removeEventListener('abort', onShutdown);
    }
  }

  private async recordFailure(
    job: ClaimedJob,
    err: unknown,
    { leaseLost, fields }: { leaseLost: boolean; fields: Record<string, unknown> },
  ): Promise<void> {
    const reason = errorReason(err);
    try {
      if (leaseLost) {
        this.logger.warn('job lease lost; another run owns it', { ...fields, reason });
      } else if (this.shutdown.signal.aborted) {
        // Interrupted, not at fault: the attempt does not count.
        await releaseJob(this.db, job);
        this.logger.info('job interrupted by shutdown; handed back', fields);
      } else {
        const status = await failJob(this.db, job, {
          reason,
          permanent: isPermanentError(err),
          backoff: this.backoff,
        });
        const detail = { ...fields, reason, frames: errorFrames(err) };
        if (status === 'failed') this.logger.error('job failed for good', detail);
        else this.logger.warn('job failed; will retry', detail);
      }
    } catch (recordErr) {
      // The lease will expire and the sweep will retry it.
      this.logger.error('could not record job outcome', { ...fields, reason: errorReason(recordErr) });
    }
  }
}

/** True when `promise` did not settle within `ms`. */
async function raceTimeout(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<true>((resolve) => {
    timer = setTimeout(() => resolve(true), ms);
  });
  try {
    return await Promise.race([promise.then(() => false as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
