import { z } from '@hono/zod-openapi';
import { roleEnum } from '../users/tables.ts';

export const RoleSchema = z.enum(roleEnum.enumValues);
export const TeamRefSchema = z.object({ id: z.uuid(), name: z.string() });
export const UserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    teams: z.array(TeamRefSchema),
  })
  .openapi('User');
export const MfaStateSchema = z.enum(['none', 'required', 'enroll']);
export const SessionSchema = z.object({ user: UserSchema, mfa: MfaStateSchema }).openapi('Session');

/** Passwords are limited only so a huge body cannot become an expensive hash. */
export const PasswordField = z.string().min(1).max(1024);

export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, { description: describe[s] ?? 'Error' }]));
const describe: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not signed in (or the second factor is still owed)',
  403: 'Role or team does not allow it; cross-site request',
  404: 'Not found, or not visible to the caller',
  409: 'Conflicts with the current state',
  429: 'Too many failed attempts; see Retry-After',
};
