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
  /**
   * Emergency-access grants active for this request (admins only; see src/breakglass/). Absent or
   * empty for everyone else. The policy honours them for content reads within their scope.
   */
  grants?: ActiveGrant[];
}

/** An active break-glass grant as the policy sees it: a team, or named uploads, until `expiresAt`. */
export interface ActiveGrant {
  id: string;
  teamId: string | null;
  uploadIds: string[];
  expiresAt: Date;
}

declare module '../http/app-env.ts' {
  interface RequestVariables {
    actor: Actor;
  }
}
