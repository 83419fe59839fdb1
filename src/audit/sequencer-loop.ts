import type { Db } from '../db/client.ts';
import { errorFields, type Logger } from '../logger.ts';
import { chainPendingEntries } from './sequencer.ts';

export interface RunningSequencer {
  /** Stops ticking; resolves once a turn in progress has finished (its batch committed or not). */
  stop(): Promise<void>;
}

/**
 * Runs the sequencer every `everyMs` in this process. Every serving instance runs one; each turn
 * takes the lock with a try, so one instance chains at a time and the others' turns cost one query.
 * Embedded (PGlite) it is simply the one process's sequencer. A failed turn is logged and the next
 * one retries from the chain as it is: a batch either committed whole or not at all.
 */
export function startAuditSequencer(deps: {
  db: Db;
  logger: Logger;
  everyMs: number;
  /** Test-only fault injection (QA_VAULT_CRASH_AT=chained): runs after a batch is linked, before its commit. */
  beforeCommit?: () => void;
}): RunningSequencer {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let turn: Promise<void> = Promise.resolve();

  const tick = () => {
    turn = chainPendingEntries(deps.db, { beforeCommit: deps.beforeCommit })
      .then(({ chained }) => {
        if (chained > 0) deps.logger.debug('access log chained', { entries: chained });
      })
      .catch((err) => deps.logger.error('access-log sequencer turn failed', errorFields(err)))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, deps.everyMs);
      });
  };
  timer = setTimeout(tick, deps.everyMs);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await turn;
    },
  };
}
