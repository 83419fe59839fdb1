import type { AuditAction } from '../audit/actions.ts';
import type { Actor } from '../auth/actor.ts';
import type { Role } from '../users/tables.ts';

/**
 * Who may do what — the one place. `can`/`decide` are pure: no I/O, no clock (the session middleware
 * loads only grants active at request time). Deny by default: an action absent from the table, or a
 * role absent from an action's row, is refused.
 *
 * Adding a capability: add a row below naming the access-log action it is recorded under and, per
 * role, the rule that must hold for the resource; then call `authorize(c, action, resource)` from the
 * route and add the route to test/authz/route-table.ts.
 */

/** What a decision is about. Every resource names its organization so no rule can cross one. */
export type Resource =
  | { type: 'organization'; id: string }
  | { type: 'user'; id: string; organizationId: string }
  | { type: 'team'; id: string; organizationId: string }
  | {
      type: 'upload';
      id: string;
      organizationId: string;
      teamId: string;
      ownerId: string;
      /** A review has started: the owner may no longer delete it. */
      reviewStarted?: boolean;
    }
  | { type: 'breakglass'; id: string; organizationId: string }
  /** Governance records only admins know of: legal holds, disposal runs and their certificates. */
  | { type: 'legal_hold' | 'retention_run' | 'certificate'; id: string; organizationId: string };

/** A rule holds, holds through a break-glass grant, or does not hold. */
type Outcome = boolean | { grantId: string };
type Rule = (actor: Actor, resource: Resource) => Outcome;

/** The organization a resource belongs to. */
export const orgOf = (r: Resource) => (r.type === 'organization' ? r.id : r.organizationId);
const teamOf = (r: Resource) => (r.type === 'team' ? r.id : r.type === 'upload' ? r.teamId : undefined);

/** The resource belongs to the actor's organization. */
const inOrg: Rule = (a, r) => orgOf(r) === a.organizationId;
/** The resource is (on) one of the actor's teams. */
const onTeam: Rule = (a, r) => {
  const team = teamOf(r);
  return inOrg(a, r) === true && team !== undefined && a.teamIds.includes(team);
};
/** The actor uploaded it. */
const own: Rule = (a, r) => inOrg(a, r) === true && r.type === 'upload' && r.ownerId === a.userId;
const ownBeforeReview: Rule = (a, r) => own(a, r) === true && r.type === 'upload' && !r.reviewStarted;
/** An active emergency grant covers it (a named upload, or the upload's team). */
const viaGrant: Rule = (a, r) => {
  if (r.type !== 'upload' || inOrg(a, r) !== true) return false;
  const grant = a.grants?.find((g) => g.uploadIds.includes(r.id) || g.teamId === r.teamId);
  return grant ? { grantId: grant.id } : false;
};

interface PolicyRow {
  /** The access-log action a denied attempt (and, usually, the action itself) is recorded under. */
  audit: AuditAction;
  roles: Partial<Record<Role, Rule>>;
}

const adminOnly = (audit: AuditAction): PolicyRow => ({ audit, roles: { admin: inOrg } });

export const policy = {
  // administration (admins, their own organization only)
  'user.list': adminOnly('user.list'),
  'user.create': adminOnly('user.create'),
  'user.update': adminOnly('user.update'),
  'user.reset': adminOnly('auth.password_reset_issue'),
  'team.list': adminOnly('team.list'),
  'team.create': adminOnly('team.create'),
  'team.update': adminOnly('team.update'),
  'audit.read': adminOnly('audit.read'),
  'audit.export': adminOnly('audit.export'),
  'breakglass.grant': adminOnly('breakglass.grant'),
  'breakglass.list': adminOnly('breakglass.list'),
  'breakglass.revoke': adminOnly('breakglass.revoke'),
  'retention.manage': adminOnly('policy.change'),
  'retention.read': adminOnly('retention.read'),
  'retention.confirm': adminOnly('retention.confirm'),
  'legal_hold.list': adminOnly('legal_hold.list'),
  'organization.read': adminOnly('policy.read'),
  'organization.close': adminOnly('organization.close'),
  'organization.reopen': adminOnly('organization.reopen'),
  'scan_settings.read': adminOnly('policy.read'),
  'scan_settings.update': adminOnly('policy.change'),
  'vault.status': adminOnly('key.status'),
  'legal_hold.set': adminOnly('legal_hold.set'),
  'legal_hold.release': adminOnly('legal_hold.release'),
  // rosters (resource: the team)
  'roster.list': { audit: 'roster.list', roles: { therapist: onTeam, supervisor: onTeam, admin: inOrg } },
  'roster.add': { audit: 'roster.add', roles: { therapist: onTeam, supervisor: onTeam, admin: inOrg } },
  'roster.delete': { audit: 'roster.delete', roles: { therapist: onTeam, supervisor: onTeam, admin: inOrg } },
  // uploads: create takes the team; list takes the organization (the query scopes rows); the rest
  // take the upload. Admins see metadata, never content, except through an active grant.
  'upload.create': { audit: 'upload.receive', roles: { therapist: onTeam, supervisor: onTeam } },
  'upload.list': {
    audit: 'upload.list',
    roles: { therapist: inOrg, supervisor: inOrg, consultant: inOrg, admin: inOrg },
  },
  'upload.view': {
    audit: 'upload.view',
    roles: { therapist: own, supervisor: onTeam, consultant: onTeam, admin: inOrg },
  },
  'upload.attach_transcript': { audit: 'upload.receive', roles: { therapist: own, supervisor: own } },
  'upload.stream': {
    audit: 'content.stream',
    roles: { therapist: own, supervisor: onTeam, consultant: onTeam, admin: viaGrant },
  },
  'upload.transcript': {
    audit: 'content.transcript',
    roles: { therapist: own, supervisor: onTeam, consultant: onTeam, admin: viaGrant },
  },
  'upload.peaks': {
    audit: 'content.peaks',
    roles: { therapist: own, supervisor: onTeam, consultant: onTeam, admin: viaGrant },
  },
  'upload.text': {
    audit: 'content.text',
    roles: { therapist: own, supervisor: onTeam, consultant: onTeam, admin: viaGrant },
  },
  // Consultants are listen-only; break-glass is for reading in place, not for taking copies.
  'upload.download': { audit: 'content.download', roles: { therapist: own, supervisor: onTeam } },
  'upload.delete': {
    audit: 'upload.delete',
    roles: { therapist: ownBeforeReview, supervisor: ownBeforeReview, admin: inOrg },
  },
  // reviews (src/reviews/): the queue takes the organization (the query scopes rows), the summary a
  // team, everything else the upload. Consultants review like supervisors (they never download).
  'review.list': {
    audit: 'review.list',
    roles: { therapist: inOrg, supervisor: inOrg, consultant: inOrg, admin: inOrg },
  },
  'review.summary': { audit: 'review.summary', roles: { supervisor: onTeam, admin: inOrg } },
  'review.read': {
    audit: 'review.read',
    roles: { therapist: own, supervisor: onTeam, consultant: onTeam, admin: inOrg },
  },
  'review.start': { audit: 'review.start', roles: { supervisor: onTeam, consultant: onTeam } },
  'review.complete': { audit: 'review.complete', roles: { supervisor: onTeam, consultant: onTeam } },
  'review.return': { audit: 'review.return', roles: { supervisor: onTeam, consultant: onTeam } },
  'review.reopen': {
    audit: 'review.reopen',
    roles: { supervisor: onTeam, consultant: onTeam, admin: inOrg },
  },
  // Comments are content: admins read them only through a grant. The uploader may reply once the
  // review came back to them (the service checks the state).
  'comment.list': {
    audit: 'review.comment_list',
    roles: { therapist: own, supervisor: onTeam, consultant: onTeam, admin: viaGrant },
  },
  'comment.create': {
    audit: 'review.comment',
    roles: { therapist: own, supervisor: onTeam, consultant: onTeam },
  },
  // Only the author, within the edit window: the service checks both.
  'comment.edit': {
    audit: 'review.comment_edit',
    roles: { therapist: own, supervisor: onTeam, consultant: onTeam },
  },
  'comment.delete': {
    audit: 'review.comment_delete',
    roles: { therapist: own, supervisor: onTeam, consultant: onTeam },
  },
  // rubrics (src/rubrics/): the caller's organization
  'rubric.list': {
    audit: 'rubric.list',
    roles: { therapist: inOrg, supervisor: inOrg, consultant: inOrg, admin: inOrg },
  },
  'rubric.create': adminOnly('rubric.create'),
  'rubric.update': adminOnly('rubric.update'),
} satisfies Record<string, PolicyRow>;

export type PolicyAction = keyof typeof policy;

/**
 * Whether the actor may know the resource exists. A refusal of something visible is 403; of something
 * invisible, 404 — the same answer as for something that does not exist, so nothing leaks.
 */
export function canSee(actor: Actor, resource: Resource): boolean {
  if (orgOf(resource) !== actor.organizationId) return false;
  switch (resource.type) {
    case 'organization':
      return true;
    case 'user':
      return actor.role === 'admin' || resource.id === actor.userId;
    case 'team':
      return actor.role === 'admin' || actor.teamIds.includes(resource.id);
    case 'upload':
      if (actor.role === 'admin') return true;
      if (actor.role === 'therapist') return resource.ownerId === actor.userId;
      return resource.ownerId === actor.userId || actor.teamIds.includes(resource.teamId);
    case 'breakglass':
    case 'legal_hold':
    case 'retention_run':
    case 'certificate':
      return actor.role === 'admin';
  }
}

export type Decision =
  | { allowed: true; grantId?: string }
  | { allowed: false; status: 403 | 404; audit: AuditAction };

/**
 * Decides one request. Without a resource it answers "may this role ever do this" (so a route can
 * refuse before looking anything up, which cannot leak existence).
 */
export function decide(actor: Actor, action: PolicyAction, resource?: Resource): Decision {
  const row: PolicyRow | undefined = policy[action];
  // Unreachable from typed callers; a misspelt action from untyped code must still never pass.
  if (!row) throw new Error(`unknown policy action ${String(action)}`);
  const rule = row.roles[actor.role];
  const refuse = (): Decision => ({
    allowed: false,
    status: resource && !canSee(actor, resource) ? 404 : 403,
    audit: row.audit,
  });
  if (!rule) return refuse();
  if (!resource) return { allowed: true };
  const outcome = rule(actor, resource);
  if (outcome === false) return refuse();
  return outcome === true ? { allowed: true } : { allowed: true, grantId: outcome.grantId };
}

/** The boolean form of `decide`. */
export function can(actor: Actor, action: PolicyAction, resource?: Resource): boolean {
  return decide(actor, action, resource).allowed;
}
