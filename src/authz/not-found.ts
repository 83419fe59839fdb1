import { AppError } from '../http/errors.ts';
import type { Resource } from './policy.ts';

const labels: Record<Resource['type'], string> = {
  organization: 'Organization',
  user: 'User',
  team: 'Team',
  upload: 'Upload',
  breakglass: 'Grant',
  legal_hold: 'Legal hold',
  retention_run: 'Disposal run',
  certificate: 'Certificate',
};

/**
 * The one "not found" for each kind of resource. Services throw it for what does not exist and the
 * policy for what the caller may not know exists: identical answers, so neither leaks.
 */
export function notFound(type: Resource['type']): AppError {
  return new AppError('NOT_FOUND', `${labels[type]} not found`);
}
