import type { paths } from '../api/schema';

export type AuditAction = NonNullable<
  NonNullable<paths['/api/audit']['get']['parameters']['query']>['action']
>;

/** The access-log actions, for the filter (typed against the API, so a renamed one fails to compile). */
export const auditActions: AuditAction[] = [
  'auth.login',
  'auth.lockout',
  'auth.logout',
  'auth.session_expired',
  'auth.mfa_enroll',
  'auth.mfa_verify',
  'auth.mfa_recovery_code',
  'auth.password_change',
  'auth.password_reset_issue',
  'auth.password_reset_use',
  'auth.setup_complete',
  'user.create',
  'user.list',
  'user.update',
  'user.disable',
  'user.enable',
  'team.create',
  'team.list',
  'team.update',
  'roster.add',
  'roster.delete',
  'roster.list',
  'policy.change',
  'policy.read',
  'key.rotate',
  'key.retire',
  'key.status',
  'upload.receive',
  'upload.accept',
  'upload.reject',
  'upload.delete',
  'upload.list',
  'upload.view',
  'content.stream',
  'content.download',
  'content.transcript',
  'content.peaks',
  'review.comment',
  'review.score',
  'review.complete',
  'retention.purge',
  'legal_hold.set',
  'legal_hold.release',
  'breakglass.grant',
  'breakglass.list',
  'breakglass.revoke',
  'audit.read',
  'audit.export',
  'audit.checkpoint',
];

/** Plain words for the log's action names. */
export function describeAction(action: string): string {
  return action.replace('.', ': ').replaceAll('_', ' ');
}
