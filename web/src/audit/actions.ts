import { auditActions as serverAuditActions } from '../../../src/audit/actions';
import type { paths } from '../api/schema';

export type AuditAction = NonNullable<
  NonNullable<paths['/api/audit']['get']['parameters']['query']>['action']
>;

/**
 * The access-log actions, for the filter: the server's own closed list (one source of truth), typed
 * against the API so a list the API does not accept fails to compile.
 */
export const auditActions: readonly AuditAction[] = serverAuditActions;

/** Plain words for the log's action names. */
export function describeAction(action: string): string {
  return action.replace('.', ': ').replaceAll('_', ' ');
}
