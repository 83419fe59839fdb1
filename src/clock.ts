import type { Config } from './config.ts';

/** Time is injected so sessions, retention and the access log can be tested without waiting. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The process clock: the system's, or — only with NODE_ENV=test — one that starts at QA_VAULT_NOW and
 * runs on at the real pace, so a test can start `qa-vault serve` or `qa-vault retention run` years
 * ahead (uploads due for disposal) without touching the machine's time. Every other environment
 * ignores QA_VAULT_NOW, like QA_VAULT_CRASH_AT.
 */
export function clockFromConfig(config: Pick<Config, 'NODE_ENV' | 'QA_VAULT_NOW'>): Clock {
  if (config.NODE_ENV !== 'test' || !config.QA_VAULT_NOW) return systemClock;
  const offset = new Date(config.QA_VAULT_NOW).getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}
