import type { Context, MiddlewareHandler } from 'hono';
import { appendAudit } from '../audit/append.ts';
import { auditFieldsFrom } from '../audit/request.ts';
import type { Actor } from '../auth/actor.ts';
import { currentActor, currentSession } from '../auth/middleware.ts';
import type { AppEnv } from '../http/app-env.ts';
import { AppError } from '../http/errors.ts';
import { notFound } from './not-found.ts';
import { decide, orgOf, type PolicyAction, type Resource } from './policy.ts';

export { notFound };

export interface Authorized {
  actor: Actor;
  /** Set when access rests on a break-glass grant; record it with the access. */
  grantId?: string;
}

/**
 * Every route's gate: 401 without a full session, 403 when the role or team does not allow the action,
 * 404 when the caller may not know the resource exists. Refusals of signed-in users are written to
 * the access log (outcome "denied") before the error is thrown. Without `resource` it checks only that
 * the role may ever do `action` — call it that way before looking the resource up.
 */
export async function authorize(
  c: Context<AppEnv>,
  action: PolicyAction,
  resource?: Resource,
): Promise<Authorized> {
  const actor = currentActor(c);
  const decision = decide(actor, action, resource);
  if (decision.allowed) return { actor, grantId: decision.grantId };
  // Another organization's resource is answered exactly as an id that does not exist: 404 and no
  // entry, since an entry would put that organization's ids (its team's, say) in this one's log.
  if (resource && orgOf(resource) !== actor.organizationId) throw notFound(resource.type);
  await appendAudit(c.get('deps').db, {
    ...auditFieldsFrom(c),
    action: decision.audit,
    outcome: 'denied',
    targetType: resource?.type ?? null,
    targetId: resource?.id ?? null,
    teamId: resource?.type === 'upload' ? resource.teamId : resource?.type === 'team' ? resource.id : null,
    detail: { policyAction: action, status: decision.status },
  });
  if (decision.status === 404 && resource) throw notFound(resource.type);
  throw new AppError('FORBIDDEN', 'Your role does not allow this');
}

/**
 * Route middleware (createRoute's `middleware`): refuses before the body is even validated when the
 * caller is not signed in (401) or their role may never do `action` (403, recorded as denied).
 */
export const allow =
  (action: PolicyAction): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    await authorize(c, action);
    await next();
  };

/** Route middleware for what any fully signed-in user may do (their own password, say). */
export const signedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  currentActor(c);
  await next();
};

/** Route middleware for what a partial session may do too (the second-factor steps, `me`). */
export const hasSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  currentSession(c);
  await next();
};
