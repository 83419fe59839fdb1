import type { AuditEntry } from '../audit/append.ts';
import type { AppDeps } from '../deps.ts';

/** What the sign-in services need: the database plus the clock, config and crypto they must not reach for. */
export type AuthDeps = Pick<AppDeps, 'db' | 'clock' | 'config' | 'passwords' | 'vault'>;

/** The request's part of an access-log entry (from `auditFieldsFrom(c)`, or the CLI's "system"). */
export type AuditBase = Omit<AuditEntry, 'action' | 'outcome'>;
