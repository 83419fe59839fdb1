/**
 * The closed set of access-log action names. A name is forever: entries refer to it, exports carry
 * it, and auditors search by it — add new names, never rename or reuse one.
 */
export const auditActions = [
  // sign-in and sessions
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
  // administration
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
  'vault.sweep',
  'key.status',
  // content
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
  'content.text',
  // review
  'review.comment',
  'review.score',
  'review.complete',
  'review.start',
  'review.return',
  'review.reopen',
  'review.read',
  'review.list',
  'review.summary',
  'review.comment_edit',
  'review.comment_delete',
  'review.comment_list',
  'rubric.list',
  'rubric.read',
  'rubric.create',
  'rubric.update',
  // retention
  'retention.purge',
  'retention.alert',
  'retention.confirm',
  'retention.read',
  'upload.dispose',
  'legal_hold.set',
  'legal_hold.release',
  'legal_hold.list',
  'organization.close',
  'organization.reopen',
  // emergency access
  'breakglass.grant',
  'breakglass.list',
  'breakglass.revoke',
  // the log itself
  'audit.read',
  'audit.export',
  'audit.checkpoint',
  'audit.prune',
] as const;

export type AuditAction = (typeof auditActions)[number];

export const auditOutcomes = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];
