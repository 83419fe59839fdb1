import type { AppDeps } from '../deps.ts';

/** Per-request values set by middleware. Feature folders extend this through declaration merging. */
export interface RequestVariables {
  requestId: string;
  deps: AppDeps;
}

export type AppEnv = { Variables: RequestVariables };
