import type { Context } from 'hono';
import '../auth/actor.ts';
import type { AppEnv } from '../http/app-env.ts';
import { clientInfo } from '../http/client-info.ts';
import type { AuditEntry } from './append.ts';

/**
 * The parts of an access-log entry that come from the request: when, who, from where. Routes add
 * the action, target, team, outcome and detail. Works before sign-in too (actor unknown).
 */
export function auditFieldsFrom(
  c: Context<AppEnv>,
): Pick<
  AuditEntry,
  'at' | 'organizationId' | 'actorId' | 'actorRole' | 'clientIp' | 'userAgent' | 'requestId'
> {
  const actor = c.get('actor') as AppEnv['Variables']['actor'] | undefined;
  const client = clientInfo(c);
  return {
    at: c.get('deps').clock.now(),
    organizationId: actor?.organizationId ?? null,
    actorId: actor?.userId ?? null,
    actorRole: actor?.role ?? 'anonymous',
    clientIp: client.ip,
    userAgent: client.userAgent,
    requestId: c.get('requestId'),
  };
}
