import type { Role } from '../users/tables.ts';

/**
 * The signed-in user a request acts for, as the authorization policy sees it. Set by the session
 * middleware; routes that require sign-in can rely on it.
 */
export interface Actor {
  userId: string;
  organizationId: string;
  role: Role;
  /** Teams the user belongs to (supervisor, therapist) or is assigned to (consultant). */
  teamIds: string[];
  sessionId: string;
}

declare module '../http/app-env.ts' {
  interface RequestVariables {
    actor: Actor;
  }
}
